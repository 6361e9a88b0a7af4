"""Two sessions on one village record, and two on a criterion not assessed yet: the later save is told who saved,
when and what is there now (and may overwrite on purpose), never silently replacing nor an unexpected error.
Ids are never reused, so a new record never shows a deleted one's history."""

from datetime import date

import pytest

from domain import assessing, recording
from domain.access import Principal
from domain.assessing import set_assessment
from domain.criteria import CriterionStatus
from domain.errors import EditConflict, NotFound
from domain.history import HistoryFilter, history
from domain.places import find_place
from domain.record_versions import RecordConflict
from domain.recording import delete_record, save_record, village_records
from domain.users import Role
from domain.village_detail import checklist

FIRST = Principal(name="bich", role=Role.SECRETARIAT, full_name="Trần Thị Bích")
SECOND = Principal(name="cuong", role=Role.SECRETARIAT, full_name="Lê Văn Cường")
VILLAGE = "Thôn 1, Xã Một"
VISIT = {"day": date(2025, 3, 4), "people": "Đoàn Sở Một", "activities": "Họp dân", "agreed": ""}
HOUSEHOLDS = {"year": 2025, "minority_households": 100, "reached": 90}


def _village(db, plan, name=VILLAGE) -> int:
    with db.session() as session:
        return find_place(session, plan.id, name).village_id


def _save(db, plan, user, kind, values, record_id=None, expected=None, village=VILLAGE) -> int:
    with db.unit_of_work(user) as uow:
        return save_record(uow, kind=kind, plan_id=plan.id, village_id=_village(db, plan, village), values=values,
                           record_id=record_id, expected_version=expected)


def _delete(db, plan, user, kind, record_id, expected=None) -> None:
    with db.unit_of_work(user) as uow:
        delete_record(uow, kind=kind, plan_id=plan.id, village_id=_village(db, plan), record_id=record_id,
                      expected_version=expected)


def _records(db, plan, kind):
    with db.session() as session:
        return village_records(session, kind, _village(db, plan))


def test_the_later_change_of_a_visit_is_told_who_changed_it_and_may_overwrite(empty_database, small_plan):
    visit_id = _save(empty_database, small_plan, FIRST, "visits", VISIT)
    [read_by_second] = _records(empty_database, small_plan, "visits")
    assert read_by_second.version == 1
    _save(empty_database, small_plan, FIRST, "visits", {**VISIT, "agreed": "Làm đường"}, visit_id, expected=1)

    with pytest.raises(RecordConflict) as conflict:
        _save(empty_database, small_plan, SECOND, "visits", {**VISIT, "activities": "Thăm hộ nghèo"}, visit_id,
              expected=read_by_second.version)
    message = str(conflict.value)
    assert message.startswith("Bản ghi “Đi cơ sở” này đã được bich sửa lúc ")
    assert message.endswith(", sau khi bạn mở. Hiện là: Ngày: “04/03/2025”; Cơ quan: “(trống)”; Người đi: "
                            "“Đoàn Sở Một”; Nội dung làm việc: “Họp dân”; Thống nhất, kết luận: “Làm đường”.")
    assert (conflict.value.record_id, conflict.value.current.version) == (visit_id, 2)
    assert conflict.value.current.values["agreed"] == "Làm đường"
    [kept] = _records(empty_database, small_plan, "visits")
    assert (kept.activities, kept.agreed, kept.version) == ("Họp dân", "Làm đường", 2)  # the first save stands

    _save(empty_database, small_plan, SECOND, "visits", {**VISIT, "activities": "Thăm hộ nghèo"}, visit_id,
          expected=conflict.value.current.version)  # overwrite, on purpose
    [saved] = _records(empty_database, small_plan, "visits")
    assert (saved.activities, saved.agreed, saved.version) == ("Thăm hộ nghèo", "", 3)


def test_a_deletion_after_a_change_is_told_and_a_change_after_a_deletion_says_who_deleted(empty_database,
                                                                                           small_plan):
    contact = {"full_name": "A Rưm", "role": "elder", "phone": "", "note": ""}
    contact_id = _save(empty_database, small_plan, FIRST, "contacts", contact)
    _save(empty_database, small_plan, FIRST, "contacts", {**contact, "phone": "0905 000 111"}, contact_id, expected=1)
    with pytest.raises(RecordConflict, match="đã được bich sửa lúc .*Điện thoại: “0905 000 111”"):
        _delete(empty_database, small_plan, SECOND, "contacts", contact_id, expected=1)
    assert [c.phone for c in _records(empty_database, small_plan, "contacts")] == ["0905 000 111"]

    _delete(empty_database, small_plan, SECOND, "contacts", contact_id, expected=2)
    with pytest.raises(NotFound, match=r"^Bản ghi “Người có uy tín, già làng, trưởng thôn” này đã được cuong xóa "
                                       r"lúc .*; không còn để sửa hay xóa\.$"):
        _save(empty_database, small_plan, FIRST, "contacts", {**contact, "note": "Hay đi rẫy"}, contact_id,
              expected=2)


