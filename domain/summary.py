"""The summary report for a year: what the secretariat carries into the Standing Committee's meeting.

Five sections, all read from the same rollups as the window (domain/progress.py, domain/campaign.py):
progress by district and commune with the criteria met in each group, the agencies, criterion by criterion
(weakest first), the campaign table, and the villages that need attention (difficulties open for more than
90 days; no assessment at all this year).
"""

from bisect import insort
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlmodel import Session, func, select

from domain.agency_overview import AgencyVillage, agency_villages, plan_agencies
from domain.campaign import CampaignFigures, CampaignRollup, campaign_rollup
from domain.completeness import figures_approval
from domain.criteria import Assessment, Criterion, CriterionStatus
from domain.figures import (  # re-exported
    AgencySummary,
    AreaRow,
    CriteriaGroup,
    CriterionSummary,
    OverdueVillage,
    Summary,
)
from domain.places import PlaceRow, plan_places
from domain.plan import Plan
from domain.progress import (
    AgencyProgress,
    PlanProgress,
    in_criteria_set,
    plan_progress,
    plan_villages,
    villages_meeting,
)
from domain.recording import OVERDUE_AFTER
from domain.village_records import Concern, ConcernStatus


@dataclass(frozen=True)
class SummaryFacts:
    """What the summary counts village by village beyond the rollups, kept so that after a save only its villages
    are read again (refresh_facts): the result is the same as read afresh, village by village."""

    year: int
    today: date
    met: dict[int, frozenset[int]]
    """Each village's criteria of the plan's set met in the year (villages with none left out)."""
    assessed: frozenset[int]
    """The villages with an assessment in the year other than 'not assessed'."""
    overdue: dict[int, tuple[int, date]]
    """Each village's difficulties raised by the end of `year` and open 90 days after they were raised on `today`:
    how many, the oldest's day (the summary of 2025 lists none raised in 2026)."""
    meeting: dict[int, frozenset[int]]
    """Each year from the plan's first to `year`: the villages meeting the standard."""


def summary_facts(session: Session, plan: Plan, year: int, today: date,
                  village_ids: Collection[int] | None = None) -> SummaryFacts:
    """The facts of the plan's villages (or of those among `village_ids`) for the summary of `year` on `today`."""
    villages = plan_villages(plan, village_ids)
    met: dict[int, set[int]] = defaultdict(set)
    for criterion_id, village_id in session.exec(
            select(Assessment.criterion_id, Assessment.village_id)
            .where(Assessment.year == year, Assessment.status == CriterionStatus.MET,
                   Assessment.village_id.in_(villages), in_criteria_set(plan))):
        met[village_id].add(criterion_id)
    overdue_rows = session.exec(
        select(Concern.village_id, func.count(), func.min(Concern.raised_on))
        .where(Concern.village_id.in_(villages), Concern.status != ConcernStatus.RESOLVED,
               Concern.raised_on <= min(today - OVERDUE_AFTER, date(year, 12, 31)))
        .group_by(Concern.village_id))
    assessed = frozenset(session.exec(select(Assessment.village_id).where(
        Assessment.year == year, Assessment.village_id.in_(villages),
        Assessment.status != CriterionStatus.NOT_ASSESSED).distinct()))
    meeting = villages_meeting(session, plan, range(plan.first_year, year + 1), village_ids)
    return SummaryFacts(year, today, {v: frozenset(ids) for v, ids in met.items()}, assessed,
                        {v: (count, oldest) for v, count, oldest in overdue_rows},
                        {y: frozenset(ids) for y, ids in meeting.items()})


def refresh_facts(session: Session, plan: Plan, facts: SummaryFacts, village_ids: Collection[int]) -> SummaryFacts:
    """`facts` with those of `village_ids` read again (unchanged: the argument)."""
    changed = set(village_ids)
    if not changed:
        return facts
    new = summary_facts(session, plan, facts.year, facts.today, changed)

    def others(values: dict) -> dict:
        return {v: value for v, value in values.items() if v not in changed}

    return SummaryFacts(facts.year, facts.today, others(facts.met) | new.met,
                        (facts.assessed - changed) | new.assessed, others(facts.overdue) | new.overdue,
                        {y: (ids - changed) | new.meeting[y] for y, ids in facts.meeting.items()})


