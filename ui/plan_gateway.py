"""The main window's way to the database: the plans, a plan's places and agencies, the year's figures, a
village's sheet, and the use cases the window runs (a criterion saved, a plan imported, the sample removed).

Every read opens and closes its own session, and every write is one unit of work, so the window holds none.
The reads that grow with the plan run in the window's read threads (ui/latest_read.py); once the window closes
(`close()`), a read still to start gets no session and one running is interrupted, so that no thread goes on
using a database the program is closing. The imports (a plan, a team's updates) and the sample's removal take
their backup first; they run in a background task's thread."""

import logging
import sqlite3
import threading
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import astuple, dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from domain.access import Principal, may_edit_village
from domain.agency_overview import AgencyRow, AgencyVillage, agency_villages, plan_agencies
from domain.assessing import set_assessment
from domain.campaign import CampaignRollup, campaign_rollup
from domain.figures_mark import AuditMark, changes_since, newest_mark
from domain.figures_refresh import FiguresChange, refresh_campaign, refresh_progress
from domain.places import PlaceRow, other_names, plan_places
from domain.plan import Plan
from domain.plan_draft import PlanDraft
from domain.plan_import import ImportReport, import_plan
from domain.plan_snapshot import plan_snapshot
from domain.plans import list_plans, remove_sample_plans
from domain.progress import PlanProgress, plan_progress
from domain.summary import Summary, SummaryFacts, refresh_facts, refresh_summary, summary, summary_facts
from domain.unit_days import units_day
from domain.unit_history import reform_days
from domain.village_detail import ChecklistRow, VillageSheet, checklist_row, village_sheet
from domain.village_year import agency_names
from domain.vocabulary import Grouping
from storage.database import Database
from storage.figures_cache import FiguresCache, cache_folder, database_identity

if TYPE_CHECKING:
    from domain.update_merge import FilledWorkbook, UpdatePreview


log = logging.getLogger(__name__)

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
    cached: bool = False
    """Read from the figures cache (storage/figures_cache.py), proven current by the audit trail."""
    units_on: date | None = None
    """The day whose administrative units the places are (None: today's): a year before a reorganisation, by the
    units of its time (domain/unit_days.units_day)."""
    reform_days: tuple[date, ...] = ()
    """The reorganisations' effective days: with them the window knows, without a read, which years need another
    layout and whether to offer the choice of grouping at all."""


@dataclass(frozen=True)
class Figures:
    """A year's figures of the plan; `change` names the rows a refresh changed (None: the whole year is new)."""

    progress: PlanProgress
    campaign: CampaignRollup
    change: FiguresChange | None = None
    cached: bool = False
    """Read from the figures cache (refreshed for the villages the audit trail names since): the window checks them
    against a full computation once it has settled (MainWindow._check_cached)."""


class ReadsClosed(Exception):
    """The window has closed: a read still to run is not run (its result would be dropped anyway)."""


