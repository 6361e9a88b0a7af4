"""What the window calls the domain's enumerations, through Qt's translation (Vietnamese shipped)."""

from PySide6.QtCore import QCoreApplication

from domain.vocabulary import AgencyKind, AssignmentRole, CriterionStatus, TeamRole

translate = QCoreApplication.translate


def status_label(status: CriterionStatus) -> str:
    return {
        CriterionStatus.MET: translate("Labels", "Met"),
        CriterionStatus.NOT_MET: translate("Labels", "Not met"),
        CriterionStatus.IN_PROGRESS: translate("Labels", "In progress"),
        CriterionStatus.NOT_ASSESSED: translate("Labels", "Not assessed"),
    }[status]


def role_label(role: AssignmentRole) -> str:
    return {
        AssignmentRole.LEAD: translate("Labels", "Lead"),
        AssignmentRole.CO_SUPPORT: translate("Labels", "Co-support"),
    }[role]


def team_role_label(role: TeamRole) -> str:
    return {
        TeamRole.LEADER: translate("Labels", "Team lead"),
        TeamRole.DEPUTY: translate("Labels", "Deputy"),
        TeamRole.MEMBER: translate("Labels", "Member"),
    }[role]


def agency_kind_label(kind: AgencyKind) -> str:
    return {
        AgencyKind.PARTY: translate("Labels", "Party body"),
        AgencyKind.STATE: translate("Labels", "State agency"),
        AgencyKind.MASS_ORGANISATION: translate("Labels", "Front or mass organisation"),
        AgencyKind.ENTERPRISE: translate("Labels", "Enterprise"),
        AgencyKind.ARMED_FORCES: translate("Labels", "Armed forces"),
        AgencyKind.OTHER: translate("Labels", "Other"),
    }[kind]


def progress_text(met: int, total: int) -> str:
    """'12/17 đạt': criteria met of the set."""
    return translate("Labels", "%1/%2 met").replace("%1", str(met)).replace("%2", str(total))
