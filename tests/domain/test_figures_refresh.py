"""The figures refreshed after a change equal the full rollups computed afresh, and the old figures stay as they were.

Random changes (seeded) in random villages of the sample plan: statuses set and cleared, household figures for the
year, the year before and the plan's first year, models, contributions, visits, difficulties added, changed and
removed. Each round refreshes the previous round's result, so an error would carry on and show; the summary
report made from the refreshed figures (as the dashboard is) equals the one made afresh.
"""

import copy
import random
from dataclasses import fields
from datetime import date, timedelta

from sqlalchemy import delete, insert, update
from sqlmodel import select

from domain.agencies import Assignment
from domain.campaign import campaign_rollup
from domain.criteria import Assessment, Criterion, CriterionStatus
from domain.figures_refresh import FiguresChange, refresh_campaign, refresh_progress
from domain.places import plan_places
from domain.plans import resolve_plan
from domain.progress import plan_progress
from domain.summary import summary
from domain.village_records import (
    CommunityModel,
    Concern,
    ConcernStatus,
    Contribution,
    HouseholdIndicators,
    ModelField,
    ModelStatus,
    ResourceKind,
    SourceKind,
    Visit,
)
from tests.conftest import OFFICER

TODAY = date(2025, 6, 1)


def _same(refreshed, fresh) -> None:
    """Field by field, so that a failure names the field."""
    assert type(refreshed) is type(fresh)
    for each in fields(fresh):
        assert getattr(refreshed, each.name) == getattr(fresh, each.name), each.name


def _status(session, rng, village, criteria, year) -> None:
    criterion = rng.choice(criteria)
    key = (Assessment.village_id == village, Assessment.criterion_id == criterion, Assessment.year == year)
    session.execute(delete(Assessment).where(*key))
    status = rng.choice(list(CriterionStatus))
    if rng.random() < 0.8:
        session.execute(insert(Assessment).values(village_id=village, criterion_id=criterion, year=year,
                                                  status=status))


def _households(session, rng, village, years) -> None:
    year = rng.choice(years)
    session.execute(delete(HouseholdIndicators).where(HouseholdIndicators.village_id == village,
                                                      HouseholdIndicators.year == year))
    if rng.random() < 0.8:
        households = rng.randint(0, 200)
        session.execute(insert(HouseholdIndicators).values(
            village_id=village, year=year, minority_households=households, reached=rng.randint(0, households),
            poor=rng.randint(0, households), near_poor=rng.randint(0, households)))


def _model(session, rng, village, years) -> None:
    existing = session.exec(select(CommunityModel.id).where(CommunityModel.village_id == village)).all()
    if existing and rng.random() < 0.5:
        chosen = CommunityModel.id == rng.choice(existing)
        if rng.random() < 0.5:
            session.execute(delete(CommunityModel).where(chosen))
        else:
            session.execute(update(CommunityModel).where(chosen).values(status=rng.choice(list(ModelStatus)),
                                                                        year_started=rng.choice(years) + 1))
    else:
        session.execute(insert(CommunityModel).values(village_id=village, name="Mô hình", field=ModelField.ECONOMY,
                                                      year_started=rng.choice(years),
                                                      status=rng.choice(list(ModelStatus))))


def _contribution(session, rng, village, years) -> None:
    session.execute(insert(Contribution).values(
        village_id=village, day=date(rng.choice(years), rng.randint(1, 12), 1), source_kind=SourceKind.PERSON,
        source_name="Ông A", kind=rng.choice(list(ResourceKind)), amount=rng.randint(1, 5_000_000)))


def _visit(session, rng, village, years) -> None:
    session.execute(insert(Visit).values(village_id=village, day=date(rng.choice(years), rng.randint(1, 12), 1),
                                         people="Tổ hỗ trợ"))


def _concern(session, rng, village) -> None:
    existing = session.exec(select(Concern.id).where(Concern.village_id == village)).all()
    raised = TODAY - timedelta(days=rng.randint(0, 200))
    if existing and rng.random() < 0.6:
        chosen = Concern.id == rng.choice(existing)
        if rng.random() < 0.3:
            session.execute(delete(Concern).where(chosen))
        else:
            session.execute(update(Concern).where(chosen).values(status=rng.choice(list(ConcernStatus)),
                                                                 raised_on=raised))
    else:
        session.execute(insert(Concern).values(village_id=village, raised_on=raised, text="Đường",
                                               status=rng.choice(list(ConcernStatus))))


