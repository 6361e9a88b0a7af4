"""What a village's records say about one year: the sections of its printed sheet after the checklist.

Household figures of the year (with rates and changes), the models started by then, resources mobilised and
visits made in the year, the difficulties raised in the year or still unresolved, the key contacts, and the
initiatives of the year or still under way.
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import extract
from sqlmodel import Session, or_, select

from domain.agencies import Agency
from domain.campaign import HouseholdYear, household_history
from domain.plan import Plan
from domain.recording import is_overdue, village_records
from domain.village_records import (
    CommunityModel,
    Concern,
    ConcernStatus,
    Contribution,
    Initiative,
    InitiativeStatus,
    VillageContact,
    Visit,
)


@dataclass(frozen=True)
class VillageYear:
    households: HouseholdYear | None
    models: list[CommunityModel]
    contributions: list[Contribution]
    visits: list[Visit]
    concerns: list[Concern]
    overdue: set[int]
    contacts: list[VillageContact]
    initiatives: list[Initiative]
    agency_names: dict[int, str]


def agency_names(session: Session) -> dict[int, str]:
    """Every agency's name by id: records keep an agency that has since left the plan."""
    return dict(session.exec(select(Agency.id, Agency.name)).all())


def village_year(session: Session, plan: Plan, village_id: int, year: int, today: date) -> VillageYear:
    def of_village(table):
        return select(table).where(table.village_id == village_id)

    households = next((h for h in household_history(session, plan, village_id) if h.record.year == year), None)
    models = session.exec(of_village(CommunityModel).where(CommunityModel.year_started <= year)
                          .order_by(CommunityModel.year_started, CommunityModel.name, CommunityModel.id))
    contributions = session.exec(of_village(Contribution).where(extract("year", Contribution.day) == year)
                                 .order_by(Contribution.day, Contribution.id))
    visits = session.exec(of_village(Visit).where(extract("year", Visit.day) == year).order_by(Visit.day, Visit.id))
    concerns = list(session.exec(
        of_village(Concern)
        .where(extract("year", Concern.raised_on) <= year)
        .where(or_(extract("year", Concern.raised_on) == year, Concern.status != ConcernStatus.RESOLVED))
        .order_by(Concern.raised_on, Concern.id)))
    initiatives = session.exec(
        of_village(Initiative)
        .where(or_(Initiative.year == year, (Initiative.year < year) & (Initiative.status != InitiativeStatus.DONE)))
        .order_by(Initiative.year, Initiative.title, Initiative.id))
    return VillageYear(
        households=households, models=list(models), contributions=list(contributions), visits=list(visits),
        concerns=concerns, overdue={c.id for c in concerns if is_overdue(c, today)},
        contacts=village_records(session, "contacts", village_id), initiatives=list(initiatives),
        agency_names=agency_names(session),
    )
