"""The summary's facts refreshed for the villages a change touched (domain/summary.refresh_facts) equal those read
afresh, and so does the summary made from them, or refreshed from the last one (refresh_summary), after random
changes (on SQLite and PostgreSQL)."""

import copy
import random

from sqlmodel import select

from domain.campaign import campaign_rollup
from domain.criteria import Criterion
from domain.figures_refresh import refresh_campaign, refresh_progress
from domain.places import plan_places
from domain.plans import resolve_plan
from domain.progress import plan_progress
from domain.summary import refresh_facts, refresh_summary, summary, summary_facts
from tests.domain.test_figures_refresh import TODAY, _same, random_saves


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
        changed = random_saves(database, rng, plan, village_ids, criteria, year)
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


def test_a_summary_refreshed_for_the_villages_changed_equals_one_made_afresh(database):
    """refresh_summary: the last summary, its facts and the rollups refreshed for a few villages give the summary
    summary() makes afresh, after random changes (statuses, households, records, difficulties)."""
    rng = random.Random(18)
    with database.session() as session:
        plan = resolve_plan(session, None)
        places = plan_places(session, plan.id)
        criteria = list(session.exec(select(Criterion.id).where(Criterion.criteria_set_id == plan.criteria_set_id)))
        year = plan.first_year + 2
        facts = summary_facts(session, plan, year, TODAY)
        progress = plan_progress(session, plan, year, places)
        campaign = campaign_rollup(session, plan, year, places, TODAY)
        shown = summary(session, plan, year, TODAY, places=places, progress=progress, campaign=campaign,
                        facts=facts)
    village_ids = [p.village_id for p in places]
    for _ in range(12):
        changed = random_saves(database, rng, plan, village_ids, criteria, year)
        before = copy.deepcopy(shown)
        with database.session() as session:
            new_facts = refresh_facts(session, plan, facts, changed)
            progress, _ = refresh_progress(session, plan, year, progress, changed)
            campaign, _ = refresh_campaign(session, plan, year, campaign, changed, TODAY)
            refreshed = refresh_summary(session, plan, shown, facts, new_facts, progress, campaign, changed)
            _same(refreshed, summary(session, plan, year, TODAY))
        _same(shown, before)  # the summary on screen is left as it was
        shown, facts = refreshed, new_facts
