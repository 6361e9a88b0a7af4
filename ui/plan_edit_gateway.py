"""The plan editors' way to the database: what an editor shows, read in its own session, and each change made
through its use case of domain/plan_editing.py in its own unit of work. The editors call these from their read
threads (ui/latest_read.py), never on the GUI thread."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from domain import plan_editing
from domain.access import Principal
from domain.plan_editing import AgencyValues, CommuneRow, MemberValues, VillageAssignments
from storage.database import Database


@dataclass(frozen=True)
class Places:
    communes: list[CommuneRow]
    districts: list[tuple[int, str]]


class PlanEditGateway:
    def __init__(self, database: Database, user: Principal) -> None:
        self.database = database
        self.user = user

    def places(self) -> Places:
        with self.database.session() as session:
            return Places(plan_editing.communes(session), plan_editing.districts(session))

    def agencies(self) -> list[AgencyValues]:
        with self.database.session() as session:
            return plan_editing.agencies(session)

    def assignments(self, plan_id: int, village_id: int) -> tuple[VillageAssignments, list[AgencyValues]]:
        with self.database.session() as session:
            return (plan_editing.village_assignments(session, plan_id, village_id), plan_editing.agencies(session))

    def team(self, plan_id: int, village_id: int) -> tuple[list[MemberValues], list[AgencyValues]]:
        """The village's team, and every agency: those assigned to the village first (lead, co-supporters), then
        the others, each part by name."""
        with self.database.session() as session:
            assigned = plan_editing.village_assignments(session, plan_id, village_id)
            first = [assigned.lead_agency_id, *assigned.co_agency_ids]
            agencies = sorted(plan_editing.agencies(session),
                              key=lambda a: first.index(a.agency_id) if a.agency_id in first else len(first))
            return plan_editing.village_team(session, plan_id, village_id), agencies

    def change(self, use_case: Callable[..., Any], **arguments: Any) -> Any:
        """One change of the plan: `use_case(uow, **arguments)` in a unit of work of its own; its result."""
        with self.database.unit_of_work(self.user) as uow:
            return use_case(uow, **arguments)

    def work(self, use_case: Callable[..., Any], **arguments: Any) -> Callable[[], Any]:
        """The change as a call for a read thread."""
        return lambda: self.change(use_case, **arguments)

