"""Administrative units (province, district, commune) and villages, with the dates they hold.

They are data, not code: the district level may be absent (after the 2025 reform), and a unit outlives any one
plan. A unit's `name` and `parent_id` and a village's `commune_id` and `name` are today's (after every recorded
reorganisation, domain/reorganisation.py); what they were before is in the dated rows below. A unit with no
`UnitPeriod` row has had its name and parent throughout its life, a village with no `VillageMembership` row has
been in its commune under its name throughout: a database without reorganisations needs no dated row at all.

Dates: `valid_from` is the first day a row holds (None: since before anything was recorded), `valid_until` the
first day it no longer holds, i.e. the effective date of the reorganisation that ended it (None: it still holds).
"""

from datetime import date

from sqlmodel import Field, SQLModel, UniqueConstraint

from domain.columns import NEVER_REUSED, enum_column
from domain.vocabulary import UnitKind  # re-exported: the same objects


class AdminUnit(SQLModel, table=True):
    """A province, district or commune; `parent_id` is the unit above, None at the top. A unit merged into another
    or whose level was removed ends (`valid_until`) and keeps its last name and parent."""

    __table_args__ = (UniqueConstraint("parent_id", "kind", "name"), NEVER_REUSED)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    kind: UnitKind = Field(sa_type=enum_column(UnitKind))
    parent_id: int | None = Field(default=None, foreign_key="adminunit.id", ondelete="RESTRICT", index=True)
    valid_from: date | None = Field(default=None, description="None: since before anything was recorded")
    valid_until: date | None = Field(default=None, description="first day it no longer exists; None: it still does")


class UnitPeriod(SQLModel, table=True):
    """A stretch of a unit's life under one name and one parent. A rename, or a move under another parent (a
    district removed, a province merged), ends one and begins the next: the unit stays the same."""

    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    unit_id: int = Field(foreign_key="adminunit.id", ondelete="CASCADE", index=True)
    name: str = Field(max_length=200)
    parent_id: int | None = Field(default=None, foreign_key="adminunit.id", ondelete="RESTRICT")
    valid_from: date | None = None
    valid_until: date | None = None


class Village(SQLModel, table=True):
    """A village (thôn, làng) of a commune: one identity through every reorganisation."""

    __table_args__ = (UniqueConstraint("commune_id", "name"), NEVER_REUSED)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    commune_id: int = Field(foreign_key="adminunit.id", ondelete="RESTRICT", index=True)
    households: int | None = Field(default=None, ge=0)
    minority_households: int | None = Field(default=None, ge=0)
    ethnic_groups: str = Field(default="", max_length=200)
    note: str = Field(default="", max_length=1000)


class VillageMembership(SQLModel, table=True):
    """A stretch of a village's life in one commune under one name: moved to another commune (its commune merged,
    split, or the village itself moved) or renamed, the village begins the next."""

    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    village_id: int = Field(foreign_key="village.id", ondelete="CASCADE", index=True)
    commune_id: int = Field(foreign_key="adminunit.id", ondelete="RESTRICT", index=True)
    name: str = Field(max_length=200)
    valid_from: date | None = None
    valid_until: date | None = None
