"""The summary's facts refreshed for the villages a change touched (domain/summary.refresh_facts) equal those read
afresh, and so does the summary made from them, after random changes (on SQLite and PostgreSQL)."""

import random

from sqlmodel import select

from domain.criteria import Criterion
from domain.places import plan_places
from domain.plans import resolve_plan
from domain.summary import refresh_facts, summary, summary_facts
from tests.conftest import OFFICER
from tests.domain.test_figures_refresh import TODAY, _change, _same


def test_refreshed_facts_equal_the_facts_read_afresh_after_random_changes(database):
    rng = random.Random(16)
    with database.session() as session:
        plan = resolve_plan(session, None)
        places = plan_places(session, plan.id)
        criteria = list(session.exec(select(Criterion.id).where(Criterion.criteria_set_id == plan.criteria_set_id)))
        year = plan.first_year + 2
        facts = summary_facts(session, plan, year, TODAY)
    village_ids = [p.village_id for p in places]
    for _ in range(15):
        changed = set()
        with database.unit_of_work(OFFICER) as uow:
            for _ in range(rng.randint(1, 4)):
                village = rng.choice(village_ids)
                changed.add(village)
                for _ in range(rng.randint(1, 3)):
                    _change(uow.session, rng, village, criteria, plan, year)
            uow.commit()
        with database.session() as session:
            refreshed = refresh_facts(session, plan, facts, changed)
            _same(refreshed, summary_facts(session, plan, year, TODAY))
            _same(summary(session, plan, year, TODAY, facts=refreshed), summary(session, plan, year, TODAY))
        facts = refreshed


def test_the_facts_of_villages_outside_the_plan_are_not_taken_in(database):
    with database.session() as session:
        plan = resolve_plan(session, None)
        facts = summary_facts(session, plan, plan.first_year, TODAY)
        assert refresh_facts(session, plan, facts, [10**9]) == facts
