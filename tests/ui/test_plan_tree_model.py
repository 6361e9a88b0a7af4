"""The plan tree: a correct Qt model, the figures of the domain, a search that ignores diacritics."""

from datetime import date, datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from domain.figures_refresh import FiguresChange
from domain.places import plan_places
from domain.plans import resolve_plan
from domain.progress import plan_progress
from domain.review_reads import ReviewStates, RoundView
from domain.vocabulary import ReviewState, RoundKind
from ui.plan_tree_model import NodeKind, PlanFilterModel, PlanTreeModel, Roles


def _model(db, plan, year):
    with db.session() as session:
        places = plan_places(session, plan.id)
        progress = plan_progress(session, plan, year, places)
    model = PlanTreeModel()
    model.set_plan(places)
    model.set_figures(progress, None, plan.first_year)
    return model


def _texts(model, parent=QModelIndex(), depth=0) -> list[tuple[int, str, str]]:
    rows = []
    for row in range(model.rowCount(parent)):
        name = model.index(row, 0, parent)
        rows.append((depth, name.data(), model.index(row, 1, parent).data()))
        rows += _texts(model, name, depth + 1)
    return rows


def test_the_tree_is_a_correct_qt_model(qtmodeltester, empty_database, small_plan):
    qtmodeltester.check(_model(empty_database, small_plan, 2024))


def test_the_tree_shows_the_domain_figures_in_vietnamese(empty_database, small_plan):
    assert _texts(_model(empty_database, small_plan, 2024)) == [
        (0, "Huyện A", "1/3 thôn đạt chuẩn"),
        (1, "Xã Hai", "0/1 thôn đạt chuẩn"),
        (2, "Thôn 1", "1/3 đạt"),
        (1, "Xã Một", "1/2 thôn đạt chuẩn"),
        (2, "Làng Đắk", "1/3 đạt"),
        (2, "Thôn 1", "★ 3/3 đạt"),
        (0, "Xã Ba", "0/1 thôn đạt chuẩn"),
        (1, "Làng Mới", "0/3 đạt"),
    ]


def test_a_village_meeting_the_standard_is_marked_bold_with_a_tooltip(empty_database, small_plan):
    model = _model(empty_database, small_plan, 2024)
    with empty_database.session() as session:
        village_id = next(p.village_id for p in plan_places(session, small_plan.id)
                          if p.commune == "Xã Một" and p.village == "Thôn 1")
    index = model.village_index(village_id)
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    assert "Đạt chuẩn thôn nông thôn mới" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Đạt: 3, chưa đạt: 0" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_the_search_ignores_diacritics_and_keeps_ancestors(qtmodeltester, database):
    with database.session() as session:
        plan = resolve_plan(session, None)
    model = _model(database, plan, 2025)
    proxy = PlanFilterModel()
    proxy.setSourceModel(model)
    proxy.set_query("ngok yeu")
    qtmodeltester.check(proxy)
    [district] = [proxy.index(row, 0) for row in range(proxy.rowCount())]
    assert district.data() == "Tu Mơ Rông"
    [commune] = [proxy.index(row, 0, district) for row in range(proxy.rowCount(district))]
    assert commune.data() == "Ngọk Yêu"
    villages = [proxy.index(row, 0, commune) for row in range(proxy.rowCount(commune))]
    assert len(villages) == 7
    assert all(v.data(Roles.KIND) == NodeKind.VILLAGE for v in villages)
    proxy.set_query("  DAK   GLEI  xop ")
    [district] = [proxy.index(row, 0) for row in range(proxy.rowCount())]
    assert district.data() == "Đăk Glei"
    assert [proxy.index(r, 0, district).data() for r in range(proxy.rowCount(district))] == ["Xốp"]
    proxy.set_query("")
    assert proxy.rowCount() == 3


def _progress(db, plan, year):
    with db.session() as session:
        return plan_progress(session, plan, year, plan_places(session, plan.id))


def _places(db, plan):
    with db.session() as session:
        return {(p.commune, p.village): p for p in plan_places(session, plan.id)}


def _changes(model) -> list[tuple[str, int, int]]:
    """Every dataChanged the model emits from now on: (name of its first row, first row, last row); a layout
    change as ("layout", -1, -1) once it has ended."""
    seen: list[tuple[str, int, int]] = []
    model.dataChanged.connect(lambda first, last, _roles: seen.append((first.data(), first.row(), last.row())))
    model.layoutChanged.connect(lambda *_args: seen.append(("layout", -1, -1)))
    return seen


def test_figures_not_read_yet_show_a_busy_mark(empty_database, small_plan):
    with empty_database.session() as session:
        places = plan_places(session, small_plan.id)
    model = PlanTreeModel()
    model.set_plan(places)
    assert {text for _depth, _name, text in _texts(model)} == {"…"}
    assert model.village_index(places[0].village_id).data(Qt.ItemDataRole.ToolTipRole) == places[0].village


def test_a_new_year_is_one_layout_change_over_the_same_rows(empty_database, small_plan):
    """Every row's figures change at every depth: one layout change, whatever the plan's size; the nodes keep
    their rows, so an index held across it (the village shown, an expanded commune) still names its node."""
    model = _model(empty_database, small_plan, 2024)
    village = QPersistentModelIndex(model.index(0, 0, model.index(0, 0, model.index(0, 0))))
    before = village.data()
    seen = _changes(model)
    model.set_figures(_progress(empty_database, small_plan, 2025), None, 2024)
    assert seen == [("layout", -1, -1)]
    assert village.isValid() and village.data() == before
    assert _texts(model)[:3] == [(0, "Huyện A", "0/3 thôn đạt chuẩn"), (1, "Xã Hai", "0/1 thôn đạt chuẩn"),
                                 (2, "Thôn 1", "0/3 đạt")]


