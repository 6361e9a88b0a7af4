"""The window benchmark's databases, built once and kept under /tmp/langmoi-bench/ keyed by size and schema
revision, so that a rerun starts in seconds (the 10,000-village file takes minutes to build).

Every file holds the bundled sample plan (a new database receives it) and, beside it, the plan measured at that
size: 1,000 or 10,000 villages of bench_scale.large_draft with their records (bench_scale.add_records); at 57 the
sample itself is measured and a small generated plan of 30 villages is there to switch from. The audit trail gets
30 events a village of the measured plan (bench_history.add_events), so that the history of every change has
something to show (300,000 at 10,000). A run works on a copy, so its saves never change the cached file.
"""

import shutil
from dataclasses import dataclass
from pathlib import Path

from tests.benchmarks.plan_files import cached_plan_file

CACHE = Path("/tmp/langmoi-bench")
SAMPLE_CODE = "133-KH/TU (MẪU)"
SMALL_OTHER = 30
"""Villages of the plan the 57-village run switches from."""
EVENTS_PER_VILLAGE = 30


@dataclass(frozen=True)
class BenchPlans:
    measured: str
    """The code of the plan the actions run on."""
    other: str
    """The code of the plan "load a plan" switches from."""


def plans_at(size: int) -> BenchPlans:
    if size == 57:
        return BenchPlans(measured=SAMPLE_CODE, other=f"LARGE-{SMALL_OTHER}")
    return BenchPlans(measured=f"LARGE-{size}", other=SAMPLE_CODE)


def cached_file(size: int) -> Path:
    """The cached database of `size` villages, built now when missing (said on stderr, with its time)."""
    return cached_plan_file(CACHE, "window", size, _build)


def working_copy(size: int, folder: Path) -> Path:
    """A copy of the cached file in `folder`, for one run to change."""
    target = folder / f"window-{size}.sqlite3"
    shutil.copyfile(cached_file(size), target)
    return target


def _build(path: Path, size: int) -> None:
    from domain.access import Principal
    from domain.plans import create_plan
    from storage.database import open_database
    from tests.benchmarks.bench_history import add_events
    from tests.benchmarks.bench_scale import add_records, large_draft

    generated = SMALL_OTHER if size == 57 else size
    database = open_database(f"sqlite:///{path}", actor="bench")
    try:
        with database.unit_of_work(Principal.local("bench")) as uow:
            create_plan(uow, draft=large_draft(generated))
        add_records(database, f"LARGE-{generated}")
        add_events(database, EVENTS_PER_VILLAGE * size)
    finally:
        database.close()
    if Path(f"{path}-wal").exists():
        raise RuntimeError(f"{path}: the WAL was not checkpointed at close; the copy would miss rows")


if __name__ == "__main__":
    import sys

    for argument in sys.argv[1:]:
        print(cached_file(int(argument)))
