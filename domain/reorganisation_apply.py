"""Use case: apply a reorganisation of administrative units (domain/reorganisation_draft.py) in one audited
transaction, refused whole with a Vietnamese message naming the change.

Applying ends and begins dated rows (domain/admin_units.py) on the effective date: a unit renamed or moved under
another parent keeps its id and gets a new UnitPeriod; a village moved or renamed keeps its id (every record,
assessment and visit stays its own) and gets a new VillageMembership; merged and split units end and the units
they became begin. Today's columns (a unit's name and parent, a village's commune and name) are then the new ones,
so that everything that reads today's units (the plan import, the sheets) sees them.

A reorganisation takes effect on or after the latest one recorded: history is written forwards only.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

from sqlalchemy import insert, update
from sqlmodel import Session, func, select

from domain.access import require_secretariat
from domain.admin_units import AdminUnit, UnitKind, UnitPeriod, Village, VillageMembership
from domain.audit import record_change
from domain.errors import DomainError
from domain.reorganisation import ChangeKind, Reorganisation, UnitChange
from domain.reorganisation_draft import (
    Change,
    Merge,
    MergeProvince,
    MoveVillage,
    RemoveLevel,
    Rename,
    RenameVillage,
    ReorganisationDraft,
    Split,
    UnitPath,
    VillagePath,
)
from domain.text import name_key, nfc
from domain.unit_history import short_date
from domain.unit_of_work import UnitOfWork
from domain.unit_words import commune_said, district_said, province_said, village_said

KIND_OF = {Merge: ChangeKind.MERGE, Split: ChangeKind.SPLIT, Rename: ChangeKind.RENAME,
           MoveVillage: ChangeKind.MOVE_VILLAGE, RenameVillage: ChangeKind.RENAME_VILLAGE,
           RemoveLevel: ChangeKind.LEVEL_REMOVED, MergeProvince: ChangeKind.PROVINCE_MERGED}
CHANGE_LABEL = {ChangeKind.MERGE: "Sáp nhập", ChangeKind.SPLIT: "Chia tách", ChangeKind.RENAME: "Đổi tên",
                ChangeKind.MOVE_VILLAGE: "Chuyển thôn", ChangeKind.RENAME_VILLAGE: "Đổi tên thôn",
                ChangeKind.LEVEL_REMOVED: "Bỏ cấp huyện", ChangeKind.PROVINCE_MERGED: "Nhập tỉnh"}
LEVEL = {UnitKind.PROVINCE: "tỉnh", UnitKind.DISTRICT: "huyện", UnitKind.COMMUNE: "xã"}
SAID = {UnitKind.PROVINCE: province_said, UnitKind.DISTRICT: district_said, UnitKind.COMMUNE: commune_said}


class _Refused(Exception):
    """A change cannot be applied: the message without the change's number."""


class ChangeRefused(DomainError):
    """A change of the draft cannot be applied: `number` is its place in the draft's changes (from 1), for the
    workbook's reader to name its rows."""

    def __init__(self, message: str, number: int) -> None:
        super().__init__(message)
        self.number = number


@lru_cache(maxsize=1 << 14)
def _key(text: str) -> str:
    """name_key, worked out once per name: a decision names each unit many times."""
    return name_key(text)


def _unit_label(unit: AdminUnit) -> str:
    return SAID[unit.kind](unit.name)


@dataclass
class _Village:
    """A village as the reorganisation moves it: plain data, written in bulk (10,000 entities take seconds)."""

    id: int
    name: str
    commune_id: int


@dataclass(frozen=True)
class VillageBecomes:
    """What a village of the preview becomes: its units before and after, as labels."""

    village_id: int
    before: str
    after: str


