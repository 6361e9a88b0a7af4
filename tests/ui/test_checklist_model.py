"""The checklist table: a correct Qt model whose edits go through the saver, shown as being saved until the saver
replies, refusals leave it unchanged."""

from collections import Counter
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from domain.criteria import CriterionStatus
from domain.places import find_place
from domain.village_detail import checklist
from ui.checklist_model import _ROLES, ChecklistModel


def _rows(db, plan, year=2025):
    with db.session() as session:
        village = find_place(session, plan.id, "Thôn 1, Xã Một")
        return checklist(session, plan, village.village_id, year)


def test_the_checklist_is_a_correct_qt_model(qtmodeltester, empty_database, small_plan):
    model = ChecklistModel(lambda row, changes, reply: reply(row))
    model.set_rows(_rows(empty_database, small_plan))
    qtmodeltester.check(model)


def test_rows_show_group_number_name_requirement_status_evidence_note(empty_database, small_plan):
    model = ChecklistModel(lambda row, changes, reply: reply(row))
    model.set_rows(_rows(empty_database, small_plan))
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)] == [
        "Nhóm", "TT", "Tiêu chí", "Yêu cầu", "Kết quả", "Minh chứng", "Ghi chú"]
    assert [model.index(2, c).data() for c in range(7)] == [
        "II. Hạ tầng", "3", "Điện", "Từ 95% số hộ dùng điện", "Chưa đạt", "Biên bản số 5", "Cần thêm kinh phí"]
    assert model.index(2, ChecklistModel.COL_STATUS).data(Qt.ItemDataRole.EditRole) == "not_met"
    assert not model.flags(model.index(2, ChecklistModel.COL_NAME)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(2, ChecklistModel.COL_NOTE)) & Qt.ItemFlag.ItemIsEditable


def test_an_edit_is_shown_as_being_saved_then_as_saved(qtbot, empty_database, small_plan):
    calls = []
    model = ChecklistModel(lambda row, changes, reply: calls.append((row, changes, reply)))
    model.set_rows(_rows(empty_database, small_plan))
    status = model.index(2, ChecklistModel.COL_STATUS)
    assert model.setData(status, "met")
    assert status.data() == "Đạt …"  # the value being saved, marked
    assert status.data(Qt.ItemDataRole.FontRole).italic()
    assert status.data(Qt.ItemDataRole.ToolTipRole) == "Đang lưu…"
    assert model.index(2, ChecklistModel.COL_NOTE).data() == "Cần thêm kinh phí"  # not being saved: as it was
    [(row, changes, reply)] = calls
    assert (row.number, changes) == (3, {"status": CriterionStatus.MET})
    with qtbot.waitSignal(model.saved):
        reply(replace(row, **changes, version=7))
    assert status.data() == "Đạt"
    assert not status.data(Qt.ItemDataRole.FontRole)
    assert model.row_at(2).version == 7  # the next save names the version this one made


def test_a_second_change_of_a_row_waits_on_top_of_the_first(qtbot, empty_database, small_plan):
    calls = []
    model = ChecklistModel(lambda row, changes, reply: calls.append((row, changes, reply)))
    model.set_rows(_rows(empty_database, small_plan))
    assert model.setData(model.index(2, ChecklistModel.COL_STATUS), "met")
    assert model.setData(model.index(2, ChecklistModel.COL_EVIDENCE), "Biên bản số 6")
    (row, first, reply_first), (_row, second, reply_second) = calls
    reply_first(replace(row, **first, version=8))
    assert model.index(2, ChecklistModel.COL_STATUS).data() == "Đạt"
    assert model.index(2, ChecklistModel.COL_EVIDENCE).data() == "Biên bản số 6 …"
    reply_second(replace(row, **first, **second, version=9))
    assert [model.index(2, c).data() for c in (ChecklistModel.COL_STATUS, ChecklistModel.COL_EVIDENCE)] == [
        "Đạt", "Biên bản số 6"]


def test_a_refused_edit_shows_the_row_as_it_was(qtbot, empty_database, small_plan):
    model = ChecklistModel(lambda row, changes, reply: reply(None))
    model.set_rows(_rows(empty_database, small_plan))
    with qtbot.assertNotEmitted(model.saved):
        assert model.setData(model.index(2, ChecklistModel.COL_NOTE), "khác")
    assert model.index(2, ChecklistModel.COL_NOTE).data() == "Cần thêm kinh phí"
    assert not model.is_pending(2)


def test_attachment_counts_repaint_only_the_rows_whose_count_changed(empty_database, small_plan):
    """A village without files signals nothing (else the checklist measures every row again, issue 14); a file
    added to criterion 3 repaints its evidence cell alone, with the paperclip."""
    model = ChecklistModel(lambda row, changes, reply: reply(row))
    rows = _rows(empty_database, small_plan)
    model.set_rows(rows)
    seen: list[tuple[int, int, int]] = []
    model.dataChanged.connect(lambda first, last, *_roles: seen.append((first.row(), last.row(), first.column())))
    model.set_attachment_counts({})
    assert seen == []
    model.set_attachment_counts({rows[2].criterion_id: 1})
    assert seen == [(2, 2, ChecklistModel.COL_EVIDENCE)]
    assert model.index(2, ChecklistModel.COL_EVIDENCE).data(Qt.ItemDataRole.DecorationRole) is not None
    model.set_attachment_counts({rows[2].criterion_id: 1})
    assert len(seen) == 1


def test_a_row_is_worked_out_once_until_it_changes(qtbot, monkeypatch, empty_database, small_plan):
    """Issue 14: the view asks for every role of every cell at each paint and each fitting of the rows; a row's
    cells are worked out at the first and kept, until that row changes (an evidence saved: that row alone)."""
    worked: Counter[int] = Counter()
    cell = ChecklistModel._cell

    def counted(model, position, column, role):
        worked[position] += 1
        return cell(model, position, column, role)

    monkeypatch.setattr(ChecklistModel, "_cell", counted)
    model = ChecklistModel(lambda row, changes, reply: reply(replace(row, **changes)))
    rows = _rows(empty_database, small_plan)
    model.set_rows(rows)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(1200, 900)
    table.show()
    qtbot.waitExposed(table)
    table.resizeRowsToContents()
    table.viewport().repaint()
    once = Counter(worked)
    assert set(once) == set(range(len(rows)))
    assert set(once.values()) == {model.columnCount() * len(_ROLES)}  # every role of each cell, once
    table.viewport().repaint()
    table.resizeRowsToContents()
    assert worked == once
    assert model.setData(model.index(2, ChecklistModel.COL_EVIDENCE), "Biên bản số 6")
    table.viewport().repaint()
    assert model.index(2, ChecklistModel.COL_EVIDENCE).data() == "Biên bản số 6"
    assert {position for position in worked if worked[position] != once[position]} == {2}
