"""The checklist's rows fitted to their texts (issue 14): a village shown again, whose cells read as before, is laid
out from the sizes kept, with no cell's text wrapped and measured again; the rows are as tall as the first time."""

from tests.ui.conftest import settle
from ui.short_rows import ShortRows


def test_a_village_shown_again_measures_no_cell_again(qtbot, small_window, village_mot, monkeypatch):
    window, view = small_window, small_window.village_panel.checklist_view
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    heights = [view.rowHeight(row) for row in range(view.model().rowCount())]
    measured: list[int] = []
    capped = ShortRows._capped
    monkeypatch.setattr(ShortRows, "_capped", lambda self, *args: measured.append(1) or capped(self, *args))

    window._show_village()
    settle(qtbot, window)

    assert view.model().rowCount() == len(heights) > 0
    assert [view.rowHeight(row) for row in range(view.model().rowCount())] == heights
    assert measured == []
