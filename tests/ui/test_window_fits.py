"""The window's smaller points of issue 15: the sample's notice closed for the session, the tree folded away and
back (kept for the next start), Enter in the search box, the note when the search hides the open village, the
plan picker naming the plan, and the wide tables' columns chosen from the header's menu and remembered."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from domain.places import find_place
from domain.plans import resolve_plan
from tests.conftest import OFFICER
from tests.ui.conftest import open_window, settle


def _village_id(database, name: str) -> int:
    with database.session() as session:
        return find_place(session, resolve_plan(session, None).id, name).village_id


def test_the_sample_notice_closed_with_its_cross_stays_closed_until_the_program_ends(qtbot, window):
    assert window.banner_box.isVisible()
    qtbot.mouseClick(window.ui.dismissBannerButton, Qt.MouseButton.LeftButton)
    assert not window.banner_box.isVisible()
    window.reload_plans(window.plan.code)  # the plan read again (as after an import): the notice stays closed
    settle(qtbot, window)
    assert window.plan.is_sample and not window.banner_box.isVisible()


def test_the_tree_folds_away_and_back_and_the_next_start_finds_it_folded(qtbot, window, database, settings):
    splitter, action = window.ui.splitter, window.ui.treeAction
    width = splitter.sizes()[0]
    page = window.tabs.width()
    assert width > 0 and action.isChecked()
    action.trigger()
    assert splitter.sizes()[0] == 0 and window.tabs.width() > page
    action.trigger()
    assert splitter.sizes()[0] == width
    splitter.setSizes([0, sum(splitter.sizes())])  # the splitter dragged to the left edge
    splitter.splitterMoved.emit(0, 1)
    assert not action.isChecked()
    window.close()
    again = open_window(qtbot, database, OFFICER, settings)
    assert again.ui.splitter.sizes()[0] == 0 and not again.ui.treeAction.isChecked()


def test_enter_in_the_search_box_opens_the_first_village_found(qtbot, window, database):
    window.tabs.setCurrentWidget(window.dashboard)
    window.search.setText("rang lang")
    QTest.keyClick(window.search, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert window.village_id == _village_id(database, "Làng Răng Láng")
    assert window.tabs.currentWidget() is window.village_panel
    assert window.village_panel.title.text() == "Làng Răng Láng"


def test_the_search_says_when_it_hides_the_village_open_and_shows_it_on_request(qtbot, window, database):
    window.open_village(_village_id(database, "Làng Kon Pia"))
    settle(qtbot, window)
    note = window.ui.searchHidesNote
    window.search.setText("rang lang")
    assert note.isVisible()
    assert note.text().startswith("Làng Kon Pia (đang mở bên phải) không có trong kết quả tìm.")
    note.linkActivated.emit("show")
    assert window.search.text() == "" and not note.isVisible()
    assert window.tree.currentIndex().data() == "Làng Kon Pia"
    window.search.setText("kon pia")
    assert not note.isVisible()


def test_the_plan_picker_names_the_plan_and_holds_its_whole_title_in_the_tooltip(window):
    combo = window.plan_combo
    title = f"{window.plan.code} — {window.plan.title}"
    assert combo.currentText().startswith(f"{window.plan.code} — Kế hoạch phân công")
    assert combo.currentText().endswith("…") and len(combo.currentText()) < len(title)
    assert combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ToolTipRole) == title
    assert combo.toolTip() == title


def test_a_column_ticked_in_the_header_menu_is_shown_and_remembered(qtbot, window, database, settings):
    window.tabs.setCurrentWidget(window.agency_view)
    settle(qtbot, window)
    table = window.agency_view.agency_table
    assert table.isColumnHidden(1)  # the kind: shown on request
    actions = {action.text(): action for action in window.agency_view.agency_columns.menu().actions()}
    assert not actions["Loại"].isChecked() and actions["Thôn đạt chuẩn"].isChecked()
    actions["Loại"].trigger()
    actions["Lượt đi cơ sở"].trigger()
    assert not table.isColumnHidden(1) and table.isColumnHidden(10)
    window.close()

    again = open_window(qtbot, database, OFFICER, settings)
    table = again.agency_view.agency_table
    assert not table.isColumnHidden(1) and table.isColumnHidden(10)
    usual = again.agency_view.agency_columns.menu().actions()[-1]
    assert usual.text() == "Hiện các cột thường dùng"
    usual.trigger()
    assert table.isColumnHidden(1) and not table.isColumnHidden(10)
