"""The review cycle in the window (issue 19), with the real widgets on one database: the secretariat opens the year's
round from the Review menu; the team lead sends their village; the secretariat returns it with a comment (refused
without one); the team lead reads the comment on the village's page and in their list and sends it again; the
secretariat approves it; the village-year is then locked in both windows (the checklist read-only, the lock's reason
said, a save from a page read before the approval refused with the domain's sentence). The tree marks overdue."""

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from domain.access import Principal
from domain.places import find_place
from domain.reviewing import open_round, return_with_comment, submit
from domain.users import Role
from domain.vocabulary import RoundKind
from tests.conftest import OFFICER
from tests.ui.conftest import open_window, settle
from tests.ui.test_layout_1366 import OFFICE_PC, _at, _fully_shown_rows, themed  # noqa: F401 (themed: a fixture)
from ui.checklist_model import ChecklistModel
from ui.main_window import MainWindow

TEAM_LEAD = Principal(name="nv.to", role=Role.TEAM_LEAD, full_name="Nguyễn Văn Tổ", member_name="Nguyễn Văn Tổ")
VILLAGE = "Thôn 1, Xã Một"
COMMENT = "Tiêu chí 3 (Điện) chưa có minh chứng: gửi biên bản kiểm tra của Điện lực."


def answer(fill: Callable[[QWidget], None]) -> None:
    """Act on the next modal dialog as soon as it is up (its exec() blocks the test meanwhile)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        fill(dialog)

    QTimer.singleShot(0, act)


def _open(qtbot, database, user: Principal, village: str = VILLAGE) -> MainWindow:
    window = open_window(qtbot, database, user)
    _show(qtbot, window, village)
    return window


def _show(qtbot, window: MainWindow, village: str = VILLAGE) -> None:
    """The village's page as the user finds it when they come to it (read again: another window may have acted)."""
    with window.database.session() as session:
        village_id = find_place(session, window.plan.id, village).village_id
    window.open_village(village_id)
    settle(qtbot, window)
    window._show_village()
    settle(qtbot, window)


def _visible_buttons(window: MainWindow) -> set[str]:
    strip = window.village_panel.review_strip
    return {name for name, button in strip.buttons.items() if button.isVisible()}


def _state(window: MainWindow) -> str:
    return window.village_panel.review_strip.state_label.text()


def _editable(window: MainWindow) -> bool:
    model = window.village_panel.checklist_model
    return bool(model.flags(model.index(0, ChecklistModel.COL_STATUS)) & Qt.ItemFlag.ItemIsEditable)


