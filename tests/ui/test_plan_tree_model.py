"""The plan tree: a correct Qt model, the figures of the domain, a search that ignores diacritics."""

from PySide6.QtCore import QModelIndex, Qt

from domain.places import plan_places
from domain.plans import resolve_plan
from domain.progress import plan_progress
from ui.plan_tree_model import NodeKind, PlanFilterModel, PlanTreeModel, Roles


def _model(db, plan, year):
    with db.session() as session:
        places = plan_places(session, plan.id)
        progress = plan_progress(session, plan, year, places)
    model = PlanTreeModel()
    model.set_plan(places, progress)
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