class _Applying:
    """The reorganisation being applied: the units alive now (valid_until None), changed in the session."""

    def __init__(self, session: Session, reorganisation: Reorganisation) -> None:
        self.session = session
        self.reorganisation = reorganisation
        self.day = reorganisation.effective_on
        self.units = {u.id: u for u in session.exec(select(AdminUnit))}
        self.before = {u.id: (u.name, u.parent_id) for u in self.units.values()}
        """Each unit's name and parent before this reorganisation: its paths may name units as they were."""
        self.periods = {p.unit_id: p for p in session.exec(select(UnitPeriod).where(UnitPeriod.valid_until.is_(None)))}
        self.has_periods = {unit_id for unit_id in session.exec(select(UnitPeriod.unit_id).distinct())}
        # indexes kept up to date as units change: a decision of a province names a thousand units
        self.named: dict[tuple[UnitKind, str], set[int]] = defaultdict(set)
        self.named_before: dict[tuple[UnitKind, str], set[int]] = defaultdict(set)
        self.kids: dict[int | None, set[int]] = defaultdict(set)
        for unit in self.units.values():
            self.named[unit.kind, _key(unit.name)].add(unit.id)
            self.named_before[unit.kind, _key(unit.name)].add(unit.id)
            self.kids[unit.parent_id].add(unit.id)
        self.villages = {row[0]: _Village(*row) for row in session.exec(select(Village.id, Village.name,
                                                                                 Village.commune_id))}
        self.in_commune: dict[int, dict[str, int]] = defaultdict(dict)
        """Each commune's villages by name key."""
        for village in self.villages.values():
            self.in_commune[village.commune_id][_key(village.name)] = village.id
        self.open_memberships: dict[int, VillageMembership | dict] = {m.village_id: m for m in session.exec(
            select(VillageMembership).where(VillageMembership.valid_until.is_(None)))}
        self.moved: dict[int, _Village] = {}
        """The villages whose commune or name changed, written in bulk at the end."""
        self.new_memberships: list[dict] = []
        """Memberships begun or ended here, inserted together at the end (10,000 entities would take seconds)."""
        self.has_memberships = set(session.exec(select(VillageMembership.village_id).distinct()))
        self.position = 0
        self.touched_villages: set[int] = set()

    # finding units
    def alive(self, kind: UnitKind) -> list[AdminUnit]:
        return [u for u in self.units.values() if u.kind == kind and u.valid_until is None]

    def _alive_named(self, index: dict, kind: UnitKind, name: str) -> list[AdminUnit]:
        return [self.units[i] for i in index.get((kind, _key(name)), ()) if self.units[i].valid_until is None]

    def _above(self, unit_id: int, kind: UnitKind, before: bool) -> str | None:
        """The name of the unit of `kind` above, now or (`before`) before this reorganisation."""
        parent = (self.before[unit_id][1] if before and unit_id in self.before else self.units[unit_id].parent_id)
        while parent is not None:
            name, above = self.before[parent] if before and parent in self.before else (
                self.units[parent].name, self.units[parent].parent_id)
            if self.units[parent].kind == kind:
                return name
            parent = above
        return None

    def _fits(self, unit: AdminUnit, path: UnitPath, before: bool) -> bool:
        name = self.before[unit.id][0] if before and unit.id in self.before else unit.name
        if _key(name) != _key(path.name):
            return False
        for kind, wanted in ((UnitKind.DISTRICT, path.district), (UnitKind.PROVINCE, path.province)):
            if kind == unit.kind or not wanted:
                continue
            above = self._above(unit.id, kind, before)
            if above is not None and _key(above) != _key(wanted):
                return False
        return True

    def find(self, path: UnitPath) -> AdminUnit | None:
        """The living unit at `path`, named as it is now or as it was before this reorganisation; a refusal when
        several fit."""
        found = [u for u in self._alive_named(self.named, path.kind, path.name) if self._fits(u, path, False)] or \
            [u for u in self._alive_named(self.named_before, path.kind, path.name) if self._fits(u, path, True)]
        if len(found) > 1:
            raise _Refused(f"có {len(found)} {LEVEL[path.kind]} tên “{path.name}”; hãy ghi cả đơn vị cấp trên")
        return found[0] if found else None

    def existing(self, path: UnitPath) -> AdminUnit:
        unit = self.find(path)
        if unit is None:
            raise _Refused(f"không có {path.label} (còn hiệu lực ngày {short_date(self.day)})")
        return unit

    def parent_for(self, path: UnitPath) -> int | None:
        """The parent of a new unit at `path`: the unit named above it; None when nothing is named above, or the
        level named is one the database does not record at all."""
        above = path.parent
        while above is not None:
            unit = self.find(above)
            if unit is not None:
                return unit.id
            if any(u.kind == above.kind for u in self.units.values()):
                raise _Refused(f"không có {above.label}")
            above = above.parent
        return None

    def target(self, path: UnitPath, kind: UnitKind) -> AdminUnit:
        """The existing unit at `path`, or a new one made there."""
        if path.kind != kind:
            raise _Refused(f"{path.label} không cùng cấp ({LEVEL[kind]})")
        unit = self.find(path)
        if unit is not None:
            return unit
        unit = AdminUnit(name=nfc(path.name), kind=kind, parent_id=self.parent_for(path), valid_from=self.day)
        self._check_free(unit.parent_id, kind, unit.name, None)
        self.session.add(unit)
        self.session.flush()
        self.units[unit.id] = unit
        self.named[kind, _key(unit.name)].add(unit.id)
        self.kids[unit.parent_id].add(unit.id)
        return unit

    def village(self, path: VillagePath) -> Village:
        commune = self.existing(path.commune)
        found = self.in_commune[commune.id].get(_key(path.village))
        if found is None:
            raise _Refused(f"không có {path.label}")
        return self.villages[found]

    # changing units and villages
    def _check_free(self, parent_id: int | None, kind: UnitKind, name: str, unit_id: int | None) -> None:
        for other in (self.units[i] for i in self.kids.get(parent_id, ())):
            if other.id != unit_id and other.kind == kind and _key(other.name) == _key(name):
                ended = "" if other.valid_until is None else " (đã kết thúc, giữ tên trong lịch sử)"
                raise _Refused(f"đã có {LEVEL[kind]} “{other.name}”{ended} ở cùng cấp trên")

    def set_unit(self, unit: AdminUnit, *, name: str | None = None, parent_id: int | None | type = ...) -> None:
        """The unit under a new name or parent from the effective day: its period ends, the next begins."""
        new_name = unit.name if name is None else nfc(name)
        new_parent = unit.parent_id if parent_id is ... else parent_id
        if new_name == unit.name and new_parent == unit.parent_id:
            return
        self._check_free(new_parent, unit.kind, new_name, unit.id)
        current = self.periods.get(unit.id)
        if unit.id not in self.has_periods:
            self.session.add(UnitPeriod(unit_id=unit.id, name=unit.name, parent_id=unit.parent_id,
                                        valid_from=unit.valid_from, valid_until=self.day))
            self.has_periods.add(unit.id)
            current = None
        if current is not None and current.valid_from == self.day:
            current.name, current.parent_id = new_name, new_parent
        else:
            if current is not None:
                current.valid_until = self.day
            current = UnitPeriod(unit_id=unit.id, name=new_name, parent_id=new_parent, valid_from=self.day)
            self.session.add(current)
            self.periods[unit.id] = current
        self.named[unit.kind, _key(unit.name)].discard(unit.id)
        self.named[unit.kind, _key(new_name)].add(unit.id)
        self.kids[unit.parent_id].discard(unit.id)
        self.kids[new_parent].add(unit.id)
        unit.name, unit.parent_id = new_name, new_parent

    def set_village(self, village: "_Village", *, commune_id: int | None = None, name: str | None = None) -> None:
        new_commune = village.commune_id if commune_id is None else commune_id
        new_name = village.name if name is None else nfc(name)
        if new_commune == village.commune_id and new_name == village.name:
            return
        other = self.in_commune[new_commune].get(_key(new_name))
        if other is not None and other != village.id:
            raise _Refused(f"{_unit_label(self.units[new_commune])} sẽ có hai thôn “{new_name}”; đổi tên một thôn "
                           "trước (Đổi tên thôn, trong cùng quyết định)")
        current = self.open_memberships.get(village.id)
        if village.id not in self.has_memberships:
            self.new_memberships.append({"village_id": village.id, "commune_id": village.commune_id,
                                         "name": village.name, "valid_from": None, "valid_until": self.day})
            self.has_memberships.add(village.id)
            current = None
        if isinstance(current, dict) and current["valid_from"] == self.day:
            current["commune_id"], current["name"] = new_commune, new_name
        elif current is not None and not isinstance(current, dict) and current.valid_from == self.day:
            current.commune_id, current.name = new_commune, new_name
        else:
            if isinstance(current, dict):
                current["valid_until"] = self.day
            elif current is not None:
                current.valid_until = self.day
            current = {"village_id": village.id, "commune_id": new_commune, "name": new_name,
                       "valid_from": self.day, "valid_until": None}
            self.new_memberships.append(current)
            self.open_memberships[village.id] = current
        del self.in_commune[village.commune_id][_key(village.name)]
        self.in_commune[new_commune][_key(new_name)] = village.id
        village.commune_id, village.name = new_commune, new_name
        self.touched_villages.add(village.id)
        self.moved[village.id] = village

    def end(self, unit: AdminUnit) -> None:
        unit.valid_until = self.day

    def children(self, unit: AdminUnit) -> list[AdminUnit]:
        return [self.units[i] for i in sorted(self.kids.get(unit.id, ())) if self.units[i].valid_until is None]

    def flush(self) -> None:
        """The memberships begun or ended, inserted in bulk, and every changed entity written."""
        if self.new_memberships:
            # Core on the session's connection: one executemany (the ORM's bulk insert ran a statement a row)
            self.session.connection().execute(insert(VillageMembership.__table__), self.new_memberships)
            self.new_memberships = []
        if self.moved:  # an ORM bulk UPDATE by primary key: one executemany
            self.session.execute(update(Village), [{"id": v.id, "name": v.name, "commune_id": v.commune_id}
                                                   for v in self.moved.values()])
            self.moved = {}
        self.session.flush()

    def move_contents(self, source: AdminUnit, target: AdminUnit) -> None:
        """The villages (of a commune) or units (of a district or province) of `source` now in `target`."""
        if source.kind == UnitKind.COMMUNE:
            for village_id in sorted(self.in_commune[source.id].values()):
                self.set_village(self.villages[village_id], commune_id=target.id)
        for child in self.children(source):
            self.set_unit(child, parent_id=target.id)

    def record(self, kind: ChangeKind, *, unit: AdminUnit | None = None, new_unit: AdminUnit | None = None,
               village: "_Village | None" = None, old_name: str = "", new_name: str = "") -> None:
        self.position += 1
        self.session.add(UnitChange(reorganisation_id=self.reorganisation.id, position=self.position, kind=kind,
                                    unit_id=unit.id if unit else None, new_unit_id=new_unit.id if new_unit else None,
                                    village_id=village.id if village else None, old_name=old_name, new_name=new_name))

    # the changes
    def merge(self, change: Merge, kind: ChangeKind = ChangeKind.MERGE) -> None:
        if not change.sources:
            raise _Refused("không có đơn vị nào được sáp nhập")
        sources = [self.existing(path) for path in change.sources]
        if len({s.id for s in sources}) < len(sources):
            raise _Refused("một đơn vị được ghi hai lần")
        if len({s.kind for s in sources}) > 1:
            raise _Refused("các đơn vị sáp nhập không cùng cấp")
        target = self.target(change.into, sources[0].kind)
        for source in sources:
            if source.id == target.id:
                continue
            self.move_contents(source, target)
            self.end(source)
            self.record(kind, unit=source, new_unit=target, old_name=source.name, new_name=target.name)

    def split(self, change: Split) -> None:
        source = self.existing(change.source)
        if source.kind == UnitKind.PROVINCE:
            raise _Refused("chia tách tỉnh chưa được hỗ trợ")
        if source.kind == UnitKind.COMMUNE:
            members = {key: self.villages[v] for key, v in self.in_commune[source.id].items()}
        else:
            members = {_key(u.name): u for u in self.children(source)}
        placed: dict[str, str] = {}
        targets = []
        for part in change.parts:
            for member in part.members:
                key = name_key(member)
                if key not in members:
                    raise _Refused(f"“{member}” không thuộc {change.source.label}")
                if key in placed:
                    raise _Refused(f"“{member}” được chia về hai nơi ({placed[key]} và {part.into.label})")
                placed[key] = part.into.label
            targets.append(self.target(part.into, source.kind))
        kept = any(t.id == source.id for t in targets)
        missing = [m.name for key, m in members.items() if key not in placed]
        if missing and not kept:
            raise _Refused(f"chưa ghi nơi chia về của {', '.join(sorted(missing))}")
        for part, target in zip(change.parts, targets, strict=True):
            if target.id == source.id:
                continue
            for member in part.members:
                item = members[name_key(member)]
                if isinstance(item, _Village):
                    self.set_village(item, commune_id=target.id)
                else:
                    self.set_unit(item, parent_id=target.id)
            self.record(ChangeKind.SPLIT, unit=source, new_unit=target, old_name=source.name, new_name=target.name)
        if not kept:
            self.end(source)

    def rename(self, change: Rename) -> None:
        unit = self.existing(change.unit)
        old = unit.name
        if not nfc(change.name):
            raise _Refused("tên mới trống")
        self.set_unit(unit, name=change.name)
        self.record(ChangeKind.RENAME, unit=unit, new_unit=unit, old_name=old, new_name=unit.name)

    def move_village(self, change: MoveVillage) -> None:
        village = self.village(change.village)
        source = self.units[village.commune_id]
        target = self.existing(change.into)
        if target.kind != UnitKind.COMMUNE:
            raise _Refused(f"{change.into.label} không phải là xã")
        self.set_village(village, commune_id=target.id)
        self.record(ChangeKind.MOVE_VILLAGE, unit=source, new_unit=target, village=village,
                    old_name=village.name, new_name=village.name)

    def rename_village(self, change: RenameVillage) -> None:
        village = self.village(change.village)
        old = village.name
        if not nfc(change.name):
            raise _Refused("tên mới trống")
        self.set_village(village, name=change.name)
        self.record(ChangeKind.RENAME_VILLAGE, unit=self.units[village.commune_id], village=village, old_name=old,
                    new_name=village.name)

    def remove_level(self, change: RemoveLevel) -> None:
        district = self.existing(change.unit)
        if district.kind != UnitKind.DISTRICT:
            raise _Refused(f"{change.unit.label} không phải là huyện")
        above = self.units.get(district.parent_id) if district.parent_id is not None else None
        for child in self.children(district):
            self.set_unit(child, parent_id=district.parent_id)
        self.end(district)
        self.record(ChangeKind.LEVEL_REMOVED, unit=district, new_unit=above, old_name=district.name,
                    new_name=above.name if above else "")

    def merge_province(self, change: MergeProvince) -> None:
        if change.source.kind != UnitKind.PROVINCE or change.into.kind != UnitKind.PROVINCE:
            raise _Refused("nhập tỉnh cần tên tỉnh cũ và tỉnh mới")
        if not any(u.kind == UnitKind.PROVINCE for u in self.units.values()):
            self._record_the_province(change.source)
        self.merge(Merge((change.source,), change.into), ChangeKind.PROVINCE_MERGED)

    def _record_the_province(self, path: UnitPath) -> None:
        """A database that recorded no province (one province's secretariat, its annexes naming none): the merged
        province is recorded as having held every top unit until now, so that the merger has something to end."""
        province = AdminUnit(name=nfc(path.name), kind=UnitKind.PROVINCE)
        self.session.add(province)
        self.session.flush()
        self.units[province.id] = province
        self.before[province.id] = (province.name, None)
        for index in (self.named, self.named_before):
            index[UnitKind.PROVINCE, _key(province.name)].add(province.id)
        for unit in [self.units[i] for i in sorted(self.kids[None])]:
            if unit.valid_until is None:
                unit.parent_id = province.id
                self.kids[None].discard(unit.id)
                self.kids[province.id].add(unit.id)
                self.before[unit.id] = (self.before[unit.id][0], province.id)
                for period in self.session.exec(select(UnitPeriod).where(UnitPeriod.unit_id == unit.id,
                                                                         UnitPeriod.parent_id.is_(None))):
                    period.parent_id = province.id
        self.kids[None].add(province.id)

    def check_end(self) -> None:
        """No village left in an ended commune, no unit under an ended one."""
        for village in self.villages.values():
            commune = self.units[village.commune_id]
            if commune.valid_until is not None:
                raise DomainError(f"Sắp xếp không hợp lệ: thôn “{village.name}” còn thuộc {_unit_label(commune)} đã "
                                  f"kết thúc ngày {short_date(self.day)}; hãy ghi nơi thôn chuyển về.")
        for unit in self.units.values():
            parent = self.units.get(unit.parent_id) if unit.parent_id is not None else None
            if unit.valid_until is None and parent is not None and parent.valid_until is not None:
                raise DomainError(f"Sắp xếp không hợp lệ: {_unit_label(unit)} còn thuộc {_unit_label(parent)} đã kết "
                                  "thúc; hãy ghi nơi đơn vị chuyển về.")


