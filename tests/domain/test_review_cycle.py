"""The review cycle (issue 19): every step allowed and refused per role and state, the thread, the audit, the
round and the year, on SQLite and PostgreSQL."""

from datetime import date, timedelta

import pytest
from sqlmodel import func, select

from domain.access import Forbidden
from domain.audit import AuditEvent
from domain.errors import DomainError, EditConflict
from domain.history import HistoryFilter, history
from domain.review_reads import find_round, lead_reviews, review_states
from domain.review_rounds import ReviewState, ReviewStep, RoundKind, VillageReview
from domain.reviewing import (
    add_comment,
    apply_step,
    approve,
    close_round,
    close_year,
    open_round,
    reopen_round,
    reopen_with_reason,
    reopen_year,
    return_with_comment,
    submit,
    submit_received,
    submittable,
)
from tests.conftest import OFFICER
from tests.domain.review_case import (
    DAK,
    HAI,
    LEAD_DAK,
    LEAD_HAI,
    LEAD_MOI,
    LEAD_T1,
    MOI,
    T1,
    VIEWER,
    approved,
    opened,
    returned,
    seen_by,
    submitted,
    village_id,
)

S, A, R, U, C = (ReviewStep.SUBMIT, ReviewStep.APPROVE, ReviewStep.RETURN, ReviewStep.REOPEN, ReviewStep.COMMENT)
ALLOWED = {  # by hand, from the issue: state -> who -> the steps they may take
    ReviewState.IN_REVIEW: {"secretariat": {S, C}, "lead": {S, C}, "other lead": set(), "viewer": set()},
    ReviewState.SUBMITTED: {"secretariat": {A, R, C}, "lead": {C}, "other lead": set(), "viewer": set()},
    ReviewState.APPROVED: {"secretariat": {U, C}, "lead": {C}, "other lead": set(), "viewer": set()},
    ReviewState.RETURNED: {"secretariat": {S, C}, "lead": {S, C}, "other lead": set(), "viewer": set()},
}


def _tried(db, user, round_id: int, village: int, step: ReviewStep) -> bool:
    """Whether the step is taken; rolled back either way (the unit of work is not committed)."""
    try:
        with db.unit_of_work(user) as uow:
            apply_step(uow.session, uow.user, round_id=round_id, village_id=village, step=step, text="Ý kiến")
        return True
    except DomainError:
        return False


def test_every_step_allowed_and_refused_per_role_and_state(empty_database, small_plan):
    db, plan = empty_database, small_plan
    round_id = opened(db, plan)
    submitted(db, plan, round_id, DAK)
    approved(db, plan, round_id, HAI)
    returned(db, plan, round_id, MOI)
    in_state = {ReviewState.IN_REVIEW: T1, ReviewState.SUBMITTED: DAK, ReviewState.APPROVED: HAI,
                ReviewState.RETURNED: MOI}
    # each village's own lead, and another village's
    leads = {T1: (LEAD_T1, LEAD_DAK), DAK: (LEAD_DAK, LEAD_T1), HAI: (LEAD_HAI, LEAD_T1), MOI: (LEAD_MOI, LEAD_HAI)}
    for state, village in in_state.items():
        own, other = leads[village]
        users = {"secretariat": OFFICER, "lead": own, "other lead": other, "viewer": VIEWER}
        for who, user in users.items():
            taken = {step for step in ReviewStep if _tried(db, user, round_id, village_id(db, plan, village), step)}
            assert taken == ALLOWED[state][who], (state, who)
            assert set(seen_by(db, plan, user, village).steps) == ALLOWED[state][who], (state, who)
    with db.session() as session:
        states = review_states(session, plan_id=plan.id, year=2025, today=date(2025, 6, 1)).states
    assert {state: states[village_id(db, plan, village)] for state, village in in_state.items()} == {
        state: state for state in in_state}


