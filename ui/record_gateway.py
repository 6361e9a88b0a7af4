"""The village record pages' way to the database: read a village's records, save or delete one through the
domain's use cases, and say so when something changed.

The window's pages never call the database on the GUI thread: they read through the window's reads
(ui/latest_read.py, a kind a page: the newest request wins, so a page shows the rows of the village now shown,
never those of one chosen before) and save through its save queue (ui/save_queue.py). `records`,
`household_history`, `save` and `delete` are the plain calls those threads make (each its own session or unit of
work), told which village, so that a village chosen meanwhile changes nothing."""

from collections.abc import Callable, Collection
from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal

from domain.access import Principal
from domain.campaign import HouseholdYear, household_history
from domain.errors import NotFound
from domain.plan import Plan
from domain.recording import KINDS, YEAR_FIELD, delete_record, save_record, village_records
from domain.restoring import restore_deleted_record
from storage.database import Database
from ui.labels import translate
from ui.latest_read import LatestRead
from ui.save_queue import SaveQueue

HOUSEHOLDS = "households"
"""The kind whose page lists the village's years with their rates (domain.campaign.household_history)."""
VILLAGE_RECORDS = "records"
"""The read of every kind's rows of the village shown (`read_village`)."""


class Saved(NamedTuple):
    record_id: int
    version: int
    """The record's version once saved (the next save of it names it)."""