def test_an_update_signals_the_changed_village_commune_and_district_only(empty_database, small_plan):
    """2024 → 2025 changes only Thôn 1 of Xã Một (3/3 → 2/3), Xã Một and Huyện A: three signals, three new texts."""
    model = _model(empty_database, small_plan, 2024)
    place = _places(empty_database, small_plan)[("Xã Một", "Thôn 1")]
    seen = _changes(model)
    change = FiguresChange(villages=frozenset({place.village_id}), communes=frozenset({place.commune_id}),
                           districts=frozenset({place.district_id}), agencies=frozenset())
    model.update_figures(_progress(empty_database, small_plan, 2025), None, change)
    assert sorted(seen) == [("Huyện A", 0, 0), ("Thôn 1", 1, 1), ("Xã Một", 1, 1)]
    assert model.village_index(place.village_id).siblingAtColumn(1).data() == "2/3 đạt"
    assert _texts(model)[3] == (1, "Xã Một", "0/2 thôn đạt chuẩn")


def test_the_filter_forwards_only_the_changes_of_rows_it_shows(empty_database, small_plan):
    model = _model(empty_database, small_plan, 2024)
    proxy = PlanFilterModel()
    proxy.setSourceModel(model)
    proxy.set_query("xa ba")
    places = _places(empty_database, small_plan)
    seen = _changes(proxy)
    hidden, shown = places[("Xã Một", "Thôn 1")], places[("Xã Ba", "Làng Mới")]
    progress = _progress(empty_database, small_plan, 2025)
    for place in (hidden, shown):
        model.update_figures(progress, None, FiguresChange(frozenset({place.village_id}), frozenset(), frozenset(),
                                                           frozenset()))
    assert seen == [("Làng Mới", 0, 0)]
    model.set_figures(progress, None, 2024)
    assert seen[-1] == ("layout", -1, -1)
    [commune] = [proxy.index(r, 0) for r in range(proxy.rowCount())]
    [village] = [proxy.index(r, 0, commune) for r in range(proxy.rowCount(commune))]
    assert (commune.data(), village.data()) == ("Xã Ba", "Làng Mới")


def test_the_filter_follows_a_new_plan_and_stays_a_correct_model(qtmodeltester, empty_database, small_plan):
    model = _model(empty_database, small_plan, 2024)
    proxy = PlanFilterModel()
    proxy.setSourceModel(model)
    proxy.set_query("thon 1")
    qtmodeltester.check(proxy)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Huyện A"]
    assert proxy.shown_villages() == 2
    xa_hai = [p for p in _places(empty_database, small_plan).values() if p.commune == "Xã Hai"]
    model.set_plan(xa_hai)
    assert proxy.shown_villages() == 1
    [district] = [proxy.index(r, 0) for r in range(proxy.rowCount())]
    [commune] = [proxy.index(r, 0, district) for r in range(proxy.rowCount(district))]
    assert (district.data(), commune.data(), proxy.rowCount(commune)) == ("Huyện A", "Xã Hai", 1)
    source = model.village_index(xa_hai[0].village_id)
    assert proxy.mapToSource(proxy.mapFromSource(source)) == source


def _states(places, round_: RoundView, submitted=(), overdue=()) -> ReviewStates:
    """Every plan village in review in `round_`, those of `submitted` sent, those of `overdue` late."""
    states = {p.village_id: ReviewState.SUBMITTED if p.village_id in submitted else ReviewState.IN_REVIEW
              for p in places}
    return ReviewStates(round_, states, frozenset(overdue), frozenset(), False)


def test_review_marks_read_again_repaint_only_the_cells_whose_mark_changed(empty_database, small_plan):
    """The marks come with the year's figures in their one layout change; read again after a step, the states
    repaint the progress cell of the village sent and of the commune and district no longer late, and nothing
    when no mark changed (issue 14: a layout change of the whole tree for a decoration)."""
    with empty_database.session() as session:
        places = plan_places(session, small_plan.id)
        progress = plan_progress(session, small_plan, 2024, places)
    round_ = RoundView(1, small_plan.id, 2024, RoundKind.YEARLY, date(2024, 12, 15), "vp", datetime(2024, 11, 1),
                       "", None)
    lone = next(p for p in places if p.commune == "Xã Hai")  # the only village of its commune
    model = PlanTreeModel()
    model.set_plan(places)
    seen = _changes(model)
    model.set_figures(progress, None, small_plan.first_year, _states(places, round_, overdue=[lone.village_id]))
    assert seen == [("layout", -1, -1)]
    village = model.village_index(lone.village_id).siblingAtColumn(PlanTreeModel.COL_PROGRESS)
    commune = model.parent(village).siblingAtColumn(PlanTreeModel.COL_PROGRESS)
    assert village.data(Qt.ItemDataRole.DecorationRole) is not None
    assert commune.data(Qt.ItemDataRole.DecorationRole) is not None

    seen.clear()
    model.set_reviews(_states(places, round_, overdue=[lone.village_id]))
    assert seen == []

    model.set_reviews(_states(places, round_, submitted=[lone.village_id]))
    assert sorted(seen) == [("0/1 thôn đạt chuẩn", 0, 0), ("1/3 thôn đạt chuẩn", 0, 0), ("1/3 đạt", 0, 0)]
    assert commune.data(Qt.ItemDataRole.DecorationRole) is None
    assert "Rà soát: Đã gửi" in model.village_index(lone.village_id).data(Qt.ItemDataRole.ToolTipRole)
