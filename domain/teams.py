"""Support teams (Tổ hỗ trợ): one per village per plan, with a lead, a deputy and members."""


from sqlalchemy import case
from sqlmodel import Field, Session, SQLModel, UniqueConstraint, select

from domain.columns import NEVER_REUSED, enum_column
from domain.vocabulary import TeamRole  # re-exported: the same objects


class SupportTeam(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("plan_id", "village_id"), NEVER_REUSED)

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", ondelete="CASCADE", index=True)
    village_id: int = Field(foreign_key="village.id", ondelete="RESTRICT", index=True)


class TeamMember(SQLModel, table=True):
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="supportteam.id", ondelete="CASCADE", index=True)
    full_name: str = Field(max_length=200)
    position: str = Field(default="", max_length=200)
    agency_id: int | None = Field(default=None, foreign_key="agency.id", ondelete="RESTRICT")
    role: TeamRole = Field(default=TeamRole.MEMBER, sa_type=enum_column(TeamRole))
    phone: str = Field(default="", max_length=60)


def role_order():
    """An ORDER BY term: the lead, then the deputies, then the members."""
    return case((TeamMember.role == TeamRole.LEADER, 0), (TeamMember.role == TeamRole.DEPUTY, 1), else_=2)


def team_leaders(session: Session, plan_id: int) -> dict[int, str]:
    """Each village's team lead in the plan, by village id."""
    return dict(session.exec(
        select(SupportTeam.village_id, TeamMember.full_name).join(TeamMember, TeamMember.team_id == SupportTeam.id)
        .where(SupportTeam.plan_id == plan_id, TeamMember.role == TeamRole.LEADER)).all())