def summary(session: Session, plan: Plan, year: int, today: date, *, places: list[PlaceRow] | None = None,
            progress: PlanProgress | None = None, campaign: CampaignRollup | None = None,
            facts: SummaryFacts | None = None) -> Summary:
    """The summary report of the plan for `year`. The window passes the plan's places, the year's rollups and the
    summary's facts it already holds (refreshed after each save): they are used as they are when of `year` (and,
    for the campaign and the facts, counted for `today`), read afresh otherwise."""
    places = plan_places(session, plan.id) if places is None else places
    assignments = agency_villages(session, plan.id)
    if progress is None or progress.year != year:
        progress = plan_progress(session, plan, year, places, assignments)
    if campaign is None or campaign.year != year or campaign.today != today:
        campaign = campaign_rollup(session, plan, year, places, today, assignments)
    if facts is None or facts.year != year or facts.today != today:
        facts = summary_facts(session, plan, year, today)
    criteria = _criteria(session, plan)
    group_of = {criterion.id: criterion.group_order for criterion in criteria}
    by_village_group = {village_id: _by_group(met, group_of) for village_id, met in facts.met.items()}
    meeting: dict[int, set[int]] = defaultdict(set)
    for village_id, met in facts.met.items():
        for criterion_id in met:
            meeting[criterion_id].add(village_id)
    number_of = {criterion.id: criterion.number for criterion in criteria}
    criterion_villages = {number_of[c.id]: meeting[c.id] for c in criteria}

    def group_counts(ids: list[int]) -> dict[int, int]:
        counts: dict[int, int] = defaultdict(int)
        for village_id in ids:
            for order, count in by_village_group.get(village_id, {}).items():
                counts[order] += count
        return dict(counts)

    areas: list[AreaRow] = []
    communes: dict[int, list[int]] = defaultdict(list)
    districts: dict[int | None, list[int]] = defaultdict(list)
    for place in places:
        communes[place.commune_id].append(place.village_id)
        districts[place.district_id].append(place.village_id)
    for key, name, is_district in _area_keys(places):
        ids = [p.village_id for p in places] if key is None else (districts if is_district else communes)[key[1]]
        areas.append(AreaRow(name, is_district, _area_progress(progress, key), group_counts(ids), ids))
    by_id = {p.village_id: p for p in places}
    overdue = sorted((OverdueVillage(by_id[v], count, oldest) for v, (count, oldest) in facts.overdue.items()),
                     key=_overdue_order)
    return _assembled(session, plan, year, places, assignments, progress, campaign, facts, criteria, areas,
                      criterion_villages, overdue)