def test_of_two_sessions_that_read_the_same_version_only_one_changes_the_record(empty_database, small_plan,
                                                                               monkeypatch):
    """The second session passes the version check, then the first commits before the second writes: the UPDATE
    that names the version read finds nothing, and the second is told (no lost update, on both backends)."""
    visit_id = _save(empty_database, small_plan, FIRST, "visits", VISIT)
    real_find = recording.find_record

    def find_then_let_first_save(session, kind, village_id, record_id):
        record = real_find(session, kind, village_id, record_id)
        monkeypatch.setattr(recording, "find_record", real_find)
        _save(empty_database, small_plan, FIRST, "visits", {**VISIT, "agreed": "Của Bích"}, visit_id, expected=1)
        return record

    monkeypatch.setattr(recording, "find_record", find_then_let_first_save)
    with pytest.raises(RecordConflict, match="đã được bich sửa lúc .*Thống nhất, kết luận: “Của Bích”"):
        _save(empty_database, small_plan, SECOND, "visits", {**VISIT, "agreed": "Của Cường"}, visit_id, expected=1)
    [saved] = _records(empty_database, small_plan, "visits")
    assert (saved.agreed, saved.version) == ("Của Bích", 2)


def test_two_people_adding_the_same_year_of_households_the_second_is_told_and_may_overwrite(empty_database,
                                                                                            small_plan):
    first_id = _save(empty_database, small_plan, FIRST, "households", HOUSEHOLDS)
    with pytest.raises(RecordConflict) as conflict:
        _save(empty_database, small_plan, SECOND, "households", {**HOUSEHOLDS, "reached": 70})
    assert str(conflict.value).startswith("Bản ghi “Hộ đồng bào DTTS” này đã có, do bich ghi lúc ")
    assert "; chưa lưu bản của bạn. Hiện là: Năm: “2025”; Tổng số hộ ĐBDTTS: “100”; Hộ được tuyên truyền: “90”;" \
        in str(conflict.value)
    assert conflict.value.record_id == first_id
    _save(empty_database, small_plan, SECOND, "households", {**HOUSEHOLDS, "reached": 70}, conflict.value.record_id,
          expected=conflict.value.current.version)
    assert [(h.reached, h.version) for h in _records(empty_database, small_plan, "households")] == [(70, 2)]


def _not_assessed(db, plan):
    with db.session() as session:
        village_id = find_place(session, plan.id, "Làng Đắk").village_id
        row = next(r for r in checklist(session, plan, village_id, 2025) if r.number == 3)
    assert row.version == 0  # no assessment yet
    return village_id, row


def test_two_people_saving_a_criterion_not_assessed_yet_the_second_gets_the_conflict(empty_database, small_plan,
                                                                                   monkeypatch):
    """Both read "not assessed"; the first inserts and commits between the second's read and its insert, so the
    second's INSERT meets the unique key: it is told as for any later save, and may overwrite."""
    village_id, row = _not_assessed(empty_database, small_plan)

    def save(user, status, expected):
        with empty_database.unit_of_work(user) as uow:
            return set_assessment(uow, plan_id=small_plan.id, village_id=village_id, criterion_id=row.criterion_id,
                                  year=2025, status=status, evidence="", expected_version=expected)

    real_current = assessing.current_assessment

    def read_then_let_first_save(session, *key):
        found = real_current(session, *key)
        monkeypatch.setattr(assessing, "current_assessment", real_current)
        assert save(FIRST, CriterionStatus.MET, 0) == 1
        return found

    monkeypatch.setattr(assessing, "current_assessment", read_then_let_first_save)
    with pytest.raises(EditConflict) as conflict:
        save(SECOND, CriterionStatus.IN_PROGRESS, 0)
    assert str(conflict.value).startswith("Tiêu chí 3. Điện đã được bich sửa lúc ")
    assert "sau khi bạn mở. Hiện là: Đạt;" in str(conflict.value)
    assert conflict.value.current.version == 1
    assert save(SECOND, CriterionStatus.IN_PROGRESS, conflict.value.current.version) == 2  # overwrite, on purpose


def test_a_new_visit_after_a_deleted_one_has_a_new_id_and_only_its_own_history(empty_database, small_plan):
    deleted_id = _save(empty_database, small_plan, FIRST, "visits", VISIT)
    _delete(empty_database, small_plan, FIRST, "visits", deleted_id)
    new_id = _save(empty_database, small_plan, FIRST, "visits", {**VISIT, "people": "Đoàn Sở Hai"})
    assert new_id > deleted_id
    with empty_database.session() as session:
        changes = history(session, HistoryFilter.of_record("visits", new_id))
    assert {change.new for change in changes} >= {"Đoàn Sở Hai"}
    assert all(change.entity_id == new_id for change in changes)
    assert not any("Đoàn Sở Một" in (change.old, change.new) for change in changes)
