"""The window across a reorganisation (issue 18): a year before the reform shows its tree by the units of its time,
the user may group it by today's instead, the status bar names the grouping, and the figures follow the tree."""

from datetime import date

from PySide6.QtCore import QModelIndex

from domain.plans import create_plan
from domain.reorganisation_apply import apply_reorganisation
from domain.vocabulary import Grouping
from exports.cancel import Progress
from tests.conftest import OFFICER
from tests.domain.reform_case import MET, REFORM, old_plan
from tests.pdf import pdf_text
from tests.ui.conftest import open_window, settle


def _tree(window, parent=QModelIndex(), depth=0) -> list[tuple[int, str]]:
    model = window.tree_model
    rows = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if depth < 2:
            rows.append((depth, index.data()))
            rows += _tree(window, index, depth + 1)
    return rows


def _choose(qtbot, window, combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))
    settle(qtbot, window)


def _reformed_window(qtbot, database, settings):
    """The window on the hand-built case's 2023–2025 plan after its reform, showing 2024."""
    with database.unit_of_work(OFFICER) as uow:
        create_plan(uow, draft=old_plan())
    with database.unit_of_work(OFFICER) as uow:
        apply_reorganisation(uow, REFORM)
    settings.setValue("view/year", 2024)
    return open_window(qtbot, database, OFFICER, settings)


def test_the_tree_and_figures_follow_the_units_of_the_year_or_of_today(qtbot, empty_database, settings):
    window = _reformed_window(qtbot, empty_database, settings)
    assert window.year == 2024 and window.layout.units_on == date(2025, 6, 30)
    assert all(action.isVisible() for action in window.grouping_actions)
    names = [name for _, name in _tree(window)]
    assert names == ['Đăk Hà', 'Đăk Ui', 'Ngọk Réo', 'Đăk Tô', 'Pô Kô']  # districts, their communes
    assert "theo đơn vị hành chính năm 2024" in window.figures_note.text()
    assert window.progress.plan.criteria_met == sum(MET[2024])
    assert len(window.progress.by_commune) == 3

    _choose(qtbot, window, window.grouping_combo, Grouping.OF_TODAY)
    assert window.layout.units_on is None
    assert [name for depth, name in _tree(window) if depth == 0] == ["Đăk Hà", "Đăk Tô"]  # communes, no district
    assert "theo đơn vị hành chính hiện nay" in window.figures_note.text()
    assert len(window.progress.by_commune) == 2 and window.progress.plan.criteria_met == sum(MET[2024])

    _choose(qtbot, window, window.grouping_combo, Grouping.OF_THEIR_TIME)
    _choose(qtbot, window, window.year_combo, 2025)  # after the reform: its own units are today's
    assert window.layout.units_on is None and len(window.progress.by_commune) == 2
    assert window.progress.plan.criteria_met == sum(MET[2025])
    _choose(qtbot, window, window.year_combo, 2023)
    assert window.layout.units_on == date(2025, 6, 30) and len(window.progress.by_commune) == 3
    assert window.progress.plan.criteria_met == sum(MET[2023])


def test_without_a_reorganisation_the_window_offers_no_grouping(qtbot, small_window):
    assert not any(action.isVisible() for action in small_window.grouping_actions)
    assert "theo đơn vị" not in small_window.figures_note.text()


def test_the_dashboard_and_the_printed_summary_name_the_units_they_are_grouped_by(qtbot, empty_database, settings,
                                                                                 tmp_path):
    window = _reformed_window(qtbot, empty_database, settings)
    window.tabs.setCurrentWidget(window.dashboard)
    settle(qtbot, window)
    assert window.dashboard.units_label.isVisible()
    assert window.dashboard.units_label.text() == "Số liệu theo đơn vị hành chính năm 2024"
    assert [area.name for area in window.dashboard.report.areas if not area.is_district][:2] == ["Đăk Ui", "Ngọk Réo"]
    window.printing.summary_document().write(tmp_path / "then.pdf", Progress())
    assert "(Số liệu theo đơn vị hành chính năm 2024)" in pdf_text(tmp_path / "then.pdf")

    _choose(qtbot, window, window.grouping_combo, Grouping.OF_TODAY)
    assert window.tabs.currentWidget() is window.dashboard  # laid out again, the page chosen stays on screen
    assert window.dashboard.units_label.text() == "Số liệu theo đơn vị hành chính hiện nay"
    assert "Đăk Ui" not in [area.name for area in window.dashboard.report.areas]
    window.printing.summary_document().write(tmp_path / "today.pdf", Progress())
    text = pdf_text(tmp_path / "today.pdf")
    assert "(Số liệu theo đơn vị hành chính hiện nay)" in text and "Đăk Ui" not in text


def test_the_campaign_page_names_the_units_it_is_grouped_by(qtbot, empty_database, settings):
    window = _reformed_window(qtbot, empty_database, settings)
    window.tabs.setCurrentWidget(window.campaign_view)
    settle(qtbot, window)
    assert window.campaign_view.units_label.isVisible()
    assert window.campaign_view.units_label.text() == "Số liệu theo đơn vị hành chính năm 2024"
    _choose(qtbot, window, window.grouping_combo, Grouping.OF_TODAY)
    assert window.tabs.currentWidget() is window.campaign_view
    assert window.campaign_view.units_label.text() == "Số liệu theo đơn vị hành chính hiện nay"


def test_without_a_reorganisation_the_dashboard_names_no_grouping(qtbot, small_window):
    small_window.tabs.setCurrentWidget(small_window.dashboard)
    settle(qtbot, small_window)
    assert not small_window.dashboard.units_label.isVisible()
    assert small_window.dashboard.units_label.text() == ""


def test_the_sample_s_six_communes_of_today_are_named_upright_under_their_bars(qtbot, reform_sample_file, tmp_path,
                                                                              settings):
    """The split made six communes of today, whose names side by side overlapped under the commune chart."""
    import shutil

    from PySide6.QtCore import Qt

    from storage.database import open_database
    from tests.conftest import ACTOR

    path = tmp_path / "langmoi.sqlite3"
    shutil.copy(reform_sample_file, path)
    database = open_database(f"sqlite:///{path}", actor=ACTOR)
    try:
        settings.setValue("view/year", 2026)
        window = open_window(qtbot, database, OFFICER, settings)
        window.tabs.setCurrentWidget(window.dashboard)
        settle(qtbot, window)
        [axis] = window.dashboard.charts.views[2].chart().axes(Qt.Orientation.Horizontal)
        assert len(axis.categories()) == 6 and axis.labelsAngle() == -90
        [districts] = window.dashboard.charts.views[0].chart().axes(Qt.Orientation.Horizontal)
        assert districts.categories() == ["Toàn kế hoạch"] and districts.labelsAngle() == 0
        window.close()
    finally:
        database.close()