def _step(qtbot, window: MainWindow, button: str, text: str | None = None) -> None:
    """Click a step's button on the village's page, answering its dialog with `text` (None: no dialog)."""
    if text is not None:
        def fill(dialog) -> None:
            dialog.text_box.setPlainText(text)
            dialog.ok_button.click()

        answer(fill)
    qtbot.mouseClick(window.village_panel.review_strip.buttons[button], Qt.MouseButton.LeftButton)
    settle(qtbot, window)


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """The warnings the windows show (a refusal), kept instead of waiting for someone to close them."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text: shown.append(text) or QMessageBox.StandardButton.Ok)
    return shown


def test_sent_returned_with_a_comment_sent_again_approved_and_locked(qtbot, empty_database, small_plan, warnings):
    secretariat = _open(qtbot, empty_database, OFFICER)
    assert not secretariat.village_panel.review_strip.isVisible()  # no round for the year: no review row

    def open_the_round(dialog) -> None:  # the Review menu's dialog, as the secretariat fills it
        assert dialog.year_combo.currentData() == 2026
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(RoundKind.YEARLY.value))
        dialog.deadline.text.setText("31/12/2026")
        dialog.ui.buttons.accepted.emit()

    answer(open_the_round)
    secretariat.reviews.open_action.trigger()
    settle(qtbot, secretariat)
    assert not warnings
    _show(qtbot, secretariat)
    assert _state(secretariat) == "Đang rà soát"
    assert "hạn 31/12/2026" in secretariat.village_panel.review_strip.deadline_label.text()
    assert _visible_buttons(secretariat) == {"received"}  # nothing sent yet: only a receipt on the team's behalf

    lead = _open(qtbot, empty_database, TEAM_LEAD)
    assert _state(lead) == "Đang rà soát" and _visible_buttons(lead) == {"submit"}
    assert lead.village_panel.review_strip.buttons["submit"].text() == "Gửi duyệt"
    _step(qtbot, lead, "submit")
    assert _state(lead) == "Đã gửi" and not _visible_buttons(lead)
    assert lead.statusBar().currentMessage() == "Thôn 1: đã gửi duyệt."

    _show(qtbot, secretariat)
    assert _state(secretariat) == "Đã gửi" and _visible_buttons(secretariat) == {"approve", "return"}

    def refuse_then_write(dialog) -> None:  # OK with no comment is refused in the dialog, which stays open
        dialog.ok_button.click()
        assert dialog.isVisible() and "Hãy viết" in dialog.ui.noteRefusal.text()
        dialog.text_box.setPlainText(COMMENT)
        dialog.ok_button.click()

    answer(refuse_then_write)
    qtbot.mouseClick(secretariat.village_panel.review_strip.buttons["return"], Qt.MouseButton.LeftButton)
    settle(qtbot, secretariat)
    assert _state(secretariat) == "Trả lại"

    _show(qtbot, lead)  # the team lead comes back to the village
    strip = lead.village_panel.review_strip
    assert _state(lead) == "Trả lại" and _visible_buttons(lead) == {"submit"}
    assert strip.comment == f"Trả lại với ý kiến: “{COMMENT}”" and COMMENT in strip.comment_label.toolTip()
    assert strip.thread_button.text() == "Trao đổi (1)…"
    qtbot.mouseClick(strip.comment_label, Qt.MouseButton.LeftButton)  # the comment opens the thread
    thread = lead.village_panel.review_thread
    assert thread.isVisible() and thread.windowTitle() == "Rà soát của Thôn 1"
    assert [thread.model.index(row, 3).data() for row in range(thread.model.rowCount())] == [COMMENT]
    holder = lead.tabs.indexOf(lead.reviews.page_holder)
    assert lead.tabs.tabText(holder) == "Rà soát (⚠ 1)"  # the tab says a village awaits them
    lead.reviews.show_page()  # their list: the village, its state and the comment returned
    settle(qtbot, lead)
    page = lead.reviews.page
    rows = {page.model.index(row, 0).data(): (page.model.index(row, 3).data(), page.model.index(row, 5).data())
            for row in range(page.model.rowCount())}
    assert rows == {"Thôn 1": ("Trả lại", COMMENT)}  # only the village they lead
    page.table.selectRow(0)
    assert COMMENT in page.ui.reviewsComment.text()
    lead.tabs.setCurrentWidget(lead.village_panel)
    _step(qtbot, lead, "submit")
    assert _state(lead) == "Đã gửi" and lead.tabs.tabText(holder) == "Rà soát"

    _show(qtbot, secretariat)
    _step(qtbot, secretariat, "approve", "Đạt yêu cầu.")
    assert _state(secretariat) == "Đã duyệt" and _visible_buttons(secretariat) == {"reopen"}
    panel = secretariat.village_panel
    assert not _editable(secretariat) and panel.read_only_label.isVisible()
    assert "đã được duyệt" in panel.read_only_label.text()
    assert not panel.pages["visits"].add_button.isEnabled()

    assert not warnings
    model = lead.village_panel.checklist_model  # the team lead's page, read before the approval, still editable
    assert _editable(lead)
    assert model.setData(model.index(0, ChecklistModel.COL_STATUS), "met")
    settle(qtbot, lead)
    assert len(warnings) == 1 and warnings[0].startswith("Chưa lưu.") and "đã được duyệt" in warnings[0]
    assert model.index(0, ChecklistModel.COL_STATUS).data() == "Chưa đánh giá"  # nothing kept

    _show(qtbot, lead)
    assert _state(lead) == "Đã duyệt" and not _visible_buttons(lead)
    assert not _editable(lead) and "đã được duyệt" in lead.village_panel.read_only_label.text()
    steps = [thread.model.index(row, 2).data() for row in range(thread.model.rowCount())]
    assert steps == ["Duyệt", "Trả lại"]  # newest first; the submissions carried no comment


def test_the_tree_marks_the_villages_whose_review_is_overdue(qtbot, empty_database, small_plan, warnings):
    with empty_database.unit_of_work(OFFICER) as uow:
        open_round(uow, plan_id=small_plan.id, year=2026, deadline=date.today() - timedelta(days=3))
    window = _open(qtbot, empty_database, OFFICER)
    tree = window.tree_model
    village = tree.village_index(window.village_id)
    assert "Rà soát: Đang rà soát — quá hạn" in village.data(Qt.ItemDataRole.ToolTipRole)
    commune = tree.parent(village)
    assert "Quá hạn rà soát: 2 thôn" in commune.siblingAtColumn(1).data(Qt.ItemDataRole.ToolTipRole)
    assert commune.siblingAtColumn(1).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "quá hạn 3 ngày" in window.village_panel.review_strip.deadline_label.text()

    _step(qtbot, window, "received", "Bảng tính của tổ gửi qua thư điện tử.")
    assert _state(window) == "Đã gửi"
    assert "Rà soát: Đã gửi" in tree.village_index(window.village_id).data(Qt.ItemDataRole.ToolTipRole)
    assert "Quá hạn rà soát: 1 thôn" in tree.parent(tree.village_index(window.village_id)).data(
        Qt.ItemDataRole.ToolTipRole)
    assert not warnings


def test_the_secretariat_closes_the_round_and_the_year_from_the_review_menu(qtbot, empty_database, small_plan,
                                                                            warnings, monkeypatch):
    with empty_database.unit_of_work(OFFICER) as uow:
        open_round(uow, plan_id=small_plan.id, year=2026, deadline=date.today() + timedelta(days=10))
    window = _open(qtbot, empty_database, OFFICER)
    reviews = window.reviews
    assert reviews.close_round_action.isEnabled() and not reviews.reopen_round_action.isEnabled()
    assert reviews.close_year_action.isEnabled() and not reviews.reopen_year_action.isEnabled()

    def later(dialog) -> None:  # the round's year and kind stay; its deadline moves
        assert not dialog.year_combo.isEnabled() and not dialog.kind_combo.isEnabled()
        assert dialog.kind_combo.currentText() == "Rà soát cả năm"
        dialog.deadline.text.setText("15/01/2027")
        dialog.ui.buttons.accepted.emit()

    answer(later)
    reviews.deadline_action.trigger()
    settle(qtbot, window)
    assert window.statusBar().currentMessage() == "Hạn gửi mới: 15/01/2027."
    assert "hạn 15/01/2027" in window.village_panel.review_strip.deadline_label.text()

    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    reviews.close_round_action.trigger()
    settle(qtbot, window)
    assert window.statusBar().currentMessage() == "Đã kết thúc: Rà soát cả năm 2026."
    assert reviews.reopen_round_action.isEnabled() and not reviews.close_round_action.isEnabled()
    assert "đợt đã kết thúc" in window.village_panel.review_strip.deadline_label.text()
    assert not _visible_buttons(window)  # no step in a closed round

    def close_with(note: str):
        def fill(dialog) -> None:
            dialog.text_box.setPlainText(note)
            dialog.ok_button.click()

        return fill

    answer(close_with("Báo cáo số 12-BC/TU"))
    reviews.close_year_action.trigger()
    settle(qtbot, window)
    _show(qtbot, window)
    assert reviews.reopen_year_action.isEnabled() and not reviews.close_year_action.isEnabled()
    assert not reviews.open_action.isEnabled()
    assert not _editable(window) and "đã khóa sổ" in window.village_panel.read_only_label.text()

    answer(close_with("Sửa số liệu hộ nghèo theo kết quả rà soát của tỉnh"))
    reviews.reopen_year_action.trigger()
    settle(qtbot, window)
    _show(qtbot, window)
    assert _editable(window) and not window.village_panel.read_only_label.isVisible()
    assert reviews.close_year_action.isEnabled()
    assert not warnings


@pytest.mark.usefixtures("themed")
def test_at_1366_the_review_row_leaves_the_checklist_eight_criteria(qtbot, database, settings):
    """The village page with its review row (a round open, the village returned with a long comment), the shipped
    theme, on an office PC's screen: the row is one line, the comment cut to fit, the buttons whole."""
    window = open_window(qtbot, database, OFFICER, settings)
    with database.unit_of_work(OFFICER) as uow:
        round_id = open_round(uow, plan_id=window.plan.id, year=window.year, deadline=date(window.year, 12, 31))
        submit(uow, round_id=round_id, village_id=window.village_id)
    with database.unit_of_work(OFFICER) as uow:
        return_with_comment(uow, round_id=round_id, village_id=window.village_id, comment=COMMENT * 3)
    window._show_village()
    settle(qtbot, window)
    _at(qtbot, window, OFFICE_PC)
    strip = window.village_panel.review_strip
    assert strip.isVisible() and _state(window) == "Trả lại"
    assert strip.comment_label.text().endswith("…")
    for button in (strip.thread_button, strip.buttons["received"]):
        assert button.isVisible() and button.width() >= button.sizeHint().width()
    assert strip.height() <= 2 * strip.fontMetrics().height() + 12
    assert _fully_shown_rows(window.village_panel.checklist_view) >= 8
