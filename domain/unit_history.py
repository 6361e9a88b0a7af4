"""The administrative units as they stood on a day: a village's commune, district and province, its history across
reorganisations, and the places a year's figures are grouped by (domain/places.plan_places with `on`).

Read from the dated rows of domain/admin_units.py; a unit or village without dated rows has had its current name,
parent and commune throughout (a database that never recorded a reorganisation reads exactly as before).
"""

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from sqlmodel import Session, select

from domain.admin_units import AdminUnit, UnitKind, UnitPeriod, Village, VillageMembership
from domain.reorganisation import Reorganisation
from domain.unit_days import units_day
from domain.unit_words import commune_said, district_said, province_said, village_said
from domain.vocabulary import Grouping  # re-exported: the same object


def reform_days(session: Session) -> tuple[date, ...]:
    """The effective days of every reorganisation recorded, oldest first."""
    return tuple(session.exec(select(Reorganisation.effective_on).distinct().order_by(Reorganisation.effective_on)))


def units_on(session: Session, year: int, grouping: Grouping) -> date | None:
    """domain/unit_days.units_day for the reorganisations recorded."""
    return units_day(reform_days(session), year, grouping)


def _holds(valid_from: date | None, valid_until: date | None, on: date) -> bool:
    return (valid_from is None or valid_from <= on) and (valid_until is None or on < valid_until)


class UnitRow(NamedTuple):
    """An administrative unit (domain/admin_units.AdminUnit) read as a plain row."""

    id: int
    name: str
    parent_id: int | None
    kind: UnitKind
    valid_from: date | None
    valid_until: date | None


class PeriodRow(NamedTuple):
    """A unit's dated name and parent (domain/admin_units.UnitPeriod) read as a plain row."""

    unit_id: int
    name: str
    parent_id: int | None
    valid_from: date | None
    valid_until: date | None


class DatedUnits:
    """Every unit with its dated names and parents, read once: `at(unit_id, on)` is its name and parent that day.

    Read as plain rows, not entities: a thousand entities left behind at each read are reference cycles that only
    the garbage collector frees, and its full passes then slowed every read after it (at 10,000 villages the
    layout by the units of 2024 took ~170 ms against ~90 ms with the collector off)."""

    def __init__(self, session: Session) -> None:
        self.units = {row[0]: UnitRow(*row) for row in session.exec(select(
            AdminUnit.id, AdminUnit.name, AdminUnit.parent_id, AdminUnit.kind, AdminUnit.valid_from,
            AdminUnit.valid_until))}
        self.periods: dict[int, list[PeriodRow]] = defaultdict(list)
        for row in session.exec(select(UnitPeriod.unit_id, UnitPeriod.name, UnitPeriod.parent_id,
                                       UnitPeriod.valid_from, UnitPeriod.valid_until)):
            self.periods[row[0]].append(PeriodRow(*row))
        self._seen: dict[tuple[int, date | None], tuple[str, int | None]] = {}

    def at(self, unit_id: int, on: date | None) -> tuple[str, int | None]:
        """The unit's name and parent on `on` (None: today's); its first or last ones outside its periods. Each
        answer is kept: the same district or province is asked for again by each commune under it, and a unit
        that went through many changes has many periods to look through."""
        seen = self._seen.get((unit_id, on))
        if seen is None:
            seen = self._seen[(unit_id, on)] = self._at(unit_id, on)
        return seen

    def _at(self, unit_id: int, on: date | None) -> tuple[str, int | None]:
        unit = self.units[unit_id]
        periods = self.periods.get(unit_id)
        if on is None or not periods:
            return unit.name, unit.parent_id
        for period in periods:
            if _holds(period.valid_from, period.valid_until, on):
                return period.name, period.parent_id
        ordered = sorted(periods, key=lambda p: p.valid_from or date.min)
        chosen = ordered[0] if ordered[0].valid_from and on < ordered[0].valid_from else ordered[-1]
        return chosen.name, chosen.parent_id

    def chain(self, commune_id: int, on: date | None) -> tuple[str, tuple[int, str] | None, tuple[int, str] | None]:
        """The commune's name, its district (id, name) and province (id, name) on `on`; None where there is none."""
        name, parent = self.at(commune_id, on)
        district = province = None
        while parent is not None:
            parent_name, above = self.at(parent, on)
            kind = self.units[parent].kind
            if kind == UnitKind.DISTRICT and district is None:
                district = (parent, parent_name)
            elif kind == UnitKind.PROVINCE and province is None:
                province = (parent, parent_name)
            parent = above
        return name, district, province


