"""The agency view: each agency of a plan with the villages it helps."""

from dataclasses import dataclass

from sqlmodel import Session, select

from domain.agencies import Agency, AgencyKind, Assignment, AssignmentRole
from domain.places import PlaceRow


@dataclass(frozen=True)
class AgencyRow:
    agency_id: int
    name: str
    short_name: str
    kind: AgencyKind


@dataclass(frozen=True)
class AgencyVillage:
    agency_id: int
    village_id: int
    role: AssignmentRole


def plan_agencies(session: Session, plan_id: int) -> list[AgencyRow]:
    """The agencies with at least one assignment in the plan, by name."""
    statement = (
        select(Agency.id, Agency.name, Agency.short_name, Agency.kind)
        .where(Agency.id.in_(select(Assignment.agency_id).where(Assignment.plan_id == plan_id)))
        .order_by(Agency.name)
    )
    return [AgencyRow(*row) for row in session.exec(statement)]


def agency_villages(session: Session, plan_id: int) -> list[AgencyVillage]:
    """Every assignment of the plan as (agency, village, role)."""
    statement = select(Assignment.agency_id, Assignment.village_id, Assignment.role).where(
        Assignment.plan_id == plan_id
    )
    return [AgencyVillage(*row) for row in session.exec(statement)]


def helped_villages(session: Session, plan_id: int, agency_id: int,
                    places: list[PlaceRow]) -> list[tuple[PlaceRow, AssignmentRole]]:
    """The agency's villages with its role, those it leads first, each group in the order of `places`."""
    roles = dict(session.exec(select(Assignment.village_id, Assignment.role).where(
        Assignment.plan_id == plan_id, Assignment.agency_id == agency_id)).all())
    helped = [(place, roles[place.village_id]) for place in places if place.village_id in roles]
    return sorted(helped, key=lambda pair: pair[1] != AssignmentRole.LEAD)
