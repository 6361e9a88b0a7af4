"""The campaign figures a review quotes, rolled up for any group of villages in a year.

Household indicators: count, rate over the ethnic-minority households of the villages that reported, and the
change of that rate (in percentage points) against the previous year and the plan's first year. A village
with no indicators for a year is absent, not zero: it is left out of that year's totals and counted apart.
Models: as they stand now, among those started by the year. Resources and visits: in the year.
Difficulties: open now, and overdue (not resolved 90 days after they were raised).
"""

from collections import defaultdict
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import BigInteger, Select, case, cast, extract
from sqlmodel import Session, func, select

from domain.agency_overview import AgencyVillage, agency_villages
from domain.figures import CampaignFigures, CampaignRollup, Indicator, RollupSums, Sums  # re-exported
from domain.places import PlaceRow
from domain.plan import Plan
from domain.progress import plan_villages
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

COUNTED = ("minority_households", *COUNT_FIELDS)
Totals = tuple[int, ...]  # minority households, then each of COUNT_FIELDS
ACTIVITY = 9  # models built, maintained, replicated; money, in kind, workdays; visits; open and overdue concerns
# Sums (domain/figures.py), what a group's figures are made of, as one flat tuple of counts: villages; then for
# the year, the previous year and the plan's first year, the villages reporting and their COUNTED totals; then
# the ACTIVITY counts.
# Rates do not add up, these do: a group's Sums are its villages' Sums added, and a refresh shifts them exactly.
NO_SUMS: Sums = (0,) * (1 + 3 * (1 + len(COUNTED)) + ACTIVITY)


Among = Collection[int] | Select  # villages: their ids, or a subquery of them


def _indicator_totals(session: Session, villages: Among, years: set[int]) -> dict[int, dict[int, Totals]]:
    """Each year's household counts by village, read as plain tuples (no objects: 30,000 rows in a big plan)."""
    columns = [getattr(HouseholdIndicators, name) for name in COUNTED]
    rows = session.exec(select(HouseholdIndicators.year, HouseholdIndicators.village_id, *columns)
                        .where(HouseholdIndicators.year.in_(years), HouseholdIndicators.village_id.in_(villages)))
    result: dict[int, dict[int, Totals]] = {year: {} for year in years}
    for year, village_id, *counts in rows:
        result[year][village_id] = tuple(counts)
    return result


def _rates(totals: Totals | None) -> tuple[float | None, ...]:
    """Each indicator's rate over the minority households, in percent; None when there are none."""
    if not totals or not totals[0]:
        return (None,) * len(COUNT_FIELDS)
    households = totals[0]
    return tuple(100 * count / households for count in totals[1:])


def _indicators(now: Totals | None, previous: Totals | None, base: Totals | None) -> dict[str, Indicator]:
    """Each household indicator of the reporting villages, its rate, and the rate's change in points."""
    counts = now[1:] if now else (0,) * len(COUNT_FIELDS)
    return {name: Indicator(count, rate, None if rate is None or then is None else rate - then,
                            None if rate is None or first is None else rate - first)
            for name, count, rate, then, first in zip(COUNT_FIELDS, counts, _rates(now), _rates(previous),
                                                      _rates(base), strict=True)}


@dataclass(frozen=True)
class HouseholdYear:
    """A village's household figures for one year with their derived rates and changes."""

    record: HouseholdIndicators
    indicators: dict[str, Indicator]


def household_history(session: Session, plan: Plan, village_id: int) -> list[HouseholdYear]:
    """Every year the village reported, oldest first; changes against the year before and the plan's first year."""
    records = list(session.exec(select(HouseholdIndicators).where(HouseholdIndicators.village_id == village_id)
                                .order_by(HouseholdIndicators.year)))
    counts = {r.year: tuple(getattr(r, name) for name in COUNTED) for r in records}
    return [HouseholdYear(r, _indicators(counts.get(r.year), counts.get(r.year - 1), counts.get(plan.first_year)))
            for r in records]


def _activity(session: Session, villages: Among, year: int, today: date) -> dict[int, tuple[int, ...]]:
    """Each village's models, resources, visits and difficulties for the year, counted by the database (one row a
    village and table, the statuses and kinds added up by the database: no strings to turn into enums)."""
    activity: dict[int, list[int]] = defaultdict(lambda: [0] * ACTIVITY)

    def counted(column, value, amount=1):
        # As a BIGINT: PostgreSQL's sum of a BIGINT is a NUMERIC, which would come back as a Decimal.
        return cast(func.coalesce(func.sum(case((column == value, amount), else_=0)), 0), BigInteger)

    for village_id, *counts in session.exec(
            select(CommunityModel.village_id,
                   *(counted(CommunityModel.status, s) for s in (ModelStatus.BUILT, ModelStatus.MAINTAINED,
                                                                 ModelStatus.REPLICATED)))
            .where(CommunityModel.village_id.in_(villages), CommunityModel.year_started <= year)
            .group_by(CommunityModel.village_id)):
        activity[village_id][0:3] = counts
    for village_id, *amounts in session.exec(
            select(Contribution.village_id,
                   *(counted(Contribution.kind, k, Contribution.amount) for k in (ResourceKind.MONEY,
                                                                                   ResourceKind.IN_KIND,
                                                                                   ResourceKind.WORKDAYS)))
            .where(Contribution.village_id.in_(villages), extract("year", Contribution.day) == year)
            .group_by(Contribution.village_id)):
        activity[village_id][3:6] = amounts
    for village_id, count in session.exec(
            select(Visit.village_id, func.count())
            .where(Visit.village_id.in_(villages), extract("year", Visit.day) == year).group_by(Visit.village_id)):
        activity[village_id][6] = count
    overdue = case((Concern.raised_on <= today - OVERDUE_AFTER, 1), else_=0)
    for village_id, count, late in session.exec(
            select(Concern.village_id, func.count(), func.sum(overdue))
            .where(Concern.village_id.in_(villages), Concern.status != ConcernStatus.RESOLVED,
                   Concern.raised_on <= date(year, 12, 31))  # a year's figures hold no difficulty raised after it
            .group_by(Concern.village_id)):
        activity[village_id][7:9] = [count, late]
    return {village_id: tuple(counts) for village_id, counts in activity.items()}