def test_refusals_name_the_village_and_its_state(empty_database, small_plan):
    db, plan = empty_database, small_plan
    round_id = opened(db, plan)
    t1 = village_id(db, plan, T1)
    with pytest.raises(DomainError, match="Chưa duyệt: Thôn 1 đang ở trạng thái “Đang rà soát” trong đợt rà soát "
                                          "năm 2025; chỉ duyệt được khi ở trạng thái “Đã gửi”"), \
            db.unit_of_work(OFFICER) as uow:
        approve(uow, round_id=round_id, village_id=t1)
    with pytest.raises(Forbidden, match="tổ trưởng chỉ gửi được .* Làng Đắk không thuộc tổ của mình"), \
            db.unit_of_work(LEAD_T1) as uow:
        submit(uow, round_id=round_id, village_id=village_id(db, plan, DAK))
    with pytest.raises(Forbidden, match="chỉ Văn phòng \\(thư ký\\) được duyệt thôn 1.*Nguyễn Văn Tổ"), \
            db.unit_of_work(LEAD_T1) as uow:
        approve(uow, round_id=round_id, village_id=t1)
    submitted(db, plan, round_id, T1, LEAD_T1)
    with pytest.raises(DomainError, match="Chưa trả lại Thôn 1: hãy ghi ý kiến"), db.unit_of_work(OFFICER) as uow:
        return_with_comment(uow, round_id=round_id, village_id=t1, comment="   ")
    approved_version = approved(db, plan, round_id, DAK)
    with pytest.raises(DomainError, match="Chưa mở lại Làng Đắk: hãy ghi lý do mở lại"), \
            db.unit_of_work(OFFICER) as uow:
        reopen_with_reason(uow, round_id=round_id, village_id=village_id(db, plan, DAK), reason="",
                           expected_version=approved_version)
    with db.session() as session:
        refusals = session.exec(select(AuditEvent.actor).where(AuditEvent.entity == "refusal")).all()
    assert refusals == ["to", "to"]  # the two refused for the role; the others were refused by a rule


def test_the_team_lead_submits_is_returned_with_a_comment_sees_it_submits_again_and_is_approved(empty_database,
                                                                                                 small_plan):
    db, plan = empty_database, small_plan
    round_id = opened(db, plan, deadline=date(2099, 1, 31))
    t1 = village_id(db, plan, T1)
    with db.unit_of_work(LEAD_T1) as uow:
        assert submit(uow, round_id=round_id, village_id=t1, comment="Đã rà soát đủ 3 tiêu chí") == 1
    with db.unit_of_work(OFFICER) as uow:
        return_with_comment(uow, round_id=round_id, village_id=t1, comment="Tiêu chí 3: thiếu biên bản nghiệm thu")
    with db.session() as session:
        [mine] = [row for row in lead_reviews(session, LEAD_T1, plan_id=plan.id, year=2025, today=date(2025, 6, 1))]
    assert (mine.place.village, mine.state, mine.deadline, mine.last_return.text, mine.last_return.author) == (
        "Thôn 1", ReviewState.RETURNED, date(2099, 1, 31), "Tiêu chí 3: thiếu biên bản nghiệm thu", OFFICER.name)
    with db.unit_of_work(LEAD_T1) as uow:
        submit(uow, round_id=round_id, village_id=t1, expected_version=mine.version, comment="Đã bổ sung biên bản")
    with db.unit_of_work(OFFICER) as uow:
        approve(uow, round_id=round_id, village_id=t1)
    view = seen_by(db, plan, LEAD_T1, T1)
    assert view.state is ReviewState.APPROVED and view.version == 4 and view.lock is not None
    assert [(c.step, c.author_name, c.text) for c in view.comments] == [
        (S, "to", "Đã rà soát đủ 3 tiêu chí"), (R, OFFICER.name, "Tiêu chí 3: thiếu biên bản nghiệm thu"),
        (S, "to", "Đã bổ sung biên bản")]  # no account in this database: the audit name stands for the full name
    with db.session() as session:
        audit = session.exec(select(AuditEvent.actor, AuditEvent.old_value, AuditEvent.new_value)
                             .where(AuditEvent.entity == "villagereview").order_by(AuditEvent.id)).all()
        review = session.exec(select(VillageReview).where(VillageReview.village_id == t1)).one()
    assert audit == [("to", "in_review", "submitted"), (OFFICER.name, "submitted", "returned"),
                     ("to", "returned", "submitted"), (OFFICER.name, "submitted", "approved")]
    assert (review.submitted_by, review.decided_by, review.first_submitted_on) == ("to", OFFICER.name, date.today())


def test_an_approval_is_reopened_with_its_reason_in_the_thread(empty_database, small_plan):
    db, plan = empty_database, small_plan
    round_id = opened(db, plan)
    version = approved(db, plan, round_id, T1)
    with db.unit_of_work(OFFICER) as uow:
        reopen_with_reason(uow, round_id=round_id, village_id=village_id(db, plan, T1),
                           reason="Sở Một báo số hộ nghèo sai", expected_version=version)
    view = seen_by(db, plan, LEAD_T1, T1)
    assert (view.state, view.lock, view.comments[-1].step, view.comments[-1].text) == (
        ReviewState.IN_REVIEW, None, U, "Sở Một báo số hộ nghèo sai")
    assert view.steps == (S, C)


