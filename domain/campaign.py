"""The campaign figures a review quotes, rolled up for any group of villages in a year.

Household indicators: count, rate over the ethnic-minority households of the villages that reported, and the
change of that rate (in percentage points) against the previous year and the plan's first year. A village
with no indicators for a year is absent, not zero: it is left out of that year's totals and counted apart.
Models: as they stand now, among those started by the year. Resources and visits: in the year.
Difficulties: open now, and overdue (not resolved 90 days after they were raised).
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import extract
from sqlmodel import Session, func, select

from domain.agencies import Assignment
from domain.places import PlaceRow
from domain.plan import Plan
from domain.recording import COUNT_FIELDS, OVERDUE_AFTER
from domain.village_records import (
    CommunityModel,
    Concern,
    ConcernStatus,
    Contribution,
    HouseholdIndicators,
    ModelStatus,
    ResourceKind,
    Visit,
)


@dataclass(frozen=True)
class Indicator:
    count: int
    rate: float | None
    change_previous: float | None
    change_base: float | None


@dataclass
class CampaignFigures:
    villages: int = 0
    villages_reporting: int = 0
    minority_households: int = 0
    indicators: dict[str, Indicator] = field(default_factory=dict)
    models: dict[ModelStatus, int] = field(default_factory=lambda: dict.fromkeys(ModelStatus, 0))
    money_vnd: int = 0
    in_kind_vnd: int = 0
    workdays: int = 0
    visits: int = 0
    open_concerns: int = 0
    overdue_concerns: int = 0


@dataclass
class CampaignRollup:
    year: int
    plan: CampaignFigures
    by_village: dict[int, CampaignFigures]
    by_commune: dict[int, CampaignFigures]
    by_district: dict[int | None, CampaignFigures]
    by_agency: dict[int, CampaignFigures]


def _indicator_totals(session: Session, village_ids: list[int], year: int) -> dict[int, dict[str, int]]:
    rows = session.exec(select(HouseholdIndicators).where(HouseholdIndicators.year == year,
                                                          HouseholdIndicators.village_id.in_(village_ids)))
    return {row.village_id: {name: getattr(row, name) for name in ("minority_households", *COUNT_FIELDS)}
            for row in rows}


def _rate(counts: list[dict[str, int]], name: str) -> float | None:
    total = sum(c["minority_households"] for c in counts)
    return 100 * sum(c[name] for c in counts) / total if total else None


def _difference(now: float | None, then: float | None) -> float | None:
    return None if now is None or then is None else now - then


def _indicators(now: list[dict[str, int]], previous: list[dict[str, int]],
                base: list[dict[str, int]]) -> dict[str, Indicator]:
    """Each household indicator of the reporting villages, its rate, and the rate's change in points."""
    result = {}
    for name in COUNT_FIELDS:
        rate = _rate(now, name)
        result[name] = Indicator(sum(c[name] for c in now), rate, _difference(rate, _rate(previous, name)),
                                 _difference(rate, _rate(base, name)))
    return result


@dataclass(frozen=True)
class HouseholdYear:
    """A village's household figures for one year with their derived rates and changes."""

    record: HouseholdIndicators
    indicators: dict[str, Indicator]


def household_history(session: Session, plan: Plan, village_id: int) -> list[HouseholdYear]:
    """Every year the village reported, oldest first; changes against the year before and the plan's first year."""
    records = list(session.exec(select(HouseholdIndicators).where(HouseholdIndicators.village_id == village_id)
                                .order_by(HouseholdIndicators.year)))
    counts = {r.year: {name: getattr(r, name) for name in ("minority_households", *COUNT_FIELDS)} for r in records}

    def reported(year: int) -> list[dict[str, int]]:
        return [counts[year]] if year in counts else []

    return [HouseholdYear(r, _indicators(reported(r.year), reported(r.year - 1), reported(plan.first_year)))
            for r in records]


def campaign_rollup(session: Session, plan: Plan, year: int, places: list[PlaceRow], today: date) -> CampaignRollup:
    """The campaign figures of every village, commune, district, agency and the whole plan for `year`."""
    village_ids = [p.village_id for p in places]
    years = {year: _indicator_totals(session, village_ids, year),
             year - 1: _indicator_totals(session, village_ids, year - 1),
             plan.first_year: _indicator_totals(session, village_ids, plan.first_year)}
    models = defaultdict(lambda: dict.fromkeys(ModelStatus, 0))
    for village_id, status, count in session.exec(
            select(CommunityModel.village_id, CommunityModel.status, func.count())
            .where(CommunityModel.village_id.in_(village_ids), CommunityModel.year_started <= year)
            .group_by(CommunityModel.village_id, CommunityModel.status)):
        models[village_id][status] = count
    resources = defaultdict(dict)
    for village_id, kind, amount in session.exec(
            select(Contribution.village_id, Contribution.kind, func.sum(Contribution.amount))
            .where(Contribution.village_id.in_(village_ids), extract("year", Contribution.day) == year)
            .group_by(Contribution.village_id, Contribution.kind)):
        resources[village_id][kind] = amount
    visits = dict(session.exec(select(Visit.village_id, func.count())
                               .where(Visit.village_id.in_(village_ids), extract("year", Visit.day) == year)
                               .group_by(Visit.village_id)).all())
    concerns = defaultdict(lambda: [0, 0])
    for village_id, raised_on in session.exec(select(Concern.village_id, Concern.raised_on).where(
            Concern.village_id.in_(village_ids), Concern.status != ConcernStatus.RESOLVED)):
        concerns[village_id][0] += 1
        concerns[village_id][1] += raised_on <= today - OVERDUE_AFTER

    def figures(ids: list[int]) -> CampaignFigures:
        result = CampaignFigures(villages=len(ids))
        now = [years[year][v] for v in ids if v in years[year]]
        previous = [years[year - 1][v] for v in ids if v in years[year - 1]]
        base = [years[plan.first_year][v] for v in ids if v in years[plan.first_year]]
        result.villages_reporting = len(now)
        result.minority_households = sum(c["minority_households"] for c in now)
        result.indicators = _indicators(now, previous, base)
        for v in ids:
            for status, count in models[v].items():
                result.models[status] += count
            result.money_vnd += resources[v].get(ResourceKind.MONEY, 0)
            result.in_kind_vnd += resources[v].get(ResourceKind.IN_KIND, 0)
            result.workdays += resources[v].get(ResourceKind.WORKDAYS, 0)
            result.visits += visits.get(v, 0)
            result.open_concerns += concerns[v][0]
            result.overdue_concerns += concerns[v][1]
        return result

    communes, districts = defaultdict(list), defaultdict(list)
    for place in places:
        communes[place.commune_id].append(place.village_id)
        districts[place.district_id].append(place.village_id)
    agencies = defaultdict(set)
    for agency_id, village_id in session.exec(select(Assignment.agency_id, Assignment.village_id)
                                              .where(Assignment.plan_id == plan.id)):
        agencies[agency_id].add(village_id)
    return CampaignRollup(
        year=year, plan=figures(village_ids),
        by_village={v: figures([v]) for v in village_ids},
        by_commune={c: figures(ids) for c, ids in communes.items()},
        by_district={d: figures(ids) for d, ids in districts.items()},
        by_agency={a: figures(sorted(ids)) for a, ids in agencies.items()},
    )
