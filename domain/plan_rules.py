"""The plan's rules that hold for every village, worded once: whether a whole annex is imported
(domain/plan_import.check_draft) or one village's team is edited in the window (domain/plan_editing.set_team)."""


def lead_agency_problem(village: str, leads: int) -> str | None:
    """Every village has a lead agency."""
    return None if leads else f"thôn “{village}” chưa có cơ quan chủ trì"


def team_lead_problem(village: str, leaders: int) -> str | None:
    """Every village's support team has exactly one team lead."""
    return None if leaders == 1 else f"thôn “{village}” có {leaders} tổ trưởng (cần đúng 1)"