def test_a_step_on_what_the_user_no_longer_sees_is_a_conflict(empty_database, small_plan):
    db, plan = empty_database, small_plan
    round_id = opened(db, plan)
    seen = seen_by(db, plan, OFFICER, T1).version
    submitted(db, plan, round_id, T1, LEAD_T1)
    taken = "Chưa gửi: Thôn 1 đã được to chuyển sang “Đã gửi” lúc .*sau khi bạn mở"
    with pytest.raises(EditConflict, match=taken) as raised, db.unit_of_work(OFFICER) as uow:
        submit(uow, round_id=round_id, village_id=village_id(db, plan, T1), expected_version=seen)
    assert raised.value.current.version == 1


def test_a_comment_of_the_team_lead_leaves_the_state(empty_database, small_plan):
    db, plan = empty_database, small_plan
    round_id = opened(db, plan)
    with db.unit_of_work(LEAD_T1) as uow:
        add_comment(uow, round_id=round_id, village_id=village_id(db, plan, T1), text="Tuần sau tổ gửi")
    view = seen_by(db, plan, OFFICER, T1)
    assert (view.state, [(c.step, c.text) for c in view.comments]) == (ReviewState.IN_REVIEW, [(C, "Tuần sau tổ gửi")])


def test_rounds_are_opened_once_per_kind_closed_reopened_and_a_mid_year_round_stands_beside_the_yearly(empty_database,
                                                                                                        small_plan):
    db, plan = empty_database, small_plan
    mid = opened(db, plan, deadline=date(2025, 7, 15), kind=RoundKind.MID_YEAR)
    yearly = opened(db, plan, deadline=date(2025, 12, 15))
    with pytest.raises(DomainError, match="đợt rà soát năm 2025 của kế hoạch 1-KH/TEST đã mở lúc"):
        opened(db, plan)
    with pytest.raises(DomainError, match="năm 2030 nằm ngoài thời gian của kế hoạch"):
        opened(db, plan, year=2030)
    with pytest.raises(Forbidden, match="chỉ Văn phòng"), db.unit_of_work(LEAD_T1) as uow:
        open_round(uow, plan_id=plan.id, year=2026, deadline=date(2026, 12, 1))
    with db.session() as session:
        assert find_round(session, plan.id, 2025).id == yearly  # the one opened last
        assert find_round(session, plan.id, 2025, RoundKind.MID_YEAR).id == mid
    submitted(db, plan, mid, T1)
    assert seen_by(db, plan, OFFICER, T1).state is ReviewState.IN_REVIEW  # the yearly round's own state
    with db.unit_of_work(OFFICER) as uow:
        close_round(uow, round_id=yearly)
    with pytest.raises(DomainError, match="Chưa gửi Thôn 1: đợt rà soát năm 2025 đã kết thúc lúc .*mở lại đợt"):
        submitted(db, plan, yearly, T1, LEAD_T1)
    assert seen_by(db, plan, OFFICER, T1).steps == ()
    with db.unit_of_work(OFFICER) as uow:
        reopen_round(uow, round_id=yearly, reason="Gia hạn cho Xã Một")
    submitted(db, plan, yearly, T1, LEAD_T1)


def test_a_closed_year_refuses_every_step_until_reopened_with_a_reason(empty_database, small_plan):
    db, plan = empty_database, small_plan
    round_id = opened(db, plan)
    with db.unit_of_work(OFFICER) as uow:
        close_year(uow, plan_id=plan.id, year=2025, note="Báo cáo số 12-BC/BCĐ")
    with pytest.raises(DomainError, match="Chưa gửi Thôn 1: năm 2025 đã khóa sổ lúc .*mở lại năm kèm lý do"):
        submitted(db, plan, round_id, T1)
    with pytest.raises(Forbidden), db.unit_of_work(LEAD_T1) as uow:
        reopen_year(uow, plan_id=plan.id, year=2025, reason="x")
    with pytest.raises(DomainError, match="hãy ghi lý do"), db.unit_of_work(OFFICER) as uow:
        reopen_year(uow, plan_id=plan.id, year=2025, reason=" ")
    with db.unit_of_work(OFFICER) as uow:
        reopen_year(uow, plan_id=plan.id, year=2025, reason="Bổ sung số liệu Xã Hai")
    submitted(db, plan, round_id, T1)
    with db.session() as session:
        reopened = session.exec(select(AuditEvent.new_value).where(AuditEvent.entity == "yearclosure",
                                                                   AuditEvent.field == "reopened")).one()
    assert reopened == "Bổ sung số liệu Xã Hai"


