"""What goes out in a team lead's update workbook: one agency's villages with the year's checklist, and the
stamp that lets the import tell what the team lead changed from what the database changed meanwhile.

The stamp holds, for every row, the assessment's version and its status, evidence and note as exported. Back
in, the fields of a row that still read as exported were not touched by the team lead; a touched row whose
assessment is no longer at that version conflicts. The stamp's checksum shows a stamp edited by hand.
"""

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from domain.agencies import Agency, AssignmentRole
from domain.agency_overview import helped_villages
from domain.criteria import Assessment, Criterion, CriterionStatus
from domain.places import PlaceRow, plan_places
from domain.plan import Plan
from domain.teams import team_leaders
from domain.text import nfc
from domain.update_workbook_format import FORMAT, FORMAT_VERSION


@dataclass(frozen=True)
class Content:
    """What a team lead may change in a row."""

    status: CriterionStatus = CriterionStatus.NOT_ASSESSED
    evidence: str = ""
    note: str = ""

    def fields(self) -> tuple[str, str, str]:
        return self.status.value, nfc(self.evidence), nfc(self.note)


@dataclass(frozen=True)
class OutRow:
    criterion_id: int
    number: int
    group_name: str
    name: str
    requirement: str
    content: Content
    version: int


@dataclass(frozen=True)
class OutSheet:
    place: PlaceRow
    role: AssignmentRole
    team_leader: str
    rows: list[OutRow]


@dataclass(frozen=True)
class StampRow:
    village_id: int
    criterion_id: int
    version: int
    content: Content


@dataclass(frozen=True)
class Stamp:
    plan_code: str
    agency_id: int
    agency: str
    year: int
    exported_at: str
    rows: tuple[StampRow, ...]
    format: str = f"{FORMAT}/{FORMAT_VERSION}"

    def checksum(self) -> str:
        parts = [self.format, self.plan_code, str(self.agency_id), self.agency, str(self.year), self.exported_at]
        parts += ["\x1f".join((str(r.village_id), str(r.criterion_id), str(r.version), *r.content.fields()))
                  for r in self.rows]
        return hashlib.sha256("\x1e".join(parts).encode()).hexdigest()


@dataclass(frozen=True)
class UpdateWorkbook:
    plan_code: str
    plan_title: str
    agency: str
    year: int
    exported_at: datetime
    sheets: list[OutSheet]
    stamp: Stamp


def update_workbook(session: Session, plan: Plan, agency_id: int, year: int, now: datetime) -> UpdateWorkbook:
    """The agency's villages (those it leads first, then in the plan's order) with the year's checklist."""
    agency = session.get(Agency, agency_id)
    helped = helped_villages(session, plan.id, agency_id, plan_places(session, plan.id))
    leaders = team_leaders(session, plan.id)
    criteria = list(session.exec(select(Criterion).where(Criterion.criteria_set_id == plan.criteria_set_id)
                                 .order_by(Criterion.group_order, Criterion.number)))
    assessments = {(a.village_id, a.criterion_id): a for a in session.exec(select(Assessment).where(
        Assessment.year == year, Assessment.village_id.in_([place.village_id for place, _ in helped])))}
    sheets = []
    for place, role in helped:
        rows = []
        for criterion in criteria:
            found = assessments.get((place.village_id, criterion.id))
            content = Content(found.status, found.evidence, found.note) if found else Content()
            rows.append(OutRow(criterion.id, criterion.number, criterion.group_name, criterion.name,
                               criterion.requirement, content, found.version if found else 0))
        sheets.append(OutSheet(place, role, leaders.get(place.village_id, ""), rows))
    stamp = Stamp(plan.code, agency_id, agency.name, year, now.isoformat(timespec="seconds"), tuple(
        StampRow(sheet.place.village_id, row.criterion_id, row.version, row.content)
        for sheet in sheets for row in sheet.rows))
    return UpdateWorkbook(plan.code, plan.title, agency.name, year, now, sheets, stamp)
