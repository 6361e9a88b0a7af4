"""What happens in a village besides the checklist: household indicators, "Dân vận khéo" models, resources
mobilised, visits, difficulties raised, key contacts and the village's own initiatives.

Records belong to the village, not to a plan: they outlive any one plan, as assessments do.
"""

from datetime import date
from typing import Any

from sqlalchemy import BigInteger
from sqlmodel import Field, SQLModel, UniqueConstraint

from domain.columns import NEVER_REUSED, enum_column
from domain.vocabulary import (  # re-exported: the same objects
    ConcernStatus,
    ContactRole,
    InitiativeStatus,
    ModelField,
    ModelStatus,
    ResourceKind,
    SourceKind,
)


def _version() -> Any:
    """The version column of a record: counts the saves, as an assessment's; a form read at version n is stale
    once the record is at n+1 (domain/record_versions.py raises RecordConflict)."""
    return Field(default=1, sa_column_kwargs={"server_default": "1"})


class HouseholdIndicators(SQLModel, table=True):
    """Counts of ethnic-minority households in a village in a year; rates are derived, never stored."""

    __table_args__ = (UniqueConstraint("village_id", "year"), NEVER_REUSED)

    id: int | None = Field(default=None, primary_key=True)
    village_id: int = Field(foreign_key="village.id", ondelete="CASCADE", index=True)
    year: int
    minority_households: int
    reached: int = 0
    changed_ways: int = 0
    applying_science: int = 0
    better_life: int = 0
    in_cooperatives: int = 0
    poor: int = 0
    near_poor: int = 0
    version: int = _version()


class CommunityModel(SQLModel, table=True):
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    village_id: int = Field(foreign_key="village.id", ondelete="CASCADE", index=True)
    name: str = Field(max_length=300)
    field: ModelField = Field(sa_type=enum_column(ModelField))
    year_started: int
    status: ModelStatus = Field(sa_type=enum_column(ModelStatus))
    households: int = 0
    agency_id: int | None = Field(default=None, foreign_key="agency.id", ondelete="SET NULL")
    version: int = _version()


class Contribution(SQLModel, table=True):
    """A resource mobilised for the village: money (VND), in kind (valued in VND) or workdays."""

    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    village_id: int = Field(foreign_key="village.id", ondelete="CASCADE", index=True)
    day: date
    source_kind: SourceKind = Field(sa_type=enum_column(SourceKind))
    agency_id: int | None = Field(default=None, foreign_key="agency.id", ondelete="SET NULL")
    source_name: str = Field(default="", max_length=300)
    kind: ResourceKind = Field(sa_type=enum_column(ResourceKind))
    amount: int = Field(sa_type=BigInteger, description="VND for money and in kind, days for workdays; "
                        "64-bit, since billions of đồng do not fit PostgreSQL's INTEGER")
    purpose: str = Field(default="", max_length=1000)
    version: int = _version()


class Visit(SQLModel, table=True):
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    village_id: int = Field(foreign_key="village.id", ondelete="CASCADE", index=True)
    day: date
    agency_id: int | None = Field(default=None, foreign_key="agency.id", ondelete="SET NULL")
    people: str = Field(max_length=500)
    activities: str = Field(default="", max_length=2000)
    agreed: str = Field(default="", max_length=2000)
    version: int = _version()


class Concern(SQLModel, table=True):
    """A difficulty or proposal the village raised, where it was sent and how it was resolved."""

    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    village_id: int = Field(foreign_key="village.id", ondelete="CASCADE", index=True)
    raised_on: date
    text: str = Field(max_length=2000)
    forwarded_to: str = Field(default="", max_length=300)
    status: ConcernStatus = Field(default=ConcernStatus.OPEN, sa_type=enum_column(ConcernStatus))
    resolution: str = Field(default="", max_length=2000)
    resolved_on: date | None = None
    version: int = _version()


class VillageContact(SQLModel, table=True):
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    village_id: int = Field(foreign_key="village.id", ondelete="CASCADE", index=True)
    full_name: str = Field(max_length=200)
    role: ContactRole = Field(sa_type=enum_column(ContactRole))
    phone: str = Field(default="", max_length=60)
    note: str = Field(default="", max_length=500)
    version: int = _version()


class Initiative(SQLModel, table=True):
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    village_id: int = Field(foreign_key="village.id", ondelete="CASCADE", index=True)
    title: str = Field(max_length=300)
    year: int
    status: InitiativeStatus = Field(sa_type=enum_column(InitiativeStatus))
    note: str = Field(default="", max_length=1000)
    version: int = _version()
