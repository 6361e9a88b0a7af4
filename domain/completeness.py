"""Completeness and timeliness of a plan-year's review round: for each district, commune and lead agency, how many
villages are expected, submitted on time, submitted late, not submitted, approved, returned; and the reminder
list, per agency, of the team leads whose villages are not submitted yet (names and phones).

The window's page, the printed report (PDF and .xlsx) and `completeness --year` all read `completeness_report`.

The counts partition the villages: expected = on time + late + not submitted. A village counts as submitted while
its review is sent or approved; on time when its first submission's day is on or before the round's deadline (a
village returned and sent again is not made late by the return). Approved villages are among the submitted, returned
ones among the not submitted (waiting for the team again). A village with no row in the round is in review. An
agency's figures are those of the villages it leads (Chủ trì), so that the agencies add up to the plan.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session, select

from domain.agencies import Agency, Assignment, AssignmentRole
from domain.approval import Approval
from domain.formatting import format_date, format_int
from domain.labels import REVIEW_STATE
from domain.places import PlaceRow, plan_places
from domain.plan import Plan
from domain.review_locks import year_closed
from domain.review_rounds import ReviewRound, ReviewState, RoundKind, VillageReview
from domain.teams import SupportTeam, TeamMember, TeamRole

NO_LEAD_AGENCY = "Chưa phân công cơ quan chủ trì"
WHOLE_PLAN = "Toàn kế hoạch"


@dataclass(frozen=True)
class Counts:
    """One row's figures."""

    expected: int = 0
    on_time: int = 0
    late: int = 0
    not_submitted: int = 0
    approved: int = 0
    returned: int = 0
    overdue: int = 0
    """Not submitted and the deadline passed (part of `not_submitted`)."""

    @property
    def submitted(self) -> int:
        return self.on_time + self.late


@dataclass(frozen=True)
class VillageState:
    """A village's review in the round, as the report counts it."""

    place: PlaceRow
    state: ReviewState
    first_submitted_on: date | None
    on_time: bool | None
    """None when not submitted now (in review or returned)."""
    overdue: bool


@dataclass(frozen=True)
class CountedRow:
    """A row of the report: an area (district, commune, the whole plan) or an agency."""

    name: str
    level: str
    """"district", "commune", "plan" or "agency"."""
    counts: Counts


@dataclass(frozen=True)
class Reminder:
    """A village whose review is awaited, and who to call."""

    place: PlaceRow
    state: ReviewState
    overdue: bool
    leader: str
    phone: str


@dataclass(frozen=True)
class AgencyReminders:
    agency: str
    reminders: list[Reminder]


@dataclass(frozen=True)
class CompletenessReport:
    plan_code: str
    plan_title: str
    issuer: str
    place_name: str
    year: int
    kind: RoundKind
    deadline: date | None
    """None when no round of that kind is opened for the year."""
    today: date
    closed: bool
    """The year is closed: its figures are final."""
    areas: list[CountedRow]
    agencies: list[CountedRow]
    reminders: list[AgencyReminders]
    villages: dict[int, VillageState] = field(default_factory=dict)

    @property
    def whole(self) -> Counts:
        return self.areas[-1].counts


def figures_approval(session: Session, plan_id: int, year: int) -> Approval:
    """The plan-year's approved villages (their yearly review approved) and whether the year is closed."""
    approved = frozenset(session.exec(
        select(VillageReview.village_id).join(ReviewRound, ReviewRound.id == VillageReview.round_id)
        .where(ReviewRound.plan_id == plan_id, ReviewRound.year == year, ReviewRound.kind == RoundKind.YEARLY,
               VillageReview.state == ReviewState.APPROVED)))
    return Approval(approved, year_closed(session, plan_id, year))


def village_states(session: Session, plan: Plan, year: int, today: date, places: list[PlaceRow],
                   kind: RoundKind = RoundKind.YEARLY) -> tuple[date | None, dict[int, VillageState]]:
    """The round's deadline and every village's state in it, in one read of the round's rows."""
    found = session.exec(select(ReviewRound.id, ReviewRound.deadline).where(
        ReviewRound.plan_id == plan.id, ReviewRound.year == year, ReviewRound.kind == kind)).first()
    round_id, deadline = found if found is not None else (None, None)
    rows: dict[int, tuple[ReviewState, date | None]] = {}
    if round_id is not None:
        rows = {village_id: (state, first) for village_id, state, first in session.exec(
            select(VillageReview.village_id, VillageReview.state, VillageReview.first_submitted_on)
            .where(VillageReview.round_id == round_id))}
    passed = deadline is not None and today > deadline
    states = {}
    for place in places:
        state, first = rows.get(place.village_id, (ReviewState.IN_REVIEW, None))
        submitted = state in (ReviewState.SUBMITTED, ReviewState.APPROVED)
        on_time = (first is None or deadline is None or first <= deadline) if submitted else None
        states[place.village_id] = VillageState(place, state, first, on_time, passed and not submitted)
    return deadline, states


def _counted(states: list[VillageState]) -> Counts:
    on_time = sum(1 for s in states if s.on_time is True)
    late = sum(1 for s in states if s.on_time is False)
    return Counts(expected=len(states), on_time=on_time, late=late, not_submitted=len(states) - on_time - late,
                  approved=sum(1 for s in states if s.state == ReviewState.APPROVED),
                  returned=sum(1 for s in states if s.state == ReviewState.RETURNED),
                  overdue=sum(1 for s in states if s.overdue))


