"""The locks of the review cycle: the one place that decides whether a village's figures of a year may change.

A village-year is locked when its review in a plan's yearly round is approved (Đã duyệt), or when a plan holding
the village has closed that year (khóa sổ). A mid-year round's approval locks nothing: the year goes on. Records
and assessments belong to the village, not to a plan, so every plan holding the village counts. Every writer of a
village's yearly figures asks `require_open_village_year` (domain/assessing.py, domain/recording.py, and through
them the restore from history and the team workbook's import); the preview of an import asks `village_locks`.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement
from sqlmodel import Session, select

from domain.admin_units import Village
from domain.errors import DomainError
from domain.formatting import format_moment
from domain.plan import Plan, PlanVillage
from domain.record_versions import person_name
from domain.review_rounds import ReviewRound, ReviewState, RoundKind, VillageReview, YearClosure
from domain.unit_words import village_said


@dataclass(frozen=True)
class VillageLock:
    """Why a village's year cannot change: approved (by whom, when) or its year closed (by whom, when)."""

    village_id: int
    year: int
    approved: bool
    """True: the yearly review was approved; False: the year was closed."""
    by: str
    at: datetime
    reason: str
    """The sentence to show: who locked it, when, and how it is unlocked."""


class VillageYearLocked(DomainError):
    """A change to an approved village-year, or to a village of a closed year; `lock` says why."""

    def __init__(self, message: str, lock: VillageLock) -> None:
        super().__init__(message)
        self.lock = lock


def require_open_village_year(session: Session, village_id: int, year: int, *, doing: str = "lưu") -> None:
    """Refuse a change to the village's figures of `year` while it is locked; `doing` names the refused action in
    the message ("lưu", "xóa", "khôi phục")."""
    lock = village_year_lock(session, village_id, year)
    if lock is not None:
        raise VillageYearLocked(f"Chưa {doing}. {lock.reason}", lock)


def village_year_lock(session: Session, village_id: int, year: int) -> VillageLock | None:
    """The lock on one village's year, None when it may change."""
    locks = _locks(session, year, VillageReview.village_id == village_id, PlanVillage.village_id == village_id)
    return locks.get(village_id)


def village_locks(session: Session, plan_id: int, year: int) -> dict[int, VillageLock]:
    """The locked villages of a plan in a year, with why: one read of the approvals and one of the closures."""
    villages = select(PlanVillage.village_id).where(PlanVillage.plan_id == plan_id)
    return _locks(session, year, VillageReview.village_id.in_(villages), PlanVillage.village_id.in_(villages))


def locked_village_years(session: Session, plan_id: int, year: int) -> set[int]:
    """The ids of the plan's villages whose `year` cannot change, without the reasons (for the tree: two reads of
    ids only)."""
    villages = select(PlanVillage.village_id).where(PlanVillage.plan_id == plan_id)
    closed = select(PlanVillage.village_id).join(YearClosure, YearClosure.plan_id == PlanVillage.plan_id).where(
        YearClosure.year == year, PlanVillage.village_id.in_(villages))
    approved = select(VillageReview.village_id).join(ReviewRound, ReviewRound.id == VillageReview.round_id).where(
        ReviewRound.year == year, ReviewRound.kind == RoundKind.YEARLY, VillageReview.state == ReviewState.APPROVED,
        VillageReview.village_id.in_(villages))
    return set(session.exec(closed)) | set(session.exec(approved))


def year_closure(session: Session, plan_id: int, year: int) -> YearClosure | None:
    return session.exec(select(YearClosure).where(YearClosure.plan_id == plan_id, YearClosure.year == year)).first()


def year_closed(session: Session, plan_id: int, year: int) -> bool:
    """Whether the plan's year is closed: its figures print as final."""
    return year_closure(session, plan_id, year) is not None


def _locks(session: Session, year: int, reviews: ColumnElement[bool], members: ColumnElement[bool]
           ) -> dict[int, VillageLock]:
    closed = session.exec(
        select(PlanVillage.village_id, Village.name, Plan.code, YearClosure.closed_by, YearClosure.closed_at)
        .join(YearClosure, YearClosure.plan_id == PlanVillage.plan_id)
        .join(Plan, Plan.id == PlanVillage.plan_id).join(Village, Village.id == PlanVillage.village_id)
        .where(YearClosure.year == year, members).order_by(YearClosure.id)).all()
    approved = session.exec(
        select(VillageReview.village_id, Village.name, VillageReview.decided_by, VillageReview.decided_at)
        .join(ReviewRound, ReviewRound.id == VillageReview.round_id)
        .join(Village, Village.id == VillageReview.village_id)
        .where(ReviewRound.year == year, ReviewRound.kind == RoundKind.YEARLY,
               VillageReview.state == ReviewState.APPROVED, reviews)).all()
    names = _people(session, [row[3] for row in closed] + [row[2] for row in approved])
    locks: dict[int, VillageLock] = {}
    for village_id, name, by, at in approved:
        reason = (f"{_capital(village_said(name))} năm {year} đã được duyệt lúc {format_moment(at)} bởi {names[by]}; "
                  "Văn phòng mở lại kèm lý do để sửa.")
        locks[village_id] = VillageLock(village_id, year, True, by, at, reason)
    for village_id, name, code, by, at in closed:
        reason = (f"Năm {year} của kế hoạch {code} đã khóa sổ lúc {format_moment(at)} bởi {names[by]} "
                  f"({village_said(name)} thuộc kế hoạch); Văn phòng mở lại năm kèm lý do để sửa.")
        locks[village_id] = VillageLock(village_id, year, False, by, at, reason)
    return locks


def _people(session: Session, usernames: Iterable[str]) -> dict[str, str]:
    return {name: person_name(session, name) for name in set(usernames)}


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
