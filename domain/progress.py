"""Progress of the yearly checklist, rolled up from villages to communes, districts, agencies and the plan.

This is the one place progress is computed; the tree, the sheets and the reports all read it from here.
A village meets the standard (thôn đạt chuẩn) in a year when every criterion of the plan's set is met.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func
from sqlmodel import Session, select

from domain.agencies import Assignment, AssignmentRole
from domain.criteria import Assessment, Criterion, CriterionStatus
from domain.places import PlaceRow, plan_places
from domain.plan import Plan, PlanVillage


@dataclass(frozen=True)
class VillageProgress:
    """The count of criteria in each status for one village in one year."""

    total: int
    met: int = 0
    not_met: int = 0
    in_progress: int = 0

    @property
    def not_assessed(self) -> int:
        return self.total - self.met - self.not_met - self.in_progress

    @property
    def meets_standard(self) -> bool:
        return self.total > 0 and self.met == self.total


@dataclass
class Progress:
    """Progress of a group of villages: how many, how many meet the standard, criteria met of all."""

    villages: int = 0
    villages_meeting: int = 0
    criteria_met: int = 0
    criteria_total: int = 0

    def add(self, village: VillageProgress) -> None:
        self.villages += 1
        self.villages_meeting += village.meets_standard
        self.criteria_met += village.met
        self.criteria_total += village.total

    def replacing(self, old: VillageProgress, new: VillageProgress) -> "Progress":
        """A new Progress of the same villages with one village's figures `old` become `new` (self is unchanged)."""
        return Progress(self.villages, self.villages_meeting - old.meets_standard + new.meets_standard,
                        self.criteria_met - old.met + new.met, self.criteria_total - old.total + new.total)

    @property
    def average_met(self) -> float:
        """Average number of criteria met per village."""
        return self.criteria_met / self.villages if self.villages else 0.0


@dataclass
class AgencyProgress:
    """Progress of the villages an agency helps, as lead and as co-support."""

    lead: Progress = field(default_factory=Progress)
    co_support: Progress = field(default_factory=Progress)
    all: Progress = field(default_factory=Progress)


@dataclass
class PlanProgress:
    year: int
    plan: Progress
    by_village: dict[int, VillageProgress]
    by_commune: dict[int, Progress]
    by_district: dict[int | None, Progress]
    by_agency: dict[int, AgencyProgress]


def criteria_total(session: Session, plan: Plan) -> int:
    statement = select(func.count()).select_from(Criterion).where(Criterion.criteria_set_id == plan.criteria_set_id)
    return session.exec(statement).one()


def village_progress(
    session: Session, plan: Plan, year: int, village_ids: list[int] | None = None
) -> dict[int, VillageProgress]:
    """Progress in `year` of the plan's villages (all, or those in `village_ids`).

    A village with no assessment has every criterion unassessed.
    """
    total = criteria_total(session, plan)
    counts: dict[int, dict[CriterionStatus, int]] = defaultdict(dict)
    villages = select(PlanVillage.village_id).where(PlanVillage.plan_id == plan.id)
    if village_ids is not None:
        villages = villages.where(PlanVillage.village_id.in_(village_ids))
    # IN (subquery) rather than joins: SQLite then seeks the (year, village_id, status) index village by village
    # instead of scanning the whole year when other plans hold many more villages.
    statement = (
        select(Assessment.village_id, Assessment.status, func.count())
        .where(
            Assessment.year == year,
            Assessment.village_id.in_(villages),
            Assessment.criterion_id.in_(select(Criterion.id).where(Criterion.criteria_set_id == plan.criteria_set_id)),
        )
        .group_by(Assessment.village_id, Assessment.status)
    )
    for village_id, status, count in session.exec(statement):
        counts[village_id][status] = count
    return {
        village_id: VillageProgress(
            total=total,
            met=counts[village_id].get(CriterionStatus.MET, 0),
            not_met=counts[village_id].get(CriterionStatus.NOT_MET, 0),
            in_progress=counts[village_id].get(CriterionStatus.IN_PROGRESS, 0),
        )
        for village_id in session.exec(villages)
    }


def plan_progress(session: Session, plan: Plan, year: int, places: list[PlaceRow] | None = None) -> PlanProgress:
    """Progress of the plan in `year`, by village, commune, district (None: no district level) and agency."""
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
    assignments = session.exec(
        select(Assignment.agency_id, Assignment.village_id, Assignment.role).where(Assignment.plan_id == plan.id)
    )
    for agency_id, village_id, role in assignments:
        village = by_village[village_id]
        progress = by_agency[agency_id]
        (progress.lead if role == AssignmentRole.LEAD else progress.co_support).add(village)
        progress.all.add(village)
    return PlanProgress(year, whole, by_village, dict(by_commune), dict(by_district), dict(by_agency))