class Held(NamedTuple):
    """A village's membership (domain/admin_units.VillageMembership) read as a plain row: 20,000 of them at
    10,000 villages read ten times faster than as entities."""

    village_id: int
    commune_id: int
    name: str
    valid_from: date | None
    valid_until: date | None


def memberships(session: Session, village_ids: Collection[int] | None = None) -> dict[int, list[Held]]:
    """The dated memberships of the villages among `village_ids` (all when None), by village."""
    statement = select(VillageMembership.village_id, VillageMembership.commune_id, VillageMembership.name,
                       VillageMembership.valid_from, VillageMembership.valid_until)
    if village_ids is not None:
        statement = statement.where(VillageMembership.village_id.in_(village_ids))
    found: dict[int, list[Held]] = defaultdict(list)
    for row in session.exec(statement):
        found[row[0]].append(Held(*row))
    return found


def membership_at(rows: Iterable[Held], on: date) -> Held | None:
    """The membership holding on `on`, else the nearest (the first before they begin, the last after)."""
    rows = sorted(rows, key=lambda r: r.valid_from or date.min)
    if not rows:
        return None
    for row in rows:
        if _holds(row.valid_from, row.valid_until, on):
            return row
    return rows[0] if rows[0].valid_from and on < rows[0].valid_from else rows[-1]


def has_history(session: Session) -> bool:
    """Whether any unit or village has a dated row (else every place is today's on every day)."""
    return session.exec(select(UnitPeriod.id).limit(1)).first() is not None or \
        session.exec(select(VillageMembership.id).limit(1)).first() is not None


@dataclass(frozen=True)
class VillageUnits:
    """A village's name and units on a day; district or province None where there is none."""

    village: str
    commune_id: int
    commune: str
    district: str | None
    province: str | None

    @property
    def label(self) -> str:
        """'xã Ngọk Réo, huyện Đăk Hà' (the province only without a district)."""
        parts = [commune_said(self.commune)]
        if self.district:
            parts.append(district_said(self.district))
        elif self.province:
            parts.append(province_said(self.province))
        return ", ".join(parts)


def units_of_village(session: Session, village_id: int, on: date | None) -> VillageUnits:
    """The village's name, commune, district and province valid on `on` (None: today's)."""
    village = session.get(Village, village_id)
    name, commune_id = village.name, village.commune_id
    if on is not None:
        held = membership_at(memberships(session, [village_id]).get(village_id, []), on)
        if held is not None:
            name, commune_id = held.name, held.commune_id
    commune, district, province = DatedUnits(session).chain(commune_id, on)
    return VillageUnits(name, commune_id, commune, district[1] if district else None,
                        province[1] if province else None)


@dataclass(frozen=True)
class VillageSpell:
    """A stretch of a village's life under one name in one commune, its units named as they were then (their names
    at the spell's start: a rename of the commune within the spell begins a spell of its own)."""

    valid_from: date | None
    valid_until: date | None
    units: VillageUnits


def village_history(session: Session, village_id: int) -> list[VillageSpell]:
    """The village's spells, oldest first: one (from the beginning, still) for a village never reorganised. A spell
    begins wherever the village or one of its units above changed."""
    return _histories(session, [village_id], DatedUnits(session))[village_id]


def village_histories(session: Session, village_ids: Collection[int]) -> dict[int, list[VillageSpell]]:
    """village_history of each village among `village_ids`, the units read once."""
    return _histories(session, list(village_ids), DatedUnits(session)) if village_ids else {}


def _histories(session: Session, village_ids: Collection[int], units: DatedUnits) -> dict[int, list[VillageSpell]]:
    held = memberships(session, village_ids)
    villages = {v.id: v for v in session.exec(select(Village).where(Village.id.in_(village_ids)))}
    unit_days = _unit_days(units)
    return {village_id: _history(held.get(village_id) or [
        Held(village_id, villages[village_id].commune_id, villages[village_id].name, None, None)], units, unit_days)
        for village_id in village_ids}


def _unit_days(units: DatedUnits) -> set[date]:
    """The days on which a unit's name, parent or existence changed."""
    days = {d for periods in units.periods.values() for p in periods for d in (p.valid_from, p.valid_until)
            if d is not None}
    return days | {d for u in units.units.values() for d in (u.valid_from, u.valid_until) if d is not None}


def _stretches(row: Held, days: set[date]) -> Iterator[tuple[date | None, date | None, date]]:
    """The stretches of a membership that `days` cut it into, each with the day its units are read on."""
    inside = sorted(d for d in days if _holds(row.valid_from, row.valid_until, d) and d != row.valid_from)
    for start, end in zip([row.valid_from, *inside], [*inside, row.valid_until], strict=True):
        yield start, end, start or (end - timedelta(days=1) if end else date.today())


