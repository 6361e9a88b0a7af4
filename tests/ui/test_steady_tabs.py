"""The window's tab widgets kept steady (ui/steady_tabs.py): a tab renamed on the village page (a record page's
count) no longer repaints the whole page a second time, the checklist with it, and the tab bar still shows the new
text (issue 14: the checklist was repainted two or three times more at each plan loaded). Counted, not timed: the
checklist's paint events, with the window's tab widgets kept steady and without."""

import pytest
from PySide6.QtGui import QGuiApplication

from tests.ui.conftest import open_window, settle
from tests.ui.paints import Paints
from ui.steady_tabs import _SteadyTabs
from ui.theme import apply_theme


@pytest.fixture
def themed_window(qtbot, qapp, database, settings, tmp_path, monkeypatch):
    """The window on the sample under the shipped theme (its style sheet lays tab widgets out), the plain look put
    back afterwards."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    style, palette = qapp.style().name(), QGuiApplication.palette()
    assert apply_theme(qapp)
    yield open_window(qtbot, database, settings=settings)
    qapp.setStyleSheet("")
    qapp.setStyle(style)
    QGuiApplication.setPalette(palette)


@pytest.mark.parametrize("steady", [True, False])
def test_a_record_tab_renamed_repaints_the_checklist_once(qtbot, themed_window, steady):
    window = themed_window
    settle(qtbot, window)
    qtbot.wait(100)
    if not steady:  # as Qt lays tab widgets out by itself
        for tabs in (window.tabs, window.village_panel.tabs):
            for kept in tabs.findChildren(_SteadyTabs):
                tabs.removeEventFilter(kept)
    panel = window.village_panel
    paints = Paints(panel.checklist_view.viewport())
    last = panel.tabs.count() - 1

    panel.tabs.setTabText(last, panel.tabs.tabText(last) + " (12, ⚠ 3)")
    qtbot.wait(150)

    assert panel.tabs.tabBar().tabText(last).endswith("(12, ⚠ 3)")
    if steady:
        assert paints.count == 1, paints.count
    else:  # the page's tab widget, then the window's, laid out again and each repainted whole
        assert paints.count >= 2, paints.count
