"""A small plan whose every figure is counted by hand in the tests.

Criteria set TEST: 1 (group 1, Quy hoạch), 2 and 3 (group 2, Hạ tầng).
Huyện A: Xã Một (Thôn 1, Làng Đắk), Xã Hai (Thôn 1). Xã Ba has no district (Làng Mới).
Sở Một leads Xã Một's two villages; Sở Hai leads Thôn 1 of Xã Hai and Làng Mới, and co-supports
Thôn 1 of Xã Một.

2024: Thôn 1 (Xã Một) M M M — meets the standard; Làng Đắk M N P; Thôn 1 (Xã Hai) M - -; Làng Mới none.
2025: Thôn 1 (Xã Một) M M N; nothing else.
"""

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
from domain.teams import TeamRole

T1_MOT = PlaceKey("Huyện A", "Xã Một", "Thôn 1")
DAK = PlaceKey("Huyện A", "Xã Một", "Làng Đắk")
T1_HAI = PlaceKey("Huyện A", "Xã Hai", "Thôn 1")
MOI = PlaceKey(None, "Xã Ba", "Làng Mới")
M, N, P = CriterionStatus.MET, CriterionStatus.NOT_MET, CriterionStatus.IN_PROGRESS


def small_plan_draft(code: str = "1-KH/TEST", *, is_sample: bool = False) -> PlanDraft:
    assessments = [
        AssessmentDraft(T1_MOT, 1, 2024, M), AssessmentDraft(T1_MOT, 2, 2024, M), AssessmentDraft(T1_MOT, 3, 2024, M),
        AssessmentDraft(DAK, 1, 2024, M), AssessmentDraft(DAK, 2, 2024, N), AssessmentDraft(DAK, 3, 2024, P),
        AssessmentDraft(T1_HAI, 1, 2024, M),
        AssessmentDraft(T1_MOT, 1, 2025, M), AssessmentDraft(T1_MOT, 2, 2025, M),
        AssessmentDraft(T1_MOT, 3, 2025, N, evidence="Biên bản số 5", note="Cần thêm kinh phí"),
    ]
    return PlanDraft(
        code=code, title="Kế hoạch thử", first_year=2024, last_year=2026, issuer="Tỉnh ủy Thử", place="Thử",
        is_sample=is_sample,
        criteria_set=CriteriaSetDraft("TEST", "Bộ tiêu chí thử", [
            CriterionDraft(1, "Quy hoạch", 1, "Quy hoạch", "Có quy hoạch được duyệt"),
            CriterionDraft(2, "Hạ tầng", 2, "Giao thông", "Đường trục thôn cứng hóa"),
            CriterionDraft(2, "Hạ tầng", 3, "Điện", "Từ 95% số hộ dùng điện"),
        ]),
        villages=[VillageDraft(T1_MOT, 120, 118), VillageDraft(DAK, 80), VillageDraft(T1_HAI), VillageDraft(MOI)],
        agencies=[AgencyDraft("Sở Một", "S1", AgencyKind.STATE), AgencyDraft("Sở Hai", "", AgencyKind.PARTY)],
        assignments=[
            AssignmentDraft("Sở Một", T1_MOT, AssignmentRole.LEAD), AssignmentDraft("S1", DAK, AssignmentRole.LEAD),
            AssignmentDraft("Sở Hai", T1_HAI, AssignmentRole.LEAD), AssignmentDraft("Sở Hai", MOI, AssignmentRole.LEAD),
            AssignmentDraft("Sở Hai", T1_MOT, AssignmentRole.CO_SUPPORT),
        ],
        members=[
            MemberDraft(T1_MOT, "Nguyễn Văn Tổ", TeamRole.LEADER, "Phó Giám đốc", "Sở Một", "0900 111 001"),
            MemberDraft(T1_MOT, "Trần Thị Phó", TeamRole.DEPUTY, "Trưởng phòng", "Sở Hai"),
            MemberDraft(T1_MOT, "Lê Văn Viên", TeamRole.MEMBER, "Chuyên viên", "Sở Một"),
            MemberDraft(DAK, "Phạm Đức Đắk", TeamRole.LEADER, agency="Sở Một"),
            MemberDraft(T1_HAI, "Võ Thị Hai", TeamRole.LEADER, agency="Sở Hai"),
            MemberDraft(MOI, "Đinh Văn Mới", TeamRole.LEADER, agency="Sở Hai"),
        ],
        assessments=assessments,
    )
