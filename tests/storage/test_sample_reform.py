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
                "Kon Plông", "Mường Hoong", "Ngọk Yêu", "Tu Mơ Rông", "Đăk Choong"]
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