class RecordGateway(QObject):
    """Records of the village the window shows; `changed` after every save or delete that went through (emitted
    by the page, in the GUI thread, once the save came back); `recorded` with the RecordChange (ui/records_page.py)
    of a user's form or deletion (not of an undo)."""

    changed = Signal()
    recorded = Signal(object)

    def __init__(self, database: Database, user: Principal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.user = user
        self.plan: Plan | None = None
        self.village_id: int | None = None
        self.village_name = ""
        self.own_agencies: frozenset[int] = frozenset()
        """The agencies assigned to the village shown: its forms' agency pickers list them first."""
        self.may_edit = False
        """Whether the user may change this village (their role, the database writable), lock or not."""
        self.lock_reason = ""
        """The lock of the village-year shown (approved, or its year closed: the domain's sentence), "" when none."""
        self.agencies: list[tuple[int, str]] = []
        self.agency_names: dict[int, str] = {}
        self.reads: LatestRead | None = None
        self.saves: SaveQueue | None = None
        self._read_alone: set[str] = set()
        """The kinds read alone since the last `read_village` asked: newer than its rows of them."""

    def run_in(self, reads: LatestRead) -> SaveQueue:
        """Read and save through the window's reads; the window's save queue (the checklist saves through it too,
        so that every save of the window keeps its order)."""
        self.reads = reads
        self.saves = SaveQueue(reads, self)
        return self.saves

    def show_plan(self, plan: Plan | None, plan_agencies: list[tuple[int, str]], names: dict[int, str]) -> None:
        """The plan's agencies are offered in the forms; every agency's name (`names`, read with the plan's layout
        off the GUI thread) is kept for older records."""
        self.plan = plan
        self.agencies = sorted(plan_agencies, key=lambda agency: agency[1])
        self.agency_names = names

    def show_village(self, village_id: int | None, name: str = "", agencies: Collection[int] = ()) -> None:
        """The village the pages show (None: none), its name and the agencies assigned to it."""
        self.village_id, self.village_name, self.own_agencies = village_id, name, frozenset(agencies)

    @property
    def editable(self) -> bool:
        """Whether the user may change this village's checklist and year's records (the use cases refuse anyway;
        this greys buttons)."""
        return self.may_edit and not self.lock_reason

    def may_change(self, kind: str) -> bool:
        """Whether the user may change the village's records of `kind`: a lock holds only the kinds a year puts
        records in (domain.recording.YEAR_FIELD), not the models (they span years) nor the contacts (no year)."""
        return self.may_edit and not (self.lock_reason and kind in YEAR_FIELD)

    @property
    def today(self) -> date:
        return date.today()

    def read_village(self, apply: Callable[[dict[str, list]], None]) -> None:
        """Every kind's rows of the shown village read off the GUI thread in one read (one session, one hand-over
        to the GUI thread: seven reads cost the GUI thread seven deliveries and waits for the interpreter), then
        `apply({kind: rows})` in it, unless another village (or year) was shown meanwhile. A kind read alone
        (`read`) after this asked is left out: its own read is the newer. No village: no rows, at once."""
        for kind in KINDS:
            self.reads.drop(f"records:{kind}")
        self._read_alone = set()
        village_id = self.village_id
        if village_id is None or self.plan is None:
            self.reads.drop(VILLAGE_RECORDS)
            apply({kind: [] for kind in KINDS})
            return
        plan = self.plan

        def read_in_gui(rows: dict[str, list]) -> None:
            apply({kind: kind_rows for kind, kind_rows in rows.items() if kind not in self._read_alone})

        self.reads.request(VILLAGE_RECORDS, lambda: self.village_records(plan, village_id), read_in_gui)

    def read(self, kind: str, apply: Callable[[list], None]) -> None:
        """The shown village's rows of `kind` read off the GUI thread, then `apply(rows)` in it, unless another
        village (or year) was shown meanwhile; no village: no rows, at once."""
        self._read_alone.add(kind)
        village_id, key = self.village_id, f"records:{kind}"
        if village_id is None or self.plan is None:
            self.reads.drop(key)
            apply([])
            return
        plan = self.plan
        if kind == HOUSEHOLDS:
            self.reads.request(key, lambda: self.household_history(plan, village_id), apply)
        else:
            self.reads.request(key, lambda: self.records(kind, village_id), apply)

    def village_records(self, plan: Plan, village_id: int) -> dict[str, list]:
        """The village's rows of every kind (the households' as years with their rates), in one session."""
        with self.database.session() as session:
            return {kind: household_history(session, plan, village_id) if kind == HOUSEHOLDS
                    else village_records(session, kind, village_id) for kind in KINDS}

    def records(self, kind: str, village_id: int) -> list:
        with self.database.session() as session:
            return village_records(session, kind, village_id)

    def household_history(self, plan: Plan, village_id: int) -> list[HouseholdYear]:
        with self.database.session() as session:
            return household_history(session, plan, village_id)

    def save(self, kind: str, values: dict, record_id: int | None, expected_version: int | None = None,
             village_id: int | None = None, deleted_id: int | None = None) -> Saved:
        """Save through the use case; the record's id and version as saved. A refusal comes as the domain's
        DomainError (RecordConflict when someone saved the record after `expected_version`, the version the user
        read). `village_id`: the village the form was opened on (by default the one shown). `deleted_id`: the
        values are those of that deleted record (an undo of its deletion), which comes back with the files its
        deletion removed (domain/restoring.restore_deleted_record, as the history's restore)."""
        plan, village_id = self._where(village_id)
        with self.database.unit_of_work(self.user) as uow:
            if deleted_id is None:
                saved_id = save_record(uow, kind=kind, plan_id=plan.id, village_id=village_id, values=values,
                                       record_id=record_id, expected_version=expected_version)
            else:
                saved_id, _files = restore_deleted_record(
                    uow, kind=kind, plan_id=plan.id, village_id=village_id, deleted_id=deleted_id, values=values,
                    record_id=record_id, expected_version=expected_version)
            return Saved(saved_id, uow.session.get(KINDS[kind].table, saved_id).version)

    def delete(self, kind: str, record_id: int, expected_version: int | None = None,
               village_id: int | None = None) -> None:
        plan, village_id = self._where(village_id)
        with self.database.unit_of_work(self.user) as uow:
            delete_record(uow, kind=kind, plan_id=plan.id, village_id=village_id, record_id=record_id,
                          expected_version=expected_version)

    def _where(self, village_id: int | None) -> tuple[Plan, int]:
        village_id = self.village_id if village_id is None else village_id
        if self.plan is None or village_id is None:
            raise NotFound(translate("Records", "Choose a village first."))
        return self.plan, village_id
