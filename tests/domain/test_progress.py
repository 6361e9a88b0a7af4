"""Progress rollups against the hand-counted plan of tests/builders.py."""

from sqlmodel import select

from domain.agencies import Agency
from domain.places import plan_places
from domain.progress import Progress, plan_progress


def _ids(session, plan):
    places = {(p.commune, p.village): p for p in plan_places(session, plan.id)}
    agencies = {a.name: a.id for a in session.exec(select(Agency))}
    return places, agencies


def test_village_figures_2024(empty_database, small_plan):
    with empty_database.session() as session:
        places, _ = _ids(session, small_plan)
        progress = plan_progress(session, small_plan, 2024)
    t1_mot = progress.by_village[places["Xã Một", "Thôn 1"].village_id]
    dak = progress.by_village[places["Xã Một", "Làng Đắk"].village_id]
    t1_hai = progress.by_village[places["Xã Hai", "Thôn 1"].village_id]
    moi = progress.by_village[places["Xã Ba", "Làng Mới"].village_id]
    assert (t1_mot.met, t1_mot.not_met, t1_mot.in_progress, t1_mot.not_assessed) == (3, 0, 0, 0)
    assert t1_mot.meets_standard
    assert (dak.met, dak.not_met, dak.in_progress, dak.not_assessed) == (1, 1, 1, 0)
    assert not dak.meets_standard
    assert (t1_hai.met, t1_hai.not_assessed) == (1, 2)
    assert (moi.met, moi.not_assessed, moi.total) == (0, 3, 3)


def test_communes_districts_and_plan_2024(empty_database, small_plan):
    with empty_database.session() as session:
        places, _ = _ids(session, small_plan)
        progress = plan_progress(session, small_plan, 2024)
    mot = places["Xã Một", "Thôn 1"]
    hai = places["Xã Hai", "Thôn 1"]
    ba = places["Xã Ba", "Làng Mới"]
    assert progress.by_commune[mot.commune_id] == Progress(villages=2, villages_meeting=1, criteria_met=4,
                                                           criteria_total=6)
    assert progress.by_commune[hai.commune_id] == Progress(1, 0, 1, 3)
    assert progress.by_district[mot.district_id] == Progress(3, 1, 5, 9)
    assert ba.district_id is None
    assert progress.by_district[None] == Progress(1, 0, 0, 3)
    assert progress.plan == Progress(4, 1, 5, 12)
    assert progress.plan.average_met == 5 / 4


def test_agencies_2024(empty_database, small_plan):
    with empty_database.session() as session:
        _, agencies = _ids(session, small_plan)
        progress = plan_progress(session, small_plan, 2024)
    mot = progress.by_agency[agencies["Sở Một"]]
    hai = progress.by_agency[agencies["Sở Hai"]]
    assert mot.lead == Progress(2, 1, 4, 6)
    assert mot.co_support == Progress()
    assert hai.lead == Progress(2, 0, 1, 6)
    assert hai.co_support == Progress(1, 1, 3, 3)
    assert hai.all == Progress(3, 1, 4, 9)


def test_another_year_has_its_own_figures(empty_database, small_plan):
    with empty_database.session() as session:
        progress_2025 = plan_progress(session, small_plan, 2025)
        progress_2026 = plan_progress(session, small_plan, 2026)
    assert progress_2025.plan == Progress(4, 0, 2, 12)
    assert progress_2026.plan == Progress(4, 0, 0, 12)
