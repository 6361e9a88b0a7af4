"""The window on an office PC's screen, 1366×768 with the theme it ships with: maximised under a 40 px taskbar and a
30 px title bar, its client area is 1366×698. The checklist shows at least 8 criteria, the agency and campaign
tables need no sideways scrolling, a bar clicked on the dashboard lists rows one can see; and the same at 1920×1080.
"""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QTableView

from tests.ui.conftest import settle
from ui.checklist_model import ChecklistModel
from ui.theme import apply_theme
from ui.village_panel import CHECKLIST_WIDTHS, GROUP_WIDE

OFFICE_PC = (1366, 768 - 40 - 30)
FULL_HD = (1920, 1080 - 40 - 30)


@pytest.fixture
def themed(qapp, tmp_path, monkeypatch):
    """The shipped theme (qt-material: its fonts, paddings and row heights), rendered into a private cache folder;
    the plain look put back afterwards for the other tests."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    style, palette = qapp.style().name(), QGuiApplication.palette()
    assert apply_theme(qapp)
    yield
    qapp.setStyleSheet("")
    qapp.setStyle(style)
    QGuiApplication.setPalette(palette)


def _fully_shown_rows(table: QTableView) -> int:
    height = table.viewport().height()
    return sum(0 <= table.rowViewportPosition(row) and table.rowViewportPosition(row) + table.rowHeight(row) <= height
               for row in range(table.model().rowCount()))


def _at(qtbot, window, size: tuple[int, int]) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0] and window.size().height() == size[1])
    QApplication.processEvents()


@pytest.mark.parametrize("size", [OFFICE_PC, FULL_HD], ids=["1366x768", "1920x1080"])
def test_the_checklist_shows_at_least_eight_criteria(qtbot, themed, window, size):
    _at(qtbot, window, size)
    assert window.banner_box.isVisible(), "measured with the sample's notice on screen, as a first start shows it"
    checklist = window.village_panel.checklist_view
    assert checklist.model().rowCount() == 17
    shown = _fully_shown_rows(checklist)
    print(f"{size}: {shown} of 17 criteria rows fully on screen")
    assert shown >= 8
    group = checklist.horizontalHeader().sectionSize(ChecklistModel.COL_GROUP)
    assert group == (GROUP_WIDE if size == FULL_HD else CHECKLIST_WIDTHS[ChecklistModel.COL_GROUP])


@pytest.mark.parametrize("size", [OFFICE_PC, FULL_HD], ids=["1366x768", "1920x1080"])
def test_the_agency_and_campaign_tables_need_no_sideways_scrolling(qtbot, themed, window, size):
    _at(qtbot, window, size)
    for page, tables in ((window.agency_view, (window.agency_view.agency_table, window.agency_view.village_table)),
                         (window.campaign_view, (window.campaign_view.unit_table, window.campaign_view.detail_table))):
        window.tabs.setCurrentWidget(page)
        settle(qtbot, window)
        QApplication.processEvents()
        for table in tables:
            assert table.model().rowCount() > 0
            assert table.horizontalScrollBar().maximum() == 0, f"{table.objectName()} scrolls sideways"
        names = tables[0].horizontalHeader().sectionSize(0)  # the column that takes what the others leave
        assert names >= 150, f"{tables[0].objectName()}: its names squeezed to {names} px"
    agency_header = window.agency_view.agency_table.horizontalHeader()
    shown = [agency_header.model().headerData(c, agency_header.orientation())
             for c in range(agency_header.count()) if not agency_header.isSectionHidden(c)]
    assert shown == ["Cơ quan", "Chủ trì (thôn)", "Phối hợp (thôn)", "Thôn đạt chuẩn", "Tỉ lệ tiêu chí đạt",
                     "Lượt đi cơ sở", "Khó khăn chưa giải quyết (quá hạn)"]


def test_a_bar_clicked_lists_villages_one_can_see(qtbot, themed, window):
    _at(qtbot, window, OFFICE_PC)
    window.tabs.setCurrentWidget(window.dashboard)
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: window.is_settled() and dashboard.report is not None)
    _met, not_met = dashboard.bar_sets["district"]
    not_met.clicked.emit(0)
    QApplication.processEvents()
    table = dashboard.village_table
    assert table.model().rowCount() >= 8
    assert _fully_shown_rows(table) >= 8
    assert table.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("size", [OFFICE_PC, FULL_HD], ids=["1366x768", "1920x1080"])
def test_each_records_list_of_the_village_page_needs_no_sideways_scrolling(qtbot, themed, window, size):
    """The sample's village with the most records (Làng Ngọk Yêu: seven visits, four contributions, …): each list's
    columns fit its width, the long texts elided with the whole text in the cell's tooltip."""
    [place] = [p for p in window.places if p.village == "Làng Ngọk Yêu"]
    window.open_village(place.village_id)
    settle(qtbot, window)
    _at(qtbot, window, size)
    panel = window.village_panel
    cuts = 0
    for key, page in panel.pages.items():
        panel.tabs.setCurrentWidget(page)
        settle(qtbot, window)
        QApplication.processEvents()
        table = page.view
        assert table.model().rowCount() > 0, key
        assert not table.horizontalScrollBar().isVisible(), f"the {key} list scrolls sideways"
        header = table.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        assert len(shown) == table.model().columnCount(), f"{key}: every column shown"
        for column in shown:
            index = table.model().index(0, column)
            text = index.data()
            tooltip = " ".join(str(index.data(Qt.ItemDataRole.ToolTipRole) or "").split())
            cut = header.sectionSize(column) < table.sizeHintForColumn(column)
            assert not cut or tooltip == text, f"{key}: {text!r} elided without its whole text in the tooltip"
            assert not cut or not index.data(Qt.ItemDataRole.TextAlignmentRole), f"{key}: the number {text!r} cut"
            cuts += cut
    if size == OFFICE_PC:
        assert cuts, "at 1366 the visits' long texts are elided"
