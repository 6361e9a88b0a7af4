"""How long revision 0005 takes on the 10,000-village benchmark database: every SQLite table recreated
AUTOINCREMENT (rows copied), the counters raised, the audit triggers added; against the same open at the newest
revision. The database is built at the newest revision, then turned into a 0004 file (tests/storage/revision_0004.py).

Run with `uv run python -m tests.benchmarks.bench_migration_0005`. It measures and prints; it never fails on a time.
"""

import tempfile
import time
from pathlib import Path

from domain.access import Principal
from domain.plans import create_plan
from storage.database import open_database
from tests.benchmarks.bench_scale import add_records, large_draft
from tests.storage.revision_0004 import copy_at_0004, row_counts


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        newest, old = Path(folder) / "newest.sqlite3", Path(folder) / "old.sqlite3"
        database = open_database(f"sqlite:///{newest}", actor="bench")
        with database.unit_of_work(Principal.local("bench")) as uow:
            create_plan(uow, draft=large_draft(10_000))
        add_records(database, "LARGE-10000")
        database.close()
        copy_at_0004(newest, old)
        rows, size = sum(row_counts(old).values()), old.stat().st_size
        start = time.perf_counter()
        open_database(f"sqlite:///{old}", actor="bench").close()
        upgrade = time.perf_counter() - start
        start = time.perf_counter()
        open_database(f"sqlite:///{old}", actor="bench").close()
        again = time.perf_counter() - start
    print(f"0004 file: {rows:,} rows, {size / 2**20:.0f} MiB")
    print(f"open with the upgrade to 0005 (pre-upgrade backup included): {upgrade:.1f} s")
    print(f"open at the newest revision: {again * 1000:.0f} ms  (ratio {upgrade / again:.0f}×)")


if __name__ == "__main__":
    main()
