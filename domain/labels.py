"""The Vietnamese words for the domain's enumerations, as printed sheets and the command line write them.

The window shows the same words through Qt's translation (ui/labels.py); these are for documents.
"""

from domain.agencies import AgencyKind, AssignmentRole
from domain.criteria import CriterionStatus
from domain.teams import TeamRole
from domain.vocabulary import ReviewState, ReviewStep, RoundKind

STATUS = {
    CriterionStatus.MET: "Đạt",
    CriterionStatus.NOT_MET: "Chưa đạt",
    CriterionStatus.IN_PROGRESS: "Đang thực hiện",
    CriterionStatus.NOT_ASSESSED: "Chưa đánh giá",
}

ASSIGNMENT_ROLE = {AssignmentRole.LEAD: "Chủ trì", AssignmentRole.CO_SUPPORT: "Phối hợp"}

TEAM_ROLE = {TeamRole.LEADER: "Tổ trưởng", TeamRole.DEPUTY: "Tổ phó", TeamRole.MEMBER: "Thành viên"}

AGENCY_KIND = {
    AgencyKind.PARTY: "Cơ quan Đảng",
    AgencyKind.STATE: "Cơ quan nhà nước",
    AgencyKind.MASS_ORGANISATION: "Mặt trận, đoàn thể",
    AgencyKind.ENTERPRISE: "Doanh nghiệp",
    AgencyKind.ARMED_FORCES: "Lực lượng vũ trang",
    AgencyKind.OTHER: "Khác",
}

ROUND_KIND = {RoundKind.YEARLY: "Rà soát cả năm", RoundKind.MID_YEAR: "Rà soát 6 tháng đầu năm"}

REVIEW_STATE = {
    ReviewState.IN_REVIEW: "Đang rà soát",
    ReviewState.SUBMITTED: "Đã gửi",
    ReviewState.APPROVED: "Đã duyệt",
    ReviewState.RETURNED: "Trả lại",
}

REVIEW_STEP = {
    ReviewStep.SUBMIT: "Gửi",
    ReviewStep.APPROVE: "Duyệt",
    ReviewStep.RETURN: "Trả lại",
    ReviewStep.REOPEN: "Mở lại",
    ReviewStep.COMMENT: "Ý kiến",
}
