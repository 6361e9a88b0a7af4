"""The generated databases the benchmarks measure, built once per size and schema revision and kept under /tmp:
building the 10,000-village plan takes most of a minute."""

import sys
import time
from collections.abc import Callable
from pathlib import Path


def build_plan_file(path: Path, size: int) -> None:
    """A new database at `path` (the sample plan) and, past 57, the large plan of `size` villages with its records."""
    from domain.access import Principal
    from domain.plans import create_plan
    from storage.database import open_database
    from tests.benchmarks.bench_scale import add_records, large_draft

    database = open_database(f"sqlite:///{path}", actor="bench")
    try:
        if size != 57:
            with database.unit_of_work(Principal.local("bench")) as uow:
                create_plan(uow, draft=large_draft(size))
            add_records(database, f"LARGE-{size}")
    finally:
        database.close()


def cached_plan_file(folder: Path, name: str, size: int,
                     build: Callable[[Path, int], None] = build_plan_file) -> Path:
    """`folder/name-size-revision.sqlite3`, built by `build` when missing: whole under another name, then renamed,
    so that a run stopped half-way never leaves a half-built file to be measured."""
    from storage.schema_version import SCHEMA_REVISION

    path = folder / f"{name}-{size}-{SCHEMA_REVISION}.sqlite3"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        building = path.with_suffix(".building")
        for leftover in folder.glob(building.name + "*"):
            leftover.unlink()
        start = time.perf_counter()
        build(building, size)
        building.rename(path)
        print(f"built {path} in {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    return path