def village_sums(session: Session, plan: Plan, year: int, village_ids: list[int], today: date, *,
                 all_of_plan: bool = False) -> dict[int, Sums]:
    """Each village's Sums for `year`, read in a few grouped queries: the one place campaign figures are counted.

    all_of_plan: `village_ids` are all the plan's villages; the database then reads them through the plan rather
    than from 10,000 bound ids.
    """
    villages = plan_villages(plan) if all_of_plan else village_ids
    households = _indicator_totals(session, villages, {year, year - 1, plan.first_year})
    now, previous, base = households[year], households[year - 1], households[plan.first_year]
    activity = _activity(session, villages, year, today)
    nothing = (0,) * ACTIVITY
    absent = (0,) * (1 + len(COUNTED))

    def part(totals: Totals | None) -> tuple[int, ...]:
        return absent if totals is None else (1, *totals)

    return {v: (1, *part(now.get(v)), *part(previous.get(v)), *part(base.get(v)), *activity.get(v, nothing))
            for v in village_ids}


def add_sums(rows: list[Sums]) -> Sums:
    """A group's Sums: its villages' added up (all zero for no village)."""
    return tuple(map(sum, zip(*rows, strict=True))) or NO_SUMS


def shift_sums(group: Sums, old: Sums, new: Sums) -> Sums:
    """A group's Sums once one of its villages' Sums went from `old` to `new`."""
    return tuple(g - o + n for g, o, n in zip(group, old, new, strict=True))


def _totals(sums: Sums, which: int) -> Totals | None:
    """The reporting villages' COUNTED totals of the year (0), previous year (1) or first year (2); None if none."""
    start = 1 + which * (1 + len(COUNTED))
    return sums[start + 1:start + 1 + len(COUNTED)] if sums[start] else None


def campaign_figures(sums: Sums) -> CampaignFigures:
    """The figures of a village or group from its Sums."""
    now = _totals(sums, 0)
    counts = sums[-ACTIVITY:]
    return CampaignFigures(
        villages=sums[0], villages_reporting=sums[1], minority_households=now[0] if now else 0,
        indicators=_indicators(now, _totals(sums, 1), _totals(sums, 2)),
        models=dict(zip(ModelStatus, counts[0:3], strict=True)), money_vnd=counts[3], in_kind_vnd=counts[4],
        workdays=counts[5], visits=counts[6], open_concerns=counts[7], overdue_concerns=counts[8])


def campaign_rollup(session: Session, plan: Plan, year: int, places: list[PlaceRow], today: date,
                    assignments: Sequence[AgencyVillage] | None = None) -> CampaignRollup:
    """The campaign figures of every village, commune, district, agency and the whole plan for `year`; `places` are
    the plan's (plan_places), `assignments` its agency_villages when the caller holds them already.

    Per-village counts are read once and added up per group as tuples: 10,000 villages stay well under a second.
    """
    village_ids = [p.village_id for p in places]
    by_village = village_sums(session, plan, year, village_ids, today, all_of_plan=True)
    communes, districts = defaultdict(list), defaultdict(list)
    for place in places:
        communes[place.commune_id].append(by_village[place.village_id])
        districts[place.district_id].append(by_village[place.village_id])
    agencies = defaultdict(set)
    for assignment in agency_villages(session, plan.id) if assignments is None else assignments:
        agencies[assignment.agency_id].add(assignment.village_id)
    sums = RollupSums(
        today=today, plan=add_sums(list(by_village.values())), by_village=by_village,
        by_commune={c: add_sums(rows) for c, rows in communes.items()},
        by_district={d: add_sums(rows) for d, rows in districts.items()},
        by_agency={a: add_sums([by_village[v] for v in ids]) for a, ids in agencies.items()})
    return rollup_from_sums(year, sums)


class FiguresOf(Mapping):
    """The figures of villages or groups, each made from its Sums when first asked for: a view shows a few
    hundred rows, and making all 10,000 villages' (their rates and changes) would take longer than reading their
    Sums. Read-only; the same figures as campaign_figures of each Sums."""

    def __init__(self, sums: Mapping) -> None:
        self._sums = sums
        self._made: dict = {}

    def __getitem__(self, key) -> CampaignFigures:
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = campaign_figures(self._sums[key])
        return made

    def __iter__(self) -> Iterator:
        return iter(self._sums)

    def __len__(self) -> int:
        return len(self._sums)

    def __contains__(self, key) -> bool:
        return key in self._sums


def rollup_from_sums(year: int, sums: RollupSums) -> CampaignRollup:
    """The figures of every village and group, made from their Sums (each when first asked for)."""
    return CampaignRollup(
        year=year, plan=campaign_figures(sums.plan), by_village=FiguresOf(sums.by_village),
        by_commune=FiguresOf(sums.by_commune), by_district=FiguresOf(sums.by_district),
        by_agency=FiguresOf(sums.by_agency), _sums=sums,
    )
