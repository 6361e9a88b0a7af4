"""A reorganisation as plain data, before it is applied: what the reorganisation workbook's rows become
(domain/reorganisation_import.py) and what domain/reorganisation_apply.apply_reorganisation takes.

Units are named by their path, as people write them (tỉnh, huyện, xã): an empty part is not said. A part above the
unit is checked only where the unit has a unit of that level above it, so "tỉnh Kon Tum, huyện Đăk Hà, xã Ngọk Réo"
finds the commune in a database that never recorded the province. The changes are applied in this order: province
mergers first, then the others as listed (a later change may name a unit an earlier one made), district levels
removed last.
"""

from dataclasses import dataclass, field
from datetime import date

from domain.unit_words import commune_said, district_said, province_said, village_said
from domain.vocabulary import UnitKind


@dataclass(frozen=True)
class UnitPath:
    """A province, district or commune by its names; the deepest part given is the unit."""

    province: str = ""
    district: str = ""
    commune: str = ""

    @property
    def kind(self) -> UnitKind:
        return UnitKind.COMMUNE if self.commune else UnitKind.DISTRICT if self.district else UnitKind.PROVINCE

    @property
    def name(self) -> str:
        return self.commune or self.district or self.province

    @property
    def parent(self) -> "UnitPath | None":
        """The path of the unit above (None when nothing above is named)."""
        if self.commune:
            above = UnitPath(self.province, self.district)
        elif self.district:
            above = UnitPath(self.province)
        else:
            return None
        return above if above.name else None

    @property
    def label(self) -> str:
        """'xã Ngọk Réo, huyện Đăk Hà, tỉnh Kon Tum', as messages name it."""
        parts = [commune_said(self.commune) if self.commune else "",
                 district_said(self.district) if self.district else "",
                 province_said(self.province) if self.province else ""]
        return ", ".join(part for part in parts if part)


@dataclass(frozen=True)
class VillagePath:
    commune: UnitPath
    village: str

    @property
    def label(self) -> str:
        return f"{village_said(self.village)}, {self.commune.label}"


@dataclass(frozen=True)
class Merge:
    """Units of one level become one (A, B → C): `into` is an existing unit, which keeps its identity and takes the
    others' villages (communes) or communes (districts), or a new unit at that path (its parent the unit the path
    names above it, if any). The sources end on the effective date."""

    sources: tuple[UnitPath, ...]
    into: UnitPath


@dataclass(frozen=True)
class SplitPart:
    into: UnitPath
    """Existing or new, as Merge.into."""
    members: tuple[str, ...]
    """The names of the split unit's villages (a commune) or communes (a district) that go to this part."""


@dataclass(frozen=True)
class Split:
    """A unit divided into parts; each of its villages or communes goes to exactly one part. It ends unless it is
    one of the parts itself."""

    source: UnitPath
    parts: tuple[SplitPart, ...]


@dataclass(frozen=True)
class Rename:
    """Only the name changes: the unit, its history and its villages stay."""

    unit: UnitPath
    name: str


@dataclass(frozen=True)
class MoveVillage:
    """A village goes to another commune; it is the same village, with all its records."""

    village: VillagePath
    into: UnitPath


@dataclass(frozen=True)
class RenameVillage:
    village: VillagePath
    name: str


@dataclass(frozen=True)
class RemoveLevel:
    """A district removed: it ends and its communes are then directly under its province (or at the top)."""

    unit: UnitPath


@dataclass(frozen=True)
class MergeProvince:
    """A province merged into another (Kon Tum into Quảng Ngãi): it ends and its districts and communes are then
    under `into` (existing, or made here)."""

    source: UnitPath
    into: UnitPath


Change = Merge | Split | Rename | MoveVillage | RenameVillage | RemoveLevel | MergeProvince


@dataclass(frozen=True)
class ReorganisationDraft:
    decision_number: str
    decision_body: str
    effective_on: date
    changes: tuple[Change, ...]
    decided_on: date | None = None
    note: str = ""
    source: str = field(default="", compare=False)
    """Where it came from (a workbook's file name), for the audit."""
