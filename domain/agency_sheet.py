"""One agency's villages, its people in the support teams and their progress: the cover of the agency sheet
that goes to the agency's own meeting, before the sheets of its villages."""

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from domain.agencies import Agency, AssignmentRole
from domain.agency_overview import AgencyRow, helped_villages, plan_agencies
from domain.campaign import CampaignFigures, campaign_rollup
from domain.errors import Ambiguous, NotFound
from domain.places import PlaceRow, plan_places
from domain.plan import Plan
from domain.progress import AgencyProgress, VillageProgress, plan_progress
from domain.teams import SupportTeam, TeamMember, TeamRole, role_order, team_leaders
from domain.text import fold


@dataclass(frozen=True)
class AgencyVillageRow:
    place: PlaceRow
    role: AssignmentRole
    progress: VillageProgress
    team_leader: str
    visits: int
    overdue_concerns: int


@dataclass(frozen=True)
class AgencyPerson:
    full_name: str
    position: str
    village: str
    role: TeamRole


@dataclass(frozen=True)
class AgencySheet:
    plan_code: str
    plan_title: str
    issuer: str
    place_name: str
    year: int
    agency: str
    villages: list[AgencyVillageRow]
    people: list[AgencyPerson]
    progress: AgencyProgress
    campaign: CampaignFigures


def find_agency(session: Session, plan_id: int, name: str) -> AgencyRow:
    """The plan's agency called `name` (or its short name); case, diacritics and spaces do not matter."""
    wanted = fold(name)
    agencies = plan_agencies(session, plan_id)
    found = [a for a in agencies if wanted in (fold(a.name), fold(a.short_name))]
    if not found:
        found = [a for a in agencies if wanted and wanted in fold(a.name)]
    if not found:
        raise NotFound(f"Không có cơ quan “{name.strip()}” trong kế hoạch.")
    if len(found) > 1:
        options = "; ".join(f"“{a.name}”" for a in found)
        raise Ambiguous(f"Có {len(found)} cơ quan khớp với “{name.strip()}”: {options}.")
    return found[0]


def agency_sheet(session: Session, plan: Plan, agency_id: int, year: int, today: date) -> AgencySheet:
    places = plan_places(session, plan.id)
    by_id = {p.village_id: p for p in places}
    progress = plan_progress(session, plan, year, places)
    campaign = campaign_rollup(session, plan, year, places, today)
    leaders = team_leaders(session, plan.id)
    villages = [AgencyVillageRow(place, role, progress.by_village[place.village_id], leaders.get(place.village_id, ""),
                                 campaign.by_village[place.village_id].visits,
                                 campaign.by_village[place.village_id].overdue_concerns)
                for place, role in helped_villages(session, plan.id, agency_id, places)]
    people = [AgencyPerson(name, position, f"{by_id[village_id].village} ({by_id[village_id].commune})", role)
              for name, position, village_id, role in
              session.exec(select(TeamMember.full_name, TeamMember.position, SupportTeam.village_id, TeamMember.role)
                           .join(SupportTeam, SupportTeam.id == TeamMember.team_id)
                           .where(SupportTeam.plan_id == plan.id, TeamMember.agency_id == agency_id)
                           .order_by(role_order(), TeamMember.full_name))
              if village_id in by_id]
    return AgencySheet(
        plan_code=plan.code, plan_title=plan.title, issuer=plan.issuer, place_name=plan.place, year=year,
        agency=session.get(Agency, agency_id).name, villages=villages, people=people,
        progress=progress.by_agency.get(agency_id, AgencyProgress()),
        campaign=campaign.by_agency.get(agency_id, CampaignFigures()),
    )
