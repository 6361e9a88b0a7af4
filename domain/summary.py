"""The summary report for a year: what the secretariat carries into the Standing Committee's meeting.

Five sections, all read from the same rollups as the window (domain/progress.py, domain/campaign.py):
progress by district and commune with the criteria met in each group, the agencies, criterion by criterion
(weakest first), the campaign table, and the villages that need attention (difficulties open for more than
90 days; no assessment at all this year).
"""

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, func, select

from domain.agency_overview import plan_agencies
from domain.campaign import CampaignFigures, CampaignRollup, campaign_rollup
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
    village_ids = [p.village_id for p in places]
    if progress is None or progress.year != year:
        progress = plan_progress(session, plan, year, places)
    if campaign is None or campaign.year != year or campaign.today != today:
        campaign = campaign_rollup(session, plan, year, places, today)
    if facts is None or facts.year != year or facts.today != today:
        facts = summary_facts(session, plan, year, today)
    criteria = list(session.exec(select(Criterion).where(Criterion.criteria_set_id == plan.criteria_set_id)
                                 .order_by(Criterion.group_order, Criterion.number)))
    groups: dict[int, CriteriaGroup] = {}
    for criterion in criteria:
        known = groups.get(criterion.group_order)
        groups[criterion.group_order] = CriteriaGroup(criterion.group_order, criterion.group_name,
                                                      (known.criteria if known else 0) + 1)
    group_of = {criterion.id: criterion.group_order for criterion in criteria}
    by_village_group: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    villages_meeting_criterion: dict[int, set[int]] = defaultdict(set)
    for village_id, met in facts.met.items():
        for criterion_id in met:
            by_village_group[village_id][group_of[criterion_id]] += 1
            villages_meeting_criterion[criterion_id].add(village_id)

    def group_counts(ids: list[int]) -> dict[int, int]:
        counts: dict[int, int] = defaultdict(int)
        for village_id in ids:
            for order, count in by_village_group[village_id].items():
                counts[order] += count
        return dict(counts)

    areas: list[AreaRow] = []
    communes: dict[int, list[int]] = defaultdict(list)
    districts: dict[int | None, list[int]] = defaultdict(list)
    for place in places:
        communes[place.commune_id].append(place.village_id)
        districts[place.district_id].append(place.village_id)
    seen_districts: set[int | None] = set()
    seen_communes: set[int] = set()
    for place in places:
        if place.district_id is not None and place.district_id not in seen_districts:
            seen_districts.add(place.district_id)
            ids = districts[place.district_id]
            areas.append(AreaRow(place.district, True, progress.by_district[place.district_id], group_counts(ids), ids))
        if place.commune_id not in seen_communes:
            seen_communes.add(place.commune_id)
            ids = communes[place.commune_id]
            areas.append(AreaRow(place.commune, False, progress.by_commune[place.commune_id], group_counts(ids), ids))
    areas.append(AreaRow("Toàn kế hoạch", True, progress.plan, group_counts(village_ids), village_ids))

    agencies = [AgencySummary(a.name, progress.by_agency.get(a.agency_id, AgencyProgress()),
                              campaign.by_agency.get(a.agency_id, CampaignFigures()))
                for a in plan_agencies(session, plan.id)]
    criterion_rows = sorted(
        (CriterionSummary(c.number, c.name, c.group_name, len(villages_meeting_criterion[c.id]), len(village_ids))
         for c in criteria), key=lambda row: (row.villages_met, row.number))
    by_id = {p.village_id: p for p in places}
    overdue = sorted((OverdueVillage(by_id[v], count, oldest) for v, (count, oldest) in facts.overdue.items()),
                     key=lambda row: (row.oldest, row.place.label))
    assessed = facts.assessed
    meeting_by_year = {y: [v for v in progress.by_village if v in ids] for y, ids in facts.meeting.items()}
    return Summary(
        plan_code=plan.code, plan_title=plan.title, issuer=plan.issuer, place_name=plan.place, year=year,
        first_year=plan.first_year, groups=list(groups.values()), areas=areas, agencies=agencies,
        criteria=criterion_rows, campaign=campaign.plan, overdue=overdue,
        not_assessed=[p for p in places if p.village_id not in assessed], meeting_by_year=meeting_by_year,
        places=places, village_progress=progress.by_village,
        criterion_villages={c.number: villages_meeting_criterion[c.id] for c in criteria},
    )