def _history(rows: list[Held], units: DatedUnits, unit_days: set[date]) -> list[VillageSpell]:
    days = set(unit_days)
    for row in rows:
        days |= {d for d in (row.valid_from, row.valid_until) if d is not None}
    spells: list[VillageSpell] = []
    for row in sorted(rows, key=lambda r: r.valid_from or date.min):
        for start, end, on in _stretches(row, days):
            commune, district, province = units.chain(row.commune_id, on)
            seen = VillageUnits(row.name, row.commune_id, commune, district[1] if district else None,
                                province[1] if province else None)
            if spells and spells[-1].units == seen and spells[-1].valid_until == start:
                spells[-1] = VillageSpell(spells[-1].valid_from, end, seen)
            else:
                spells.append(VillageSpell(start, end, seen))
    return spells


def names_held(session: Session, villages: Mapping[int, tuple[int, str]]) -> dict[int, set[tuple[str, str, str]]]:
    """Every (district, commune, village) name each village of `villages` went by through time, as its spells
    (village_history) name them ('' for no district). `villages`: each village's commune id and name, which a village
    without dated memberships kept throughout. The units above a membership are worked out once for each commune and
    stretch, not once for each village: at 10,000 reorganised villages their histories take ~0.65 s of CPU, this
    a fraction of it (the tree's search by former names reads it with every layout). Only these villages'
    memberships are read, not every plan's."""
    units = DatedUnits(session)
    days = _unit_days(units)
    held = memberships(session, list(villages))
    above: dict[tuple[int, date | None, date | None], set[tuple[str, str]]] = {}
    found: dict[int, set[tuple[str, str, str]]] = {}
    for village_id, (commune_id, name) in villages.items():
        stints = held.get(village_id) or [Held(village_id, commune_id, name, None, None)]
        names = found[village_id] = set()
        for stint in stints:
            key = (stint.commune_id, stint.valid_from, stint.valid_until)
            named = above.get(key)
            if named is None:
                named = above[key] = set()
                for _start, _end, on in _stretches(stint, days):
                    commune, district, _province = units.chain(stint.commune_id, on)
                    named.add((district[1] if district else "", commune))
            names |= {(district, commune, stint.name) for district, commune in named}
    return found


def village_spells_said(session: Session, village_id: int) -> list[str]:
    """The village's units through time, one line a stretch, oldest first: 'đến 01/7/2025: Thôn 1, xã Tê Xăng,
    huyện Tu Mơ Rông', 'từ 01/7/2025: Thôn 1 Tê Xăng, xã Ngọk Yêu, tỉnh Quảng Ngãi'; none for a village never
    reorganised (its units are the ones the window names it by)."""
    if not has_history(session):
        return []
    spells = village_history(session, village_id)
    if len(spells) < 2:
        return []
    lines = []
    for spell in spells:
        if spell.valid_from is None:
            when = f"đến {short_date(spell.valid_until)}"
        elif spell.valid_until is None:
            when = f"từ {short_date(spell.valid_from)}"
        else:
            when = f"từ {short_date(spell.valid_from)} đến {short_date(spell.valid_until)}"
        lines.append(f"{when}: {village_said(spell.units.village)}, {spell.units.label}")
    return lines


def former_units_label(session: Session, village_id: int) -> str:
    """'trước 01/7/2025: xã Đăk Ui, huyện Đăk Hà' for a village whose commune or district is not what it was
    before the last reorganisation that changed them; '' for one never reorganised."""
    return former_units_labels(session, [village_id]).get(village_id, "")


def former_units_labels(session: Session, village_ids: Collection[int]) -> dict[int, str]:
    """former_units_label of each village among `village_ids` that has one, read together."""
    if not village_ids or not has_history(session):
        return {}
    labels = {}
    for village_id, spells in _histories(session, list(village_ids), DatedUnits(session)).items():
        if len(spells) < 2:
            continue
        before, now = spells[-2], spells[-1]
        name = f"{village_said(before.units.village)}, " if before.units.village != now.units.village else ""
        labels[village_id] = f"trước {short_date(now.valid_from)}: {name}{before.units.label}"
    return labels


def short_date(day: date) -> str:
    """'01/7/2025': the day two digits, the month with a leading zero for January and February only, as the
    document rules write dates (domain/formatting.date_in_words)."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{day.day:02d}/{month}/{day.year}"
