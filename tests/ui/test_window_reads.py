"""The window's reads off the GUI thread: after a save only the changed rows are read again, and what the tree and
the status bar show equals the full rollup computed afresh; a newer request shows, never an older one that ends
later; closing during a read neither waits for it nor leaves it using the database."""

import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event, text

from domain.campaign import campaign_rollup
from domain.criteria import CriterionStatus
from domain.formatting import format_percent
from domain.places import plan_places
from domain.plans import resolve_plan
from domain.progress import plan_progress
from domain.recording import village_records
from storage.errors import StorageError
from tests.ui.conftest import SETTLE_S, settle
from ui.checklist_model import ChecklistModel
from ui.plan_gateway import ReadsClosed
from ui.plan_tree_model import PlanTreeModel


def _fresh_tree(database, year: int, first_year: int):
    """The year's progress computed afresh by the full rollups in their own session, and a tree model showing
    the full rollups' figures."""
    with database.session() as session:
        plan = resolve_plan(session, None)
        places = plan_places(session, plan.id)
        progress = plan_progress(session, plan, year, places)
        campaign = campaign_rollup(session, plan, year, places, date.today())
    tree = PlanTreeModel()
    tree.set_plan(places)
    tree.set_figures(progress, campaign, first_year)
    return progress, tree


def _rows(model: PlanTreeModel, village_id: int) -> list[tuple[str, str, str]]:
    """What the tree shows for the village, its commune and its district: name, figures, tooltip."""
    rows, index = [], model.village_index(village_id)
    while index.isValid():
        figures = index.siblingAtColumn(PlanTreeModel.COL_PROGRESS)
        rows.append((index.data(), figures.data(), figures.data(Qt.ItemDataRole.ToolTipRole)))
        index = index.parent()
    return rows


def _ended(qtbot, window) -> None:
    """Wait until no read thread runs any more (a superseded one included)."""
    qtbot.waitUntil(lambda: window.reads.running() == 0, timeout=SETTLE_S * 1000)


def _let_go(qtbot, window, release: threading.Event) -> None:
    """Let the held read end, after the newer one was shown; wait until its result would have been shown."""
    release.set()
    _ended(qtbot, window)
    qtbot.wait(50)


def test_a_status_save_shows_the_full_rollups_figures_in_the_tree_and_status_bar(qtbot, window, database):
    village_id, progress = next((v, p) for v, p in window.progress.by_village.items() if p.met == p.total - 1)
    window.open_village(village_id)
    settle(qtbot, window)
    model = window.village_panel.checklist_model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).status != CriterionStatus.MET)
    with qtbot.waitSignal(window.settled, timeout=SETTLE_S * 1000):
        assert model.setData(model.index(row, ChecklistModel.COL_STATUS), CriterionStatus.MET.value)

    fresh_progress, fresh = _fresh_tree(database, 2025, window.plan.first_year)
    assert window.progress == fresh_progress
    assert fresh_progress.by_village[village_id].meets_standard  # the commune and district counts changed too
    shown = _rows(window.tree_model, village_id)
    assert shown == _rows(fresh, village_id)
    assert shown[0][1] == "★ 17/17 đạt"
    whole = fresh_progress.plan
    assert window.figures_note.text() == (
        f"Năm 2025: {whole.villages_meeting}/{whole.villages} thôn đạt chuẩn; "
        f"đạt {format_percent(whole.criteria_met, whole.criteria_total)} số tiêu chí")
    assert window.village_panel.checklist_label.text().startswith("Kết quả thực hiện tiêu chí năm 2025: 17/17 đạt")


def _holding_only_the_year(qtbot, window) -> None:
    """Wait until the plan's other years have been read in the background, then forget them, so that a year
    switched to is read."""
    years = range(window.plan.first_year, window.plan.last_year + 1)
    qtbot.waitUntil(lambda: set(window.held) == set(years) and not window.prefetch.pending(),
                    timeout=SETTLE_S * 1000)
    window.held = {window.year: window.held[window.year]}


