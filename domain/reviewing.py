"""Use cases of the yearly review cycle (issue 19): the secretariat opens a plan-year's round with a deadline; each
village's review is sent (by its team lead, or by the secretariat on receipt of the team's workbook), approved or
returned with a comment, sent again, and reopened with a reason; a reported year is closed and reopened.

Every step is checked against domain/review_states.py, audited (domain/audit.record_change) with who and when, and
refused with a Vietnamese sentence naming the village and its state. A step raises the review's version by an UPDATE
naming the version read, as an assessment's save does: two people acting on one village at once cannot both win.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, select

from domain.access import Principal, forbidden, leads_village, require_secretariat
from domain.admin_units import Village
from domain.audit import record_change
from domain.errors import DomainError, EditConflict, NotFound
from domain.formatting import format_date, format_moment
from domain.labels import REVIEW_STATE
from domain.plan import Plan, PlanVillage
from domain.plans import plan_in_year
from domain.record_versions import person_name
from domain.review_locks import year_closure
from domain.review_rounds import (
    ReviewComment,
    ReviewRound,
    ReviewState,
    ReviewStep,
    RoundKind,
    VillageReview,
    YearClosure,
)
from domain.review_states import STEPS, Reviewer
from domain.text import nfc
from domain.unit_of_work import UnitOfWork
from domain.unit_words import village_said
from domain.users import Role

VERB = {ReviewStep.SUBMIT: "gửi", ReviewStep.APPROVE: "duyệt", ReviewStep.RETURN: "trả lại",
        ReviewStep.REOPEN: "mở lại", ReviewStep.COMMENT: "ghi ý kiến cho"}
"""Each step said as a verb: "Chưa duyệt: …"."""


@dataclass(frozen=True)
class ReviewNow:
    """A village's review as the database holds it now, for a user whose step came too late."""

    state: ReviewState
    version: int
    by: str
    at: datetime | None


def local_today() -> date:
    """The reader's calendar day: a deadline is a day as people on this PC count it."""
    return datetime.now().astimezone().date()


def round_said(review_round: ReviewRound) -> str:
    """'đợt rà soát năm 2026', 'đợt rà soát 6 tháng đầu năm 2026'."""
    if review_round.kind is RoundKind.MID_YEAR:
        return f"đợt rà soát 6 tháng đầu năm {review_round.year}"
    return f"đợt rà soát năm {review_round.year}"


def village_named(session: Session, village_id: int) -> str:
    """'Thôn Kon Tu', as a sentence begins."""
    name = village_said(session.get(Village, village_id).name)
    return name[:1].upper() + name[1:]


def _within(village: str) -> str:
    """A village's name inside a sentence: 'thôn Kon Tu', 'thôn 1'."""
    return village[:1].lower() + village[1:]


def reviewer_of(session: Session, user: Principal, plan_id: int, village_id: int) -> Reviewer:
    if user.role is Role.SECRETARIAT:
        return Reviewer.SECRETARIAT
    if user.role is Role.TEAM_LEAD and leads_village(session, user, plan_id, village_id):
        return Reviewer.VILLAGE_LEAD
    return Reviewer.OTHER


def get_round(session: Session, round_id: int) -> ReviewRound:
    review_round = session.get(ReviewRound, round_id)
    if review_round is None:
        raise NotFound("Không tìm thấy đợt rà soát này.")
    return review_round


def current_review(session: Session, round_id: int, village_id: int) -> VillageReview | None:
    return session.exec(select(VillageReview).where(VillageReview.round_id == round_id,
                                                    VillageReview.village_id == village_id)).one_or_none()


