"""Progress of the yearly checklist, rolled up from villages to communes, districts, agencies and the plan.

This is the one place progress is computed; the tree, the sheets and the reports all read it from here.
A village meets the standard (thôn đạt chuẩn) in a year when every criterion of the plan's set is met.
"""

from collections import defaultdict
from collections.abc import Collection, Sequence

from sqlalchemy import ColumnElement, Select, case, func
from sqlmodel import Session, select

from domain.agencies import AssignmentRole
from domain.agency_overview import AgencyVillage, agency_villages
from domain.criteria import Assessment, Criterion, CriterionStatus
from domain.figures import AgencyProgress, PlanProgress, Progress, VillageProgress  # re-exported
from domain.places import PlaceRow, plan_places
from domain.plan import Plan, PlanVillage


def criteria_total(session: Session, plan: Plan) -> int:
    statement = select(func.count()).select_from(Criterion).where(Criterion.criteria_set_id == plan.criteria_set_id)
    return session.exec(statement).one()


def plan_villages(plan: Plan, village_ids: Collection[int] | None = None) -> Select:
    """The plan's villages (or those among `village_ids`) as a subquery: the database reads them itself instead of
    10,000 bound ids."""
    villages = select(PlanVillage.village_id).where(PlanVillage.plan_id == plan.id)
    return villages if village_ids is None else villages.where(PlanVillage.village_id.in_(village_ids))


def in_criteria_set(plan: Plan) -> ColumnElement[bool]:
    """An assessment of a criterion of the plan's set."""
    return Assessment.criterion_id.in_(select(Criterion.id).where(Criterion.criteria_set_id == plan.criteria_set_id))


COUNTED = (CriterionStatus.MET, CriterionStatus.NOT_MET, CriterionStatus.IN_PROGRESS)


def village_progress(
    session: Session, plan: Plan, year: int, village_ids: Collection[int] | None = None
) -> dict[int, VillageProgress]:
    """Progress in `year` of the plan's villages (all, or those in `village_ids`).

    A village with no assessment has every criterion unassessed.
    """
    total = criteria_total(session, plan)
    villages = plan_villages(plan, village_ids)
    # IN (subquery) rather than joins: SQLite then seeks the (year, village_id, status) index village by village
    # instead of scanning the whole year when other plans hold many more villages. One row a village, the
    # statuses counted by the database: no status strings to turn into enums.
    statement = (
        select(Assessment.village_id, *(func.sum(case((Assessment.status == s, 1), else_=0)) for s in COUNTED))
        .where(Assessment.year == year, Assessment.village_id.in_(villages), in_criteria_set(plan))
        .group_by(Assessment.village_id)
    )
    counts = {village_id: counted for village_id, *counted in session.exec(statement)}
    unassessed = (0, 0, 0)
    return {village_id: VillageProgress(total, *counts.get(village_id, unassessed))
            for village_id in session.exec(villages)}


def villages_meeting(session: Session, plan: Plan, years: Collection[int],
                     village_ids: Collection[int] | None = None) -> dict[int, set[int]]:
    """The plan's villages (or those among `village_ids`) meeting the standard in each of `years` (as
    VillageProgress.meets_standard), counted by the database: one grouped query, not a rollup a year."""
    meeting: dict[int, set[int]] = {year: set() for year in years}
    total = criteria_total(session, plan)
    if total == 0:
        return meeting
    statement = (
        select(Assessment.year, Assessment.village_id)
        .where(Assessment.year.in_(years), Assessment.status == CriterionStatus.MET,
               Assessment.village_id.in_(plan_villages(plan, village_ids)), in_criteria_set(plan))
        .group_by(Assessment.year, Assessment.village_id).having(func.count() == total)
    )
    for year, village_id in session.exec(statement):
        meeting[year].add(village_id)
    return meeting


def plan_progress(session: Session, plan: Plan, year: int, places: list[PlaceRow] | None = None,
                  assignments: Sequence[AgencyVillage] | None = None) -> PlanProgress:
    """Progress of the plan in `year`, by village, commune, district (None: no district level) and agency;
    `places` and `assignments` (agency_villages) when the caller holds them already."""
    by_village = village_progress(session, plan, year)
    places = plan_places(session, plan.id) if places is None else places
    whole = Progress()
    by_commune: dict[int, Progress] = defaultdict(Progress)
    by_district: dict[int | None, Progress] = defaultdict(Progress)
    for place in places:
        village = by_village[place.village_id]
        whole.add(village)
        by_commune[place.commune_id].add(village)
        by_district[place.district_id].add(village)
    by_agency: dict[int, AgencyProgress] = defaultdict(AgencyProgress)
    for assignment in agency_villages(session, plan.id) if assignments is None else assignments:
        village = by_village[assignment.village_id]
        progress = by_agency[assignment.agency_id]
        (progress.lead if assignment.role == AssignmentRole.LEAD else progress.co_support).add(village)
        progress.all.add(village)
    return PlanProgress(year, whole, by_village, dict(by_commune), dict(by_district), dict(by_agency))