def _slowed(method, slow_when, release: threading.Event):
    """`method`, held until `release` is set for the calls `slow_when(*args)` picks."""

    def read(*args, **keywords):
        if slow_when(*args):
            release.wait(SETTLE_S)
        return method(*args, **keywords)

    return read


def test_two_villages_chosen_quickly_show_the_second(qtbot, monkeypatch, window, database):
    first, second = window.places[3], window.places[9]
    release = threading.Event()
    monkeypatch.setattr(window.plan_gateway, "village", _slowed(
        window.plan_gateway.village, lambda plan, place, year: place.village_id == first.village_id, release))
    window.open_village(first.village_id)
    window.open_village(second.village_id)
    settle(qtbot, window)
    assert window.village_panel.title.text() == second.village
    _let_go(qtbot, window, release)  # the first village's read ends after the second's: its result is dropped
    assert window.village_panel.title.text() == second.village
    assert window.shown_sheet == (second.village_id, 2025)


def test_two_years_chosen_quickly_show_the_second_years_figures(qtbot, monkeypatch, window, database):
    _holding_only_the_year(qtbot, window)
    release = threading.Event()
    monkeypatch.setattr(window.plan_gateway, "figures", _slowed(
        window.plan_gateway.figures, lambda plan, year, places: year == 2023, release))
    window.year_combo.setCurrentIndex(window.year_combo.findData(2023))
    assert window.tree_model.village_index(window.places[0].village_id).siblingAtColumn(1).data() == "…"
    window.year_combo.setCurrentIndex(window.year_combo.findData(2024))
    settle(qtbot, window)
    _let_go(qtbot, window, release)
    progress, fresh = _fresh_tree(database, 2024, window.plan.first_year)
    assert window.progress == progress
    village_id = window.places[0].village_id
    assert _rows(window.tree_model, village_id) == _rows(fresh, village_id)
    assert window.figures_note.text().startswith("Năm 2024:")


def _set_first_unmet(qtbot, window, village_id: int) -> None:
    """Open the village, and mark its first criterion not met yet as met (the save itself is on the GUI thread)."""
    window.open_village(village_id)
    qtbot.waitUntil(lambda: not window.reads.pending("village"), timeout=SETTLE_S * 1000)
    assert window.shown_sheet == (village_id, 2025)
    model = window.village_panel.checklist_model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).status != CriterionStatus.MET)
    with qtbot.waitSignal(model.saved):
        model.setData(model.index(row, ChecklistModel.COL_STATUS), CriterionStatus.MET.value)


def test_a_second_save_while_the_first_ones_figures_are_read_shows_both(qtbot, monkeypatch, window, database):
    """The second refresh supersedes the first, so it reads the first's village again too."""
    first, second = window.places[1].village_id, window.places[20].village_id
    release = threading.Event()
    monkeypatch.setattr(window.plan_gateway, "refresh", _slowed(
        window.plan_gateway.refresh, lambda plan, year, progress, campaign, villages, *_: villages == {first}, release))
    before = dict(window.progress.by_village)
    _set_first_unmet(qtbot, window, first)
    assert window.reads.pending("figures")
    _set_first_unmet(qtbot, window, second)
    settle(qtbot, window)
    _let_go(qtbot, window, release)
    progress, fresh = _fresh_tree(database, 2025, window.plan.first_year)
    assert window.progress == progress
    assert [progress.by_village[v].met - before[v].met for v in (first, second)] == [1, 1]
    for village_id in (first, second):
        assert _rows(window.tree_model, village_id) == _rows(fresh, village_id)


def test_closing_during_a_read_neither_waits_nor_leaves_it_reading(qtbot, monkeypatch, window):
    """The read is a query that never ends by itself (closing returns, so it did not wait for it); closing
    interrupts it, and its failure is not shown."""
    gateway, started, outcome = window.plan_gateway, threading.Event(), []

    def endless(plan, year, places, **_units):
        try:
            with gateway._read() as session:
                started.set()
                session.exec(text("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                                  "SELECT count(*) FROM n")).one()
        except Exception as error:
            outcome.append(error)
            raise

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args))
    _holding_only_the_year(qtbot, window)
    monkeypatch.setattr(gateway, "figures", endless)
    window.year_combo.setCurrentIndex(window.year_combo.findData(2024))
    assert started.wait(SETTLE_S)
    assert window.close()
    assert not window.isVisible()
    _ended(qtbot, window)
    assert "interrupted" in str(outcome[0])
    qtbot.wait(50)
    assert shown == [] and window.progress is None
    assert window.tree_model.village_index(window.places[0].village_id).siblingAtColumn(1).data() == "…"


