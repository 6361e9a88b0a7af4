"""The villages of a plan with their commune and district, and finding a village by the name a user types."""

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from domain.admin_units import AdminUnit, UnitKind, Village, VillageMembership
from domain.errors import Ambiguous, NotFound
from domain.plan import PlanVillage
from domain.text import fold
from domain.unit_history import DatedUnits, has_history, memberships, names_held, short_date, village_histories
from domain.unit_words import commune_said, district_said, village_said


@dataclass(frozen=True)
class PlaceRow:
    """A village of a plan, located: district (None where the plan has no district level) and commune."""

    village_id: int
    village: str
    commune_id: int
    commune: str
    district_id: int | None
    district: str | None
    former: str = ""
    """Set by find_place when the name typed was one the village had before a reorganisation: 'trước 01/7/2025:
    Thôn 1, xã Tê Xăng, huyện Tu Mơ Rông'."""

    @property
    def label(self) -> str:
        """'Thôn 1, xã Ngọk Yêu, huyện Tu Mơ Rông', as a person would say which village."""
        parts = [self.village, commune_said(self.commune)]
        if self.district:
            parts.append(district_said(self.district))
        return ", ".join(parts)


def plan_places(session: Session, plan_id: int, village_ids: Collection[int] | None = None,
                on: date | None = None) -> list[PlaceRow]:
    """Every village of the plan (or those among `village_ids`), ordered by district (communes with no district
    last), commune and village; under today's units, or with `on` those of that day (domain/unit_history.py: the
    units a year's figures are grouped by)."""
    if on is not None and has_history(session):
        rows = _places_on(session, plan_id, village_ids, on)
    else:
        commune = aliased(AdminUnit)
        district = aliased(AdminUnit)
        statement = (
            select(Village.id, Village.name, commune.id, commune.name, district.id, district.name)
            .join(PlanVillage, PlanVillage.village_id == Village.id)
            .join(commune, commune.id == Village.commune_id)
            .outerjoin(district, (district.id == commune.parent_id) & (district.kind == UnitKind.DISTRICT))
            .where(PlanVillage.plan_id == plan_id)
        )
        if village_ids is not None:
            statement = statement.where(PlanVillage.village_id.in_(village_ids))
        rows = [PlaceRow(*row) for row in session.exec(statement)]
    rows.sort(key=lambda r: (r.district is None, fold(r.district or ""), fold(r.commune), _natural(r.village)))
    return rows


def _places_on(session: Session, plan_id: int, village_ids: Collection[int] | None, on: date) -> list[PlaceRow]:
    """The plan's places (or those among `village_ids`) as they stood on `on`, in no order: each village with the
    membership holding that day (a village's memberships cover its whole life once it has any:
    domain/reorganisation_apply.py; one without any has had today's commune throughout), each commune's chain worked
    out once (domain/unit_history.DatedUnits). One read, each place made once: at 10,000 reorganised villages the
    places of 2024 read about as fast as today's (they were today's read first, then each placed again, ~3×)."""
    held = aliased(VillageMembership)
    statement = (
        select(Village.id, Village.name, Village.commune_id, held.commune_id, held.name)
        .join(PlanVillage, PlanVillage.village_id == Village.id)
        .outerjoin(held, (held.village_id == Village.id)
                   & (held.valid_from.is_(None) | (held.valid_from <= on))
                   & (held.valid_until.is_(None) | (held.valid_until > on)))
        .where(PlanVillage.plan_id == plan_id)
    )
    if village_ids is not None:
        statement = statement.where(PlanVillage.village_id.in_(village_ids))
    units = DatedUnits(session)
    chains: dict[int, tuple] = {}
    places = []
    for village_id, name, commune_id, held_commune, held_name in session.exec(statement):
        if held_commune is not None:
            commune_id, name = held_commune, held_name
        chain = chains.get(commune_id)
        if chain is None:
            commune, district, _province = units.chain(commune_id, on)
            chain = chains[commune_id] = (commune, *(district or (None, None)))
        places.append(PlaceRow(village_id, name, commune_id, chain[0], chain[1], chain[2]))
    return places


