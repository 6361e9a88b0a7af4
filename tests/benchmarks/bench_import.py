"""Writing, reading and importing a plan annex of 1,000 villages: `uv run python -m tests.benchmarks.bench_import`.

It measures and prints; it never fails on a time.
"""

import tempfile
import time
from pathlib import Path

from domain.access import Principal
from domain.plan_import import import_plan
from exports.plan_workbook import write_plan_workbook
from storage.database import open_database
from storage.plan_workbook import read_plan_workbook
from tests.benchmarks.bench_scale import large_draft


def main() -> None:
    draft = large_draft(1000)
    draft.assessments = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.xlsx"
        start = time.perf_counter()
        write_plan_workbook(draft, path)
        written = time.perf_counter() - start
        start = time.perf_counter()
        reading = read_plan_workbook(path)
        read = time.perf_counter() - start
        database = open_database(f"sqlite:///{folder}/db.sqlite3", actor="bench", with_sample=False)
        timings = []
        for _ in range(2):
            start = time.perf_counter()
            with database.unit_of_work(Principal.local("bench")) as uow:
                report = import_plan(uow, draft=reading.draft)
            timings.append((time.perf_counter() - start, report.summary()))
        database.close()
    print(f"1,000 villages: write {written:.2f} s, read {read:.2f} s")
    print(f"first import {timings[0][0]:.2f} s ({timings[0][1]})")
    print(f"same file again {timings[1][0]:.2f} s ({timings[1][1]}); ratio {timings[0][0] / timings[1][0]:.1f}×")


if __name__ == "__main__":
    main()
