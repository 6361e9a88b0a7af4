"""The criteria set (Bộ tiêu chí) and the yearly assessment of each criterion in each village."""

from datetime import datetime

from sqlmodel import Field, Index, SQLModel, UniqueConstraint

from domain.columns import NEVER_REUSED, enum_column
from domain.vocabulary import CriterionStatus  # re-exported: the same objects


class CriteriaSet(SQLModel, table=True):
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=60, unique=True)
    title: str = Field(max_length=500)
    is_template: bool = Field(
        default=False, description="a draft still to be checked against the decision that issued it"
    )
    note: str = Field(default="", max_length=1000)


class Criterion(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("criteria_set_id", "number"), NEVER_REUSED)

    id: int | None = Field(default=None, primary_key=True)
    criteria_set_id: int = Field(foreign_key="criteriaset.id", ondelete="CASCADE", index=True)
    group_order: int = Field(description="position of the group in the set, from 1")
    group_name: str = Field(max_length=200)
    number: int = Field(description="the criterion's number in the set (Số TT)")
    name: str = Field(max_length=300)
    requirement: str = Field(default="", max_length=2000)


class Assessment(SQLModel, table=True):
    """The status of one criterion in one village in one year. No row means 'Chưa đánh giá'."""

    __table_args__ = (
        UniqueConstraint("village_id", "criterion_id", "year"),
        Index("ix_assessment_year_village_status", "year", "village_id", "status"),
        NEVER_REUSED,
    )

    id: int | None = Field(default=None, primary_key=True)
    village_id: int = Field(foreign_key="village.id", ondelete="CASCADE")
    criterion_id: int = Field(foreign_key="criterion.id", ondelete="CASCADE", index=True)
    year: int
    status: CriterionStatus = Field(default=CriterionStatus.NOT_ASSESSED, sa_type=enum_column(CriterionStatus))
    evidence: str = Field(default="", max_length=4000)
    note: str = Field(default="", max_length=4000)
    updated_by: str = Field(default="", max_length=100)
    updated_at: datetime | None = None
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"},
                         description="counts the saves; a copy taken at version n is stale once it is n+1")
