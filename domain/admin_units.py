"""Administrative units (district, commune) and villages.

They are data, not code: the district level may be absent (after the 2025 reform), and a unit
outlives any one plan.
"""


from sqlmodel import Field, SQLModel, UniqueConstraint

from domain.columns import NEVER_REUSED, enum_column
from domain.vocabulary import UnitKind  # re-exported: the same objects


class AdminUnit(SQLModel, table=True):
    """A province, district or commune; `parent_id` is the unit above, None at the top."""

    __table_args__ = (UniqueConstraint("parent_id", "kind", "name"), NEVER_REUSED)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    kind: UnitKind = Field(sa_type=enum_column(UnitKind))
    parent_id: int | None = Field(default=None, foreign_key="adminunit.id", ondelete="RESTRICT", index=True)


class Village(SQLModel, table=True):
    """A village (thôn, làng) of a commune."""

    __table_args__ = (UniqueConstraint("commune_id", "name"), NEVER_REUSED)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    commune_id: int = Field(foreign_key="adminunit.id", ondelete="RESTRICT", index=True)
    households: int | None = Field(default=None, ge=0)
    minority_households: int | None = Field(default=None, ge=0)
    ethnic_groups: str = Field(default="", max_length=200)
    note: str = Field(default="", max_length=1000)