def test_overdue_is_a_passed_deadline_without_the_teams_review(empty_database, small_plan):
    db, plan = empty_database, small_plan
    deadline = date.today() - timedelta(days=1)
    round_id = opened(db, plan, deadline=deadline)
    submitted(db, plan, round_id, T1)
    returned(db, plan, round_id, DAK)
    approved(db, plan, round_id, HAI)
    with db.session() as session:
        before = review_states(session, plan_id=plan.id, year=2025, today=deadline)
        after = review_states(session, plan_id=plan.id, year=2025, today=deadline + timedelta(days=1))
        late = session.exec(select(VillageReview.first_submitted_on)
                            .where(VillageReview.village_id == village_id(db, plan, T1))).one()
    assert before.overdue == frozenset()
    assert after.overdue == {village_id(db, plan, DAK), village_id(db, plan, MOI)}
    assert after.locked == {village_id(db, plan, HAI)} and late > deadline


def test_the_secretariat_marks_a_teams_workbook_received_in_the_imports_transaction(empty_database, small_plan):
    db, plan = empty_database, small_plan
    round_id = opened(db, plan)
    approved(db, plan, round_id, DAK)
    ids = [village_id(db, plan, name) for name in (T1, DAK)]
    with db.session() as session:
        assert submittable(session, round_id, ids) == {ids[0]}
    with pytest.raises(Forbidden), db.unit_of_work(LEAD_T1) as uow:
        submit_received(uow.session, uow.user, round_id=round_id, village_ids=ids, source="tệp so_mot.xlsx")
    with db.unit_of_work(OFFICER) as uow:
        assert submit_received(uow.session, uow.user, round_id=round_id, village_ids=ids,
                               source="tệp so_mot.xlsx") == [ids[0]]
        uow.commit()
    assert seen_by(db, plan, OFFICER, T1).state is ReviewState.SUBMITTED
    with db.session() as session:
        context = session.exec(select(AuditEvent.context).where(AuditEvent.entity == "villagereview",
                                                                AuditEvent.village_id == ids[0])).one()
    assert context.endswith("tệp so_mot.xlsx")


def _received(db, round_id: int, ids: list[int], before_update=None) -> tuple[list[int], int]:
    """submit_received committed; the villages marked and the statements it took, a run of the same statement counted
    once (SQLite's driver inserts rows one at a time where PostgreSQL's takes them in one). `before_update(connection)`
    runs just before its first UPDATE of a review's version (someone else's step in between)."""
    from sqlalchemy import event

    statements: list[str] = []
    hooks = [before_update] if before_update else []

    def executed(connection, _cursor, statement, *_args) -> None:
        if not statements or statements[-1] != statement:
            statements.append(statement)
        if hooks and statement.startswith("UPDATE villagereview SET version"):
            hooks.pop()(connection)

    with db.unit_of_work(OFFICER) as uow:
        event.listen(db.engine, "before_cursor_execute", executed)
        try:
            marked = submit_received(uow.session, uow.user, round_id=round_id, village_ids=ids, source="tệp so.xlsx")
            uow.session.flush()
        finally:
            event.remove(db.engine, "before_cursor_execute", executed)
        uow.commit()
    return marked, len(statements)


