"""The sample as the window makes a new database: the 2023–2025 plan, the illustrative reorganisation of 1/7/2025
and the continuation plan 2026–2030 carrying the same 57 villages on under the new communes."""

import shutil
from datetime import date

from sqlmodel import func, select

from domain.admin_units import Village
from domain.criteria import Assessment
from domain.places import plan_places
from domain.plans import list_plans
from domain.reorganisation import Reorganisation
from domain.unit_history import former_units_label, units_of_village
from storage.database import open_database
from tests.conftest import ACTOR


def test_one_villages_history_crosses_the_reform(reform_sample_file, tmp_path):
    path = tmp_path / "langmoi.sqlite3"
    shutil.copy(reform_sample_file, path)
    database = open_database(f"sqlite:///{path}", actor=ACTOR)
    try:
        with database.session() as session:
            first, then = sorted(list_plans(session), key=lambda plan: plan.first_year)
            assert (first.code, first.issuer, first.first_year, first.last_year) == (
                "133-KH/TU (MẪU)", "Tỉnh ủy Kon Tum", 2023, 2025)
            assert (then.code, then.issuer, then.place, then.first_year, then.last_year, then.continues_plan_id) == (
                "25-KH/TU (MẪU)", "Tỉnh ủy Quảng Ngãi", "Quảng Ngãi", 2026, 2030, first.id)
            assert then.is_sample and first.is_sample
            assert session.exec(select(func.count()).select_from(Village)).one() == 57, "no village made twice"
            assert [p.village_id for p in plan_places(session, then.id)] != []
            assert {p.village_id for p in plan_places(session, then.id)} == {
                p.village_id for p in plan_places(session, first.id)}
            assert sorted({p.commune for p in plan_places(session, then.id)}) == [
                "Kon Plông", "Mường Hoong", "Ngọc Nang", "Ngọk Yêu", "Tu Mơ Rông", "Đăk Choong"]
            assert {p.district for p in plan_places(session, then.id)} == {None}
            [decision] = session.exec(select(Reorganisation.decision_number)).all()
            assert decision == "01/2025/NQ-MH (minh họa)"
            village = next(p for p in plan_places(session, then.id) if p.village == "Thôn 1 Tê Xăng").village_id
            assert former_units_label(session, village) == "trước 01/7/2025: Thôn 1, xã Tê Xăng, huyện Tu Mơ Rông"
            then_units = units_of_village(session, village, date(2024, 12, 31))
            assert (then_units.village, then_units.commune, then_units.district) == ("Thôn 1", "Tê Xăng", "Tu Mơ Rông")
            years = set(session.exec(select(Assessment.year).where(Assessment.village_id == village)))
            assert years == {2023, 2024, 2025, 2026}
    finally:
        database.close()


def test_removing_the_sample_removes_its_reorganisation_and_every_unit(reform_sample_file, tmp_path):
    from domain.admin_units import AdminUnit, UnitPeriod, VillageMembership
    from domain.plans import remove_sample_plans
    from tests.conftest import OFFICER

    path = tmp_path / "langmoi.sqlite3"
    shutil.copy(reform_sample_file, path)
    database = open_database(f"sqlite:///{path}", actor=ACTOR)
    try:
        with database.unit_of_work(OFFICER) as uow:
            assert remove_sample_plans(uow) == 2
        with database.session() as session:
            left = [session.exec(select(func.count()).select_from(table)).one()
                    for table in (Reorganisation, AdminUnit, Village, UnitPeriod, VillageMembership)]
        assert left == [0, 0, 0, 0, 0]
    finally:
        database.close()


def test_the_bundled_sample_reorganisation_is_the_template_as_written(tmp_path):
    """resources/sample_reorganisation.xlsx is exports/reorganisation_workbook.template_reorganisation written out
    (`export reorg-template`): the same cells, so the sample is made again from the code, never edited by hand."""
    from openpyxl import load_workbook

    from exports.reorganisation_workbook import template_reorganisation, write_reorganisation_workbook
    from storage.sample import SAMPLE_REORGANISATION

    fresh = write_reorganisation_workbook([template_reorganisation()], tmp_path / "mau.xlsx")
    cells = []
    for path in (SAMPLE_REORGANISATION, fresh):
        workbook = load_workbook(path)
        cells.append({sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)] for sheet in workbook})
        workbook.close()
    assert cells[0] == cells[1]


def test_a_commune_split_in_two_sums_its_villages_the_same_both_ways(reform_sample_file, tmp_path):
    """xã Mường Hoong (8 villages) split on 1/7/2025 into itself (4 stay) and a new xã Ngọc Nang (4 go): 2024's
    figures by the units of their time show one commune of 8, by today's two of 4, and every village's result and
    the whole are the same either way."""
    from domain.campaign import campaign_rollup
    from domain.progress import plan_progress
    from domain.unit_history import Grouping, units_on

    path = tmp_path / "langmoi.sqlite3"
    shutil.copy(reform_sample_file, path)
    database = open_database(f"sqlite:///{path}", actor=ACTOR)
    try:
        with database.session() as session:
            plan = next(p for p in list_plans(session) if p.first_year == 2023)
            then = plan_places(session, plan.id, on=units_on(session, 2024, Grouping.OF_THEIR_TIME))
            today = plan_places(session, plan.id, on=units_on(session, 2024, Grouping.OF_TODAY))
            split_ids = {p.village_id for p in then if p.commune == "Mường Hoong"}
            assert len(split_ids) == 8
            assert {p.commune for p in today if p.village_id in split_ids} == {"Mường Hoong", "Ngọc Nang"}
            assert sorted(p.village for p in today if p.commune == "Ngọc Nang") == [
                "Làng Ba Ngói", "Làng Kon Nang", "Làng Long Tôn", "Làng Đăk Gố"]
            stayed = next(p.commune_id for p in today if p.commune == "Mường Hoong")
            assert stayed == next(p.commune_id for p in then if p.commune == "Mường Hoong"), "the same commune"
            for year in (2023, 2024, 2025):
                both = [plan_progress(session, plan, year, places) for places in (then, today)]
                sums = [campaign_rollup(session, plan, year, places, date(2026, 1, 5)) for places in (then, today)]
                assert both[0].by_village == both[1].by_village and both[0].plan == both[1].plan, year
                assert sums[0].plan == sums[1].plan, year
                old = both[0].by_commune[stayed]
                parts = [both[1].by_commune[c] for c in {p.commune_id for p in today if p.village_id in split_ids}]
                assert old.villages == 8 and sorted(part.villages for part in parts) == [4, 4]
                assert old.criteria_met == sum(part.criteria_met for part in parts), year
                assert old.villages_meeting == sum(part.villages_meeting for part in parts), year
                assert old.criteria_met == sum(both[0].by_village[v].met for v in split_ids), year
    finally:
        database.close()