def _ordered(changes: tuple[Change, ...]) -> list[tuple[int, Change]]:
    """Province mergers first, district levels removed last, the rest as given; each with its number (from 1)."""
    numbered = list(enumerate(changes, start=1))
    rank = {MergeProvince: 0, RemoveLevel: 2}
    return sorted(numbered, key=lambda pair: rank.get(type(pair[1]), 1))


def write_reorganisation(session: Session, draft: ReorganisationDraft, actor: str) -> tuple[Reorganisation,
                                                                                           set[int]]:
    """Write the draft into the session without committing (the caller's unit of work decides); the
    reorganisation and the villages whose commune or name changed."""
    if not nfc(draft.decision_number):
        raise DomainError("Sắp xếp không hợp lệ: thiếu số quyết định.")
    if not draft.changes:
        raise DomainError(f"Quyết định {draft.decision_number} không có thay đổi nào.")
    latest = session.exec(select(func.max(Reorganisation.effective_on))).one()
    if latest is not None and draft.effective_on < latest:
        raise DomainError(f"Quyết định {draft.decision_number} có hiệu lực ngày {short_date(draft.effective_on)}, "
                          f"trước một sắp xếp đã ghi (hiệu lực {short_date(latest)}): lịch sử chỉ ghi tiếp về sau.")
    reorganisation = Reorganisation(
        decision_number=nfc(draft.decision_number), decision_body=nfc(draft.decision_body),
        decided_on=draft.decided_on, effective_on=draft.effective_on, note=nfc(draft.note),
        applied_at=datetime.now(UTC), applied_by=actor)
    session.add(reorganisation)
    session.flush()
    applying = _Applying(session, reorganisation)
    actions = {Merge: applying.merge, Split: applying.split, Rename: applying.rename,
               MoveVillage: applying.move_village, RenameVillage: applying.rename_village,
               RemoveLevel: applying.remove_level, MergeProvince: applying.merge_province}
    for number, change in _ordered(draft.changes):
        try:
            actions[type(change)](change)
        except _Refused as refused:
            raise ChangeRefused(f"Quyết định {draft.decision_number}, thay đổi {number} "
                                f"({CHANGE_LABEL[KIND_OF[type(change)]]}): {refused}.", number) from None
    applying.check_end()
    applying.flush()
    record_change(session, actor=actor, entity="reorganisation", entity_id=reorganisation.id, field="*", old=None,
                  new=reorganisation.decision_number,
                  context=f"sắp xếp đơn vị hành chính theo {reorganisation.decision_number}"
                          f"{' (' + reorganisation.decision_body + ')' if reorganisation.decision_body else ''}, "
                          f"hiệu lực {short_date(draft.effective_on)}: {len(draft.changes)} thay đổi, "
                          f"{len(applying.touched_villages)} thôn chuyển hoặc đổi tên"
                          f"{' từ ' + draft.source if draft.source else ''}")
    for change in session.exec(select(UnitChange).where(UnitChange.reorganisation_id == reorganisation.id)
                               .order_by(UnitChange.position)):
        record_change(session, actor=actor, entity="reorganisation", entity_id=reorganisation.id,
                      field=change.kind.value, old=change.old_name or None, new=change.new_name or None,
                      context=CHANGE_LABEL[change.kind], village_id=change.village_id)
    session.flush()
    return reorganisation, applying.touched_villages