def test_a_workbook_received_marks_each_village_sent_with_its_audit_row_in_statements_not_growing_with_them(
        empty_database, small_plan):
    db, plan = empty_database, small_plan
    yearly = opened(db, plan)
    t1, dak, hai, moi = (village_id(db, plan, name) for name in (T1, DAK, HAI, MOI))
    returned(db, plan, yearly, T1)
    approved(db, plan, yearly, DAK)
    submitted(db, plan, yearly, HAI, LEAD_HAI)
    with db.session() as session:
        versions = {r.village_id: r.version for r in session.exec(select(VillageReview))}
        audited = session.exec(select(func.count()).select_from(AuditEvent)).one()
    marked, yearly_statements = _received(db, yearly, [t1, dak, hai, moi])
    assert marked == sorted([t1, moi])
    with db.session() as session:
        reviews = {r.village_id: r for r in session.exec(select(VillageReview).where(VillageReview.round_id == yearly))}
        rows = session.exec(select(AuditEvent).where(AuditEvent.id > audited).order_by(AuditEvent.id)).all()
    assert {v: r.state for v, r in reviews.items()} == {t1: ReviewState.SUBMITTED, dak: ReviewState.APPROVED,
                                                         hai: ReviewState.SUBMITTED, moi: ReviewState.SUBMITTED}
    assert {v: r.version for v, r in reviews.items()} == {**versions, t1: versions[t1] + 1, moi: 1}
    assert (reviews[t1].submitted_by, reviews[moi].submitted_by, reviews[hai].submitted_by) == (
        OFFICER.name, OFFICER.name, LEAD_HAI.name)
    assert [(row.village_id, row.entity, row.field, row.old_value, row.new_value) for row in rows] == [
        (t1, "villagereview", "state", "returned", "submitted"), (moi, "villagereview", "state", "in_review",
                                                                  "submitted")]
    assert all(row.context == f"village={row.village_id}; round={yearly}; year=2025; step=submit; tệp so.xlsx"
               for row in rows)
    mid_year = opened(db, plan, kind=RoundKind.MID_YEAR)
    marked, mid_year_statements = _received(db, mid_year, [t1, dak, hai, moi])
    assert marked == sorted([t1, dak, hai, moi])
    assert mid_year_statements <= yearly_statements <= 10  # four villages as two (each a first step here); was ~10 each


def test_a_workbook_received_is_refused_whole_when_a_village_was_stepped_on_in_between(empty_database, small_plan):
    db, plan = empty_database, small_plan
    round_id = opened(db, plan)
    t1, moi = village_id(db, plan, T1), village_id(db, plan, MOI)
    returned(db, plan, round_id, T1)

    def someone_else(connection) -> None:
        connection.exec_driver_sql(f"UPDATE villagereview SET version = version + 1 WHERE village_id = {t1}")

    with pytest.raises(EditConflict, match="Thôn 1"):
        _received(db, round_id, [t1, moi], before_update=someone_else)
    with db.session() as session:
        assert seen_by(db, plan, OFFICER, T1).state is ReviewState.RETURNED
        assert session.exec(select(VillageReview).where(VillageReview.village_id == moi)).first() is None


def test_a_workbook_received_in_a_closed_year_marks_nothing(empty_database, small_plan):
    db, plan = empty_database, small_plan
    round_id = opened(db, plan)
    with db.unit_of_work(OFFICER) as uow:
        close_year(uow, plan_id=plan.id, year=2025)
    assert _received(db, round_id, [village_id(db, plan, T1)])[0] == []
    assert seen_by(db, plan, OFFICER, T1).state is ReviewState.IN_REVIEW


def test_the_history_tells_each_step_in_words(empty_database, small_plan):
    db, plan = empty_database, small_plan
    round_id = opened(db, plan)
    returned(db, plan, round_id, T1, comment="Thiếu biên bản")
    with db.session() as session:
        rows = history(session, HistoryFilter(village_id=village_id(db, plan, T1)))
    said = {(row.kind, row.subject, row.field, row.new) for row in rows}
    assert ("Rà soát của thôn", "Rà soát năm 2025", "Trạng thái", "Trả lại") in said
    assert ("Ý kiến rà soát", "Rà soát năm 2025", "Ý kiến", "Thiếu biên bản") in said


def test_the_secretariat_lists_every_village_a_team_lead_their_own_a_viewer_none(empty_database, small_plan):
    db, plan = empty_database, small_plan
    round_id = opened(db, plan)
    returned(db, plan, round_id, DAK, comment="Bổ sung ảnh")
    today = date(2025, 6, 1)
    with db.session() as session:
        every = lead_reviews(session, OFFICER, plan_id=plan.id, year=2025, today=today)
        own = lead_reviews(session, LEAD_DAK, plan_id=plan.id, year=2025, today=today)
        none = lead_reviews(session, VIEWER, plan_id=plan.id, year=2025, today=today)
    assert len(every) == 4 and none == []
    assert [(row.place.village, row.state, row.last_return.text) for row in own] == [
        ("Làng Đắk", ReviewState.RETURNED, "Bổ sung ảnh")]
    assert sorted((row.place.village, row.place.commune) for row in every if row.last_return is None) == [
        ("Làng Mới", "Xã Ba"), ("Thôn 1", "Xã Hai"), ("Thôn 1", "Xã Một")]
