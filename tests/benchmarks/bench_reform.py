"""The tree and the rollups at 10,000 villages with one reorganisation across them, against the same plan without:
ratios measured in one run (issue 18).

The plan is bench_scale.large_draft(10_000) with its village records (30 districts, 600 communes, 17 criteria × 3
years). The reorganisation, effective 1/7/2025, merges the communes two by two (600 → 300 new communes), removes
all 30 districts and merges the province (recorded by the merger, as in a database made from annexes): every
village moves, so every village and commune has dated rows. Measured on each file: the window's layout (the places
with the agencies and assignments, in CPU time of this thread), the places (today's, and on the reformed file those
of 2024 by the units of their time), the tree built from them, plan_progress and campaign_rollup of 2024 from them;
and once, applying the reorganisation itself.

Run with `uv run python -m tests.benchmarks.bench_reform`. The files are built once under /tmp/langmoi-bench-reform/
(keyed by size and schema revision). It measures and prints; it never fails on a time.
"""

import shutil
import time
from datetime import date
from pathlib import Path

from domain.access import Principal
from domain.campaign import campaign_rollup
from domain.places import plan_places
from domain.plans import create_plan, resolve_plan
from domain.progress import plan_progress
from domain.reorganisation_apply import apply_reorganisation
from domain.reorganisation_draft import Merge, MergeProvince, RemoveLevel, ReorganisationDraft, UnitPath
from domain.unit_history import Grouping, units_on
from storage.database import open_database
from storage.location import sqlite_url
from tests.benchmarks.bench_scale import add_records, large_draft
from tests.benchmarks.plan_files import cached_plan_file
from tests.benchmarks.timing import timed

CACHE = Path("/tmp/langmoi-bench-reform")
VILLAGES = 10_000
CODE = f"LARGE-{VILLAGES}"
TODAY = date(2026, 1, 1)
BENCH = Principal.local("bench")
REFORM = ReorganisationDraft("1/NQ-BENCH", "Ủy ban Thường vụ Quốc hội", date(2025, 7, 1), changes=(
    MergeProvince(UnitPath("Tỉnh Cũ"), UnitPath("Tỉnh Mới")),
    *(Merge((UnitPath("", f"Huyện {(2 * k) % 30}", f"Xã {2 * k}"),
             UnitPath("", f"Huyện {(2 * k + 1) % 30}", f"Xã {2 * k + 1}")), UnitPath("Tỉnh Mới", "", f"Xã mới {k}"))
      for k in range(300)),
    *(RemoveLevel(UnitPath("", f"Huyện {d}")) for d in range(30)),
))


def _build_plain(path: Path, villages: int) -> None:
    database = open_database(sqlite_url(path), actor="bench", with_sample=False)
    try:
        with database.unit_of_work(BENCH) as uow:
            create_plan(uow, draft=large_draft(villages))
        add_records(database, f"LARGE-{villages}")
    finally:
        database.close()


def _reformed(plain: Path) -> tuple[Path, float]:
    """A copy of the plain file with the reorganisation applied, and how long applying it took."""
    path = plain.with_name(plain.stem + "-reformed.sqlite3")
    path.unlink(missing_ok=True)
    shutil.copy(plain, path)
    database = open_database(sqlite_url(path), actor="bench", with_sample=False)
    try:
        start = time.perf_counter()
        with database.unit_of_work(BENCH) as uow:
            apply_reorganisation(uow, REFORM)
        return path, time.perf_counter() - start
    finally:
        database.close()


def _cpu(action, repeat: int = 7) -> float:
    """The fastest of `repeat` runs in CPU seconds of this thread (time.thread_time): what a loaded machine's other
    processes do not add to."""
    best = float("inf")
    for _ in range(repeat):
        start = time.thread_time()
        action()
        best = min(best, time.thread_time() - start)
    return best


def _measure(path: Path, grouping: Grouping) -> dict[str, float]:
    from domain.agency_overview import agency_villages, plan_agencies
    from domain.village_year import agency_names
    from ui.plan_tree_model import plan_tree

    database = open_database(sqlite_url(path), actor="bench", with_sample=False)
    try:
        with database.session() as session:
            plan = resolve_plan(session, CODE)
            on = units_on(session, 2024, grouping)
            places = plan_places(session, plan.id, on=on)
            return {
                "layout (cpu)": _cpu(lambda: (plan_places(session, plan.id, on=on), plan_agencies(session, plan.id),
                                              agency_villages(session, plan.id), agency_names(session))),
                "places": timed(lambda: plan_places(session, plan.id, on=on), 3),
                "tree": timed(lambda: plan_tree(places), 3),
                "plan_progress": timed(lambda: plan_progress(session, plan, 2024, places), 3),
                "campaign_rollup": timed(lambda: campaign_rollup(session, plan, 2024, places, TODAY), 3),
                "communes": len({p.commune_id for p in places}),
            }
    finally:
        database.close()


def main() -> None:
    plain = cached_plan_file(CACHE, "plain", VILLAGES, _build_plain)
    reformed, applying = _reformed(plain)
    print(f"applying the reorganisation ({len(REFORM.changes)} changes, every one of {VILLAGES:,} villages moved): "
          f"{applying * 1000:.0f} ms")
    without = _measure(plain, Grouping.OF_THEIR_TIME)
    rows = [("without a reorganisation", without),
            ("reorganised, 2024 by the units of its time", _measure(reformed, Grouping.OF_THEIR_TIME)),
            ("reorganised, 2024 by today's units", _measure(reformed, Grouping.OF_TODAY))]
    columns = ("layout (cpu)", "places", "tree", "plan_progress", "campaign_rollup")
    print(f"{'':44} {' '.join(f'{c:>16}' for c in columns)}  communes")
    for label, measured in rows:
        cells = [f"{measured[k] * 1000:7.0f} ms ×{measured[k] / without[k]:4.2f}" for k in columns]
        print(f"{label:44} {' '.join(f'{c:>16}' for c in cells)}  {measured['communes']}")


if __name__ == "__main__":
    main()