def refresh_summary(session: Session, plan: Plan, previous: Summary, before: SummaryFacts, facts: SummaryFacts,
                    progress: PlanProgress, campaign: CampaignRollup, village_ids: Collection[int]) -> Summary:
    """The summary `summary()` makes from `facts` and these rollups, made from `previous` (made from `before`,
    which differs from `facts` in `village_ids` only, on the same places): the criteria met by group and the
    overdue difficulties counted again for those villages alone, every area's figures taken from the rollups.
    After a save at 10,000 villages this is a few villages' work instead of every village's (~150 ms); a test
    holds it equal to summary() on random changes."""
    places = previous.places
    criteria = _criteria(session, plan)
    group_of = {criterion.id: criterion.group_order for criterion in criteria}
    number_of = {criterion.id: criterion.number for criterion in criteria}
    by_id = {p.village_id: p for p in places}
    changed = [v for v in dict.fromkeys(village_ids) if v in by_id]
    delta: dict[tuple, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    criterion_villages = dict(previous.criterion_villages)
    copied: set[int] = set()
    for village_id in changed:
        old, new = before.met.get(village_id, frozenset()), facts.met.get(village_id, frozenset())
        place = by_id[village_id]
        for key in (None, ("district", place.district_id), ("commune", place.commune_id)):
            for order, count in _by_group(old, group_of).items():
                delta[key][order] -= count
            for order, count in _by_group(new, group_of).items():
                delta[key][order] += count
        for criterion_id in old ^ new:
            number = number_of[criterion_id]
            if number not in copied:  # the previous summary's sets stay as they were
                criterion_villages[number] = set(criterion_villages[number])
                copied.add(number)
            (criterion_villages[number].add if criterion_id in new else criterion_villages[number].discard)(
                village_id)
    areas = []
    for area, (key, _, _) in zip(previous.areas, _area_keys(places), strict=True):
        counts = area.met_by_group
        if key in delta:
            counts = dict(counts)
            for order, change in delta[key].items():
                counts[order] = counts.get(order, 0) + change
                if not counts[order]:
                    del counts[order]
        areas.append(replace(area, progress=_area_progress(progress, key), met_by_group=counts))
    gone = set(changed)
    overdue = [row for row in previous.overdue if row.place.village_id not in gone]
    for village_id in changed:
        if village_id in facts.overdue:
            count, oldest = facts.overdue[village_id]
            insort(overdue, OverdueVillage(by_id[village_id], count, oldest), key=_overdue_order)
    return _assembled(session, plan, facts.year, places, agency_villages(session, plan.id), progress, campaign, facts,
                      criteria, areas, criterion_villages, overdue)


def _criteria(session: Session, plan: Plan) -> list[Criterion]:
    return list(session.exec(select(Criterion).where(Criterion.criteria_set_id == plan.criteria_set_id)
                             .order_by(Criterion.group_order, Criterion.number)))


def _by_group(met: Collection[int], group_of: dict[int, int]) -> dict[int, int]:
    """How many of the criteria `met` each group holds (groups with none left out)."""
    counts: dict[int, int] = defaultdict(int)
    for criterion_id in met:
        counts[group_of[criterion_id]] += 1
    return counts


def _area_keys(places: list[PlaceRow]) -> list[tuple[tuple | None, str, bool]]:
    """The summary's areas in their order, each as (key, name, is a district): each district before its communes
    as the places first name it, each commune, then the whole plan (key None)."""
    keys: list[tuple[tuple | None, str, bool]] = []
    seen: set[tuple] = set()
    for place in places:
        district = ("district", place.district_id)
        if place.district_id is not None and district not in seen:
            seen.add(district)
            keys.append((district, place.district, True))
        commune = ("commune", place.commune_id)
        if commune not in seen:
            seen.add(commune)
            keys.append((commune, place.commune, False))
    keys.append((None, "Toàn kế hoạch", True))
    return keys


def _area_progress(progress: PlanProgress, key: tuple | None):
    if key is None:
        return progress.plan
    return progress.by_district[key[1]] if key[0] == "district" else progress.by_commune[key[1]]


def _overdue_order(row: OverdueVillage) -> tuple:
    return row.oldest, row.place.label


def _assembled(session: Session, plan: Plan, year: int, places: list[PlaceRow], assignments: Sequence[AgencyVillage],
               progress: PlanProgress, campaign: CampaignRollup, facts: SummaryFacts, criteria: list[Criterion],
               areas: list[AreaRow], criterion_villages: dict[int, set[int]],
               overdue: list[OverdueVillage]) -> Summary:
    """The summary of these parts, with what is read or counted alike whether made afresh or refreshed;
    `assignments` are the plan's (agency_villages), read once for the rollups and the agencies' villages."""
    groups: dict[int, CriteriaGroup] = {}
    for criterion in criteria:
        known = groups.get(criterion.group_order)
        groups[criterion.group_order] = CriteriaGroup(criterion.group_order, criterion.group_name,
                                                      (known.criteria if known else 0) + 1)
    helped: dict[int, set[int]] = defaultdict(set)
    for assignment in assignments:
        helped[assignment.agency_id].add(assignment.village_id)
    agencies = [AgencySummary(a.name, progress.by_agency.get(a.agency_id, AgencyProgress()),
                              campaign.by_agency.get(a.agency_id, CampaignFigures()), frozenset(helped[a.agency_id]))
                for a in plan_agencies(session, plan.id)]
    criterion_rows = sorted(
        (CriterionSummary(c.number, c.name, c.group_name, len(criterion_villages[c.number]), len(places))
         for c in criteria), key=lambda row: (row.villages_met, row.number))
    assessed = facts.assessed
    meeting_by_year = {y: [v for v in progress.by_village if v in ids] for y, ids in facts.meeting.items()}
    return Summary(
        plan_code=plan.code, plan_title=plan.title, issuer=plan.issuer, place_name=plan.place, year=year,
        first_year=plan.first_year, groups=list(groups.values()), areas=areas, agencies=agencies,
        criteria=criterion_rows, campaign=campaign.plan, overdue=overdue,
        not_assessed=[p for p in places if p.village_id not in assessed], meeting_by_year=meeting_by_year,
        places=places, village_progress=progress.by_village, criterion_villages=criterion_villages,
        approval=figures_approval(session, plan.id, year),
    )
