"""The review progress page on the hand-counted round of tests/review_case.py: its figures by area and by agency,
the villages awaited with their team leads, the reminder list copied, the report saved and printed from the page."""

import pytest
from PySide6.QtGui import QGuiApplication

from domain.review_rounds import RoundKind
from tests.pdf import pdf_text
from tests.review_case import PHONE, YEAR, open_review_case
from tests.ui.conftest import open_window, settle


@pytest.fixture
def page(qtbot, empty_database, small_plan, settings):
    open_review_case(empty_database, small_plan)
    window = open_window(qtbot, empty_database, settings=settings)
    window.year_combo.setCurrentIndex(window.year_combo.findData(YEAR))
    settle(qtbot, window)
    tab = window.completeness_tab
    window.tabs.setCurrentWidget(tab.placeholder)
    qtbot.waitUntil(lambda: tab.view is not None and tab.view.report is not None and tab.view.report.year == YEAR)
    return window, tab.view


def _rows(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_page_shows_the_hand_counted_figures_by_area_then_by_agency(page):
    window, view = page
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Tiến độ rà soát"
    assert view.heading.text().startswith("Hạn gửi kết quả rà soát năm 2025: 30/11/2025.")
    assert _rows(view.count_model) == [
        ["Huyện A", "3", "1", "1", "1", "1", "1", "1"], ["   Xã Hai", "1", "0", "0", "1", "1", "0", "1"],
        ["   Xã Một", "2", "1", "1", "0", "0", "1", "0"], ["   Xã Ba", "1", "0", "0", "1", "1", "0", "0"],
        ["Toàn kế hoạch", "4", "1", "1", "2", "2", "1", "1"]]
    view.grouping.setCurrentIndex(1)
    assert _rows(view.count_model) == [["Sở Hai", "2", "0", "0", "2", "2", "0", "1"],
                                       ["Sở Một", "2", "1", "1", "0", "0", "1", "0"]]
    assert _rows(view.reminder_model) == [
        ["Sở Hai", "Thôn 1", "Xã Hai", "Trả lại, quá hạn", "Võ Thị Hai", PHONE],
        ["Sở Hai", "Làng Mới", "Xã Ba", "Đang rà soát, quá hạn", "Đinh Văn Mới", ""]]
    assert view.reminder_label.text() == "Thôn chờ gửi kết quả, cần nhắc tổ trưởng: 2"


def test_the_mid_year_round_is_read_when_chosen(qtbot, page):
    _window, view = page
    assert view.round_combo.currentText() == "Rà soát cả năm"
    view.round_combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: view.report.kind == RoundKind.MID_YEAR)
    assert view.heading.text().startswith("Chưa mở đợt rà soát 6 tháng đầu năm 2025; mọi thôn đang rà soát.")
    assert _rows(view.count_model)[-1] == ["Toàn kế hoạch", "4", "0", "0", "4", "0", "0", "0"]


def test_chep_puts_the_reminder_list_on_the_clipboard_as_plain_text(page):
    _window, view = page
    assert view.copy_button.text() == "Chép"
    view.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert f"- Thôn 1, Xã Hai, Huyện A (Trả lại, quá hạn): tổ trưởng Võ Thị Hai, ĐT {PHONE}" in copied
    assert "Sở Hai (2 thôn):" in copied


def test_the_page_prints_the_same_report_as_the_command(qtbot, page, tmp_path):
    window, _view = page
    document = window.printing.current_document()
    assert document.title == "Tiến độ rà soát 2025"
    written = document.write(tmp_path / "in.pdf", None)
    assert "Toàn kế hoạch 4 1 1 2 (2) 1 1" in pdf_text(written)


def test_a_report_read_again_keeps_the_widths_the_user_gave_the_columns(qtbot, page):
    """Read again (shown again, after a save) for the same plan, the columns are not fitted again: the widths the
    user dragged stay, and the cells are not measured again (issue 14: ~80 ms of the GUI thread at 10,000)."""
    window, view = page
    view.reminder_table.setColumnWidth(1, 333)
    view.count_table.setColumnWidth(1, 77)
    report = view.report
    window.tabs.setCurrentWidget(window.village_panel)
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.report is not report)
    assert (view.reminder_table.columnWidth(1), view.count_table.columnWidth(1)) == (333, 77)
    view.grouping.setCurrentIndex(1)  # other rows: fitted to them
    assert view.count_table.columnWidth(1) != 77


def test_the_page_shown_again_reads_its_report_once(qtbot, page):
    window, view = page
    tab, reads = window.completeness_tab, []
    report = tab.gateway.report
    tab.gateway.report = lambda *arguments: reads.append(arguments) or report(*arguments)
    with qtbot.waitSignal(window.settled):
        window.tabs.setCurrentWidget(window.village_panel)
    shown = view.report
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.report is not shown and not tab.reads.pending())
    settle(qtbot, window)
    assert len(reads) == 1
    assert view.heading.text().startswith("Hạn gửi kết quả rà soát năm 2025: 30/11/2025.")
