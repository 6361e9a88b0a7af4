"""The plan's figures after a save, recomputed for the villages it touched instead of the whole plan.

A refresh reads the changed villages' rows only (their assessments or records, their commune and district, the
agencies helping them) and counts them with the same code as the full rollups (domain/progress.village_progress,
domain/campaign.village_sums); each group's figures are then shifted by the difference, which is exact because
what is added up are integers (progress counts; for the campaign, the raw household totals and activity counts
kept in CampaignRollup._sums, never the rates). The result equals plan_progress / campaign_rollup computed afresh.

The argument is never changed: the window paints from it while the refresh runs in a worker thread. The result
shares the unchanged per-village and per-group Sums with it (its figures are made from them when asked for). What
changes the plan's structure (villages, communes, assignments) needs a full rollup; so does a refresh asked for
another year or, for the campaign, another day than the rollup's (overdue difficulties depend on the day): then the
full rollup is returned, with every row in the change.
"""

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date

from sqlmodel import Session, select

from domain.agencies import Assignment, AssignmentRole
from domain.campaign import CampaignRollup, RollupSums, campaign_rollup, rollup_from_sums, shift_sums, village_sums
from domain.places import plan_places
from domain.plan import Plan
from domain.progress import PlanProgress, plan_progress, village_progress


@dataclass(frozen=True)
class FiguresChange:
    """What a refresh changed: the window repaints these rows only."""

    villages: frozenset[int]
    communes: frozenset[int]
    districts: frozenset[int | None]
    agencies: frozenset[int]


@dataclass(frozen=True)
class _Touched:
    """The changed villages of the plan with the commune, district and assignments each belongs to."""

    commune: dict[int, int]
    district: dict[int, int | None]
    assignments: list[tuple[int, int, AssignmentRole]]  # agency, village, role

    def change(self) -> FiguresChange:
        return FiguresChange(frozenset(self.commune), frozenset(self.commune.values()),
                             frozenset(self.district.values()), frozenset(a for a, _, _ in self.assignments))


def _touched(session: Session, plan: Plan, village_ids: Collection[int], known: Collection[int],
             on: date | None) -> _Touched:
    """Where the villages among `village_ids` that the rollup knows (`known`) sit on `on` (None: today), and who
    helps them."""
    ids = [v for v in set(village_ids) if v in known]
    places = plan_places(session, plan.id, ids, on=on)
    assignments = session.exec(select(Assignment.agency_id, Assignment.village_id, Assignment.role)
                               .where(Assignment.plan_id == plan.id, Assignment.village_id.in_(ids))).all()
    return _Touched({p.village_id: p.commune_id for p in places}, {p.village_id: p.district_id for p in places},
                    [tuple(row) for row in assignments])


def _everything(by_village: dict, by_commune: dict, by_district: dict, by_agency: dict) -> FiguresChange:
    return FiguresChange(frozenset(by_village), frozenset(by_commune), frozenset(by_district), frozenset(by_agency))


def refresh_progress(session: Session, plan: Plan, year: int, progress: PlanProgress,
                     village_ids: Collection[int], on: date | None = None) -> tuple[PlanProgress, FiguresChange]:
    """`progress` with the figures of `village_ids` (and their groups) read again from the database; `on` is the
    day whose units group it (domain/unit_history.units_on; None: today's)."""
    if year != progress.year:
        fresh = plan_progress(session, plan, year, plan_places(session, plan.id, on=on))
        return fresh, _everything(fresh.by_village, fresh.by_commune, fresh.by_district, fresh.by_agency)
    touched = _touched(session, plan, village_ids, progress.by_village, on)
    new = village_progress(session, plan, year, list(touched.commune))
    old = progress.by_village
    whole = progress.plan
    by_commune, by_district = dict(progress.by_commune), dict(progress.by_district)
    for village_id, commune_id in touched.commune.items():
        before, after = old[village_id], new[village_id]
        whole = whole.replacing(before, after)
        by_commune[commune_id] = by_commune[commune_id].replacing(before, after)
        district_id = touched.district[village_id]
        by_district[district_id] = by_district[district_id].replacing(before, after)
    by_agency = dict(progress.by_agency)
    for agency_id, village_id, role in touched.assignments:
        before, after = old[village_id], new[village_id]
        agency = by_agency[agency_id]
        if role == AssignmentRole.LEAD:
            agency = replace(agency, lead=agency.lead.replacing(before, after))
        else:
            agency = replace(agency, co_support=agency.co_support.replacing(before, after))
        by_agency[agency_id] = replace(agency, all=agency.all.replacing(before, after))
    refreshed = PlanProgress(year, whole, old | new, by_commune, by_district, by_agency)
    return refreshed, touched.change()


def refresh_campaign(session: Session, plan: Plan, year: int, campaign: CampaignRollup, village_ids: Collection[int],
                     today: date, on: date | None = None) -> tuple[CampaignRollup, FiguresChange]:
    """`campaign` with the figures of `village_ids` (and their groups) read again from the database for `today`,
    grouped by the units of `on` (as refresh_progress)."""
    sums = campaign._sums
    if sums is None or year != campaign.year or today != sums.today:
        fresh = campaign_rollup(session, plan, year, plan_places(session, plan.id, on=on), today)
        return fresh, _everything(fresh.by_village, fresh.by_commune, fresh.by_district, fresh.by_agency)
    touched = _touched(session, plan, village_ids, sums.by_village, on)
    new = village_sums(session, plan, year, list(touched.commune), today)
    old = sums.by_village
    whole = sums.plan
    by_commune, by_district = dict(sums.by_commune), dict(sums.by_district)
    by_agency = dict(sums.by_agency)
    for village_id, commune_id in touched.commune.items():
        before, after = old[village_id], new[village_id]
        whole = shift_sums(whole, before, after)
        by_commune[commune_id] = shift_sums(by_commune[commune_id], before, after)
        district_id = touched.district[village_id]
        by_district[district_id] = shift_sums(by_district[district_id], before, after)
    agencies: dict[int, set[int]] = defaultdict(set)
    for agency_id, village_id, _ in touched.assignments:
        agencies[agency_id].add(village_id)
    for agency_id, helped in agencies.items():
        for village_id in helped:
            by_agency[agency_id] = shift_sums(by_agency[agency_id], old[village_id], new[village_id])
    new_sums = RollupSums(today, whole, old | new, by_commune, by_district, by_agency)
    return rollup_from_sums(year, new_sums), touched.change()
