"""In the window: two windows on one assessment (the later save asks), and what each role's window offers."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from domain.access import Principal
from domain.assessing import EditConflict
from domain.criteria import CriterionStatus
from domain.places import find_place
from domain.users import Role
from domain.village_detail import checklist
from tests.conftest import OFFICER
from tests.ui.conftest import open_window, settle
from ui import conflict_box as conflict_module
from ui.checklist_model import ChecklistModel
from ui.conflict_box import conflict_box
from ui.main_window import MainWindow

FIRST = Principal(name="bich", role=Role.SECRETARIAT, full_name="Trần Thị Bích")
TEAM_LEAD = Principal(name="nv.to", role=Role.TEAM_LEAD, full_name="Nguyễn Văn Tổ", member_name="Nguyễn Văn Tổ")
VIEWER = Principal(name="xem", role=Role.VIEWER, full_name="Người Xem")


def _open(qtbot, database, settings, user: Principal, village: str = "Thôn 1, Xã Một") -> MainWindow:
    window = open_window(qtbot, database, user, settings)
    with database.session() as session:
        window.open_village(find_place(session, window.plan.id, village).village_id)
    settle(qtbot, window)
    return window


def _saved_status(database, window, number: int) -> CriterionStatus:
    with database.session() as session:
        rows = checklist(session, window.plan, window.village_id, window.year)
    return next(row.status for row in rows if row.number == number)


def test_two_windows_on_one_assessment(qtbot, empty_database, small_plan, settings, monkeypatch):
    first = _open(qtbot, empty_database, settings, FIRST)
    second = _open(qtbot, empty_database, settings, OFFICER)
    status = ChecklistModel.COL_STATUS
    with qtbot.waitSignal(first.village_panel.checklist_model.saved):
        assert first.village_panel.checklist_model.setData(first.village_panel.checklist_model.index(2, status), "met")

    asked: list[str] = []

    def keep_theirs(_parent, conflict: EditConflict, changes: dict) -> bool:
        asked.append(str(conflict))
        return False

    monkeypatch.setattr(conflict_module, "ask_overwrite", keep_theirs)
    model = second.village_panel.checklist_model
    assert model.setData(model.index(2, status), "in_progress")
    settle(qtbot, second)
    assert "đã được Trần Thị Bích sửa lúc" not in asked[0]  # no account: the audit name is shown
    assert "đã được bich sửa lúc" in asked[0] and "Hiện là: Đạt" in asked[0]
    assert _saved_status(empty_database, first, 3) == CriterionStatus.MET
    qtbot.waitUntil(lambda: second.village_panel.checklist_model.index(2, status).data() == "Đạt")

    monkeypatch.setattr(conflict_module, "ask_overwrite", lambda *_: True)
    with qtbot.waitSignal(first.village_panel.checklist_model.saved):
        first.village_panel.checklist_model.setData(
            first.village_panel.checklist_model.index(2, ChecklistModel.COL_NOTE), "Bích ghi thêm")
    assert model.setData(model.index(2, status), "in_progress")  # overwrite, on purpose
    settle(qtbot, second)
    assert _saved_status(empty_database, first, 3) == CriterionStatus.IN_PROGRESS
    assert model.row_at(2).note == "Bích ghi thêm"  # the row shows what is saved now, not a stale copy


def test_the_conflict_question_keeps_theirs_by_default(qtbot, empty_database, small_plan):
    window = _open(qtbot, empty_database, None, OFFICER)
    conflict = EditConflict("Tiêu chí 3. Điện đã được bich sửa lúc 14:05 23/11/2026, sau khi bạn mở. Hiện là: Đạt; "
                            "minh chứng: “”; ghi chú: “”.", current=None)
    box = conflict_box(window, conflict, {"status": CriterionStatus.IN_PROGRESS})
    assert box.text().startswith("Tiêu chí 3. Điện đã được bich sửa")
    assert "Thay đổi của bạn: tình trạng: “Đang thực hiện”" in box.informativeText()
    assert [button.text() for button in box.buttons()] == ["Ghi đè bằng thay đổi của tôi", "Giữ bản đã lưu"]
    assert box.buttonRole(box.defaultButton()) == QMessageBox.ButtonRole.RejectRole


def test_a_team_lead_window_edits_only_their_village(qtbot, empty_database, small_plan, settings):
    window = _open(qtbot, empty_database, settings, TEAM_LEAD)
    flags = window.village_panel.checklist_model.flags
    index = window.village_panel.checklist_model.index(0, ChecklistModel.COL_STATUS)
    assert flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not window.village_panel.read_only_label.isVisible()
    assert window.village_panel.pages["visits"].add_button.isEnabled()
    with empty_database.session() as session:
        window.open_village(find_place(session, window.plan.id, "Làng Đắk").village_id)
    settle(qtbot, window)
    index = window.village_panel.checklist_model.index(0, ChecklistModel.COL_STATUS)
    assert not window.village_panel.checklist_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert window.village_panel.read_only_label.isVisible()
    assert not window.village_panel.pages["visits"].add_button.isEnabled()
    assert not window.import_plan_action.isEnabled()
    assert not window.updates.import_action.isEnabled()


def test_a_viewer_window_changes_nothing(qtbot, empty_database, small_plan, settings):
    window = _open(qtbot, empty_database, settings, VIEWER)
    index = window.village_panel.checklist_model.index(0, ChecklistModel.COL_STATUS)
    assert not window.village_panel.checklist_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not window.village_panel.pages["concerns"].add_button.isEnabled()
    assert not window.import_plan_action.isEnabled()
    assert not window.remove_sample_action.isEnabled()
    assert window.updates.export_action.isEnabled()
    assert window.print_village_action.isEnabled()
