"""The shapes of the plan's figures: progress, campaign figures and the summary report, as plain dataclasses.

Kept apart from the queries that fill them (domain/progress.py, domain/campaign.py, domain/summary.py, which
re-export them) so that the window can name these types without importing SQLAlchemy or SQLModel.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from domain.approval import Approval
from domain.vocabulary import ModelStatus

if TYPE_CHECKING:
    from domain.places import PlaceRow

Sums = tuple[int, ...]
"""What a campaign group's figures are made of, as one flat tuple of counts (see domain/campaign.py)."""


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

    def replacing(self, old: VillageProgress, new: VillageProgress) -> Progress:
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


@dataclass(frozen=True)
class RollupSums:
    """The Sums behind every figure of a CampaignRollup, kept so that a refresh recomputes a few villages only."""

    today: date
    plan: Sums
    by_village: dict[int, Sums]
    by_commune: dict[int, Sums]
    by_district: dict[int | None, Sums]
    by_agency: dict[int, Sums]


@dataclass
class CampaignRollup:
    year: int
    plan: CampaignFigures
    by_village: Mapping[int, CampaignFigures]
    """Read-only mappings: campaign.rollup_from_sums makes each figure when first asked for."""
    by_commune: Mapping[int, CampaignFigures]
    by_district: Mapping[int | None, CampaignFigures]
    by_agency: Mapping[int, CampaignFigures]
    _sums: RollupSums | None = field(default=None, compare=False, repr=False)

    @property
    def today(self) -> date | None:
        """The day the overdue difficulties were counted for (None: not known)."""
        return self._sums.today if self._sums else None


@dataclass(frozen=True)
class CriteriaGroup:
    order: int
    name: str
    criteria: int


@dataclass(frozen=True)
class AreaRow:
    """A district, a commune or the whole plan: its progress and the criteria met in each group."""

    name: str
    is_district: bool
    progress: Progress
    met_by_group: dict[int, int]
    village_ids: list[int]

    def group_share(self, group: CriteriaGroup) -> tuple[int, int]:
        """(met, possible): criteria of the group met, over the group's criteria times the villages."""
        return self.met_by_group.get(group.order, 0), group.criteria * self.progress.villages


@dataclass(frozen=True)
class AgencySummary:
    name: str
    progress: AgencyProgress
    campaign: CampaignFigures
    village_ids: frozenset[int] = frozenset()
    """The villages it leads or co-supports (whose figures its row sums)."""


@dataclass(frozen=True)
class CriterionSummary:
    number: int
    name: str
    group_name: str
    villages_met: int
    villages: int


@dataclass(frozen=True)
class OverdueVillage:
    place: PlaceRow
    overdue: int
    oldest: date


@dataclass(frozen=True)
class Summary:
    plan_code: str
    plan_title: str
    issuer: str
    place_name: str
    year: int
    first_year: int
    groups: list[CriteriaGroup]
    areas: list[AreaRow]
    agencies: list[AgencySummary]
    criteria: list[CriterionSummary]
    campaign: CampaignFigures
    overdue: list[OverdueVillage]
    not_assessed: list[PlaceRow]
    meeting_by_year: dict[int, list[int]]
    places: list[PlaceRow]
    village_progress: dict[int, VillageProgress]
    criterion_villages: dict[int, set[int]]
    units_said: str = ""
    """The units the figures are grouped by, as the printed report names them (domain/unit_days.grouping_said):
    '' where no reorganisation is recorded."""
    approval: Approval = field(default_factory=Approval)
    """Which villages' figures are approved, whether the year is closed: what the printed summary marks."""

    def villages(self, ids) -> list[PlaceRow]:
        """The plan's villages among `ids`, in the plan's order: what a chart's bar stands for."""
        wanted = set(ids)
        return [p for p in self.places if p.village_id in wanted]