def _change(session, rng, village, criteria, plan, year) -> None:
    years = [year, year - 1, plan.first_year]
    kind = rng.randrange(6)
    if kind == 0:
        _status(session, rng, village, criteria, year)
    elif kind == 1:
        _households(session, rng, village, years)
    elif kind == 2:
        _model(session, rng, village, years)
    elif kind == 3:
        _contribution(session, rng, village, years)
    elif kind == 4:
        _visit(session, rng, village, years)
    else:
        _concern(session, rng, village)


def random_saves(database, rng, plan, village_ids, criteria, year) -> set[int]:
    """One unit of work of random changes (statuses, households, records, difficulties) to 1–4 villages: those."""
    changed = set()
    with database.unit_of_work(OFFICER) as uow:
        for _ in range(rng.randint(1, 4)):
            village = rng.choice(village_ids)
            changed.add(village)
            for _ in range(rng.randint(1, 3)):
                _change(uow.session, rng, village, criteria, plan, year)
        uow.commit()
    return changed


def _random_rounds(database, code: str | None, rounds: int) -> None:
    rng = random.Random(14)
    with database.session() as session:
        plan = resolve_plan(session, code)
        places = plan_places(session, plan.id)
        criteria = list(session.exec(select(Criterion.id).where(Criterion.criteria_set_id == plan.criteria_set_id)))
        year = plan.first_year + 2
        progress = plan_progress(session, plan, year, places)
        campaign = campaign_rollup(session, plan, year, places, TODAY)
    village_ids = [p.village_id for p in places]
    for _ in range(rounds):
        changed = random_saves(database, rng, plan, village_ids, criteria, year)
        before_progress, before_campaign = copy.deepcopy(progress), copy.deepcopy(campaign)
        with database.session() as session:
            refreshed_progress, progress_change = refresh_progress(session, plan, year, progress, changed)
            refreshed_campaign, campaign_change = refresh_campaign(session, plan, year, campaign, changed, TODAY)
            _same(refreshed_progress, plan_progress(session, plan, year, places))
            fresh_campaign = campaign_rollup(session, plan, year, places, TODAY)
            _same(refreshed_campaign, fresh_campaign)
            assert refreshed_campaign._sums == fresh_campaign._sums
            _same(summary(session, plan, year, TODAY, places=places, progress=refreshed_progress,
                          campaign=refreshed_campaign), summary(session, plan, year, TODAY))
        _same(progress, before_progress)
        _same(campaign, before_campaign)
        assert campaign._sums == before_campaign._sums
        assert progress_change == campaign_change
        assert progress_change.villages == changed
        progress, campaign = refreshed_progress, refreshed_campaign


def test_refreshed_figures_equal_the_full_rollups_after_random_changes(database):
    _random_rounds(database, None, rounds=30)


def test_the_same_in_a_commune_without_district(empty_database, small_plan):
    """The hand-counted plan: Xã Ba has no district level; Sở Hai leads some villages and co-supports another."""
    _random_rounds(empty_database, small_plan.code, rounds=15)


def test_the_change_names_the_village_its_commune_district_and_agencies(database):
    with database.session() as session:
        plan = resolve_plan(session, None)
        place = plan_places(session, plan.id)[0]
        progress = plan_progress(session, plan, plan.first_year)
        agencies = set(session.exec(select(Assignment.agency_id).where(Assignment.plan_id == plan.id,
                                                                       Assignment.village_id == place.village_id)))
        _, change = refresh_progress(session, plan, plan.first_year, progress, [place.village_id])
    assert agencies
    assert change == FiguresChange(frozenset({place.village_id}), frozenset({place.commune_id}),
                                   frozenset({place.district_id}), frozenset(agencies))


def test_a_refresh_for_another_year_or_day_is_the_full_rollup(database):
    with database.session() as session:
        plan = resolve_plan(session, None)
        places = plan_places(session, plan.id)
        progress = plan_progress(session, plan, plan.first_year, places)
        campaign = campaign_rollup(session, plan, plan.first_year, places, TODAY)
        other_year, change = refresh_progress(session, plan, plan.first_year + 1, progress, [])
        _same(other_year, plan_progress(session, plan, plan.first_year + 1, places))
        assert change.villages == set(progress.by_village)
        later = TODAY + timedelta(days=365)
        next_day, change = refresh_campaign(session, plan, plan.first_year, campaign, [], later)
        _same(next_day, campaign_rollup(session, plan, plan.first_year, places, later))
        assert change.agencies == set(campaign.by_agency)
