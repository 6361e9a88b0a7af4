"""What a verified backup, a restore and the checks at open cost on the 10,000-village benchmark database, against
the 57-village sample: ratios measured in one run.

Run with `uv run python -m tests.benchmarks.bench_backup`. It measures and prints; it never fails on a time.
"""

import sqlite3
import tempfile
from datetime import date
from pathlib import Path

import storage.database
from domain.access import Principal
from domain.plans import create_plan
from storage.backups import restore_backup, take_backup
from storage.database import open_database
from storage.integrity import check_at_open
from tests.benchmarks.bench_scale import add_records, large_draft, timed


def _pragma(path: Path, pragma: str) -> float:
    def run() -> None:
        connection = sqlite3.connect(path)
        connection.execute(f"PRAGMA {pragma}").fetchall()
        connection.close()

    return timed(run, repeat=3)


def measure(path: Path) -> dict[str, float]:
    url = f"sqlite:///{path}"
    check_at_open(path, today=date.today())  # the weekly full check done: the next opens run quick_check
    checked = timed(lambda: open_database(url, actor="bench").close())
    real = storage.database.check_at_open
    storage.database.check_at_open = lambda _path: None
    try:
        unchecked = timed(lambda: open_database(url, actor="bench").close())
    finally:
        storage.database.check_at_open = real
    backups: list = []
    backup = timed(lambda: backups.append(take_backup(path, "manual")), repeat=3)
    return {"size": path.stat().st_size, "backup": backup, "backup size": backups[-1].size,
            "restore": timed(lambda: restore_backup(path, backups[0]), repeat=1),
            "quick_check": _pragma(path, "quick_check"), "integrity_check": _pragma(path, "integrity_check"),
            "open checked": checked, "open unchecked": unchecked}


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        small, large = Path(folder) / "small" / "langmoi.sqlite3", Path(folder) / "large" / "langmoi.sqlite3"
        open_database(f"sqlite:///{small}", actor="bench").close()
        database = open_database(f"sqlite:///{large}", actor="bench", with_sample=False)
        with database.unit_of_work(Principal.local("bench")) as uow:
            create_plan(uow, draft=large_draft(10_000))
        add_records(database, "LARGE-10000")
        database.close()
        figures = measure(small), measure(large)
    print(f"{'':18}{'57 villages':>14}{'10,000':>14}{'ratio':>9}")
    print(f"{'file':18}{figures[0]['size'] / 2**20:>11.1f} MiB{figures[1]['size'] / 2**20:>10.1f} MiB")
    print(f"{'backup file':18}{figures[0]['backup size'] / 2**20:>11.1f} MiB"
          f"{figures[1]['backup size'] / 2**20:>10.1f} MiB")
    for key in ("backup", "restore", "quick_check", "integrity_check", "open checked", "open unchecked"):
        print(f"{key:18}{figures[0][key] * 1000:>11.1f} ms{figures[1][key] * 1000:>11.1f} ms"
              f"{figures[1][key] / figures[0][key]:>8.1f}×")
    for name, measured in zip(("57 villages", "10,000 villages"), figures, strict=True):
        extra = measured["open checked"] - measured["open unchecked"]
        print(f"checks at open on {name}: +{extra * 1000:.1f} ms "
              f"({measured['open checked'] / measured['open unchecked']:.2f}× an open without them)")


if __name__ == "__main__":
    main()
