"""The words of the data: the enums a column stores and a widget shows, without SQLModel or SQLAlchemy.

The window builds its labels, delegates and combo boxes from these at import time, before the database layer
is loaded (issue 14: the window painted first). The modules that define the tables re-export them
(`domain.criteria.CriterionStatus` is this module's `CriterionStatus`, the same object), so old imports and the
stored values are unchanged.
"""

import enum

COUNT_FIELDS = ("reached", "changed_ways", "applying_science", "better_life", "in_cooperatives", "poor", "near_poor")
"""The household counts of a year, in the order forms, tables and workbooks show them."""


class Role(enum.StrEnum):
    SECRETARIAT = "secretariat"
    TEAM_LEAD = "team_lead"
    VIEWER = "viewer"


class TeamRole(enum.StrEnum):
    LEADER = "leader"
    DEPUTY = "deputy"
    MEMBER = "member"


class CriterionStatus(enum.StrEnum):
    """Đạt / Chưa đạt / Đang thực hiện / Chưa đánh giá."""

    MET = "met"
    NOT_MET = "not_met"
    IN_PROGRESS = "in_progress"
    NOT_ASSESSED = "not_assessed"


class AgencyKind(enum.StrEnum):
    PARTY = "party"
    STATE = "state"
    MASS_ORGANISATION = "mass_org"
    ENTERPRISE = "enterprise"
    ARMED_FORCES = "armed_forces"
    OTHER = "other"


class AssignmentRole(enum.StrEnum):
    LEAD = "lead"
    CO_SUPPORT = "co_support"


class UnitKind(enum.StrEnum):
    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"


class ChangeKind(enum.StrEnum):
    """What one change of a reorganisation (sắp xếp đơn vị hành chính) does."""

    MERGE = "merge"
    SPLIT = "split"
    RENAME = "rename"
    MOVE_VILLAGE = "move_village"
    RENAME_VILLAGE = "rename_village"
    LEVEL_REMOVED = "level_removed"
    PROVINCE_MERGED = "province_merged"


class Grouping(enum.StrEnum):
    """Which units a year's figures are grouped by: those valid in that year (the default), or today's (a review
    across the 2025 reform with the old results summed into the new communes)."""

    OF_THEIR_TIME = "of_their_time"
    OF_TODAY = "of_today"


class ModelField(enum.StrEnum):
    ECONOMY = "economy"
    CULTURE_SOCIETY = "culture_society"
    SECURITY_ORDER = "security_order"
    POLITICAL_SYSTEM = "political_system"


class ModelStatus(enum.StrEnum):
    BUILT = "built"
    MAINTAINED = "maintained"
    REPLICATED = "replicated"


class SourceKind(enum.StrEnum):
    AGENCY = "agency"
    ENTERPRISE = "enterprise"
    PERSON = "person"


class ResourceKind(enum.StrEnum):
    MONEY = "money"
    IN_KIND = "in_kind"
    WORKDAYS = "workdays"


class ConcernStatus(enum.StrEnum):
    OPEN = "open"
    FORWARDED = "forwarded"
    RESOLVED = "resolved"


class ContactRole(enum.StrEnum):
    PRESTIGIOUS = "prestigious"
    ELDER = "elder"
    VILLAGE_HEAD = "village_head"
    OTHER = "other"


class InitiativeStatus(enum.StrEnum):
    PLANNED = "planned"
    UNDERWAY = "underway"
    DONE = "done"


class RoundKind(enum.StrEnum):
    """A review round of a plan-year: the yearly one (its approval locks the village-year) or the mid-year one
    (provinces that review every six months; its approval locks nothing)."""

    YEARLY = "yearly"
    MID_YEAR = "mid_year"


class ReviewState(enum.StrEnum):
    """Where a village's review stands in a round: Đang rà soát → Đã gửi → Đã duyệt | Trả lại (domain/review_states.py
    holds the steps allowed). No row for a village in a round means IN_REVIEW."""

    IN_REVIEW = "in_review"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    RETURNED = "returned"


class ReviewStep(enum.StrEnum):
    """The step a comment of a village's review went with; COMMENT is a remark without a change of state."""

    SUBMIT = "submit"
    APPROVE = "approve"
    RETURN = "return"
    REOPEN = "reopen"
    COMMENT = "comment"


class LineKind(enum.StrEnum):
    """A line of an update workbook's preview: a change taken, a conflict, a refusal."""

    CHANGE = "change"
    CONFLICT = "conflict"
    REFUSED = "refused"


class StartMode(enum.Enum):
    ALONE = "alone"  # a one-PC database without accounts: the operating-system user works, as secretariat
    FIRST_ACCOUNT = "first_account"  # a new shared database: the first secretariat account is made first
    SIGN_IN = "sign_in"
