"""Editing the plan in the window: through the editors' dialogs (read and saved off the GUI thread), the tree
shows the change with the village still chosen, the history shows it; a refusal is written under the form, which
stays open; a changed form asks before closing; a team lead finds the actions greyed."""

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from domain.agencies import AssignmentRole
from domain.history import HistoryFilter
from domain.places import find_place
from domain.plan_editing import village_assignments, village_team
from domain.teams import TeamRole
from tests.domain.test_roles import TEAM_LEAD
from tests.ui.conftest import open_window, settle
from tests.ui.modal import click_when_shown
from ui.history_dialog import HistoryDialog
from ui.plan_editors import AssignmentsDialog, CommunesDialog, EditorDialog, TeamDialog, TeamModel
from ui.plan_tree_model import NodeKind


def _when_ready(qtbot, act: Callable[[EditorDialog], None], kind: type[EditorDialog] = EditorDialog) -> None:
    """Run `act(dialog)` on the editor (of `kind`) about to open, once it has read what it shows."""

    def attempt():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or dialog.unsaved is None:
            QTimer.singleShot(20, attempt)
            return
        act(dialog)

    QTimer.singleShot(0, attempt)


def _ok(dialog: EditorDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _open(qtbot, window, db, name: str) -> int:
    with db.session() as session:
        village_id = find_place(session, window.plan.id, name).village_id
    window.open_village(village_id)
    settle(qtbot, window)
    return village_id


def _tree_names(window) -> set[str]:
    model = window.tree_model
    return {model.village_index(p.village_id).data() for p in window.places}


def test_a_village_renamed_in_its_dialog_shows_in_the_tree_and_the_history(qtbot, small_window, empty_database,
                                                                           monkeypatch):
    window, editors = small_window, small_window.plan_menu.editors
    village_id = _open(qtbot, window, empty_database, "Làng Đắk")
    menu = editors.tree_menu(NodeKind.VILLAGE, village_id)
    texts = [action.text() for action in menu.actions() if action.text()]
    assert texts[:5] == ["Sửa tên thôn…", "Chuyển thôn sang xã khác…", "Phân công cơ quan…", "Tổ hỗ trợ…",
                         "Đưa thôn ra khỏi kế hoạch…"]
    assert all(action.isEnabled() for action in menu.actions())

    _when_ready(qtbot, lambda dialog: (dialog.ui.name.setText("Làng Đắk Mới"), _ok(dialog)))
    editors.rename_village_action.trigger()
    settle(qtbot, window)
    assert "Làng Đắk Mới" in _tree_names(window) and "Làng Đắk" not in _tree_names(window)
    assert window.village_id == village_id
    assert window.tree.currentIndex().data() == "Làng Đắk Mới"

    dialogs: list[HistoryDialog] = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda dialog: dialogs.append(dialog) or 0)
    window.show_history(HistoryFilter.of_village(village_id), "x")
    model = dialogs[-1].model
    qtbot.waitUntil(lambda: not model.reading(), timeout=10000)
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert any("Tên thôn (làng)" in row and "Làng Đắk" in row and "Làng Đắk Mới" in row for row in rows)


def test_a_village_added_to_a_commune_from_the_tree_is_chosen(qtbot, small_window, empty_database):
    window, editors = small_window, small_window.plan_menu.editors
    commune_id = next(p.commune_id for p in window.places if p.commune == "Xã Hai")
    menu = editors.tree_menu(NodeKind.COMMUNE, commune_id)
    add = next(action for action in menu.actions() if action.text() == "Thêm thôn vào xã này…")

    def fill(dialog):
        assert dialog.ui.commune.currentText() == "Xã Hai — Huyện A"
        dialog.ui.name.setText("Thôn 7")
        _ok(dialog)

    def lead(dialog):  # asked next: the new village's lead agency
        dialog.ui.lead.setCurrentIndex(dialog.ui.lead.findText("Sở Hai"))
        _when_ready(qtbot, team, TeamDialog)
        _ok(dialog)

    def team(dialog):  # then its support team
        index = dialog.model.add()
        dialog.model.setData(index, "Y Thảo")
        dialog.model.setData(index.siblingAtColumn(TeamModel.ROLE), TeamRole.LEADER)
        _ok(dialog)

    _when_ready(qtbot, fill)
    add.trigger()
    _when_ready(qtbot, lead, AssignmentsDialog)
    qtbot.waitUntil(lambda: [m.full_name for m in window.village_panel.team_model.rows()] == ["Y Thảo"],
                    timeout=10000)
    settle(qtbot, window)
    added = next(p for p in window.places if p.village == "Thôn 7")
    assert added.commune == "Xã Hai" and window.village_id == added.village_id
    assert window.tree.currentIndex().data() == "Thôn 7"
    agencies = {a.name: a.agency_id for a in window.agencies}
    assert any(row.village_id == added.village_id and row.agency_id == agencies["Sở Hai"]
               and row.role == AssignmentRole.LEAD for row in window.assignments)


