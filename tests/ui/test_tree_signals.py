"""The save that took 95 s at 1,000 villages (issue 14), caught by counting, not timing.

The tree model sent one change signal per parent node, and the tree's progress column resized to its contents,
so Qt measured the column over the whole tree at each signal. On a generated plan of 400 villages in 30
districts, with the real window shown: a status saved through the checklist's editor, a year switched and a
search typed each send a few model signals whatever the plan's size, and no column of the tree is sized by
measuring its rows.
"""

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QComboBox, QHeaderView, QStyleOptionViewItem

from domain.access import Principal
from domain.campaign import campaign_rollup
from domain.criteria import CriterionStatus
from domain.places import find_place
from domain.plans import create_plan
from domain.progress import plan_progress
from domain.reviewing import open_round
from tests.benchmarks.bench_scale import large_draft
from tests.conftest import OFFICER
from tests.ui.conftest import open_window, settle
from ui.agency_view import AgencyView
from ui.campaign_view import BY_COMMUNE, CampaignView
from ui.checklist_model import ChecklistModel
from ui.plan_tree_model import NodeKind, Roles

VILLAGES = 400
SIGNALS = ("dataChanged", "layoutAboutToBeChanged", "layoutChanged", "modelAboutToBeReset", "modelReset",
           "rowsRemoved", "rowsInserted")


@pytest.fixture
def large_window(qtbot, empty_database, settings):
    with empty_database.unit_of_work(Principal.local("test")) as uow:
        create_plan(uow, draft=large_draft(VILLAGES))
    return open_window(qtbot, empty_database, OFFICER, settings)


def _record(window) -> dict[str, list[str]]:
    """Every signal of the tree's model and of its filter from now on, by model."""
    seen: dict[str, list[str]] = {"model": [], "filter": []}
    for key, model in (("model", window.tree_model), ("filter", window.tree_filter)):
        for name in SIGNALS:
            getattr(model, name).connect(lambda *_args, key=key, name=name: seen[key].append(name))
    return seen


def _cells(model) -> list[list[str]]:
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def _save_status(qtbot, window, status: str) -> int:
    """Choose `status` in the status editor of the first criterion not in it, as a user does; the met count before."""
    view, model = window.village_panel.checklist_view, window.village_panel.checklist_model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).status != status)
    before = window.progress.by_village[window.village_id].met
    index = model.index(row, ChecklistModel.COL_STATUS)
    delegate = view.itemDelegateForColumn(ChecklistModel.COL_STATUS)
    editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    delegate.setEditorData(editor, index)
    editor.setCurrentIndex(editor.findData(status))
    with qtbot.waitSignal(model.saved):
        delegate.setModelData(editor, model, index)
    editor.deleteLater()
    settle(qtbot, window)
    return before


def test_no_column_of_the_tree_is_sized_by_measuring_its_rows(large_window):
    header = large_window.tree.header()
    modes = [header.sectionResizeMode(section) for section in range(header.count())]
    assert QHeaderView.ResizeMode.ResizeToContents not in modes
    assert large_window.tree.uniformRowHeights()


def test_a_status_saved_repaints_its_village_commune_and_district_only(qtbot, large_window, empty_database):
    with empty_database.session() as session:
        village_id = find_place(session, large_window.plan.id, "Thôn 201").village_id
    large_window.open_village(village_id)
    settle(qtbot, large_window)
    seen = _record(large_window)

    before = _save_status(qtbot, large_window, CriterionStatus.MET)

    assert large_window.tree_model.village_index(village_id).siblingAtColumn(1).data().endswith(
        f"{before + 1}/17 đạt")
    assert seen["model"] and seen["filter"], "the tree was not told of the new figures"
    assert set(seen["model"]) | set(seen["filter"]) == {"dataChanged"}
    assert len(seen["model"]) <= 6 and len(seen["filter"]) <= 6, seen  # the village, its commune, its district


def test_a_year_switched_and_a_search_typed_send_a_few_signals(qtbot, large_window):
    seen = _record(large_window)
    large_window.year_combo.setCurrentIndex(large_window.year_combo.findData(2024))
    settle(qtbot, large_window)
    assert large_window.tree_model.progress.year == 2024
    assert len(seen["model"]) <= 4 and len(seen["filter"]) <= 4, seen

    seen["model"].clear()
    seen["filter"].clear()
    large_window.search.setText("THÔN 207")
    settle(qtbot, large_window)
    assert seen["model"] == [] and seen["filter"] == ["modelAboutToBeReset", "modelReset"]
    tree, proxy = large_window.tree, large_window.tree_filter
    [district] = [proxy.index(row, 0) for row in range(proxy.rowCount())]
    [commune] = [proxy.index(row, 0, district) for row in range(proxy.rowCount(district))]
    [village] = [proxy.index(row, 0, commune) for row in range(proxy.rowCount(commune))]
    assert (district.data(), commune.data(), village.data()) == ("Huyện 27", "Xã 207", "Thôn 207")
    assert tree.isExpanded(district) and tree.isExpanded(commune)


class _Painted(QObject):
    """The regions the tree's viewport paints from now on."""

    def __init__(self, viewport) -> None:
        super().__init__(viewport)
        self.regions: list[QRegion] = []
        viewport.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.regions.append(QRegion(event.region()))
        return False


