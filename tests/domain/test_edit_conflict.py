"""No lost update: two windows (two sessions) edit the same assessment; the later save is told, not silently
applied, and may overwrite on purpose."""

import pytest
from sqlmodel import select

from domain.access import Principal
from domain.assessing import AssessmentChange, EditConflict, apply_assessment, set_assessment
from domain.criteria import Assessment, Criterion, CriterionStatus
from domain.places import find_place
from domain.users import Role
from domain.village_detail import checklist

FIRST = Principal(name="bich", role=Role.SECRETARIAT, full_name="Trần Thị Bích")
SECOND = Principal(name="cuong", role=Role.SECRETARIAT, full_name="Lê Văn Cường")


def _row(db, plan, number=3):
    with db.session() as session:
        village_id = find_place(session, plan.id, "Thôn 1, Xã Một").village_id
        return village_id, next(r for r in checklist(session, plan, village_id, 2025) if r.number == number)


def _save(db, plan, user, village_id, row, **values):
    with db.unit_of_work(user) as uow:
        return set_assessment(uow, plan_id=plan.id, village_id=village_id, criterion_id=row.criterion_id, year=2025,
                              **values)


def test_the_second_save_is_told_who_changed_it_when_and_what_it_holds(empty_database, small_plan):
    village_id, seen_by_first = _row(empty_database, small_plan)
    _, seen_by_second = _row(empty_database, small_plan)
    assert seen_by_first.version == seen_by_second.version == 1
    assert _save(empty_database, small_plan, FIRST, village_id, seen_by_first, status=CriterionStatus.MET,
                 evidence="Biên bản số 9", expected_version=seen_by_first.version) == 2

    with pytest.raises(EditConflict) as conflict:
        _save(empty_database, small_plan, SECOND, village_id, seen_by_second, status=CriterionStatus.IN_PROGRESS,
              expected_version=seen_by_second.version)
    message = str(conflict.value)
    assert message.startswith("Tiêu chí 3. ")
    assert "đã được bich sửa lúc " in message and "sau khi bạn mở" in message
    assert "Hiện là: Đạt; minh chứng: “Biên bản số 9”; ghi chú: “Cần thêm kinh phí”." in message
    current = conflict.value.current
    assert (current.status, current.evidence, current.version, current.updated_by) == (
        CriterionStatus.MET, "Biên bản số 9", 2, "bich")
    assert _row(empty_database, small_plan)[1].status == CriterionStatus.MET  # the first save stands

    assert _save(empty_database, small_plan, SECOND, village_id, seen_by_second, status=CriterionStatus.IN_PROGRESS,
                 expected_version=current.version) == 3  # overwrite, on purpose
    row = _row(empty_database, small_plan)[1]
    assert (row.status, row.evidence, row.updated_by, row.version) == (
        CriterionStatus.IN_PROGRESS, "Biên bản số 9", "cuong", 3)


def test_a_save_that_asks_for_what_is_already_there_is_no_conflict(empty_database, small_plan):
    village_id, seen = _row(empty_database, small_plan)
    _save(empty_database, small_plan, FIRST, village_id, seen, status=CriterionStatus.MET)
    assert _save(empty_database, small_plan, SECOND, village_id, seen, status=CriterionStatus.MET,
                 expected_version=seen.version) is None


def test_a_criterion_not_yet_assessed_is_created_once(empty_database, small_plan):
    with empty_database.session() as session:
        village_id = find_place(session, small_plan.id, "Làng Mới").village_id
        seen = next(r for r in checklist(session, small_plan, village_id, 2025) if r.number == 1)
    assert seen.version == 0
    _save(empty_database, small_plan, FIRST, village_id, seen, note="Ghi trước", expected_version=0)
    with pytest.raises(EditConflict, match="đã được bich sửa"):
        _save(empty_database, small_plan, SECOND, village_id, seen, note="Ghi sau", expected_version=0)


def test_a_save_between_reading_and_writing_in_another_session_is_caught(empty_database, small_plan):
    """The version check is in the UPDATE itself: a session that read the row before another session committed
    cannot write over it, even without saying which version it saw."""
    village_id, row = _row(empty_database, small_plan)
    with empty_database.session() as late:
        stale = late.exec(select(Assessment).where(Assessment.village_id == village_id,
                                                   Assessment.criterion_id == row.criterion_id,
                                                   Assessment.year == 2025)).one()
        assert stale.version == 1
        _save(empty_database, small_plan, FIRST, village_id, row, status=CriterionStatus.MET)
        change = AssessmentChange(small_plan.id, village_id, row.criterion_id, 2025,
                                  status=CriterionStatus.IN_PROGRESS)
        with pytest.raises(EditConflict, match="Hiện là: Đạt"):
            apply_assessment(late, SECOND, change)
        late.rollback()
    with empty_database.session() as session:
        saved = session.exec(select(Assessment).join(Criterion).where(
            Assessment.village_id == village_id, Criterion.id == row.criterion_id, Assessment.year == 2025)).one()
    assert (saved.status, saved.version, saved.updated_by) == (CriterionStatus.MET, 2, "bich")
