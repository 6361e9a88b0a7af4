"""The pages a window opens without (issue 14): the Agencies, Campaign and Dashboard pages and the record tabs'
lists are made the first time they are shown, so that opening the window and each village pays only for what is on
screen; shown, they hold what they would have held made at once."""

from PySide6.QtWidgets import QTableView

from tests.ui.conftest import settle
from ui.record_labels import kind_title


def _tab(window, title: str) -> int:
    return next(i for i in range(window.tabs.count()) if window.tabs.tabText(i) == title)


def test_the_hidden_pages_are_made_when_first_shown_and_show_the_figures(qtbot, window):
    settle(qtbot, window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert window.figure_pages == {}  # none made at the open
    assert set(window.placeholders.values()) == {"agencyView", "campaignView", "dashboard"}

    window.tabs.setCurrentIndex(_tab(window, titles[1]))
    settle(qtbot, window)
    agencies = window.tabs.currentWidget()
    assert agencies is window.figure_pages["agencyView"] and agencies.isVisible()
    assert agencies.agency_model.rowCount() == 21  # filled with the figures the window holds
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == titles  # same tabs, same order
    assert "campaignView" not in window.figure_pages

    window.tabs.setCurrentWidget(window.village_panel)
    settle(qtbot, window)
    assert window.tabs.currentWidget() is window.village_panel


def test_a_record_tab_counts_its_rows_before_its_list_is_made(qtbot, window):
    settle(qtbot, window)
    panel = window.village_panel
    visits = panel.pages["visits"]
    assert visits.findChildren(QTableView) == []  # not shown yet: no list made
    rows = visits.model.rowCount()
    assert panel.tabs.tabText(panel.tabs.indexOf(visits)) == kind_title("visits") + (f" ({rows})" if rows else "")

    panel.tabs.setCurrentWidget(visits)
    settle(qtbot, window)
    assert visits.view.isVisible() and visits.add_button.isVisible()
    assert visits.view.model().rowCount() == rows


def test_a_page_first_shown_is_painted_before_it_is_filled_and_filled_once(qtbot, window):
    """Its frame on screen in one pass of the event loop, its figures in the next (issue 14), the units' table
    reset once by the filling; the window is settled only once the page is filled."""
    settle(qtbot, window)
    placeholder = next(widget for widget, name in window.placeholders.items() if name == "campaignView")
    window.tabs.setCurrentWidget(placeholder)
    campaign = window.figure_pages["campaignView"]
    assert campaign.isVisible() and campaign.unit_model.rowCount() == 0  # the frame first
    assert not window.is_settled()
    resets = []
    campaign.unit_model.modelReset.connect(lambda: resets.append("units"))
    settle(qtbot, window)
    assert resets == ["units"]
    assert campaign.unit_model.rowCount() > 1  # the units and the whole plan
    assert window.is_settled() and campaign.unit_table.isVisible()