def apply_step(session: Session, user: Principal, *, round_id: int, village_id: int, step: ReviewStep, text: str = "",
               expected_version: int | None = None, source: str = "") -> VillageReview:
    """Take `step` for the village in the round, with its comment, and audit it, without committing (the caller's
    unit of work commits). `expected_version`: the version the user saw (0: no step yet); `source` tells the audit
    where the step came from (a team's workbook)."""
    review_round = get_round(session, round_id)
    if session.get(PlanVillage, (review_round.plan_id, village_id)) is None:
        raise NotFound("Thôn (làng) này không thuộc kế hoạch của đợt rà soát.")
    village = village_named(session, village_id)
    rule, verb = STEPS[step], VERB[step]
    _require_allowed(session, user, review_round, village_id, village, step)
    _require_open(session, review_round, f"Chưa {verb} {village}")
    review = current_review(session, round_id, village_id)
    seen = review.version if review else 0
    if expected_version is not None and expected_version != seen:
        raise _conflict(session, village, verb, review)
    state = review.state if review else ReviewState.IN_REVIEW
    if state not in rule.from_states:
        wanted = " hoặc ".join(f"“{REVIEW_STATE[s]}”" for s in ReviewState if s in rule.from_states)
        raise DomainError(f"Chưa {verb}: {village} đang ở trạng thái “{REVIEW_STATE[state]}” trong "
                          f"{round_said(review_round)}; chỉ {verb} được khi ở trạng thái {wanted}.")
    text = nfc(text).strip()
    if rule.text_required and not text:
        what = "lý do mở lại" if step is ReviewStep.REOPEN else "ý kiến"
        raise DomainError(f"Chưa {verb} {village}: hãy ghi {what}.")
    return _take_step(session, user, review_round, step, {village_id: review}, text=text, source=source)[village_id]


def _take_step(session: Session, user: Principal, review_round: ReviewRound, step: ReviewStep,
               reviews: dict[int, VillageReview | None], *, text: str = "",
               source: str = "") -> dict[int, VillageReview]:
    """Take `step` for the villages (village id → its review as read, None when it has none yet), checked already,
    and return their reviews: one insert of the missing reviews (someone else's first step meanwhile: theirs stands),
    one UPDATE per version read raising the versions it names (someone else's step meanwhile), both a conflict
    refusing every village; then each village's state, audit rows and comment (_write_step). apply_step's one village
    and submit_received's workbook take it alike."""
    verb = VERB[step]
    taken = {village_id: review for village_id, review in reviews.items() if review is not None}
    first = [VillageReview(round_id=review_round.id, village_id=village_id, version=0)
             for village_id, review in reviews.items() if review is None]
    if first:
        first_ids = [review.village_id for review in first]
        session.add_all(first)
        try:
            session.flush()
        except IntegrityError as error:  # a first step by someone else in between: theirs stands
            session.rollback()
            theirs = session.exec(select(VillageReview).where(VillageReview.round_id == review_round.id,
                                                              VillageReview.village_id.in_(first_ids))).first()
            village = village_named(session, theirs.village_id if theirs else first_ids[0])
            raise _conflict(session, village, verb, theirs) from error
        taken |= {review.village_id: review for review in first}
    seen = {review.id: review.version for review in taken.values()}
    for version in sorted(set(seen.values())):
        ids = [review_id for review_id, read in seen.items() if read == version]
        bumped = set(session.execute(update(VillageReview)
                                     .where(VillageReview.id.in_(ids), VillageReview.version == version)
                                     .values(version=version + 1).returning(VillageReview.id)
                                     .execution_options(synchronize_session=False)).scalars())
        stale = next((review for review in taken.values() if review.id in ids and review.id not in bumped), None)
        if stale is not None:
            session.refresh(stale)
            raise _conflict(session, village_named(session, stale.village_id), verb, stale)
    for village_id in reviews:
        review = taken[village_id]
        _write_step(session, user, review_round, review, step, review.state, text, source)
        set_committed_value(review, "version", seen[review.id] + 1)
    return taken


def _require_allowed(session: Session, user: Principal, review_round: ReviewRound, village_id: int, village: str,
                     step: ReviewStep) -> None:
    rule, verb = STEPS[step], VERB[step]
    if reviewer_of(session, user, review_round.plan_id, village_id) in rule.by:
        return
    if rule.by == {Reviewer.SECRETARIAT}:
        raise forbidden(user, f"chỉ Văn phòng (thư ký) được {verb} {_within(village)}")
    if user.role is Role.TEAM_LEAD:
        raise forbidden(user, f"tổ trưởng chỉ {verb} được thôn (làng) mà mình làm tổ trưởng tổ hỗ trợ; "
                              f"{village} không thuộc tổ của mình")
    raise forbidden(user, f"tài khoản chỉ xem không {verb} được {_within(village)}")