def test_after_closing_no_read_starts_and_the_gateway_gives_no_session(qtbot, window):
    window.close()
    window.year_combo.setCurrentIndex(window.year_combo.findData(2023))
    assert not window.reads.pending() and window.reads.running() == 0
    with pytest.raises(ReadsClosed):
        window.plan_gateway.plans()


@pytest.mark.parametrize(("error", "said"), [
    (StorageError("Mất kết nối tới máy chủ cơ sở dữ liệu."), "Mất kết nối tới máy chủ cơ sở dữ liệu."),
    (ZeroDivisionError("division by zero"), "Đã xảy ra lỗi không mong đợi; chi tiết được ghi trong tệp nhật ký."),
])
def test_a_read_that_fails_is_said_and_the_window_settles(qtbot, monkeypatch, caplog, window, error, said):
    """A refusal is said as it is; anything else in one sentence, its traceback logged."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))

    def failing(plan, year, places, **_units):
        raise error

    _holding_only_the_year(qtbot, window)
    monkeypatch.setattr(window.plan_gateway, "figures", failing)
    with qtbot.waitSignal(window.settled, timeout=SETTLE_S * 1000):
        window.year_combo.setCurrentIndex(window.year_combo.findData(2024))
    assert shown == [("Chưa đọc được dữ liệu", said)]
    assert window.progress is None
    assert ("ZeroDivisionError" in caplog.text) is isinstance(error, ZeroDivisionError)


def test_the_agency_and_campaign_pages_are_filled_when_shown_not_while_hidden(qtbot, window):
    """A year switched with the village page on screen leaves the hidden pages as they were; shown, each holds
    the new year's figures."""
    calls = []
    for view in (window.agency_view, window.campaign_view):
        original = view.set_data
        view.set_data = lambda *args, _view=view, _original=original: (calls.append(_view), _original(*args))
    window.year_combo.setCurrentIndex(window.year_combo.findData(2024))
    settle(qtbot, window)
    assert calls == [] and window.stale_pages == {window.agency_view, window.campaign_view}
    window.tabs.setCurrentWidget(window.campaign_view)
    assert calls == [window.campaign_view]
    assert window.campaign_view._campaign is window.campaign and window.campaign.year == 2024
    window.tabs.setCurrentWidget(window.agency_view)
    window.tabs.setCurrentWidget(window.campaign_view)
    assert calls == [window.campaign_view, window.agency_view] and window.stale_pages == set()
    assert window.agency_view._progress is window.progress and window.progress.year == 2024


def _fresh(database, year: int):
    """The year's progress and campaign figures computed afresh by the full rollups, in their own session."""
    with database.session() as session:
        plan = resolve_plan(session, None)
        places = plan_places(session, plan.id)
        return plan_progress(session, plan, year, places), campaign_rollup(session, plan, year, places, date.today())


def _campaign_shown(campaign) -> tuple:
    return campaign.year, campaign.by_village, campaign.by_commune, campaign.by_district, campaign.by_agency, \
        campaign.plan


def _every_year_held(qtbot, window) -> range:
    years = range(window.plan.first_year, window.plan.last_year + 1)
    qtbot.waitUntil(lambda: set(window.held) == set(years) and not window.prefetch.pending(),
                    timeout=SETTLE_S * 1000)
    return years


