"""How the plan's figures, the campaign rollup, the tree and a team-lead update workbook scale from 57 villages to
10,000: ratios measured in one run. The large plan carries village records too: household figures for three
years, two visits, a contribution and a difficulty a village. Its first agency helps 477 villages, so its update
workbook has 477 sheets (the sample's first agency: 5).

Run with `uv run python -m tests.benchmarks.bench_scale`. It measures and prints; it never fails on a time.
"""

import os
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import insert

from domain.access import Principal
from domain.agency_overview import plan_agencies
from domain.campaign import campaign_rollup
from domain.criteria import CriterionStatus
from domain.places import plan_places
from domain.plan_draft import (
    AgencyDraft,
    AssessmentDraft,
    AssignmentDraft,
    MemberDraft,
    PlaceKey,
    PlanDraft,
    VillageDraft,
)
from domain.plans import create_plan, resolve_plan
from domain.progress import plan_progress
from domain.update_merge import preview_updates
from domain.village_detail import village_sheet
from domain.village_records import Concern, Contribution, HouseholdIndicators, Visit
from exports.updates_export import export_updates
from storage.database import Database, open_database
from storage.sample import read_sample
from storage.update_workbook import read_update_workbook
from tests.benchmarks.timing import timed

STATUSES = [CriterionStatus.MET, CriterionStatus.MET, CriterionStatus.NOT_MET, CriterionStatus.IN_PROGRESS]


def large_draft(villages: int) -> PlanDraft:
    """The sample's criteria set and agencies over `villages` villages in 30 districts of 20 communes each."""
    sample = read_sample()
    draft = PlanDraft(code=f"LARGE-{villages}", title="Kế hoạch lớn", first_year=2023, last_year=2025,
                      criteria_set=sample.criteria_set, agencies=[AgencyDraft(a.name) for a in sample.agencies])
    numbers = [c.number for c in sample.criteria_set.criteria]
    for i in range(villages):
        place = PlaceKey(f"Huyện {i % 30}", f"Xã {i % 600}", f"Thôn {i}")
        draft.villages.append(VillageDraft(place))
        draft.assignments.append(AssignmentDraft(sample.agencies[i % 21].name, place, sample.assignments[0].role))
        draft.members.append(MemberDraft(place, f"Người {i}", sample.members[0].role))
        for year in (2023, 2024, 2025):
            for number in numbers:
                draft.assessments.append(AssessmentDraft(place, number, year, STATUSES[(i + number + year) % 4]))
    return draft


def add_records(database: Database, code: str) -> None:
    """Village records for every village of the plan, inserted in bulk."""
    with database.unit_of_work(Principal.local("bench")) as uow:
        session = uow.session
        ids = [p.village_id for p in plan_places(session, resolve_plan(session, code).id)]
        session.execute(insert(HouseholdIndicators), [
            {"village_id": v, "year": year, "minority_households": 100, "reached": 80 + year - 2023, "poor": 30}
            for v in ids for year in (2023, 2024, 2025)])
        session.execute(insert(Visit), [{"village_id": v, "day": date(2025, month, 1), "people": "Tổ"}
                                        for v in ids for month in (3, 9)])
        session.execute(insert(Contribution), [
            {"village_id": v, "day": date(2025, 4, 1), "source_kind": "person", "source_name": "Ông A",
             "kind": "money", "amount": 1_000_000, "purpose": ""} for v in ids])
        session.execute(insert(Concern), [{"village_id": v, "raised_on": date(2025, 1, 1), "text": "Đường",
                                           "status": "open"} for v in ids])
        uow.commit()


def measure(database: Database, code: str | None) -> dict[str, float]:
    from ui.plan_tree_model import PlanFilterModel, PlanTreeModel

    with database.session() as session:
        plan = resolve_plan(session, code)
        places = plan_places(session, plan.id)
        figures = {
            "places": timed(lambda: plan_places(session, plan.id)),
            "progress": timed(lambda: plan_progress(session, plan, 2025, places)),
            "village sheet": timed(lambda: village_sheet(session, plan, places[len(places) // 2], 2025)),
            "campaign": timed(lambda: campaign_rollup(session, plan, 2025, places, date(2026, 1, 1)), repeat=3),
        }
        progress = plan_progress(session, plan, 2025, places)
    model = PlanTreeModel()
    proxy = PlanFilterModel()
    proxy.setSourceModel(model)
    def tree() -> None:
        model.set_plan(places)
        model.set_figures(progress, None, plan.first_year)

    figures["tree"] = timed(tree)

    def search() -> int:
        """Filter, then walk what is left, as the tree view does when it expands everything."""
        proxy.set_query("xa 1 thon 1")
        return sum(proxy.rowCount(proxy.index(d, 0)) for d in range(proxy.rowCount()))

    figures["search"] = timed(search)
    figures["villages"] = len(places)
    figures |= measure_update_workbook(database, plan.id)
    return figures


def measure_update_workbook(database: Database, plan_id: int) -> dict[str, float]:
    """Write the first agency's update workbook, then read it back and judge it, as the import does."""
    with database.session() as session:
        agency = plan_agencies(session, plan_id)[0]
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "updates.xlsx"
        written = timed(lambda: export_updates(database.session, plan_id=plan_id, year=2025, target=target,
                                               agency_id=agency.agency_id), repeat=1)

        def back_in() -> None:
            filled = read_update_workbook(target)
            with database.session() as session:
                preview_updates(session, plan_id, filled)

        return {"updates out": written, "updates in": timed(back_in, repeat=1)}


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{Path(folder) / 'large.sqlite3'}", actor="bench")
        start = time.perf_counter()
        with database.unit_of_work(Principal.local("bench")) as uow:
            create_plan(uow, draft=large_draft(10_000))
        load = time.perf_counter() - start
        add_records(database, "LARGE-10000")
        small = measure(database, "133-KH/TU (MẪU)")
        large = measure(database, "LARGE-10000")
        database.close()
    print(f"creating a plan of 10,000 villages and 510,000 assessments: {load:.1f} s")
    print(f"{'':16}{'57 villages':>14}{'10,000':>12}{'ratio':>9}")
    for key in ("places", "progress", "campaign", "village sheet", "tree", "search", "updates out", "updates in"):
        print(f"{key:16}{small[key] * 1000:>11.2f} ms{large[key] * 1000:>9.1f} ms{large[key] / small[key]:>8.0f}×")


if __name__ == "__main__":
    main()
