"""The tree's search finds a village by the names it had before a reorganisation (issue 18), as the command line's
`--village "thon 1, te xang"` does: on the sample, reorganised on 1/7/2025 (xã Tê Xăng merged into Ngọk Yêu, xã
Mường Hoong split, the districts removed)."""


import pytest
from PySide6.QtCore import QModelIndex, Qt

from tests.conftest import OFFICER
from tests.ui.conftest import open_window, settle


@pytest.fixture
def reformed_window(qtbot, reform_database, settings):
    window = open_window(qtbot, reform_database, OFFICER, settings)
    yield window
    window.close()


def _shown(window, parent=QModelIndex()) -> dict[str, list[str]]:
    """The communes the tree shows, with their villages (the sample has no districts since the reorganisation)."""
    model = window.tree.model()
    return {model.index(row, 0).data(): [model.index(child, 0, model.index(row, 0)).data()
                                         for child in range(model.rowCount(model.index(row, 0)))]
            for row in range(model.rowCount(parent))}


def _type(qtbot, window, text: str) -> None:
    """Typed key by key; letters with diacritics as an input method gives them (QTest types only ASCII)."""
    window.search.clear()
    if text.isascii():
        qtbot.keyClicks(window.search, text)
    else:
        window.search.insert(text)


def test_a_former_commune_finds_the_villages_it_had_under_their_communes_of_today(qtbot, reformed_window):
    window = reformed_window
    _type(qtbot, window, "muong hoong")  # split: half its villages are in xã Ngọc Nang now
    shown = _shown(window)
    assert sorted(shown) == ["Mường Hoong", "Ngọc Nang"]
    assert len(shown["Mường Hoong"]) == 4
    assert sorted(shown["Ngọc Nang"]) == ["Làng Ba Ngói", "Làng Kon Nang", "Làng Long Tôn", "Làng Đăk Gố"]
    _type(qtbot, window, "TÊ XĂNG")  # merged into Ngọk Yêu: typed with its diacritics, in capitals
    assert _shown(window) == {"Ngọk Yêu": ["Làng Đăk Dế", "Làng Kon Hia", "Làng Long Hy", "Làng Mô Pả",
                                           "Làng Tê Pheo", "Làng Tê Xô Trong", "Thôn 1 Tê Xăng"]}


def test_the_former_village_and_commune_typed_as_on_the_command_line_open_the_village(qtbot, reformed_window):
    window = reformed_window
    _type(qtbot, window, "thon 1, te xang")
    assert _shown(window) == {"Ngọk Yêu": ["Thôn 1 Tê Xăng"]}
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    settle(qtbot, window)
    place = next(p for p in window.places if p.village_id == window.village_id)
    assert (place.village, place.commune) == ("Thôn 1 Tê Xăng", "Ngọk Yêu")


def test_the_other_names_are_those_of_the_village_s_history(reform_database):
    from domain.places import other_names, plan_places
    from domain.plans import list_plans
    from domain.unit_history import village_histories

    with reform_database.session() as session:
        plan = next(plan for plan in list_plans(session) if plan.first_year == 2026)
        places = plan_places(session, plan.id)
        names = other_names(session, places)
        [village] = [p for p in places if p.village == "Thôn 1 Tê Xăng"]
        assert names[village.village_id] == ("Tu Mơ Rông Tê Xăng Thôn 1",)
        for place in places:  # every spell's units but today's, worked out commune by commune
            spells = village_histories(session, [place.village_id])[place.village_id]
            said = {" ".join((s.units.district or "", s.units.commune, s.units.village)).strip() for s in spells}
            assert set(names.get(place.village_id, ())) == said - {f"{place.commune} {place.village}"}