def test_a_year_already_read_is_shown_at_once_without_a_read_as_the_full_rollups_count_it(qtbot, window, database):
    _every_year_held(qtbot, window)
    figures_read = []

    def executed(_connection, _cursor, statement, *_rest):
        if threading.current_thread().name in ("read-figures", "read-year"):
            figures_read.append(statement)

    event.listen(database.engine, "before_cursor_execute", executed)
    try:
        window.year_combo.setCurrentIndex(window.year_combo.findData(2024))
        assert not window.reads.pending("figures") and window.figures_note.text().startswith("Năm 2024:")
        settle(qtbot, window)
    finally:
        event.remove(database.engine, "before_cursor_execute", executed)
    assert figures_read == []
    progress, fresh = _fresh_tree(database, 2024, window.plan.first_year)
    assert window.progress == progress
    assert _campaign_shown(window.campaign) == _campaign_shown(_fresh(database, 2024)[1])
    for place in window.places[:5]:
        assert _rows(window.tree_model, place.village_id) == _rows(fresh, place.village_id)


def test_after_a_save_every_year_held_equals_the_full_rollups(qtbot, window, database):
    """A status and a household figure saved in 2025: the years held are refreshed too, none left stale."""
    years = _every_year_held(qtbot, window)
    with database.session() as session:
        village_id = next(p.village_id for p in window.places
                          if all(r.year != 2025 for r in village_records(session, "households", p.village_id)))
    _set_first_unmet(qtbot, window, village_id)
    households = window.village_panel.pages["households"].form()
    households.show_values({"year": 2025, "minority_households": 90, "reached": 45})
    households.save()
    settle(qtbot, window)
    assert set(window.held) == set(years)
    for year in years:
        progress, campaign = _fresh(database, year)
        assert window.held[year].progress == progress
        assert _campaign_shown(window.held[year].campaign) == _campaign_shown(campaign)
    assert window.held[2025].campaign.by_village[village_id] != window.held[2024].campaign.by_village[village_id]


def test_another_plans_figures_landing_before_its_village_leave_the_last_plans_sheet_alone(
        qtbot, monkeypatch, window, database):
    """A plan chosen: its figures can come in while the last plan's village is still on screen (its sheet being
    read); they are shown in the tree, the sheet waits for its own read, and then shows the new plan's village."""
    from domain.plans import create_plan
    from tests.builders import small_plan_draft
    from tests.conftest import OFFICER

    with database.unit_of_work(OFFICER) as uow:
        create_plan(uow, draft=small_plan_draft())
    window.reload_plans(window.plan.code)
    settle(qtbot, window)
    sample_village = window.shown_sheet[0]
    window.settings.setValue("view/year", window.year)  # the new plan opens on the same year
    release = threading.Event()
    monkeypatch.setattr(window.plan_gateway, "village", _slowed(
        window.plan_gateway.village, lambda plan, place, year: not plan.is_sample, release))
    window.plan_combo.setCurrentIndex(next(i for i, p in enumerate(window.plans) if not p.is_sample))
    qtbot.waitUntil(lambda: window.progress is not None and sample_village not in window.progress.by_village,
                    timeout=SETTLE_S * 1000)
    assert window.shown_sheet[0] == sample_village  # the last plan's sheet, its figures not looked up
    _let_go(qtbot, window, release)
    settle(qtbot, window)
    assert window.shown_plan is window.plan
    assert window.shown_sheet[0] in window.progress.by_village
    assert window.village_panel.title.text() == window.places[0].village


def test_an_evidence_saved_reads_no_figures_again_and_a_status_saved_does(qtbot, monkeypatch, window):
    """An evidence or a note cannot change a figure: its save is said, and nothing is counted again."""
    refreshed = []
    refresh_years = window.plan_gateway.refresh_years

    def counted(plan, held, villages, *units_on):
        refreshed.append(set(villages))
        return refresh_years(plan, held, villages, *units_on)

    monkeypatch.setattr(window.plan_gateway, "refresh_years", counted)
    village_id = window.places[4].village_id
    window.open_village(village_id)
    settle(qtbot, window)
    model = window.village_panel.checklist_model
    with qtbot.waitSignal(model.saved) as saving:
        model.setData(model.index(0, ChecklistModel.COL_EVIDENCE), "Biên bản họp thôn số 3")
    settle(qtbot, window)
    assert saving.args == [False]
    assert "đã lưu" in window.statusBar().currentMessage().lower()
    assert refreshed == []
    _set_first_unmet(qtbot, window, village_id)
    settle(qtbot, window)
    assert refreshed == [{village_id}]