def test_a_refusal_is_written_under_the_form_and_a_changed_form_asks_before_closing(qtbot, small_window,
                                                                                    empty_database):
    window, editors = small_window, small_window.plan_menu.editors
    village_id = _open(qtbot, window, empty_database, "Thôn 1, Xã Một")
    seen = {}

    def two_leads(dialog):
        model: TeamModel = dialog.model
        deputy = next(row for row, m in enumerate(model.members) if m.role == TeamRole.DEPUTY)
        model.setData(model.index(deputy, TeamModel.ROLE), TeamRole.LEADER)
        model.setData(model.index(0, TeamModel.PHONE), "0912 345 678")
        _ok(dialog)
        qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=10000)
        seen["problem"] = dialog.problem.text()
        seen["open"] = dialog.isVisible()
        click_when_shown("discardNo")
        dialog.reject()  # Escape: asked, answered Không: still open
        seen["kept"] = dialog.isVisible()
        model.setData(model.index(deputy, TeamModel.ROLE), TeamRole.DEPUTY)
        _ok(dialog)

    _when_ready(qtbot, two_leads)
    editors.team_action.trigger()
    settle(qtbot, window)
    assert seen == {"problem": "Chưa lưu. Vai trò trong tổ: thôn “Thôn 1” có 2 tổ trưởng (cần đúng 1).",
                    "open": True, "kept": True}
    with empty_database.session() as session:
        team = village_team(session, window.plan.id, village_id)
    assert [(m.full_name, m.role, m.phone) for m in team][0] == ("Nguyễn Văn Tổ", TeamRole.LEADER, "0912 345 678")
    shown = window.village_panel.team_model  # the village page's team, read again with the sheet
    assert any(shown.index(r, c).data() == "0912 345 678" for r in range(shown.rowCount())
               for c in range(shown.columnCount()))


def test_the_lead_agency_changed_in_its_dialog(qtbot, small_window, empty_database):
    window, editors = small_window, small_window.plan_menu.editors
    village_id = _open(qtbot, window, empty_database, "Làng Mới")

    def lead_and_co(dialog):
        lead = dialog.ui.lead
        lead.setCurrentIndex(lead.findText("Sở Một"))
        model = dialog.co_model
        next(model.item(r) for r in range(model.rowCount()) if model.item(r).text() == "Sở Hai").setCheckState(
            Qt.CheckState.Checked)
        _ok(dialog)

    _when_ready(qtbot, lead_and_co)
    editors.assignments_action.trigger()
    settle(qtbot, window)
    with empty_database.session() as session:
        saved = village_assignments(session, window.plan.id, village_id)
    agencies = {a.name: a.agency_id for a in window.agencies}
    assert (saved.lead_agency_id, saved.co_agency_ids) == (agencies["Sở Một"], (agencies["Sở Hai"],))
    lead = next(row for row in window.assignments
                if row.village_id == village_id and row.agency_id == agencies["Sở Một"])
    assert lead.role == AssignmentRole.LEAD  # the layout read again: the agencies page shows it


def test_a_team_lead_finds_the_plans_editors_greyed(qtbot, empty_database, small_plan, settings):
    window = open_window(qtbot, empty_database, TEAM_LEAD, settings)
    editors = window.plan_menu.editors
    editors.update_actions()
    assert not any(action.isEnabled() for action in editors.actions)
    village = next(p.village_id for p in window.places if p.village == "Thôn 1" and p.commune == "Xã Một")
    menu = editors.tree_menu(NodeKind.VILLAGE, village)
    assert not any(action.isEnabled() for action in menu.actions() if action.text())


def test_a_village_taken_out_of_the_plan_leaves_the_tree(qtbot, small_window, empty_database):
    window, editors = small_window, small_window.plan_menu.editors
    village_id = _open(qtbot, window, empty_database, "Làng Mới")
    click_when_shown("removeNo")  # the default answer: nothing happens
    editors.remove_village_action.trigger()
    assert "Làng Mới" in _tree_names(window)
    click_when_shown("removeYes")
    editors.remove_village_action.trigger()
    said = "Đã xóa thôn (thôn chưa có số liệu nào)."
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == said, timeout=10000)
    qtbot.waitUntil(lambda: "Làng Mới" not in _tree_names(window), timeout=10000)
    settle(qtbot, window)
    assert village_id not in {p.village_id for p in window.places} and window.village_id != village_id


def test_communes_added_renamed_and_removed_from_their_list(qtbot, small_window, empty_database):
    window = small_window
    dialog = CommunesDialog(window, window.plan_menu.editors.gateway)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=10000)

    def add(form):
        form.ui.name.setText("Xã Năm")
        form.ui.district.setCurrentIndex(form.ui.district.findText("Huyện A"))
        _ok(form)

    _when_ready(qtbot, add)
    dialog.ui.addButton.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4 and dialog.chosen() is not None, timeout=10000)
    assert (dialog.chosen().name, dialog.chosen().district, dialog.chosen().villages) == ("Xã Năm", "Huyện A", 0)

    _when_ready(qtbot, lambda form: (form.ui.name.setText("Xã Sáu"), _ok(form)))
    dialog.ui.changeButton.click()
    qtbot.waitUntil(lambda: dialog.chosen() is not None and dialog.chosen().name == "Xã Sáu", timeout=10000)

    click_when_shown("removeYes")
    dialog.ui.removeButton.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=10000)
    assert "Xã Sáu" not in {row.name for row in dialog.model.rows()}

    row = next(r for r, c in enumerate(dialog.model.rows()) if c.name == "Xã Một")
    dialog.ui.rows.setCurrentIndex(dialog.model.index(row, 0))
    click_when_shown("removeYes")
    dialog.ui.removeButton.click()
    qtbot.waitUntil(dialog.ui.problem.isVisible, timeout=10000)
    assert dialog.ui.problem.text().startswith("Chưa xóa: Xã Một còn 2 thôn (làng)")
    dialog.done(0)


def test_the_team_offers_the_villages_own_agencies_first(qtbot, small_window, empty_database):
    window = small_window
    village_id = _open(qtbot, window, empty_database, "Thôn 1, Xã Một")
    dialog = TeamDialog(window, window.plan_menu.editors.gateway, window.plan,
                        next(p for p in window.places if p.village_id == village_id))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.unsaved is not None, timeout=10000)
    assert [a.name for a in dialog.agencies] == ["Sở Một", "Sở Hai"]  # lead, co-supporter
    dialog.done(0)
