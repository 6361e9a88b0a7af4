"""The main window's way to the database: the plans, a plan's places and agencies, the year's figures, a
village's sheet, and the use cases the window runs (a criterion saved, a plan imported, the sample removed).

Every read opens and closes its own session, and every write is one unit of work, so the window holds none.
The imports (a plan, a team's updates) and the sample's removal take their backup first; they run in a
background task's thread."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from domain.access import Principal, may_edit_village
from domain.agency_overview import AgencyRow, AgencyVillage, agency_villages, plan_agencies
from domain.assessing import set_assessment
from domain.campaign import CampaignRollup, campaign_rollup
from domain.places import PlaceRow, plan_places
from domain.plan import Plan
from domain.plan_draft import PlanDraft
from domain.plan_import import ImportReport, import_plan
from domain.plan_snapshot import plan_snapshot
from domain.plans import list_plans, remove_sample_plans
from domain.progress import PlanProgress, plan_progress
from domain.summary import Summary, summary
from domain.village_detail import ChecklistRow, VillageSheet, checklist_row, village_sheet
from storage.database import Database

if TYPE_CHECKING:
    from domain.update_merge import FilledWorkbook, UpdatePreview


@dataclass(frozen=True)
class PlanLayout:
    """What the window reads once per plan: who helps whom changes with the plan, not with a saved status."""

    places: list[PlaceRow]
    agencies: list[AgencyRow]
    assignments: list[AgencyVillage]


class PlanGateway:
    def __init__(self, database: Database, user: Principal) -> None:
        self.database = database
        self.user = user

    def plans(self) -> list[Plan]:
        with self.database.session() as session:
            return list_plans(session)

    def layout(self, plan: Plan | None) -> PlanLayout:
        if plan is None:
            return PlanLayout([], [], [])
        with self.database.session() as session:
            return PlanLayout(plan_places(session, plan.id), plan_agencies(session, plan.id),
                              agency_villages(session, plan.id))

    def progress(self, plan: Plan, year: int, places: list[PlaceRow]) -> PlanProgress:
        with self.database.session() as session:
            return plan_progress(session, plan, year, places)

    def campaign(self, plan: Plan, year: int, places: list[PlaceRow]) -> CampaignRollup:
        with self.database.session() as session:
            return campaign_rollup(session, plan, year, places, date.today())

    def summary(self, plan: Plan, year: int) -> Summary:
        with self.database.session() as session:
            return summary(session, plan, year, date.today())

    def village(self, plan: Plan, place: PlaceRow, year: int) -> tuple[bool, VillageSheet]:
        """Whether the user may change the village, and its sheet for the year (without its records)."""
        with self.database.session() as session:
            return (may_edit_village(session, self.user, plan.id, place.village_id),
                    village_sheet(session, plan, place, year, with_records=False))

    def save_assessment(self, plan: Plan, village_id: int, year: int, row: ChecklistRow, changes: dict,
                        expected_version: int | None) -> ChecklistRow:
        """Save through the use case (EditConflict when someone saved after `expected_version`); the row as
        saved now."""
        with self.database.unit_of_work(self.user) as uow:
            set_assessment(uow, plan_id=plan.id, village_id=village_id, criterion_id=row.criterion_id, year=year,
                           expected_version=expected_version, **changes)
        with self.database.session() as session:
            return checklist_row(session, plan, village_id, year, row.criterion_id)

    def remove_samples(self) -> int:
        self.database.backup("remove-sample")
        with self.database.unit_of_work(self.user) as uow:
            return remove_sample_plans(uow)

    def preview_import(self, draft: PlanDraft, source: str) -> ImportReport:
        with self.database.unit_of_work(self.user) as uow:
            return import_plan(uow, draft=draft, dry_run=True, source=source)

    def import_plan(self, draft: PlanDraft, source: str) -> ImportReport:
        self.database.backup("import-plan")
        with self.database.unit_of_work(self.user) as uow:
            return import_plan(uow, draft=draft, source=source)

    def preview_updates(self, plan_id: int, filled: "FilledWorkbook") -> "UpdatePreview":
        """What a team's returned workbook would change, nothing written."""
        from domain.update_merge import preview_updates

        with self.database.session() as session:
            return preview_updates(session, plan_id, filled)

    def apply_updates(self, plan_id: int, filled: "FilledWorkbook", chosen: Mapping[tuple[int, int], int]) -> int:
        """The changes the user kept from a team's workbook, after a backup; how many assessments changed."""
        from domain.update_merge import apply_updates

        self.database.backup("import-updates")
        with self.database.unit_of_work(self.user) as uow:
            return apply_updates(uow, plan_id, filled, chosen)

    def snapshot(self, plan: Plan) -> PlanDraft:
        with self.database.session() as session:
            return plan_snapshot(session, plan)
