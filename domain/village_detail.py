"""What the village page and the village sheet show: agencies, support team, the year's checklist and records."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case
from sqlmodel import Session, select

from domain.admin_units import Village
from domain.agencies import Agency, Assignment, AssignmentRole
from domain.attachments import AttachmentInfo, village_sheet_attachments
from domain.criteria import Assessment, CriteriaSet, Criterion, CriterionStatus
from domain.document_settings import DocumentSettings, settings
from domain.places import PlaceRow
from domain.plan import Plan
from domain.progress import VillageProgress, village_progress
from domain.reorganisation_import import former_with_mark
from domain.teams import SupportTeam, TeamMember, TeamRole, role_order
from domain.unit_history import former_units_labels
from domain.village_year import VillageYear, village_year


@dataclass(frozen=True)
class AssignedAgency:
    agency_id: int
    name: str
    short_name: str
    role: AssignmentRole


@dataclass(frozen=True)
class Member:
    full_name: str
    position: str
    agency: str
    role: TeamRole
    phone: str


@dataclass(frozen=True)
class ChecklistRow:
    """One criterion of the set with its status in the chosen year (NOT_ASSESSED when no record exists)."""

    criterion_id: int
    group_order: int
    group_name: str
    number: int
    name: str
    requirement: str
    status: CriterionStatus
    evidence: str
    note: str
    updated_by: str
    version: int = 0
    """The assessment's version when read (0: none yet); a save names it, so a later save cannot overwrite."""


def assigned_agencies(session: Session, plan_id: int, village_id: int) -> list[AssignedAgency]:
    """The agencies helping the village in the plan, lead (Chủ trì) first, then by name."""
    statement = (
        select(Agency.id, Agency.name, Agency.short_name, Assignment.role)
        .join(Assignment, Assignment.agency_id == Agency.id)
        .where(Assignment.plan_id == plan_id, Assignment.village_id == village_id)
        .order_by(case((Assignment.role == AssignmentRole.LEAD, 0), else_=1), Agency.name)
    )
    return [AssignedAgency(*row) for row in session.exec(statement)]


def team_members(session: Session, plan_id: int, village_id: int) -> list[Member]:
    """The village's support team: the lead, the deputies, then the members, each in the order entered."""
    statement = (
        select(TeamMember.full_name, TeamMember.position, Agency.name, TeamMember.role, TeamMember.phone)
        .join(SupportTeam, SupportTeam.id == TeamMember.team_id)
        .outerjoin(Agency, Agency.id == TeamMember.agency_id)
        .where(SupportTeam.plan_id == plan_id, SupportTeam.village_id == village_id)
        .order_by(role_order(), TeamMember.id)
    )
    return [Member(name, position, agency or "", role, phone) for name, position, agency, role, phone in
            session.exec(statement)]


def checklist(session: Session, plan: Plan, village_id: int, year: int) -> list[ChecklistRow]:
    """Every criterion of the plan's set, in order, with the village's assessment for `year`."""
    statement = (
        select(Criterion, Assessment)
        .outerjoin(
            Assessment,
            (Assessment.criterion_id == Criterion.id)
            & (Assessment.village_id == village_id)
            & (Assessment.year == year),
        )
        .where(Criterion.criteria_set_id == plan.criteria_set_id)
        .order_by(Criterion.group_order, Criterion.number)
    )
    rows = []
    for criterion, assessment in session.exec(statement):
        rows.append(
            ChecklistRow(
                criterion_id=criterion.id,
                group_order=criterion.group_order,
                group_name=criterion.group_name,
                number=criterion.number,
                name=criterion.name,
                requirement=criterion.requirement,
                status=assessment.status if assessment else CriterionStatus.NOT_ASSESSED,
                evidence=assessment.evidence if assessment else "",
                note=assessment.note if assessment else "",
                updated_by=assessment.updated_by if assessment else "",
                version=assessment.version if assessment else 0,
            )
        )
    return rows


@dataclass(frozen=True)
class VillageSheet:
    """Everything a village page or printed sheet shows for one village and year."""

    plan_code: str
    plan_title: str
    issuer: str
    place_name: str
    year: int
    place: PlaceRow
    households: int | None
    minority_households: int | None
    """The year's figure when the village reported it (section III of the sheet shows the same), else the plan
    annex's: one number for one fact on the sheet."""
    agencies: list[AssignedAgency]
    members: list[Member]
    checklist: list[ChecklistRow]
    progress: VillageProgress
    criteria_set: CriteriaSet
    records: VillageYear | None
    document: DocumentSettings
    """The office's document settings (heading, signers, typeface)."""
    former: str = ""
    """'trước 01/7/2025: xã Tê Xăng, huyện Tu Mơ Rông' when the sheet names the village's units of today and a
    reorganisation changed them; '' otherwise."""
    attachments: tuple[AttachmentInfo, ...] = ()
    """The files attached to the village's criteria in the year and to its records (with the records only;
    domain/attachments.village_sheet_attachments)."""


def checklist_row(session: Session, plan: Plan, village_id: int, year: int, criterion_id: int) -> ChecklistRow:
    """One criterion's row as the database holds it now."""
    return next(row for row in checklist(session, plan, village_id, year) if row.criterion_id == criterion_id)


def village_sheet(session: Session, plan: Plan, place: PlaceRow, year: int, today: date | None = None, *,
                  with_records: bool = True, former: str | None = None) -> VillageSheet:
    """The village for `year`; the year's records (the printed sheet's later sections) unless `with_records` is
    False: the village page shows all records through its own lists. `former`: the village's former units (read
    here when None; a caller printing many sheets reads them together, domain/unit_history.former_units_labels)."""
    rows = checklist(session, plan, place.village_id, year)
    village = session.get(Village, place.village_id)
    progress = village_progress(session, plan, year, [place.village_id])[place.village_id]
    records = village_year(session, plan, place.village_id, year, today or date.today()) if with_records else None
    reported = records.households.record.minority_households if records and records.households else None
    return VillageSheet(
        plan_code=plan.code, plan_title=plan.title, issuer=plan.issuer, place_name=plan.place, year=year,
        place=place, households=village.households,
        minority_households=village.minority_households if reported is None else reported,
        agencies=assigned_agencies(session, plan.id, place.village_id),
        members=team_members(session, plan.id, place.village_id),
        checklist=rows, progress=progress, criteria_set=session.get(CriteriaSet, plan.criteria_set_id),
        records=records, document=settings(session),
        attachments=tuple(village_sheet_attachments(session, village_id=place.village_id, year=year))
        if with_records else (),
        former=(former_with_mark(session, former_units_labels(session, [place.village_id])).get(place.village_id, "")
                if former is None
                else former) if place.commune_id == village.commune_id else "",
    )