def apply_reorganisation(uow: UnitOfWork, draft: ReorganisationDraft) -> int:
    """Apply the reorganisation in one transaction (secretariat only); its id."""
    require_secretariat(uow.user, "ghi sắp xếp đơn vị hành chính")
    reorganisation, _ = write_reorganisation(uow.session, draft, uow.actor)
    uow.commit()
    return reorganisation.id


def _labels(session: Session) -> dict[int, str]:
    """Every village's label under today's units: 'thôn Thôn 6, xã Đăk Hà, tỉnh Quảng Ngãi'."""
    units = {u.id: u for u in session.exec(select(AdminUnit))}
    labels = {}
    for village in session.exec(select(Village.id, Village.name, Village.commune_id)):  # rows: read afresh
        commune = units[village.commune_id]
        parent = units.get(commune.parent_id) if commune.parent_id is not None else None
        above = f", {_unit_label(parent)}" if parent is not None else ""
        labels[village.id] = f"{village_said(village.name)}, {commune_said(commune.name)}{above}"
    return labels


def preview_reorganisation(uow: UnitOfWork, draft: ReorganisationDraft) -> list[VillageBecomes]:
    """What each village whose units change becomes (its label before and after), in the order of the labels
    before; nothing written (the unit of work's transaction is rolled back). Refused as apply_reorganisation
    would be."""
    session = uow.session
    before = _labels(session)
    write_reorganisation(session, draft, uow.actor)
    after = _labels(session)
    session.rollback()
    return [VillageBecomes(village_id, before[village_id], after[village_id])
            for village_id in sorted(before, key=lambda v: (before[v], v)) if before[village_id] != after[village_id]]