def completeness_report(session: Session, plan: Plan, year: int, today: date, *,
                        places: list[PlaceRow] | None = None,
                        kind: RoundKind = RoundKind.YEARLY) -> CompletenessReport:
    """The report of the plan's `kind` round of `year` as of `today`, by the units of `places` (the plan's of today
    when not given)."""
    places = plan_places(session, plan.id) if places is None else places
    deadline, states = village_states(session, plan, year, today, places, kind)
    areas = _areas(places, states)
    lead: dict[int, int] = {}
    for village_id, agency_id in session.exec(select(Assignment.village_id, Assignment.agency_id).where(
            Assignment.plan_id == plan.id, Assignment.role == AssignmentRole.LEAD).order_by(Assignment.id)):
        lead.setdefault(village_id, agency_id)
    names = dict(session.exec(select(Agency.id, Agency.name).where(Agency.id.in_(set(lead.values())))).all())
    by_agency: dict[int | None, list[VillageState]] = defaultdict(list)
    for place in places:
        by_agency[lead.get(place.village_id)].append(states[place.village_id])
    order = sorted((a for a in by_agency if a is not None), key=lambda a: names[a])
    if None in by_agency:
        order.append(None)
    agencies = [CountedRow(names[a] if a is not None else NO_LEAD_AGENCY, "agency", _counted(by_agency[a]))
                for a in order]
    leaders = {village_id: (name, phone) for village_id, name, phone in session.exec(
        select(SupportTeam.village_id, TeamMember.full_name, TeamMember.phone)
        .join(TeamMember, TeamMember.team_id == SupportTeam.id)
        .where(SupportTeam.plan_id == plan.id, TeamMember.role == TeamRole.LEADER).order_by(TeamMember.id.desc()))}
    reminders = []
    for agency_id in order:
        awaited = [Reminder(s.place, s.state, s.overdue, *leaders.get(s.place.village_id, ("", "")))
                   for s in by_agency[agency_id] if s.on_time is None]
        if awaited:
            reminders.append(AgencyReminders(names[agency_id] if agency_id is not None else NO_LEAD_AGENCY,
                                             awaited))
    return CompletenessReport(plan.code, plan.title, plan.issuer, plan.place, year, kind, deadline, today,
                              year_closed(session, plan.id, year), areas, agencies, reminders, states)


def _areas(places: list[PlaceRow], states: dict[int, VillageState]) -> list[CountedRow]:
    """Each district before its communes, as the places first name them (communes with no district on their
    own), then the whole plan."""
    districts: dict[int, list[VillageState]] = defaultdict(list)
    communes: dict[int, list[VillageState]] = defaultdict(list)
    keys: list[tuple[str, int, str]] = []
    for place in places:
        state = states[place.village_id]
        if place.district_id is not None:
            if place.district_id not in districts:
                keys.append(("district", place.district_id, place.district or ""))
            districts[place.district_id].append(state)
        if place.commune_id not in communes:
            keys.append(("commune", place.commune_id, place.commune))
        communes[place.commune_id].append(state)
    rows = [CountedRow(name, level, _counted((districts if level == "district" else communes)[key]))
            for level, key, name in keys]
    rows.append(CountedRow(WHOLE_PLAN, "plan", _counted(list(states.values()))))
    return rows


ROUND_WORDS = {RoundKind.YEARLY: "rà soát năm", RoundKind.MID_YEAR: "rà soát 6 tháng đầu năm"}


def round_sentence(report: CompletenessReport) -> str:
    """'Hạn gửi kết quả rà soát: 30/11/2025. Đến ngày 02/12/2025: …' — the round and where it stands."""
    whole = report.whole
    if report.deadline is None:
        opened = f"Chưa mở đợt {ROUND_WORDS[report.kind]} {report.year}; mọi thôn đang rà soát."
    else:
        opened = f"Hạn gửi kết quả {ROUND_WORDS[report.kind]} {report.year}: {format_date(report.deadline)}."
    figures = (f"Đến ngày {format_date(report.today)}: {format_int(whole.submitted)}/{format_int(whole.expected)} "
               f"thôn đã gửi ({format_int(whole.on_time)} đúng hạn, {format_int(whole.late)} muộn), "
               f"{format_int(whole.approved)} thôn đã duyệt, {format_int(whole.returned)} thôn bị trả lại, "
               f"{format_int(whole.not_submitted)} thôn chưa gửi ({format_int(whole.overdue)} quá hạn).")
    closed = " Năm đã khóa sổ: số liệu chính thức." if report.closed else ""
    return f"{opened} {figures}{closed}"


def reminder_text(report: CompletenessReport) -> str:
    """The reminder list as plain text, to paste into a message or an e-mail: an agency's villages awaited, each
    with its team lead and phone."""
    deadline = f", hạn {report.deadline:%d/%m/%Y}" if report.deadline else ""
    lines = [f"Thôn (làng) chưa gửi kết quả rà soát năm {report.year} (kế hoạch {report.plan_code}{deadline}):"]
    for agency in report.reminders:
        lines += ["", f"{agency.agency} ({len(agency.reminders)} thôn):"]
        for reminder in agency.reminders:
            place = reminder.place
            where = ", ".join(part for part in (place.village, place.commune, place.district) if part)
            state = REVIEW_STATE[reminder.state] + (", quá hạn" if reminder.overdue else "")
            leader = reminder.leader or "chưa có tổ trưởng"
            phone = f", ĐT {reminder.phone}" if reminder.phone else ""
            lines.append(f"- {where} ({state}): tổ trưởng {leader}{phone}")
    if not report.reminders:
        lines += ["", "Không còn thôn nào chưa gửi."]
    return "\n".join(lines)
