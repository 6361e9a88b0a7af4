"""Agencies (cơ quan, đơn vị, doanh nghiệp) and their assignments to villages."""


from sqlmodel import Field, SQLModel, UniqueConstraint

from domain.columns import NEVER_REUSED, enum_column
from domain.vocabulary import AgencyKind, AssignmentRole  # re-exported: the same objects


class Agency(SQLModel, table=True):
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=300, unique=True)
    short_name: str = Field(default="", max_length=60)
    kind: AgencyKind = Field(default=AgencyKind.OTHER, sa_type=enum_column(AgencyKind))
    address: str = Field(default="", max_length=300)
    phone: str = Field(default="", max_length=60)


class Assignment(SQLModel, table=True):
    """Phân công: in a plan, an agency helps a village, as lead (Chủ trì) or co-support (Phối hợp)."""

    __table_args__ = (UniqueConstraint("plan_id", "agency_id", "village_id"), NEVER_REUSED)

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", ondelete="CASCADE", index=True)
    agency_id: int = Field(foreign_key="agency.id", ondelete="RESTRICT", index=True)
    village_id: int = Field(foreign_key="village.id", ondelete="RESTRICT", index=True)
    role: AssignmentRole = Field(sa_type=enum_column(AssignmentRole))
