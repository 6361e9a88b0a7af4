"""Support teams (Tổ hỗ trợ): one per village per plan, with a lead, a deputy and members."""

import enum

from sqlmodel import Field, SQLModel, UniqueConstraint

from domain.columns import enum_column


class TeamRole(enum.StrEnum):
    LEADER = "leader"
    DEPUTY = "deputy"
    MEMBER = "member"


class SupportTeam(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("plan_id", "village_id"),)

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", ondelete="CASCADE", index=True)
    village_id: int = Field(foreign_key="village.id", ondelete="RESTRICT", index=True)


class TeamMember(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="supportteam.id", ondelete="CASCADE", index=True)
    full_name: str = Field(max_length=200)
    position: str = Field(default="", max_length=200)
    agency_id: int | None = Field(default=None, foreign_key="agency.id", ondelete="RESTRICT")
    role: TeamRole = Field(default=TeamRole.MEMBER, sa_type=enum_column(TeamRole))
    phone: str = Field(default="", max_length=60)
