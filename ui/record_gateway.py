"""The village record pages' way to the database: read a village's records, save or delete one through the
domain's use cases, and say so when something changed."""

from datetime import date

from PySide6.QtCore import QObject, Signal

from domain.access import Principal
from domain.campaign import HouseholdYear, household_history
from domain.errors import NotFound
from domain.plan import Plan
from domain.recording import delete_record, save_record, village_records
from storage.database import Database
from ui.labels import translate


class RecordGateway(QObject):
    """Records of the village the window shows; `changed` after every save or delete that went through."""

    changed = Signal()

    def __init__(self, database: Database, user: Principal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.user = user
        self.plan: Plan | None = None
        self.village_id: int | None = None
        self.editable = False
        """Whether the user may change this village's records (the use cases refuse anyway; this greys buttons)."""
        self.agencies: list[tuple[int, str]] = []
        self.agency_names: dict[int, str] = {}

    def show_plan(self, plan: Plan | None, plan_agencies: list[tuple[int, str]], names: dict[int, str]) -> None:
        """The plan's agencies are offered in the forms; every agency's name (`names`, read with the plan's layout
        off the GUI thread) is kept for older records."""
        self.plan = plan
        self.agencies = sorted(plan_agencies, key=lambda agency: agency[1])
        self.agency_names = names

    @property
    def today(self) -> date:
        return date.today()

    def records(self, kind: str) -> list:
        if self.village_id is None:
            return []
        with self.database.session() as session:
            return village_records(session, kind, self.village_id)

    def household_history(self) -> list[HouseholdYear]:
        if self.village_id is None or self.plan is None:
            return []
        with self.database.session() as session:
            return household_history(session, self.plan, self.village_id)

    def save(self, kind: str, values: dict, record_id: int | None, expected_version: int | None = None) -> int:
        """Save through the use case and return the record's id; a refusal comes as the domain's DomainError
        (RecordConflict when someone saved the record after `expected_version`, the version the user read)."""
        if self.plan is None or self.village_id is None:
            raise NotFound(translate("Records", "Choose a village first."))
        with self.database.unit_of_work(self.user) as uow:
            saved_id = save_record(uow, kind=kind, plan_id=self.plan.id, village_id=self.village_id, values=values,
                                   record_id=record_id, expected_version=expected_version)
        self.changed.emit()
        return saved_id

    def delete(self, kind: str, record_id: int, expected_version: int | None = None) -> None:
        if self.plan is None or self.village_id is None:
            raise NotFound(translate("Records", "Choose a village first."))
        with self.database.unit_of_work(self.user) as uow:
            delete_record(uow, kind=kind, plan_id=self.plan.id, village_id=self.village_id, record_id=record_id,
                          expected_version=expected_version)
        self.changed.emit()