def _require_open(session: Session, review_round: ReviewRound, refused: str) -> None:
    """Refuse a step in a closed round or a closed year; `refused` begins the sentence ("Chưa duyệt thôn X")."""
    closure = year_closure(session, review_round.plan_id, review_round.year)
    if closure is not None:
        raise DomainError(f"{refused}: năm {review_round.year} đã khóa sổ lúc {format_moment(closure.closed_at)} bởi "
                          f"{person_name(session, closure.closed_by)}; Văn phòng mở lại năm kèm lý do để tiếp tục.")
    if review_round.closed_at is not None:
        who = person_name(session, review_round.closed_by)
        raise DomainError(f"{refused}: {round_said(review_round)} đã kết thúc lúc "
                          f"{format_moment(review_round.closed_at)} bởi {who}; Văn phòng mở lại đợt để tiếp tục.")


def _write_step(session: Session, user: Principal, review_round: ReviewRound, review: VillageReview, step: ReviewStep,
                state: ReviewState, text: str, source: str) -> None:
    now = datetime.now(UTC)
    context = f"village={review.village_id}; round={review_round.id}; year={review_round.year}; step={step.value}"
    if source:
        context += f"; {source}"
    new_state = STEPS[step].to
    if new_state is not None and new_state != state:
        record_change(session, actor=user.name, entity="villagereview", entity_id=review.id, field="state",
                      old=state.value, new=new_state.value, context=context, village_id=review.village_id)
        review.state = new_state
    if step is ReviewStep.SUBMIT:
        review.submitted_by, review.submitted_at = user.name, now
        if review.first_submitted_on is None:
            review.first_submitted_on = local_today()
    elif step is not ReviewStep.COMMENT:
        review.decided_by, review.decided_at = user.name, now
    if text:
        comment = ReviewComment(review_id=review.id, village_id=review.village_id, step=step, author=user.name, at=now,
                                text=text)
        session.add(comment)
        session.flush()
        record_change(session, actor=user.name, entity="reviewcomment", entity_id=comment.id, field="text", old=None,
                      new=text, context=context, village_id=review.village_id)


def _conflict(session: Session, village: str, verb: str, review: VillageReview | None) -> EditConflict:
    if review is None:
        return EditConflict(f"Chưa {verb}: {village} vừa có người khác làm cùng lúc; hãy xem lại rồi làm tiếp.",
                            ReviewNow(ReviewState.IN_REVIEW, 0, "", None))
    moments = [(at, by) for at, by in ((review.submitted_at, review.submitted_by),
                                        (review.decided_at, review.decided_by)) if at is not None]
    at, by = max(moments, key=lambda moment: _utc(moment[0])) if moments else (None, "")
    when = f" lúc {format_moment(at)}" if at else ""
    return EditConflict(f"Chưa {verb}: {village} đã được {person_name(session, by)} chuyển sang "
                        f"“{REVIEW_STATE[review.state]}”{when}, sau khi bạn mở. Hãy xem lại rồi làm tiếp.",
                        ReviewNow(review.state, review.version, by, at))


