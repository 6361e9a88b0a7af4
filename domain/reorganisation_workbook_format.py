"""The reorganisation workbook: its one sheet of "old unit → new unit" rows, and those rows as plain data.

One sheet, not a sheet per kind of change: a decision such as a provincial resolution on merging communes is
one table of old units and the new unit each becomes (the annexes of the 2025 resolutions read that way), and
one decision mixes kinds (a province merged, its districts removed, communes merged, a village moved). Each row
carries its decision (number, body, dates); rows with the same decision number are one reorganisation and must
agree on it. "Ghi chú" is the decision's (the notes of its rows, in order): a change stores no note of its own.
A reader of the sheet sorts or filters it in Excel by kind or by level without losing the decision.

Shared by the reader (storage/reorganisation_workbook.py) and the writer (exports/reorganisation_workbook.py).
"""

import enum
from dataclasses import dataclass, field
from datetime import date

from domain.plan_workbook_format import Column, Sheet

CHANGES = "Sắp xếp"
"""The sheet's name."""
ILLUSTRATIVE = "(minh họa)"
"""Carried by the sample's decision number, so that wherever the decision is named it says it is not a real one
(and removing the sample plans removes it)."""


class Level(enum.StrEnum):
    """The level of the old unit a row names."""

    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"
    VILLAGE = "village"


class RowKind(enum.StrEnum):
    """What happens to the old unit of a row."""

    MERGE = "merge"
    """The old unit and the others of the same new unit become that one (A, B → C)."""
    SPLIT = "split"
    """The old unit is divided: one row per new unit; its villages say where each goes (rows of level Thôn)."""
    RENAME = "rename"
    """Only the name changes: the unit keeps its identity."""
    MOVE = "move_village"
    """A village goes to another commune."""
    LEVEL_REMOVED = "level_removed"
    """The district is removed; its communes are then directly under the province."""
    PROVINCE_MERGED = "province_merged"
    """The province joins another; its units are then under that one."""


LEVEL_LABEL = {Level.PROVINCE: "Tỉnh", Level.DISTRICT: "Huyện", Level.COMMUNE: "Xã", Level.VILLAGE: "Thôn"}
KIND_LABEL = {
    RowKind.MERGE: "Sáp nhập",
    RowKind.SPLIT: "Chia tách",
    RowKind.RENAME: "Đổi tên",
    RowKind.MOVE: "Chuyển thôn",
    RowKind.LEVEL_REMOVED: "Bỏ cấp huyện",
    RowKind.PROVINCE_MERGED: "Nhập tỉnh",
}

KIND_LEVELS = {
    RowKind.MERGE: (Level.DISTRICT, Level.COMMUNE),
    RowKind.SPLIT: (Level.COMMUNE,),
    RowKind.RENAME: (Level.PROVINCE, Level.DISTRICT, Level.COMMUNE, Level.VILLAGE),
    RowKind.MOVE: (Level.VILLAGE,),
    RowKind.LEVEL_REMOVED: (Level.DISTRICT,),
    RowKind.PROVINCE_MERGED: (Level.PROVINCE,),
}
"""The levels each kind of change applies to."""

_UNIT = "adminunit.name"
SHEET = Sheet(CHANGES, (
    Column("decision", "Số quyết định", required=True, width=20, stored_as="adminunit.name"),
    Column("body", "Cơ quan quyết định", required=True, width=24, stored_as="adminunit.name"),
    Column("signed_on", "Ngày quyết định", width=13, is_text=False),
    Column("effective_on", "Ngày hiệu lực", required=True, width=13, is_text=False),
    Column("level", "Cấp", required=True, width=8, choices=tuple(LEVEL_LABEL.values())),
    Column("kind", "Loại thay đổi", required=True, width=15, choices=tuple(KIND_LABEL.values())),
    Column("old_province", "Tỉnh cũ", width=14, stored_as=_UNIT),
    Column("old_district", "Huyện cũ", width=14, stored_as=_UNIT),
    Column("old_commune", "Xã cũ", width=14, stored_as=_UNIT),
    Column("old_village", "Thôn cũ", width=16, stored_as="village.name"),
    Column("new_province", "Tỉnh mới", width=14, stored_as=_UNIT),
    Column("new_district", "Huyện mới", width=14, stored_as=_UNIT),
    Column("new_commune", "Xã mới", width=14, stored_as=_UNIT),
    Column("new_village", "Thôn mới", width=16, stored_as="village.name"),
    Column("note", "Ghi chú", width=40, stored_as="village.note"),
))

LEVEL_ORDER = (Level.PROVINCE, Level.DISTRICT, Level.COMMUNE, Level.VILLAGE)


@dataclass(frozen=True)
class UnitPath:
    """A unit named with its parents, as a row writes it; None where the row leaves a level blank."""

    province: str | None = None
    district: str | None = None
    commune: str | None = None
    village: str | None = None

    def name_at(self, level: Level) -> str | None:
        return getattr(self, level.value)

    def up_to(self, level: Level) -> "UnitPath":
        """The path cut below `level` (the unit of that level with its parents)."""
        kept = LEVEL_ORDER[:LEVEL_ORDER.index(level) + 1]
        return UnitPath(**{lv.value: self.name_at(lv) for lv in kept})

    def text(self) -> str:
        """'xã Ngọk Yêu, huyện Tu Mơ Rông, tỉnh Kon Tum', the lowest unit first."""
        words = {Level.VILLAGE: "", Level.COMMUNE: "xã ", Level.DISTRICT: "huyện ", Level.PROVINCE: "tỉnh "}
        return ", ".join(f"{words[lv]}{self.name_at(lv)}" for lv in reversed(LEVEL_ORDER) if self.name_at(lv))


@dataclass(frozen=True)
class Decision:
    """The decision a reorganisation carries out."""

    number: str
    body: str
    effective_on: date
    signed_on: date | None = None
    note: str = ""


@dataclass(frozen=True)
class ChangeRow:
    """One row: what becomes of one old unit. `row` is its row in the sheet (0 when not from a workbook)."""

    level: Level
    kind: RowKind
    old: UnitPath
    new: UnitPath
    row: int = 0


@dataclass
class ReorganisationRows:
    """One decision and its rows, in the sheet's order."""

    decision: Decision
    changes: list[ChangeRow] = field(default_factory=list)
    first_row: int = 0
