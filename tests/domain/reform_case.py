"""A hand-built case across the 2025 reform, every figure counted by hand in tests/domain/test_reorganisation.py.

Before 1/7/2025, tỉnh Kon Tum: huyện Đăk Hà with xã Đăk Ui (Thôn 1, Thôn 2) and xã Ngọk Réo (Thôn 3, Thôn 4);
huyện Đăk Tô with xã Pô Kô (Thôn 5, Thôn 6). Plan 1-KH/TU, 2023–2025, two criteria.
The reorganisation (REFORM), effective 1/7/2025: Kon Tum merged into Quảng Ngãi; Đăk Ui and Ngọk Réo merged into a
new xã Đăk Hà; Thôn 6 moved from Pô Kô to Đăk Hà; Pô Kô renamed Đăk Tô (the same commune); both districts removed.

Criteria met (of 2) by village and year — a village meets the standard with 2:
          T1 T2 T3 T4 T5 T6
  2023     2  1  0  2  1  2
  2024     2  2  1  2  0  1
  2025     2  2  2  2  1  2
Minority households reported in 2024: T1 10, T2 20, T3 30, T4 40, T5 50, T6 60; reached: half of each.
"""

from datetime import date

from domain.agencies import AgencyKind, AssignmentRole
from domain.criteria import CriterionStatus
from domain.plan_draft import (
    AgencyDraft,
    AssessmentDraft,
    AssignmentDraft,
    CriteriaSetDraft,
    CriterionDraft,
    MemberDraft,
    PlaceKey,
    PlanDraft,
    VillageDraft,
)
from domain.reorganisation_draft import (
    Merge,
    MergeProvince,
    MoveVillage,
    RemoveLevel,
    Rename,
    ReorganisationDraft,
    UnitPath,
    VillagePath,
)
from domain.teams import TeamRole

BEFORE = {
    "Thôn 1": PlaceKey("Đăk Hà", "Đăk Ui", "Thôn 1"), "Thôn 2": PlaceKey("Đăk Hà", "Đăk Ui", "Thôn 2"),
    "Thôn 3": PlaceKey("Đăk Hà", "Ngọk Réo", "Thôn 3"), "Thôn 4": PlaceKey("Đăk Hà", "Ngọk Réo", "Thôn 4"),
    "Thôn 5": PlaceKey("Đăk Tô", "Pô Kô", "Thôn 5"), "Thôn 6": PlaceKey("Đăk Tô", "Pô Kô", "Thôn 6"),
}
AFTER = {name: PlaceKey(None, "Đăk Tô" if name == "Thôn 5" else "Đăk Hà", name) for name in BEFORE}
MET = {2023: (2, 1, 0, 2, 1, 2), 2024: (2, 2, 1, 2, 0, 1), 2025: (2, 2, 2, 2, 1, 2)}
HOUSEHOLDS_2024 = (10, 20, 30, 40, 50, 60)
EFFECTIVE = date(2025, 7, 1)

REFORM = ReorganisationDraft(
    decision_number="1674/NQ-UBTVQH15", decision_body="Ủy ban Thường vụ Quốc hội", decided_on=date(2025, 6, 16),
    effective_on=EFFECTIVE, changes=(
        Merge((UnitPath("Kon Tum", "Đăk Hà", "Đăk Ui"), UnitPath("Kon Tum", "Đăk Hà", "Ngọk Réo")),
              UnitPath("Quảng Ngãi", "", "Đăk Hà")),
        MoveVillage(VillagePath(UnitPath("Kon Tum", "Đăk Tô", "Pô Kô"), "Thôn 6"),
                    UnitPath("Quảng Ngãi", "", "Đăk Hà")),
        Rename(UnitPath("Kon Tum", "Đăk Tô", "Pô Kô"), "Đăk Tô"),
        RemoveLevel(UnitPath("Kon Tum", "Đăk Hà")),
        RemoveLevel(UnitPath("Kon Tum", "Đăk Tô")),
        MergeProvince(UnitPath("Kon Tum"), UnitPath("Quảng Ngãi")),  # listed last, applied first
    ))


def _plan(code: str, first: int, last: int, places: dict[str, PlaceKey], *, assessments=(), continues=None,
          extra: tuple[PlaceKey, ...] = ()) -> PlanDraft:
    keys = [*places.values(), *extra]
    return PlanDraft(
        code=code, title=f"Kế hoạch {code}", first_year=first, last_year=last, issuer="Tỉnh ủy", continues=continues,
        criteria_set=CriteriaSetDraft("TC2", "Bộ hai tiêu chí", [CriterionDraft(1, "Hạ tầng", 1, "Giao thông"),
                                                                   CriterionDraft(1, "Hạ tầng", 2, "Điện")]),
        villages=[VillageDraft(key) for key in keys],
        agencies=[AgencyDraft("Sở Nông nghiệp", "SNN", AgencyKind.STATE)],
        assignments=[AssignmentDraft("Sở Nông nghiệp", key, AssignmentRole.LEAD) for key in keys],
        members=[MemberDraft(key, f"Tổ trưởng {key.village}", TeamRole.LEADER, agency="Sở Nông nghiệp")
                 for key in keys],
        assessments=list(assessments))


def old_plan() -> PlanDraft:
    assessments = []
    for year, counts in MET.items():
        for key, met in zip(BEFORE.values(), counts, strict=True):
            for number in (1, 2):
                status = CriterionStatus.MET if number <= met else CriterionStatus.NOT_MET
                assessments.append(AssessmentDraft(key, number, year, status))
    return _plan("1-KH/TU", 2023, 2025, BEFORE, assessments=assessments)


def continuation_plan() -> PlanDraft:
    """2026–2030 under today's units, continuing 1-KH/TU, with one village new to it (Thôn 7)."""
    return _plan("2-KH/TU", 2026, 2030, AFTER, continues="1-KH/TU", extra=(PlaceKey(None, "Đăk Hà", "Thôn 7"),))
