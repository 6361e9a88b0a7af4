"""The checklist table: a correct Qt model whose edits go through the saver, refusals leave it unchanged."""

from dataclasses import replace

from PySide6.QtCore import Qt

from domain.criteria import CriterionStatus
from domain.places import find_place
from domain.village_detail import checklist
from ui.checklist_model import ChecklistModel


def _rows(db, plan, year=2025):
    with db.session() as session:
        village = find_place(session, plan.id, "Thôn 1, Xã Một")
        return checklist(session, plan, village.village_id, year)


def test_the_checklist_is_a_correct_qt_model(qtmodeltester, empty_database, small_plan):
    model = ChecklistModel(lambda row, changes: row)
    model.set_rows(_rows(empty_database, small_plan))
    qtmodeltester.check(model)


def test_rows_show_group_number_name_requirement_status_evidence_note(empty_database, small_plan):
    model = ChecklistModel(lambda row, changes: row)
    model.set_rows(_rows(empty_database, small_plan))
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)] == [
        "Nhóm", "TT", "Tiêu chí", "Yêu cầu", "Kết quả", "Minh chứng", "Ghi chú"]
    assert [model.index(2, c).data() for c in range(7)] == [
        "II. Hạ tầng", "3", "Điện", "Từ 95% số hộ dùng điện", "Chưa đạt", "Biên bản số 5", "Cần thêm kinh phí"]
    assert model.index(2, ChecklistModel.COL_STATUS).data(Qt.ItemDataRole.EditRole) == "not_met"
    assert not model.flags(model.index(2, ChecklistModel.COL_NAME)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(2, ChecklistModel.COL_NOTE)) & Qt.ItemFlag.ItemIsEditable


def test_an_edit_is_handed_to_the_saver_and_shown(qtbot, empty_database, small_plan):
    calls = []
    model = ChecklistModel(lambda row, changes: calls.append((row.number, changes)) or replace(row, **changes,
                                                                                                version=7))
    model.set_rows(_rows(empty_database, small_plan))
    with qtbot.waitSignal(model.saved):
        assert model.setData(model.index(2, ChecklistModel.COL_STATUS), "met")
    assert calls == [(3, {"status": CriterionStatus.MET})]
    assert model.index(2, ChecklistModel.COL_STATUS).data() == "Đạt"
    assert model.row_at(2).version == 7  # the next save names the version this one made


def test_a_refused_edit_leaves_the_row_unchanged(qtbot, empty_database, small_plan):
    model = ChecklistModel(lambda row, changes: None)
    model.set_rows(_rows(empty_database, small_plan))
    with qtbot.assertNotEmitted(model.saved):
        assert not model.setData(model.index(2, ChecklistModel.COL_NOTE), "khác")
    assert model.index(2, ChecklistModel.COL_NOTE).data() == "Cần thêm kinh phí"
