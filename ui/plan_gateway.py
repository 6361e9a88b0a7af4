"""The main window's way to the database: the plans, a plan's places and agencies, the year's figures, a
village's sheet, and the use cases the window runs (a criterion saved, a plan imported, the sample removed).

Every read opens and closes its own session, and every write is one unit of work, so the window holds none.
The reads that grow with the plan run in the window's read threads (ui/latest_read.py); once the window closes
(`close()`), a read still to start gets no session and one running is interrupted, so that no thread goes on
using a database the program is closing. The imports (a plan, a team's updates) and the sample's removal take
their backup first; they run in a background task's thread."""

import sqlite3
import threading
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from domain.access import Principal, may_edit_village
from domain.agency_overview import AgencyRow, AgencyVillage, agency_villages, plan_agencies
from domain.assessing import set_assessment
from domain.campaign import CampaignRollup, campaign_rollup
from domain.figures_refresh import FiguresChange, refresh_campaign, refresh_progress
from domain.places import PlaceRow, plan_places
from domain.plan import Plan
from domain.plan_draft import PlanDraft
from domain.plan_import import ImportReport, import_plan
from domain.plan_snapshot import plan_snapshot
from domain.plans import list_plans, remove_sample_plans
from domain.progress import PlanProgress, plan_progress
from domain.summary import Summary, summary
from domain.village_detail import ChecklistRow, VillageSheet, checklist_row, village_sheet
from domain.village_year import agency_names
from storage.database import Database

if TYPE_CHECKING:
    from domain.update_merge import FilledWorkbook, UpdatePreview


CHECK_EVERY = 10_000
"""SQLite virtual machine steps between two checks of whether the window has closed (well under a millisecond)."""


@dataclass(frozen=True)
class PlanLayout:
    """What the window reads once per plan: who helps whom changes with the plan, not with a saved status."""

    places: list[PlaceRow]
    agencies: list[AgencyRow]
    assignments: list[AgencyVillage]
    agency_names: dict[int, str]
    """Every agency's name, of this plan or not: older records name agencies that have left it."""


@dataclass(frozen=True)
class Figures:
    """A year's figures of the plan; `change` names the rows a refresh changed (None: the whole year is new)."""

    progress: PlanProgress
    campaign: CampaignRollup
    change: FiguresChange | None = None


class ReadsClosed(Exception):
    """The window has closed: a read still to run is not run (its result would be dropped anyway)."""


class PlanGateway:
    def __init__(self, database: Database, user: Principal) -> None:
        self.database = database
        self.user = user
        self._lock = threading.Lock()
        self._closed = False
        self._reading: set[Any] = set()
        """The driver connections of the reads running now, to interrupt when the window closes."""

    @contextmanager
    def _read(self) -> Iterator[Session]:
        """A session for one read, refused once the window has closed. On SQLite, a statement of the read checks
        every CHECK_EVERY steps whether the window has closed, and is interrupted if so (one that starts after the
        close included); a PostgreSQL statement running at the close is cancelled."""
        if self._closed:
            raise ReadsClosed
        with self.database.session() as session:
            driver = session.connection().connection.driver_connection
            on_sqlite = isinstance(driver, sqlite3.Connection)
            with self._lock:
                if self._closed:
                    raise ReadsClosed
                self._reading.add(driver)
            if on_sqlite:
                driver.set_progress_handler(lambda: self._closed, CHECK_EVERY)
            try:
                yield session
            finally:
                if on_sqlite:
                    driver.set_progress_handler(None, CHECK_EVERY)
                with self._lock:
                    self._reading.discard(driver)

    def close(self) -> None:
        """No read from now on; the running ones are interrupted."""
        with self._lock:
            self._closed = True
            running = list(self._reading)
        for driver in running:
            if not isinstance(driver, sqlite3.Connection):
                driver.cancel()

    def plans(self) -> list[Plan]:
        with self._read() as session:
            return list_plans(session)

    def layout(self, plan: Plan | None) -> PlanLayout:
        with self._read() as session:
            if plan is None:
                return PlanLayout([], [], [], agency_names(session))
            return PlanLayout(plan_places(session, plan.id), plan_agencies(session, plan.id),
                              agency_villages(session, plan.id), agency_names(session))

    def figures(self, plan: Plan, year: int, places: list[PlaceRow]) -> Figures:
        """The year's progress and campaign figures of the whole plan."""
        with self._read() as session:
            return Figures(plan_progress(session, plan, year, places),
                           campaign_rollup(session, plan, year, places, date.today()))

    def refresh(self, plan: Plan, year: int, progress: PlanProgress, campaign: CampaignRollup,
                village_ids: Collection[int]) -> Figures:
        """The figures with these villages' rows read again (domain/figures_refresh.py): a few rows, not the plan."""
        with self._read() as session:
            progress, progress_change = refresh_progress(session, plan, year, progress, village_ids)
            campaign, campaign_change = refresh_campaign(session, plan, year, campaign, village_ids, date.today())
        return Figures(progress, campaign, _union(progress_change, campaign_change))

    def refresh_years(self, plan: Plan, held: Mapping[int, Figures],
                      village_ids: Collection[int]) -> dict[int, Figures]:
        """Every year held with these villages' rows read again (a household figure of one year also changes the
        next year's change against the last): a few ms a year."""
        return {year: self.refresh(plan, year, figures.progress, figures.campaign, village_ids)
                for year, figures in held.items()}

    def summary(self, plan: Plan, year: int, places: list[PlaceRow] | None = None,
                progress: PlanProgress | None = None, campaign: CampaignRollup | None = None) -> Summary:
        """The year's summary, reusing the plan's places and the rollups the window holds (domain/summary.py
        uses them when of the year and day, and reads afresh otherwise): ~0.4 s instead of 4 s at 10,000."""
        with self._read() as session:
            return summary(session, plan, year, date.today(), places=places, progress=progress, campaign=campaign)

    def village(self, plan: Plan, place: PlaceRow, year: int) -> tuple[bool, VillageSheet]:
        """Whether the user may change the village, and its sheet for the year (without its records)."""
        with self._read() as session:
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


def _union(first: FiguresChange, second: FiguresChange) -> FiguresChange:
    return FiguresChange(villages=first.villages | second.villages, communes=first.communes | second.communes,
                         districts=first.districts | second.districts, agencies=first.agencies | second.agencies)
