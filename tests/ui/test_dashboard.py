"""The dashboard's bars against the hand-counted plan, and a bar clicked listing the villages behind it."""

from datetime import date

from PySide6.QtCore import Qt

from domain.access import Principal
from domain.plans import create_plan
from domain.summary import summary
from tests.benchmarks.bench_scale import large_draft
from tests.conftest import OFFICER
from tests.domain.test_village_records import _village
from tests.ui.conftest import open_window


def _show(qtbot, small_window, year=2024):
    """The dashboard opened on `year`, once its report (read in the background) is drawn."""
    small_window.year_combo.setCurrentIndex(small_window.year_combo.findData(year))
    small_window.tabs.setCurrentWidget(small_window.dashboard)
    dashboard = small_window.dashboard
    qtbot.waitUntil(lambda: small_window.is_settled() and dashboard.report is not None
                    and dashboard.report.year == year)
    return dashboard


def _values(bar_set) -> list[float]:
    return [bar_set.at(i) for i in range(bar_set.count())]


def test_the_bars_are_the_hand_counted_figures(qtbot, small_window):
    dashboard = _show(qtbot, small_window)
    met, not_met = dashboard.bar_sets["district"]
    assert (_values(met), _values(not_met)) == ([1], [2])  # Huyện A: Thôn 1 (Xã Một) meets, two do not
    met, not_met = dashboard.bar_sets["commune"]
    assert (_values(met), _values(not_met)) == ([0, 1, 0], [1, 1, 1])  # Xã Hai, Xã Một, Xã Ba
    assert _values(dashboard.bar_sets["years"][0]) == [1]
    assert _values(dashboard.bar_sets["criteria"][0]) == [3, 1, 1]  # drawn bottom-up: the weakest on top


def test_a_clicked_bar_lists_its_villages_and_opens_one(qtbot, small_window, empty_database):
    dashboard = _show(qtbot, small_window)
    _met, not_met = dashboard.bar_sets["district"]
    not_met.clicked.emit(0)
    rows = [[dashboard.village_model.index(r, c).data() for c in range(4)]
            for r in range(dashboard.village_model.rowCount())]
    assert dashboard.behind_label.text() == "Huyện A: các thôn chưa đạt chuẩn (2)"
    assert rows == [["Thôn 1", "Xã Hai", "Huyện A", "1/3 đạt"], ["Làng Đắk", "Xã Một", "Huyện A", "1/3 đạt"]]
    dashboard.bar_sets["criteria"][0].clicked.emit(2)  # the top bar: criterion 2, met only by Thôn 1 (Xã Một)
    assert dashboard.behind_label.text() == "Tiêu chí 2 (Giao thông): các thôn chưa đạt (3)"
    with qtbot.waitSignal(dashboard.village_activated):
        dashboard.village_table.doubleClicked.emit(dashboard.village_model.index(0, 0))
    assert small_window.village_id == _village(empty_database, small_window.plan, "Thôn 1, Xã Hai")
    assert small_window.tabs.currentWidget() is small_window.village_panel


def test_the_dashboard_follows_the_year(qtbot, small_window):
    dashboard = _show(qtbot, small_window, 2025)
    assert _values(dashboard.bar_sets["years"][0]) == [1, 0]
    assert dashboard.bar_sets["district"][0].at(0) == 0


def test_a_plan_of_many_communes_draws_those_with_the_smallest_share(qtbot, empty_database, settings):
    """400 communes of one village each (tests/benchmarks' large plan): 30 bars, the title says which."""
    with empty_database.unit_of_work(Principal.local("test")) as uow:
        create_plan(uow, draft=large_draft(400))
    window = open_window(qtbot, empty_database, OFFICER, settings)
    dashboard = _show(qtbot, window, 2025)
    met, not_met = dashboard.bar_sets["commune"]
    assert met.count() == 30 and sum(_values(met)) == 0
    assert dashboard.charts.views[2].chart().title() == \
        "Thôn đạt chuẩn: 30 xã có tỉ lệ thôn đạt chuẩn thấp nhất, năm 2025"
    assert dashboard.bar_sets["district"][0].count() == 30


def test_after_a_save_the_charts_keep_their_bars_and_show_the_new_figures(qtbot, small_window, empty_database):
    """A village made to meet the standard: the dashboard shown again draws no chart anew (the same bars, their
    values set), and its bars' figures and the villages behind them are the new ones."""
    from ui.checklist_model import ChecklistModel

    dashboard = _show(qtbot, small_window)
    before = {name: list(bars) for name, bars in dashboard.bar_sets.items()}
    small_window.open_village(_village(empty_database, small_window.plan, "Thôn 1, Xã Hai"))
    qtbot.waitUntil(small_window.is_settled)
    model = small_window.village_panel.checklist_model
    for row in range(model.rowCount()):
        if model.index(row, ChecklistModel.COL_STATUS).data(Qt.ItemDataRole.EditRole) != "met":
            with qtbot.waitSignal(model.saved):
                model.setData(model.index(row, ChecklistModel.COL_STATUS), "met")
    qtbot.waitUntil(small_window.is_settled)
    shown = dashboard.report
    small_window.tabs.setCurrentWidget(dashboard)
    qtbot.waitUntil(lambda: small_window.is_settled() and dashboard.report is not shown)
    assert {name: list(bars) for name, bars in dashboard.bar_sets.items()} == before
    met, not_met = dashboard.bar_sets["district"]
    assert (_values(met), _values(not_met)) == ([2], [1])
    assert _values(dashboard.bar_sets["years"][0]) == [2]
    not_met.clicked.emit(0)
    assert dashboard.behind_label.text() == "Huyện A: các thôn chưa đạt chuẩn (1)"


def test_the_years_summary_is_read_before_the_dashboard_is_first_opened(qtbot, small_window, empty_database,
                                                                       monkeypatch):
    """Once idle the window reads the year's summary for the dashboard; opening it then counts no village's facts
    afresh and shows the same bars as a summary read then."""
    import ui.plan_gateway

    qtbot.waitUntil(lambda: small_window.summary_read == small_window.plan.id and not small_window.prefetch.pending(),
                    timeout=10000)
    afresh = []
    real = ui.plan_gateway.summary_facts
    monkeypatch.setattr(ui.plan_gateway, "summary_facts", lambda *a, **k: afresh.append(1) or real(*a, **k))
    small_window.tabs.setCurrentWidget(small_window.dashboard)
    dashboard = small_window.dashboard
    qtbot.waitUntil(lambda: small_window.is_settled() and dashboard.report is not None)
    assert afresh == []
    with empty_database.session() as session:
        assert dashboard.report == summary(session, small_window.plan, small_window.year, date.today())
