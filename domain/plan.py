"""The assignment plan (Kế hoạch) and the villages it covers."""

from datetime import date

from sqlmodel import Field, SQLModel

from domain.columns import NEVER_REUSED


class Plan(SQLModel, table=True):
    """A plan such as 133-KH/TU: which agencies help which villages, over which years."""

    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=60, unique=True, index=True)
    title: str = Field(max_length=500)
    issuer: str = Field(default="", max_length=200)
    place: str = Field(default="", max_length=100, description="place written in the date line of sheets")
    issued_on: date | None = None
    first_year: int
    last_year: int
    criteria_set_id: int = Field(foreign_key="criteriaset.id", ondelete="RESTRICT")
    is_sample: bool = Field(default=False, description="the bundled sample, removable from the Plan menu")
    continues_plan_id: int | None = Field(default=None, description="the id of the plan this one carries on (2026–2030 "
                                          "after 2023–2025); not a foreign key, so that older revisions' plan table "
                                          "is kept as it was: a removed plan is simply no longer found")


class PlanVillage(SQLModel, table=True):
    """A village covered by a plan."""

    plan_id: int = Field(foreign_key="plan.id", primary_key=True, ondelete="CASCADE")
    village_id: int = Field(foreign_key="village.id", primary_key=True, ondelete="CASCADE", index=True)
