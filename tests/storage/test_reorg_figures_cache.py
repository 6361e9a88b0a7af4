"""The window's gateway and the figures cache across a reorganisation (issue 18), on SQLite and PostgreSQL: a year
before the reform is laid out by the units of its time unless today's are asked for, each grouping is kept in the
cache under its own key and given back exact at the next start, and a save refreshes the figures in the grouping
they were read in."""

from datetime import date

from sqlmodel import select

from domain.admin_units import Village
from domain.campaign import campaign_rollup
from domain.places import plan_places
from domain.plan import Plan
from domain.progress import plan_progress
from domain.reorganisation_apply import apply_reorganisation
from domain.unit_days import units_day
from domain.village_records import HouseholdIndicators
from domain.vocabulary import Grouping
from tests.conftest import OFFICER
from tests.domain.reform_case import REFORM, old_plan
from ui.plan_gateway import PlanGateway


def _reformed(database) -> Plan:
    from domain.plans import create_plan

    with database.unit_of_work(OFFICER) as uow:
        plan = create_plan(uow, draft=old_plan())
    with database.unit_of_work(OFFICER) as uow:
        apply_reorganisation(uow, REFORM)
    with database.session() as session:
        return session.get(Plan, plan.id)


def _communes(layout) -> set[str]:
    return {p.commune for p in layout.places}


def test_each_grouping_is_laid_out_cached_and_refreshed_apart(empty_database, tmp_path):
    plan = _reformed(empty_database)
    folder = tmp_path / "figures"
    gateway = PlanGateway(empty_database, OFFICER, folder)
    of_their_time = gateway.layout(plan, 2024)
    of_today = gateway.layout(plan, 2024, Grouping.OF_TODAY)
    assert of_their_time.reform_days == (date(2025, 7, 1),)
    assert (of_their_time.units_on, of_today.units_on) == (date(2025, 6, 30), None)
    assert _communes(of_their_time) == {"Đăk Ui", "Ngọk Réo", "Pô Kô"}
    assert _communes(of_today) == {"Đăk Hà", "Đăk Tô"}
    assert gateway.layout(plan, 2025).units_on is None  # 2025's review: the new units
    assert units_day(of_their_time.reform_days, 2023, Grouping.OF_THEIR_TIME) == of_their_time.units_on
    then = gateway.figures(plan, 2024, of_their_time.places, units_on=of_their_time.units_on)
    now = gateway.figures(plan, 2024, of_today.places)
    assert len(then.progress.by_commune) == 3 and len(now.progress.by_commune) == 2
    assert then.progress.plan == now.progress.plan
    gateway.figures_cache().wait()

    again = PlanGateway(empty_database, OFFICER, folder)  # the next start
    kept_then = again.layout(plan, 2024)
    kept_now = again.layout(plan, 2024, Grouping.OF_TODAY)
    assert kept_then.cached and kept_now.cached
    assert (kept_then.places, kept_now.places) == (of_their_time.places, of_today.places)
    cached_then = again.figures(plan, 2024, kept_then.places, units_on=kept_then.units_on)
    cached_now = again.figures(plan, 2024, kept_now.places)
    assert cached_then.cached and cached_now.cached
    assert (cached_then.progress, cached_now.progress) == (then.progress, now.progress)

    with empty_database.session() as session:  # a save to Thôn 6 (Pô Kô then, Đăk Hà today)
        thon_6 = session.exec(select(Village).where(Village.name == "Thôn 6")).one().id
        session.add(HouseholdIndicators(village_id=thon_6, year=2024, minority_households=60, reached=30))
        session.commit()
    refreshed = again.refresh_years(plan, {2024: cached_then}, [thon_6], kept_then.units_on)[2024]
    with empty_database.session() as session:
        places = plan_places(session, plan.id, on=kept_then.units_on)
        assert refreshed.progress == plan_progress(session, plan, 2024, places)
        assert refreshed.campaign._sums == campaign_rollup(session, plan, 2024, places, date.today())._sums
    assert again.check(plan, 2024, kept_then.places, refreshed, kept_then.units_on) is None