def _utc(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def _step(uow: UnitOfWork, step: ReviewStep, round_id: int, village_id: int, text: str,
          expected_version: int | None) -> int:
    review = apply_step(uow.session, uow.user, round_id=round_id, village_id=village_id, step=step, text=text,
                        expected_version=expected_version)
    version = review.version
    uow.commit()
    return version


def submit(uow: UnitOfWork, *, round_id: int, village_id: int, comment: str = "",
           expected_version: int | None = None) -> int:
    """Send the village's review (Đã gửi): its team lead, or the secretariat on receipt. Returns the new version."""
    return _step(uow, ReviewStep.SUBMIT, round_id, village_id, comment, expected_version)


def approve(uow: UnitOfWork, *, round_id: int, village_id: int, comment: str = "",
            expected_version: int | None = None) -> int:
    """Approve a sent review (Đã duyệt); in the yearly round this locks the village's year."""
    return _step(uow, ReviewStep.APPROVE, round_id, village_id, comment, expected_version)


def return_with_comment(uow: UnitOfWork, *, round_id: int, village_id: int, comment: str,
                        expected_version: int | None = None) -> int:
    """Send a review back to the team (Trả lại) with what to fix."""
    return _step(uow, ReviewStep.RETURN, round_id, village_id, comment, expected_version)


def reopen_with_reason(uow: UnitOfWork, *, round_id: int, village_id: int, reason: str,
                       expected_version: int | None = None) -> int:
    """Reopen an approved review (back to Đang rà soát, the year unlocked for the village), with the reason."""
    return _step(uow, ReviewStep.REOPEN, round_id, village_id, reason, expected_version)


def add_comment(uow: UnitOfWork, *, round_id: int, village_id: int, text: str) -> None:
    """A remark in the village's thread, the state unchanged."""
    _step(uow, ReviewStep.COMMENT, round_id, village_id, text, None)


def submittable(session: Session, round_id: int, village_ids: set[int] | list[int]) -> set[int]:
    """Which of the villages a submission would mark Đã gửi: those of the round's plan still in review or returned,
    in an open round of an open year (for the preview of a team's workbook)."""
    review_round = get_round(session, round_id)
    if review_round.closed_at is not None or year_closure(session, review_round.plan_id, review_round.year):
        return set()
    done = select(VillageReview.village_id).where(
        VillageReview.round_id == round_id, VillageReview.state.in_((ReviewState.SUBMITTED, ReviewState.APPROVED)))
    return set(session.exec(select(PlanVillage.village_id).where(
        PlanVillage.plan_id == review_round.plan_id, PlanVillage.village_id.in_(list(village_ids)),
        PlanVillage.village_id.not_in(done))))


def submit_received(session: Session, user: Principal, *, round_id: int, village_ids: set[int] | list[int],
                    source: str) -> list[int]:
    """Mark the villages of a team's workbook Đã gửi on the secretariat's receipt, in the import's transaction (not
    committed here); those already sent or approved are left as they are. Returns the villages marked.

    The same steps as apply_step's for each village, taken for all at once by the same code (_take_step: one insert
    of the reviews missing, one UPDATE for each version read, each village's audit row and a first submission's
    day), after one read of their reviews. A village stepped on by someone else meanwhile refuses the whole
    workbook's marking as it would refuse its own step."""
    require_secretariat(user, "đánh dấu đã gửi theo sổ của tổ")
    review_round = get_round(session, round_id)
    marked = sorted(submittable(session, round_id, village_ids))
    if not marked:
        return []
    verb, rule = VERB[ReviewStep.SUBMIT], STEPS[ReviewStep.SUBMIT]
    reviews = {review.village_id: review for review in session.exec(select(VillageReview).where(
        VillageReview.round_id == round_id, VillageReview.village_id.in_(marked)))}
    moved = next((review for review in reviews.values() if review.state not in rule.from_states), None)
    if moved is not None:  # sent or approved since submittable read it (a server's other session)
        raise _conflict(session, village_named(session, moved.village_id), verb, moved)
    return sorted(_take_step(session, user, review_round, ReviewStep.SUBMIT,
                             {village_id: reviews.get(village_id) for village_id in marked}, source=source))


def open_round(uow: UnitOfWork, *, plan_id: int, year: int, deadline: date, kind: RoundKind = RoundKind.YEARLY) -> int:
    """Open the plan-year's round of `kind` with its deadline (the last day on time); returns its id."""
    session, user = uow.session, uow.user
    require_secretariat(user, "mở đợt rà soát")
    plan = plan_in_year(session, plan_id, year, refused="Chưa mở đợt rà soát")
    if deadline < date(year, 1, 1):
        raise DomainError(f"Chưa mở đợt rà soát: hạn gửi {format_date(deadline)} trước năm {year}.")
    review_round = ReviewRound(plan_id=plan_id, year=year, kind=kind, deadline=deadline, opened_by=user.name,
                               opened_at=datetime.now(UTC))
    same = session.exec(select(ReviewRound).where(ReviewRound.plan_id == plan_id, ReviewRound.year == year,
                                                  ReviewRound.kind == kind)).first()
    if same is not None:
        raise DomainError(f"Chưa mở: {round_said(review_round)} của kế hoạch {plan.code} đã mở lúc "
                          f"{format_moment(same.opened_at)} bởi {person_name(session, same.opened_by)}.")
    session.add(review_round)
    session.flush()
    record_change(session, actor=user.name, entity="reviewround", entity_id=review_round.id, field="opened", old=None,
                  new=f"{kind.value}; hạn {deadline.isoformat()}", context=f"plan={plan_id}; year={year}")
    uow.commit()
    return review_round.id


def change_deadline(uow: UnitOfWork, *, round_id: int, deadline: date) -> None:
    """Move a round's deadline (on time or late is counted against the new one)."""
    session, user = uow.session, uow.user
    require_secretariat(user, "đổi hạn gửi của đợt rà soát")
    review_round = get_round(session, round_id)
    if deadline < date(review_round.year, 1, 1):
        raise DomainError(f"Chưa đổi hạn: {format_date(deadline)} trước năm {review_round.year}.")
    if deadline == review_round.deadline:
        return
    record_change(session, actor=user.name, entity="reviewround", entity_id=round_id, field="deadline",
                  old=review_round.deadline.isoformat(), new=deadline.isoformat(),
                  context=f"plan={review_round.plan_id}; year={review_round.year}")
    review_round.deadline = deadline
    uow.commit()


def close_round(uow: UnitOfWork, *, round_id: int) -> None:
    """End a round: no step is taken in it any more; its states stand as they are."""
    session, user = uow.session, uow.user
    require_secretariat(user, "kết thúc đợt rà soát")
    review_round = get_round(session, round_id)
    if review_round.closed_at is not None:
        who = person_name(session, review_round.closed_by)
        raise DomainError(f"Chưa kết thúc: {round_said(review_round)} đã kết thúc lúc "
                          f"{format_moment(review_round.closed_at)} bởi {who}.")
    review_round.closed_by, review_round.closed_at = user.name, datetime.now(UTC)
    record_change(session, actor=user.name, entity="reviewround", entity_id=round_id, field="closed", old=None,
                  new="kết thúc", context=f"plan={review_round.plan_id}; year={review_round.year}")
    uow.commit()


def reopen_round(uow: UnitOfWork, *, round_id: int, reason: str) -> None:
    """Open a closed round again, with the reason."""
    session, user = uow.session, uow.user
    require_secretariat(user, "mở lại đợt rà soát")
    review_round = get_round(session, round_id)
    reason = nfc(reason).strip()
    if review_round.closed_at is None:
        raise DomainError(f"Chưa mở lại: {round_said(review_round)} đang mở.")
    if not reason:
        raise DomainError(f"Chưa mở lại {round_said(review_round)}: hãy ghi lý do mở lại.")
    record_change(session, actor=user.name, entity="reviewround", entity_id=round_id, field="reopened",
                  old=f"kết thúc bởi {review_round.closed_by} lúc {review_round.closed_at.isoformat()}", new=reason,
                  context=f"plan={review_round.plan_id}; year={review_round.year}")
    review_round.closed_by, review_round.closed_at = "", None
    uow.commit()


def close_year(uow: UnitOfWork, *, plan_id: int, year: int, note: str = "") -> None:
    """Close a reported year of the plan: nothing of its villages changes, its figures print as final."""
    session, user = uow.session, uow.user
    require_secretariat(user, "khóa sổ năm")
    plan = plan_in_year(session, plan_id, year, refused="Chưa khóa sổ")
    closure = year_closure(session, plan_id, year)
    if closure is not None:
        raise DomainError(f"Chưa khóa sổ: năm {year} của kế hoạch {plan.code} đã khóa sổ lúc "
                          f"{format_moment(closure.closed_at)} bởi {person_name(session, closure.closed_by)}.")
    closure = YearClosure(plan_id=plan_id, year=year, closed_by=user.name, closed_at=datetime.now(UTC),
                             note=nfc(note).strip())
    session.add(closure)
    session.flush()
    record_change(session, actor=user.name, entity="yearclosure", entity_id=closure.id, field="closed", old=None,
                  new=closure.note or "khóa sổ", context=f"plan={plan_id}; year={year}")
    uow.commit()


def reopen_year(uow: UnitOfWork, *, plan_id: int, year: int, reason: str) -> None:
    """Reopen a closed year, with the reason (the audit keeps who had closed it, and when)."""
    session, user = uow.session, uow.user
    require_secretariat(user, "mở lại năm đã khóa sổ")
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise NotFound("Không tìm thấy kế hoạch.")
    closure = year_closure(session, plan_id, year)
    reason = nfc(reason).strip()
    if closure is None:
        raise DomainError(f"Chưa mở lại: năm {year} của kế hoạch {plan.code} chưa khóa sổ.")
    if not reason:
        raise DomainError(f"Chưa mở lại năm {year}: hãy ghi lý do mở lại.")
    record_change(session, actor=user.name, entity="yearclosure", entity_id=closure.id, field="reopened",
                  old=f"khóa sổ bởi {closure.closed_by} lúc {closure.closed_at.isoformat()}", new=reason,
                  context=f"plan={plan_id}; year={year}")
    session.delete(closure)
    uow.commit()
