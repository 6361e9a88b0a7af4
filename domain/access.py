"""Who is working and what they may change: the roles are enforced here, inside the use cases.

Secretariat: everything. Team lead: the records and checklist of the villages whose support team they lead
in the plan (found by their name in the plan's teams, so a re-imported plan moves the right with the team);
everything else read-only. Viewer: reads.
"""

from dataclasses import dataclass, replace
from datetime import date

from sqlmodel import Session, select

from domain.admin_units import Village
from domain.errors import DomainError
from domain.formatting import format_date
from domain.plan import Plan, PlanVillage
from domain.teams import SupportTeam, TeamMember, TeamRole
from domain.text import name_key
from domain.users import Role

ROLE_LABEL = {Role.SECRETARIAT: "Văn phòng (thư ký)", Role.TEAM_LEAD: "Tổ trưởng tổ hỗ trợ", Role.VIEWER: "Chỉ xem"}


class Forbidden(DomainError):
    """The user's role does not allow the action."""


@dataclass(frozen=True)
class Principal:
    """Who is working: `name` is what the audit writes; a team lead also carries the team member they are."""

    name: str
    role: Role
    full_name: str = ""
    member_name: str = ""
    member_agency_id: int | None = None
    user_id: int | None = None
    looking_only: bool = False
    """The database is open only to look (another program holds it, or it is on a network drive)."""
    must_change_password: bool = False
    """Signed in on a shared server with a temporary password: a new one is chosen before the window opens."""

    @classmethod
    def local(cls, os_user: str) -> "Principal":
        """The operating-system user of a one-PC database without accounts, who may do everything."""
        return cls(name=os_user, role=Role.SECRETARIAT, full_name=os_user)

    def only_looking(self) -> "Principal":
        """The same person on a database opened read-only: refused every change, as a viewer is."""
        return replace(self, role=Role.VIEWER, looking_only=True)

    @property
    def shown_name(self) -> str:
        return self.full_name or self.name


def _refusal(user: Principal, what: str) -> str:
    if user.looking_only:
        return "Chưa làm: cơ sở dữ liệu đang mở chỉ để xem, không ghi được thay đổi nào."
    return f"Chưa làm: {what}. Tài khoản “{user.shown_name}” có vai trò {ROLE_LABEL[user.role]}."


def forbidden(user: Principal, what: str) -> Forbidden:
    """The refusal of `what` (a whole clause: "tổ trưởng chỉ gửi được thôn mình phụ trách"), naming the account."""
    return Forbidden(_refusal(user, what))


def require_secretariat(user: Principal, what: str) -> None:
    """Refuse `what` (said as "nhập kế hoạch", …) to anyone but the secretariat."""
    if user.role is not Role.SECRETARIAT:
        raise Forbidden(_refusal(user, f"chỉ Văn phòng (thư ký) được {what}"))


def leads_village(session: Session, user: Principal, plan_id: int, village_id: int) -> bool:
    """True when `user` is the lead of the village's support team in the plan."""
    if not user.member_name:
        return False
    leaders = session.exec(
        select(TeamMember.full_name, TeamMember.agency_id).join(SupportTeam, SupportTeam.id == TeamMember.team_id)
        .where(SupportTeam.plan_id == plan_id, SupportTeam.village_id == village_id,
               TeamMember.role == TeamRole.LEADER)).all()
    wanted = name_key(user.member_name)
    return any(name_key(name) == wanted and user.member_agency_id in (None, agency_id) for name, agency_id in leaders)


def led_villages(session: Session, user: Principal, plan_id: int) -> set[int]:
    """The villages of the plan whose support team `user` leads, in one read (as leads_village finds one)."""
    if not user.member_name:
        return set()
    leaders = session.exec(
        select(SupportTeam.village_id, TeamMember.full_name, TeamMember.agency_id)
        .join(SupportTeam, SupportTeam.id == TeamMember.team_id)
        .where(SupportTeam.plan_id == plan_id, TeamMember.role == TeamRole.LEADER)).all()
    wanted = name_key(user.member_name)
    return {village_id for village_id, name, agency_id in leaders
            if name_key(name) == wanted and user.member_agency_id in (None, agency_id)}


def may_edit_village(session: Session, user: Principal, plan_id: int, village_id: int) -> bool:
    if user.role is Role.SECRETARIAT:
        return True
    return user.role is Role.TEAM_LEAD and leads_village(session, user, plan_id, village_id)


def require_village_editor(session: Session, user: Principal, plan_id: int, village_id: int) -> None:
    """Refuse a change to a village's checklist or records to anyone who may not edit that village."""
    if may_edit_village(session, user, plan_id, village_id):
        return
    if user.role is Role.TEAM_LEAD:
        raise Forbidden(_refusal(user, "tổ trưởng chỉ sửa được thôn (làng) mà mình làm tổ trưởng tổ hỗ trợ"))
    raise Forbidden(_refusal(user, "tài khoản chỉ xem không sửa được dữ liệu"))


def require_lead_in_plan_years(session: Session, user: Principal, plan: Plan, village_id: int,
                               when: date | int) -> None:
    """Refuse a team lead a village's dated record (its day, or its year) outside the years of every plan in which
    they lead the village (`plan`, the one they work in, first), as the shared server holds it (storage/
    server_policies.lead_scope) and as their assessments are held to a plan's years. The secretariat is not limited;
    a viewer is refused before."""
    if user.role is not Role.TEAM_LEAD:
        return
    year = when.year if isinstance(when, date) else when
    if plan.first_year <= year <= plan.last_year:
        return
    holding = session.exec(select(Plan).join(PlanVillage, PlanVillage.plan_id == Plan.id)
                           .where(PlanVillage.village_id == village_id).order_by(Plan.first_year, Plan.id)).all()
    led = [other for other in holding if leads_village(session, user, other.id, village_id)] or [plan]
    if any(other.first_year <= year <= other.last_year for other in led):
        return
    village = session.get(Village, village_id)
    spans = ", ".join(dict.fromkeys(f"{other.first_year}–{other.last_year}" for other in led))
    shown = f"ngày {format_date(when)}" if isinstance(when, date) else f"năm {when}"
    raise forbidden(user, f"tổ trưởng chỉ ghi được bản ghi của thôn (làng) "
                          f"{village.name if village is not None else village_id} trong các năm của kế hoạch mình phụ "
                          f"trách ({spans}); {shown} nằm ngoài")
