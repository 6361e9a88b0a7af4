"""A plan as plain data, before it is in the database: what the sample file and the plan workbook hold.

Places are named, not numbered (district, commune, village), as people write them in a workbook.
None in `is_template`, `note` or `is_sample` means "not said": an update leaves the stored value alone.
"""

from dataclasses import dataclass, field
from datetime import date

from domain.agencies import AgencyKind, AssignmentRole
from domain.criteria import CriterionStatus
from domain.teams import TeamRole


@dataclass(frozen=True)
class PlaceKey:
    """A village named by district (None: no district level), commune and village."""

    district: str | None
    commune: str
    village: str


@dataclass(frozen=True)
class VillageDraft:
    place: PlaceKey
    households: int | None = None
    minority_households: int | None = None
    ethnic_groups: str = ""
    note: str = ""


@dataclass(frozen=True)
class AgencyDraft:
    name: str
    short_name: str = ""
    kind: AgencyKind = AgencyKind.OTHER
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class AssignmentDraft:
    agency: str
    place: PlaceKey
    role: AssignmentRole


@dataclass(frozen=True)
class MemberDraft:
    place: PlaceKey
    full_name: str
    role: TeamRole
    position: str = ""
    agency: str = ""
    phone: str = ""


@dataclass(frozen=True)
class CriterionDraft:
    group_order: int
    group_name: str
    number: int
    name: str
    requirement: str = ""


@dataclass(frozen=True)
class CriteriaSetDraft:
    code: str
    title: str
    criteria: list[CriterionDraft]
    is_template: bool | None = None
    note: str | None = None


@dataclass(frozen=True)
class AssessmentDraft:
    place: PlaceKey
    criterion_number: int
    year: int
    status: CriterionStatus
    evidence: str = ""
    note: str = ""


@dataclass
class PlanDraft:
    code: str
    title: str
    first_year: int
    last_year: int
    criteria_set: CriteriaSetDraft
    issuer: str = ""
    place: str = ""
    issued_on: date | None = None
    is_sample: bool | None = None
    continues: str | None = None
    """The code of the plan this one carries on (2026–2030 after 2023–2025); None: not said, "" : none."""
    continues_where: str = ""
    """Where the annex names that plan ("tệp “x.xlsx”, sheet “Kế hoạch”, dòng 2, cột “Tiếp nối kế hoạch”"), for
    the refusal when no such plan is recorded (the reader has no database to check it against)."""
    villages: list[VillageDraft] = field(default_factory=list)
    agencies: list[AgencyDraft] = field(default_factory=list)
    assignments: list[AssignmentDraft] = field(default_factory=list)
    members: list[MemberDraft] = field(default_factory=list)
    assessments: list[AssessmentDraft] = field(default_factory=list)