def _natural(name: str) -> tuple:
    """Sort 'Thôn 2' before 'Thôn 10'."""
    folded = fold(name)
    head = folded.rstrip("0123456789")
    tail = folded[len(head):]
    return (head, int(tail) if tail else -1, folded)


def _commune_key(name: str) -> str:
    """'Xã Ngọk Yêu', 'xa ngok yeu' and 'Ngọk Yêu' name the same commune."""
    return fold(name).removeprefix("xa ")


def find_place(session: Session, plan_id: int, name: str) -> PlaceRow:
    """The village of the plan called `name`, or `name, commune` when several share the name.

    Matching ignores case, diacritics and spaces. A name (and commune) the village had before a reorganisation finds
    it too, under today's units, with `former` saying which it was. Raises NotFound or Ambiguous with a message
    naming the candidates.
    """
    village_part, _, commune_part = name.partition(",")
    wanted_village = fold(village_part)
    wanted_commune = _commune_key(commune_part)
    places = plan_places(session, plan_id)
    found = [p for p in places if fold(p.village) == wanted_village]
    if wanted_commune:
        found = [p for p in found if _commune_key(p.commune) == wanted_commune]
    if not found:
        found = _found_by_former_names(session, places, wanted_village, wanted_commune)
    if not found:
        raise NotFound(f"Không có thôn (làng) “{name.strip()}” trong kế hoạch.")
    if len(found) > 1:
        options = "; ".join(f"“{p.village}, {p.commune}”" + (f" ({p.former})" if p.former else "") for p in found)
        raise Ambiguous(f"Có {len(found)} thôn tên “{village_part.strip()}”; hãy ghi kèm tên xã: {options}.")
    return found[0]


def _found_by_former_names(session: Session, places: list[PlaceRow], wanted_village: str,
                           wanted_commune: str) -> list[PlaceRow]:
    """The plan's villages that had the name (in the commune) wanted at some time before today's, each with the
    first such stretch said in `former`."""
    if not has_history(session):
        return []
    by_id = {p.village_id: p for p in places}
    named = {village_id for village_id, spells in memberships(session, list(by_id)).items()
             if any(fold(held.name) == wanted_village for held in spells)}
    named |= {p.village_id for p in places if fold(p.village) == wanted_village}  # today's name, a former commune
    found = []
    for village_id, spells in village_histories(session, named).items():
        now = spells[-1]
        for spell in spells[:-1]:
            if fold(spell.units.village) != wanted_village or (
                    wanted_commune and _commune_key(spell.units.commune) != wanted_commune):
                continue
            if spell.units != now.units:
                found.append(replace(by_id[village_id], former=f"trước {short_date(spell.valid_until)}: "
                                     f"{village_said(spell.units.village)}, {spell.units.label}"))
                break
    return sorted(found, key=lambda p: (fold(p.commune), _natural(p.village)))


def other_names(session: Session, places: list[PlaceRow]) -> dict[int, tuple[str, ...]]:
    """The names each village of `places` was known by at other times than the one `places` shows (its own, its
    commune's, its district's, before or after a reorganisation: issue 18), each as 'district commune village',
    the way the window's tree search reads a place; none for a village never reorganised. With them the tree finds
    'thôn 1, tê xăng' as find_place finds it: the village today called Thôn 1 Tê Xăng in xã Ngọk Yêu."""
    if not places or not has_history(session):
        return {}
    found = {}
    held = names_held(session, {p.village_id: (p.commune_id, p.village) for p in places})
    for place in places:
        names = held[place.village_id] - {(place.district or "", place.commune, place.village)}
        if names:
            found[place.village_id] = tuple(" ".join(name).strip() for name in sorted(names))
    return found