def test_a_year_switched_repaints_the_villages_below_the_top_rows(qtbot, large_window):
    """The model says itself that every row's figures changed: the rows of an expanded commune are painted again
    with the new year's figures, with nothing in the window asking the tree to repaint. The villages looked at
    are below the last district's row (the tree scrolled to its end): a signal over the top rows alone repaints
    the band between the first and the last district shown, not them."""
    window, tree = large_window, large_window.tree
    tree.scrollToBottom()
    qtbot.wait(50)
    last_district = tree.visualRect(tree.model().index(tree.model().rowCount() - 1, 0))
    rows = [tree.indexAt(QPoint(8, y)) for y in range(last_district.bottom() + 1, tree.viewport().height(), 4)]
    village = next(index for index in rows if index.data(Roles.KIND) == NodeKind.VILLAGE
                   and index != tree.currentIndex())
    rect = tree.visualRect(village.siblingAtColumn(1))
    qtbot.waitUntil(lambda: not tree.viewport().visibleRegion().isEmpty())
    painted = _Painted(tree.viewport())
    window.year_combo.setCurrentIndex(window.year_combo.findData(2024))
    settle(qtbot, window)
    qtbot.waitUntil(lambda: any(region.contains(rect) for region in painted.regions), timeout=2000)
    assert window.tree_model.progress.year == 2024


def test_a_status_saved_reaches_the_pages_row_by_row_as_a_full_read_shows_them(qtbot, large_window, empty_database):
    """A status, household figures and a visit saved: the agency and campaign pages repaint the rows the saves
    touched, and show what reading it all shows."""
    window = large_window
    with empty_database.session() as session:
        village_id = find_place(session, window.plan.id, "Thôn 77").village_id
    window.open_village(village_id)
    settle(qtbot, window)
    for page in (window.campaign_view, window.agency_view, window.village_panel):  # pages are filled once shown
        window.tabs.setCurrentWidget(page)
    lead = next(a.agency_id for a in window.assignments if a.village_id == window.village_id)
    window.agency_view.select_agency(lead)
    resets: list[str] = []
    for model in (window.agency_view.agency_model, window.agency_view.village_model, window.campaign_view.unit_model):
        model.modelReset.connect(lambda: resets.append("reset"))

    _save_status(qtbot, window, CriterionStatus.MET)
    households = window.village_panel.pages["households"].form()
    households.show_values({"year": window.year, "minority_households": 90, "reached": 45})
    households.save()
    visit = window.village_panel.pages["visits"].form()
    visit.show_values({"day": date(window.year, 5, 6), "agency_id": lead, "people": "Tổ hỗ trợ"})
    visit.save()
    settle(qtbot, window)

    assert resets == []
    with empty_database.session() as session:
        progress = plan_progress(session, window.plan, window.year, window.places)
        campaign = campaign_rollup(session, window.plan, window.year, window.places, date.today())
    agencies, units = AgencyView(), CampaignView()
    agencies.set_data(window.agencies, window.assignments, window.places, progress, campaign, window.plan.first_year)
    agencies.select_agency(lead)
    units.set_data(window.places, window.agencies, campaign, window.plan.first_year)
    assert _cells(window.agency_view.agency_proxy) == _cells(agencies.agency_proxy)
    assert _cells(window.agency_view.village_model) == _cells(agencies.village_model)
    assert _cells(window.campaign_view.unit_proxy) == _cells(units.unit_proxy)
    for view in (window.campaign_view, units):
        view.grouping.setCurrentIndex(view.grouping.findData(BY_COMMUNE))
    assert _cells(window.campaign_view.unit_proxy) == _cells(units.unit_proxy)


def test_a_year_switched_in_review_rounds_shows_its_marks_in_one_layout_change(qtbot, empty_database, settings):
    """Both years in a round past its deadline: switching the year repaints the tree with its figures and its
    review marks together — a year read in two layout changes (busy, then figures and marks), a year held in one —
    and the states read again unchanged send nothing (issue 14: the marks came in a layout change of their own)."""
    with empty_database.unit_of_work(Principal.local("test")) as uow:
        plan_id = create_plan(uow, draft=large_draft(VILLAGES)).id
    for year in (2024, 2025):
        with empty_database.unit_of_work(OFFICER) as uow:
            open_round(uow, plan_id=plan_id, year=year, deadline=date(year, 12, 1))
    window = open_window(qtbot, empty_database, OFFICER, settings)
    seen = _record(window)
    for year in (2024, 2025, 2024):
        held = year in window.held
        seen["model"].clear()
        window.year_combo.setCurrentIndex(window.year_combo.findData(year))
        settle(qtbot, window)
        assert window.tree_model.progress.year == year
        assert seen["model"] == ["layoutAboutToBeChanged", "layoutChanged"] * (1 if held else 2), (year, held, seen)
        village = window.tree_model.village_index(window.village_id)
        assert "quá hạn" in village.data(Qt.ItemDataRole.ToolTipRole)
        assert village.siblingAtColumn(1).data(Qt.ItemDataRole.DecorationRole) is not None
