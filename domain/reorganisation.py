"""A reorganisation of administrative units (sắp xếp đơn vị hành chính) as data: the decision, the day it takes
effect and its changes. Applying one (domain/reorganisation_apply.py) ends and begins the dated rows of
domain/admin_units.py; the reorganisation and its changes stay as the record of why."""

from datetime import date, datetime

from sqlmodel import Field, SQLModel

from domain.columns import NEVER_REUSED, enum_column
from domain.vocabulary import ChangeKind  # re-exported: the same objects


class Reorganisation(SQLModel, table=True):
    """A decision such as Nghị quyết 1674/NQ-UBTVQH15 (Ủy ban Thường vụ Quốc hội, 16/6/2025), effective 1/7/2025."""

    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    decision_number: str = Field(max_length=100)
    decision_body: str = Field(default="", max_length=300, description="who decided: 'Ủy ban Thường vụ Quốc hội'")
    decided_on: date | None = None
    effective_on: date = Field(index=True)
    note: str = Field(default="", max_length=1000)
    applied_at: datetime
    applied_by: str = Field(max_length=100)


class UnitChange(SQLModel, table=True):
    """One change of a reorganisation, in the order applied. `unit_id` is the unit changed (a merged or split
    unit, the renamed one, the removed district, the merged province), `new_unit_id` what it became or joined;
    a village's move or rename names `village_id` (and the communes from and to in `unit_id`, `new_unit_id`)."""

    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    reorganisation_id: int = Field(foreign_key="reorganisation.id", ondelete="CASCADE", index=True)
    position: int
    kind: ChangeKind = Field(sa_type=enum_column(ChangeKind))
    unit_id: int | None = Field(default=None, foreign_key="adminunit.id", ondelete="RESTRICT")
    new_unit_id: int | None = Field(default=None, foreign_key="adminunit.id", ondelete="RESTRICT")
    village_id: int | None = Field(default=None, foreign_key="village.id", ondelete="CASCADE")
    old_name: str = Field(default="", max_length=200)
    new_name: str = Field(default="", max_length=200)
