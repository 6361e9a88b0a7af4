"""What goes out in a team lead's update workbook: one agency's villages with the year's checklist, and the
stamp that lets the import tell what the team lead changed from what the database changed meanwhile.

The stamp holds, for every row, the assessment's version and its status, evidence and note as exported. Back
in, the fields of a row that still read as exported were not touched by the team lead; a touched row whose
assessment is no longer at that version conflicts. The stamp's checksum shows a stamp edited by hand.

Each village sheet also shows the village's state in the year's review round and the secretariat's last comment
returned with it (issue 19), read-only; the stamp holds them as shown, so that an edit of those cells is seen.
"""

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from domain.agencies import Agency, AssignmentRole
from domain.agency_overview import helped_villages
from domain.criteria import Assessment, Criterion, CriterionStatus
from domain.formatting import format_date
from domain.labels import REVIEW_STATE
from domain.places import PlaceRow, plan_places
from domain.plan import Plan
from domain.review_rounds import ReviewComment, ReviewRound, ReviewState, ReviewStep, RoundKind, VillageReview
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
    review: str = ""
    """The village's state in the year's review round as shown: 'Trả lại (hạn 30/11/2025)'."""
    comment: str = ""
    """The secretariat's last comment returned with the review, with its day; '' when none."""
    sent: bool = False
    """The review is sent or approved already: the sheet's 'Gửi kết quả rà soát' reads 'Có'."""


@dataclass(frozen=True)
class StampRow:
    village_id: int
    criterion_id: int
    version: int
    content: Content


@dataclass(frozen=True)
class StampVillage:
    """A village sheet's review state and comment as exported (format 2)."""

    village_id: int
    review: str
    comment: str


CURRENT_FORMAT = f"{FORMAT}/{FORMAT_VERSION}"


@dataclass(frozen=True)
class Stamp:
    plan_code: str
    agency_id: int
    agency: str
    year: int
    exported_at: str
    rows: tuple[StampRow, ...]
    format: str = CURRENT_FORMAT
    villages: tuple[StampVillage, ...] = ()

    @property
    def version(self) -> int | None:
        """The format's version ('langmoi-cap-nhat/2' → 2); None for a format not ours."""
        name, _, version = self.format.partition("/")
        return int(version) if name == FORMAT and version.isdigit() else None

    def checksum(self) -> str:
        """Over everything the stamp holds; a version 1 stamp (no villages) as version 1 computed it."""
        parts = [self.format, self.plan_code, str(self.agency_id), self.agency, str(self.year), self.exported_at]
        parts += ["\x1f".join((str(r.village_id), str(r.criterion_id), str(r.version), *r.content.fields()))
                  for r in self.rows]
        if self.version != 1:
            parts += ["\x1f".join((str(v.village_id), nfc(v.review), nfc(v.comment))) for v in self.villages]
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
    reviews = _reviews(session, plan, year, [place.village_id for place, _ in helped])
    sheets = []
    for place, role in helped:
        rows = []
        for criterion in criteria:
            found = assessments.get((place.village_id, criterion.id))
            content = Content(found.status, found.evidence, found.note) if found else Content()
            rows.append(OutRow(criterion.id, criterion.number, criterion.group_name, criterion.name,
                               criterion.requirement, content, found.version if found else 0))
        review, comment, sent = reviews.get(place.village_id, reviews[None])
        sheets.append(OutSheet(place, role, leaders.get(place.village_id, ""), rows, review, comment, sent))
    stamp = Stamp(plan.code, agency_id, agency.name, year, now.isoformat(timespec="seconds"), tuple(
        StampRow(sheet.place.village_id, row.criterion_id, row.version, row.content)
        for sheet in sheets for row in sheet.rows),
        villages=tuple(StampVillage(sheet.place.village_id, sheet.review, sheet.comment) for sheet in sheets))
    return UpdateWorkbook(plan.code, plan.title, agency.name, year, now, sheets, stamp)


def _reviews(session: Session, plan: Plan, year: int,
             village_ids: list[int]) -> dict[int | None, tuple[str, str, bool]]:
    """Each village's (state as shown, last comment returned, sent) in the year's yearly round; under None, what a
    village with no row of its own shows."""
    found = session.exec(select(ReviewRound.id, ReviewRound.deadline).where(
        ReviewRound.plan_id == plan.id, ReviewRound.year == year, ReviewRound.kind == RoundKind.YEARLY)).first()
    if found is None:
        return {None: (f"Chưa mở đợt rà soát năm {year}", "", False)}
    round_id, deadline = found
    due = f" (hạn {format_date(deadline)})"
    shown: dict[int | None, tuple[str, str, bool]] = {None: (REVIEW_STATE[ReviewState.IN_REVIEW] + due, "", False)}
    states = dict(session.exec(select(VillageReview.village_id, VillageReview.state).where(
        VillageReview.round_id == round_id, VillageReview.village_id.in_(village_ids))).all())
    comments: dict[int, str] = {}
    for village_id, text, at in session.exec(
            select(ReviewComment.village_id, ReviewComment.text, ReviewComment.at)
            .join(VillageReview, VillageReview.id == ReviewComment.review_id)
            .where(VillageReview.round_id == round_id, VillageReview.village_id.in_(village_ids),
                   ReviewComment.step == ReviewStep.RETURN).order_by(ReviewComment.at, ReviewComment.id)):
        comments[village_id] = f"{text} (trả lại ngày {format_date(at.date())})"
    for village_id, state in states.items():
        shown[village_id] = (REVIEW_STATE[state] + due, comments.get(village_id, ""),
                             state in (ReviewState.SUBMITTED, ReviewState.APPROVED))
    return shown