class PlanGateway:
    def __init__(self, database: Database, user: Principal, figures_folder: Path | None = None) -> None:
        """`figures_folder`: where the figures cache keeps its files (the user's cache folder by default)."""
        self.database = database
        self.user = user
        self._figures_folder = figures_folder or cache_folder()
        self._cache: FiguresCache | None = None
        self._facts: dict[tuple[int, int], tuple[AuditMark, SummaryFacts]] = {}
        """The last summary's facts of each plan and year, with the audit mark they were read at."""
        self._summaries: dict[tuple[int, int], tuple[SummaryFacts, Summary]] = {}
        """The last summary of each plan and year, with the facts it was made from."""
        self._unproven: set[tuple[int, int]] = set()
        """Plans and years whose cached figures a full computation contradicted: their facts are read in full."""
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

    def figures_cache(self) -> FiguresCache:
        """The cache of this database's figures (its identity read once, in the first read's thread)."""
        if self._cache is None:
            self._cache = FiguresCache(self._figures_folder, database_identity(self.database.url,
                                                                               self.database.engine))
        return self._cache

    def layout(self, plan: Plan | None, year: int | None = None,
               grouping: Grouping = Grouping.OF_THEIR_TIME) -> PlanLayout:
        """The plan's layout under the units that group `year`'s figures (today's without a year): as kept in the
        figures cache when no audit row written since may change it (a village's records or assessments do not),
        else read and kept."""
        with self._read() as session:
            if plan is None:
                return PlanLayout([], [], [], agency_names(session))
            days = reform_days(session)
            on = units_day(days, year, grouping) if year is not None else None
            cache = self.figures_cache()
            mark = newest_mark(session)  # before the reads: a change made meanwhile is seen again next time
            kept = cache.layout(plan.id, on) if mark is not None else None
            if kept is not None:
                since = changes_since(session, kept.mark)
                if since is not None and not since.layout:
                    if kept.mark != mark:
                        cache.keep_layout(plan.id, mark, kept.places, kept.agencies, kept.assignments,
                                          kept.agency_names, on)
                    return PlanLayout(kept.places, kept.agencies, kept.assignments, kept.agency_names, cached=True,
                                      units_on=on, reform_days=days)
                log.info("figures cache: the layout of plan %s read again (%s)", plan.code,
                         "another database or a restored backup" if since is None else "the plan changed")
            layout = PlanLayout(plan_places(session, plan.id, on=on), plan_agencies(session, plan.id),
                                agency_villages(session, plan.id), agency_names(session), units_on=on,
                                reform_days=days)
            if mark is not None:
                cache.keep_layout(plan.id, mark, layout.places, layout.agencies, layout.assignments,
                                  layout.agency_names, on)
            return layout

    def other_names(self, places: list[PlaceRow]) -> dict[int, tuple[str, ...]]:
        """The names the villages of `places` had at other times (domain/places.other_names), for the tree's search;
        none without a reorganisation recorded (two one-row reads say so)."""
        with self._read() as session:
            return other_names(session, places)

    def check_layout(self, plan: Plan, shown: PlanLayout) -> PlanLayout | None:
        """The plan's layout read in full, to check `shown` (from the cache): None when it is the same, else the
        layout as read (kept in the cache instead), the difference logged: a village renamed or moved, an agency or
        an assignment changed without an audit row (raw SQL on the file), or a cache file not telling the truth."""
        with self._read() as session:
            mark = newest_mark(session)  # before the reads, as layout() does
            exact = PlanLayout(plan_places(session, plan.id, on=shown.units_on), plan_agencies(session, plan.id),
                               agency_villages(session, plan.id), agency_names(session), units_on=shown.units_on,
                               reform_days=reform_days(session))
        if (exact.places == shown.places and exact.agencies == shown.agencies
                and exact.agency_names == shown.agency_names
                and sorted(map(astuple, exact.assignments)) == sorted(map(astuple, shown.assignments))):
            return None
        villages = {p.village_id for p in exact.places} ^ {p.village_id for p in shown.places}
        villages |= {p.village_id for p in set(exact.places) - set(shown.places)}
        log.warning("figures cache: the layout of plan %s differed from a full read (%d villages, e.g. %s), a change "
                    "the audit trail does not show: the layout read replaces it", plan.code, len(villages),
                    sorted(villages)[:5])
        if mark is not None:
            self.figures_cache().keep_layout(plan.id, mark, exact.places, exact.agencies, exact.assignments,
                                             exact.agency_names, exact.units_on)
        # the summary's facts are of the plan's villages: read in full too
        self._unproven |= {(plan.id, year) for year in range(plan.first_year, plan.last_year + 1)}
        return exact

    def figures(self, plan: Plan, year: int, places: list[PlaceRow], *, exact: bool = False,
                units_on: date | None = None) -> Figures:
        """The year's progress and campaign figures of the whole plan grouped by `places` (the layout's, of the
        units of `units_on`: None today's): those kept in the figures cache, refreshed for the villages whose
        records the audit trail says changed since, when nothing else changed; else computed in full (always with
        `exact`) and kept."""
        today = date.today()
        with self._read() as session:
            cache = self.figures_cache()
            mark = newest_mark(session)  # before the reads: a change made meanwhile is seen again next time
            if not exact and mark is not None:
                kept = self._kept_figures(session, cache, mark, plan, year, places, today, units_on)
                if kept is not None:
                    return kept
            figures = Figures(plan_progress(session, plan, year, places),
                              campaign_rollup(session, plan, year, places, today))
            if mark is not None:
                cache.keep_figures(plan.id, mark, figures.progress, figures.campaign, units_on)
            return figures

    def check(self, plan: Plan, year: int, places: list[PlaceRow], shown: Figures,
              units_on: date | None = None) -> Figures | None:
        """The year's figures computed in full, to check `shown` (from the cache): None when they are the same, else
        the exact figures (kept in the cache instead), the difference logged: a change that left no audit row
        (raw SQL on the file, the sample's records), or a cache file not telling the truth."""
        exact = self.figures(plan, year, places, exact=True, units_on=units_on)
        same_campaign = exact.campaign._sums is not None and shown.campaign._sums is not None and \
            exact.campaign._sums == shown.campaign._sums
        if exact.progress == shown.progress and same_campaign:
            return None
        villages = {v for v, p in exact.progress.by_village.items() if shown.progress.by_village.get(v) != p}
        if exact.campaign._sums is not None and shown.campaign._sums is not None:
            villages |= {v for v, s in exact.campaign._sums.by_village.items()
                         if shown.campaign._sums.by_village.get(v) != s}
        log.warning("figures cache: %s of plan %s differed from a full computation (%d villages, e.g. %s), a change "
                    "the audit trail does not show: the exact figures replace them", year, plan.code, len(villages),
                    sorted(villages)[:5])
        self._unproven.add((plan.id, year))  # the summary's facts, kept the same way, are read in full too
        return exact

    def _kept_figures(self, session: Session, cache: FiguresCache, mark: AuditMark, plan: Plan, year: int,
                      places: list[PlaceRow], today: date, units_on: date | None) -> Figures | None:
        """The cached figures brought up to `mark`, or None when they cannot be (none kept, another database, a
        change to the plan's layout, other villages than `places`)."""
        kept = cache.figures(plan.id, year, today, units_on)
        if kept is None:
            return None
        since = changes_since(session, kept.mark)
        if since is None or since.layout or kept.progress.by_village.keys() != {p.village_id for p in places}:
            log.info("figures cache: %s of plan %s computed again (%s)", year, plan.code,
                     "another database or a restored backup" if since is None else "the plan changed")
            return None
        progress, campaign = kept.progress, kept.campaign
        if since.villages:
            progress, _ = refresh_progress(session, plan, year, progress, since.villages, units_on)
            campaign, _ = refresh_campaign(session, plan, year, campaign, since.villages, today, units_on)
        if kept.mark != mark:
            cache.keep_figures(plan.id, mark, progress, campaign, units_on)
        return Figures(progress, campaign, cached=True)

    def refresh(self, plan: Plan, year: int, progress: PlanProgress, campaign: CampaignRollup,
                village_ids: Collection[int], units_on: date | None = None) -> Figures:
        """The figures with these villages' rows read again (domain/figures_refresh.py): a few rows, not the plan;
        grouped by the units of `units_on` as the figures were (None: today's)."""
        with self._read() as session:
            progress, progress_change = refresh_progress(session, plan, year, progress, village_ids, units_on)
            campaign, campaign_change = refresh_campaign(session, plan, year, campaign, village_ids, date.today(),
                                                         units_on)
        return Figures(progress, campaign, _union(progress_change, campaign_change))

    def refresh_years(self, plan: Plan, held: Mapping[int, Figures], village_ids: Collection[int],
                      units_on: date | None = None) -> dict[int, Figures]:
        """Every year held with these villages' rows read again (a household figure of one year also changes the
        next year's change against the last): a few ms a year. The years held are those of the layout's units."""
        return {year: self.refresh(plan, year, figures.progress, figures.campaign, village_ids, units_on)
                for year, figures in held.items()}

    def summary(self, plan: Plan, year: int, places: list[PlaceRow] | None = None,
                progress: PlanProgress | None = None, campaign: CampaignRollup | None = None) -> Summary:
        """The year's summary, reusing the plan's places and the rollups the window holds (domain/summary.py
        uses them when of the year and day, and reads afresh otherwise), and the summary's facts of the last one:
        those of the villages the audit rows since name read again, all of them after any other change. The last
        summary is then refreshed for those villages alone (domain/summary.refresh_summary). The facts are kept in
        the figures cache too, for the first dashboard of the next start: when read in full or from the cache (once
        a start), not after each save (~150 ms of writing at 10,000 villages; the next start reads the villages
        saved since)."""
        today = date.today()
        with self._read() as session:
            mark = newest_mark(session)  # before the reads: a change made meanwhile is seen again next time
            key, held, in_memory = (plan.id, year), None, False
            if key not in self._unproven and mark is not None:
                held = self._facts.get(key)
                in_memory = held is not None and held[1].today == today
                if not in_memory:
                    kept = self.figures_cache().facts(plan.id, year, today)
                    held = (kept.mark, kept.facts) if kept is not None else None
            facts, refreshed = None, None
            if held is not None and held[1].today == today:
                since = changes_since(session, held[0])
                if since is not None and not since.layout:
                    facts, refreshed = refresh_facts(session, plan, held[1], since.villages), since.villages
            if facts is None:
                facts = summary_facts(session, plan, year, today)
            if mark is not None:
                if not in_memory and (held is None or held[0] != mark):
                    self.figures_cache().keep_facts(plan.id, mark, facts)
                self._facts[key] = (mark, facts)
                self._unproven.discard(key)
            last = self._summaries.get(key)
            if (refreshed is not None and in_memory and last is not None and last[0] is held[1]
                    and places is not None and last[1].places is places and progress is not None
                    and progress.year == year and campaign is not None and campaign.year == year
                    and campaign.today == today):
                made = refresh_summary(session, plan, last[1], held[1], facts, progress, campaign, refreshed)
            else:
                made = summary(session, plan, year, today, places=places, progress=progress, campaign=campaign,
                               facts=facts)
            self._summaries[key] = (facts, made)
            return made

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

    def apply_updates(self, plan_id: int, filled: "FilledWorkbook", chosen: Mapping[tuple[int, int], int], *,
                      submit: bool = True) -> int:
        """The changes the user kept from a team's workbook (and, with `submit`, the villages it sends marked Đã gửi),
        after a backup; how many assessments changed."""
        from domain.update_merge import apply_updates

        self.database.backup("import-updates")
        with self.database.unit_of_work(self.user) as uow:
            return apply_updates(uow, plan_id, filled, chosen, submit=submit)

    def snapshot(self, plan: Plan) -> PlanDraft:
        with self.database.session() as session:
            return plan_snapshot(session, plan)


def _union(first: FiguresChange, second: FiguresChange) -> FiguresChange:
    return FiguresChange(villages=first.villages | second.villages, communes=first.communes | second.communes,
                         districts=first.districts | second.districts, agencies=first.agencies | second.agencies)
