"""Use cases: a reorganisation workbook's rows checked against the database, previewed, applied; and the stored
reorganisations as rows again (for the workbook's export).

The rows (domain/reorganisation_workbook_format.py) name units as the sheet does: old units by their names before
the effective date, new ones by their names after it. They become domain/reorganisation_draft.py's changes, applied
by domain/reorganisation_apply.write_reorganisation in this order: provinces merged, villages renamed (so that a
merge never meets two villages of one name), communes split, merged, renamed, villages moved (their commune named
as the decision's own merges and renames made it), districts removed. What the database can refuse with a row
named (an old unit or village that does not exist, two units of that name, an effective date inside a plan year
without a word in Ghi chú, a date before a recorded reorganisation) is refused here, whole; what only applying
finds is refused by the apply step, still whole.

A decision already recorded (the same number) is left as it is and said so: importing a workbook twice changes
nothing.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlmodel import Session, func, select

from domain.access import require_secretariat
from domain.admin_units import AdminUnit, UnitKind, Village
from domain.errors import DomainError
from domain.formatting import format_int
from domain.plan import Plan
from domain.reorganisation import ChangeKind, Reorganisation, UnitChange
from domain.reorganisation_apply import ChangeRefused, write_reorganisation
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
    SplitPart,
    VillagePath,
)
from domain.reorganisation_draft import UnitPath as DraftPath
from domain.reorganisation_workbook_format import (
    CHANGES,
    ILLUSTRATIVE,
    KIND_LABEL,
    LEVEL_LABEL,
    SHEET,
    ChangeRow,
    Decision,
    Level,
    ReorganisationRows,
    RowKind,
    UnitPath,
)
from domain.text import name_key
from domain.unit_history import DatedUnits, short_date, units_of_village
from domain.unit_history import memberships as memberships_of
from domain.unit_of_work import UnitOfWork
from domain.unit_words import commune_said, district_said, province_said, village_said

KIND_OF_LEVEL = {Level.PROVINCE: UnitKind.PROVINCE, Level.DISTRICT: UnitKind.DISTRICT, Level.COMMUNE: UnitKind.COMMUNE}
LEVEL_OF_KIND = {kind: level for level, kind in KIND_OF_LEVEL.items()}
ROW_KIND = {ChangeKind.MERGE: RowKind.MERGE, ChangeKind.SPLIT: RowKind.SPLIT, ChangeKind.RENAME: RowKind.RENAME,
            ChangeKind.RENAME_VILLAGE: RowKind.RENAME, ChangeKind.MOVE_VILLAGE: RowKind.MOVE,
            ChangeKind.LEVEL_REMOVED: RowKind.LEVEL_REMOVED, ChangeKind.PROVINCE_MERGED: RowKind.PROVINCE_MERGED}


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: str | None
    message: str

    def __str__(self) -> str:
        header = f", cột “{SHEET.column(self.column).header}”" if self.column else ""
        return f"sheet “{CHANGES}”, dòng {self.row}{header}: {self.message}"


class ReorganisationRefused(DomainError):
    """The rows break the database's units or plans; every problem with its row. Nothing was written."""

    def __init__(self, file_name: str, problems: list[RowProblem]) -> None:
        self.problems = sorted(problems, key=lambda p: p.row)
        lines = "\n".join(f"- {problem}" for problem in self.problems)
        super().__init__(f"Không nhập tệp “{file_name}”: {len(problems)} lỗi, chưa ghi gì.\n{lines}")


@dataclass(frozen=True)
class UnitLine:
    """What one old unit becomes, as the preview lists it: 'xã Tê Xăng' → 'xã Ngọk Yêu' (Sáp nhập)."""

    decision: str
    kind: str
    old: str
    new: str


@dataclass(frozen=True)
class VillageLine:
    village_id: int
    before: str
    after: str


@dataclass
class ReorganisationPreview:
    """What the workbook would do: the decisions to record, those already recorded (left as they are), what each
    old unit becomes and what each village touched becomes."""

    file_name: str
    decisions: list[Decision] = field(default_factory=list)
    already: list[Decision] = field(default_factory=list)
    units: list[UnitLine] = field(default_factory=list)
    villages: list[VillageLine] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def changes_anything(self) -> bool:
        return bool(self.decisions)

    def summary(self) -> str:
        return (f"{format_int(len(self.decisions))} quyết định, {format_int(len(self.units))} đơn vị thay đổi, "
                f"{format_int(len(self.villages))} thôn chuyển xã hoặc đổi tên")


def _draft_path(path: UnitPath, level: Level, *, province: bool = True) -> DraftPath:
    """The draft's path of the unit of `level` in `path` (its village left out); without the province when it is
    the old one (a province merger runs first, so the old province no longer fits)."""
    cut = path.up_to(Level.COMMUNE if level == Level.VILLAGE else level)
    return DraftPath(cut.province or "" if province else "", cut.district or "", cut.commune or "")


def _commune_key(path: UnitPath) -> tuple[str, str]:
    return name_key(path.district), name_key(path.commune)


def to_draft(rows: ReorganisationRows, *, source: str = "") -> tuple[ReorganisationDraft, list[list[int]]]:
    """The draft of one decision's rows, and the sheet rows behind each of its changes (a province merger in a
    database that recorded no province records the merged one: domain/reorganisation_apply.py)."""
    by_kind: dict[RowKind, list[ChangeRow]] = defaultdict(list)
    for change in rows.changes:
        by_kind[change.kind].append(change)
    changes: list[Change] = []
    behind: list[list[int]] = []

    def add(change: Change, sheet_rows: list[int]) -> None:
        changes.append(change)
        behind.append(sheet_rows)

    for row in by_kind[RowKind.PROVINCE_MERGED]:
        add(MergeProvince(DraftPath(row.old.province), DraftPath(row.new.province)), [row.row])
    renamed: dict[tuple[str, str, str], str] = {}
    for row in [*by_kind[RowKind.RENAME], *by_kind[RowKind.MOVE]]:
        if row.level == Level.VILLAGE and row.new.village and name_key(row.new.village) != name_key(row.old.village):
            add(RenameVillage(VillagePath(_draft_path(row.old, Level.COMMUNE, province=False), row.old.village),
                              row.new.village), [row.row])
            renamed[(*_commune_key(row.old), name_key(row.old.village))] = row.new.village

    def village_now(row: ChangeRow) -> str:
        return renamed.get((*_commune_key(row.old), name_key(row.old.village)), row.old.village)

    became: dict[tuple[str, str], DraftPath] = {}
    moves = list(by_kind[RowKind.MOVE])
    split_sources: dict[tuple, list[ChangeRow]] = defaultdict(list)
    for row in by_kind[RowKind.SPLIT]:
        split_sources[_commune_key(row.old.up_to(row.level)), row.level].append(row)
    for (key, level), parts in split_sources.items():
        members, used = [], []
        for part in parts:
            going = [m for m in moves if _commune_key(m.old.up_to(Level.COMMUNE)) == key
                     and name_key(m.new.commune) == name_key(part.new.commune)]
            used += going
            members.append(SplitPart(_draft_path(part.new, level), tuple(village_now(m) for m in going)))
        moves = [m for m in moves if m not in used]
        add(Split(_draft_path(parts[0].old, level, province=False), tuple(members)),
            [p.row for p in parts] + [m.row for m in used])
    targets: dict[tuple, list[ChangeRow]] = defaultdict(list)
    for row in by_kind[RowKind.MERGE]:
        targets[row.level, _commune_key(row.new.up_to(row.level)) if row.level == Level.COMMUNE
                else name_key(row.new.district)].append(row)
    for (level, _key), sources in targets.items():
        into = _draft_path(sources[0].new, level)
        add(Merge(tuple(_draft_path(s.old, level, province=False) for s in sources), into), [s.row for s in sources])
        if level == Level.COMMUNE:
            became |= {_commune_key(s.old): into for s in sources}
    for row in by_kind[RowKind.RENAME]:
        if row.level != Level.VILLAGE:
            add(Rename(_draft_path(row.old, row.level, province=False), row.new.name_at(row.level)), [row.row])
            if row.level == Level.COMMUNE:
                became[_commune_key(row.old)] = _draft_path(row.new, row.level)
    for row in moves:
        commune = became.get(_commune_key(row.old), _draft_path(row.old, Level.COMMUNE, province=False))
        add(MoveVillage(VillagePath(commune, village_now(row)), _draft_path(row.new, Level.COMMUNE)), [row.row])
    for row in by_kind[RowKind.LEVEL_REMOVED]:
        add(RemoveLevel(_draft_path(row.old, Level.DISTRICT, province=False)), [row.row])
    decision = rows.decision
    draft = ReorganisationDraft(decision.number, decision.body, decision.effective_on, tuple(changes),
                                decided_on=decision.signed_on, note=decision.note, source=source)
    return draft, behind


class _Places:
    """The units and villages alive today (before the rows are applied: history is written forwards only, so
    today's names are those of the eve of any new reorganisation)."""

    def __init__(self, session: Session) -> None:
        self.units = {u.id: u for u in session.exec(select(AdminUnit)) if u.valid_until is None}
        self.villages: dict[int, list[Village]] = defaultdict(list)
        for village in session.exec(select(Village)):
            self.villages[village.commune_id].append(village)
        self.kinds = {u.kind for u in self.units.values()}

    def _above(self, unit: AdminUnit, kind: UnitKind) -> AdminUnit | None:
        parent = self.units.get(unit.parent_id) if unit.parent_id is not None else None
        while parent is not None and parent.kind != kind:
            parent = self.units.get(parent.parent_id) if parent.parent_id is not None else None
        return parent

    def find(self, path: UnitPath, level: Level) -> list[AdminUnit]:
        kind = KIND_OF_LEVEL[level]
        found = []
        for unit in self.units.values():
            if unit.kind != kind or name_key(unit.name) != name_key(path.name_at(level)):
                continue
            fits = True
            for above_level in (Level.DISTRICT, Level.PROVINCE):
                wanted = path.name_at(above_level)
                above = self._above(unit, KIND_OF_LEVEL[above_level]) if wanted and above_level != level else None
                if above is not None and name_key(above.name) != name_key(wanted):
                    fits = False
            if fits:
                found.append(unit)
        return found


def _check(session: Session, reorganisations: list[ReorganisationRows]) -> list[RowProblem]:
    places = _Places(session)
    problems: list[RowProblem] = []
    plans = list(session.exec(select(Plan.code, Plan.first_year, Plan.last_year)))
    latest = session.exec(select(func.max(Reorganisation.effective_on))).one()
    for item in reorganisations:
        decision = item.decision
        day = decision.effective_on
        if latest is not None and day < latest:
            problems.append(RowProblem(item.first_row, "effective_on", f"trước sắp xếp đã ghi có hiệu lực ngày "
                                       f"{short_date(latest)}: lịch sử chỉ ghi tiếp về sau"))
        inside = [code for code, first, last in plans if first <= day.year <= last]
        if day != date(day.year, 1, 1) and inside and not decision.note:
            problems.append(RowProblem(
                item.first_row, "effective_on",
                f"ngày hiệu lực {short_date(day)} nằm giữa năm {day.year} của kế hoạch {', '.join(inside)}: hãy ghi "
                f"ở cột “Ghi chú” kết quả năm {day.year} tính theo đơn vị nào (Làng Mới tính cả năm theo đơn vị có "
                f"hiệu lực ngày 31/12/{day.year})"))
        for change in item.changes:
            problems += _check_row(places, change)
    return problems


def _check_row(places: _Places, change: ChangeRow) -> list[RowProblem]:
    level = Level.COMMUNE if change.level == Level.VILLAGE else change.level
    if KIND_OF_LEVEL[level] not in places.kinds:
        if level == Level.PROVINCE:
            return []  # a database that never recorded a province: the merger is left out (to_draft)
        return [RowProblem(change.row, f"old_{level.value}", f"cơ sở dữ liệu không có đơn vị cấp "
                                                             f"{LEVEL_LABEL[level]} nào")]
    found = places.find(change.old, level)
    name = change.old.name_at(level)
    if not found:
        return [RowProblem(change.row, f"old_{level.value}",
                           f"không có {LEVEL_LABEL[level].lower()} “{name}” ({change.old.up_to(level).text()}) "
                           "đang có hiệu lực")]
    if len(found) > 1:
        above = "huyện" if level == Level.COMMUNE else "tỉnh"
        return [RowProblem(change.row, f"old_{level.value}", f"có {len(found)} {LEVEL_LABEL[level].lower()} tên "
                                                             f"“{name}”; hãy ghi {above} cũ")]
    if change.level == Level.VILLAGE:
        names = {name_key(v.name) for v in places.villages[found[0].id]}
        if name_key(change.old.village) not in names:
            return [RowProblem(change.row, "old_village",
                               f"{commune_said(found[0].name)} không có thôn “{change.old.village}”")]
    return []


def _recorded(session: Session) -> set[str]:
    return {name_key(number) for number in session.exec(select(Reorganisation.decision_number))}


def _village_labels(session: Session) -> dict[int, str]:
    units = {u.id: u for u in session.exec(select(AdminUnit))}
    labels = {}
    for village in session.exec(select(Village)):
        commune = units[village.commune_id]
        parent = units.get(commune.parent_id) if commune.parent_id is not None else None
        said = {UnitKind.DISTRICT: district_said, UnitKind.PROVINCE: province_said}
        labels[village.id] = f"{village_said(village.name)}, {commune_said(commune.name)}" + (
            f", {said[parent.kind](parent.name)}" if parent is not None and parent.kind in said else "")
    return labels


def write_reorganisations(uow: UnitOfWork, reorganisations: list[ReorganisationRows],
                          file_name: str) -> ReorganisationPreview:
    """Check the rows and write them into the session, uncommitted (the caller's unit of work decides); the preview
    of what was written."""
    session = uow.session
    preview = ReorganisationPreview(file_name)
    recorded = _recorded(session)
    fresh = []
    for item in reorganisations:
        if name_key(item.decision.number) in recorded:
            preview.already.append(item.decision)
        else:
            fresh.append(item)
    problems = _check(session, fresh)
    if problems:
        raise ReorganisationRefused(file_name, problems)
    before = _village_labels(session)
    touched: set[int] = set()
    for item in sorted(fresh, key=lambda r: r.decision.effective_on):
        preview.decisions.append(item.decision)
        for change in item.changes:
            old = change.old.up_to(change.level).text()
            if change.kind == RowKind.LEVEL_REMOVED:
                new = f"các xã trực thuộc {change.new.text() or 'cấp trên'}"
            elif change.level == Level.VILLAGE:
                new = UnitPath(change.new.province, change.new.district, change.new.commune,
                               change.new.village or change.old.village).text()
            else:
                new = change.new.up_to(change.level).text()
            preview.units.append(UnitLine(item.decision.number, KIND_LABEL[change.kind], old, new))
        draft, behind = to_draft(item, source=file_name)
        try:
            _, moved = write_reorganisation(session, draft, uow.actor)
        except ChangeRefused as refused:
            rows = behind[refused.number - 1]
            more = f" (các dòng {', '.join(map(str, rows))})" if len(rows) > 1 else ""
            raise ReorganisationRefused(file_name, [RowProblem(rows[0], None, f"{refused}{more}")]) from None
        touched |= moved
    for village_id in sorted(touched, key=lambda v: before[v]):
        after = units_of_village(session, village_id, None)
        preview.villages.append(VillageLine(village_id, before[village_id],
                                            f"{village_said(after.village)}, {after.label}"))
    return preview


def preview_reorganisations(uow: UnitOfWork, *, reorganisations: list[ReorganisationRows],
                            file_name: str) -> ReorganisationPreview:
    """What importing the rows would do, nothing written; refused whole as the import would be."""
    require_secretariat(uow.user, "ghi sắp xếp đơn vị hành chính")
    try:
        return write_reorganisations(uow, reorganisations, file_name)
    finally:
        uow.session.rollback()


def import_reorganisations(uow: UnitOfWork, *, reorganisations: list[ReorganisationRows],
                           file_name: str) -> ReorganisationPreview:
    """Record the workbook's new decisions in one audited transaction (each change one audit row); what was done."""
    require_secretariat(uow.user, "ghi sắp xếp đơn vị hành chính")
    preview = write_reorganisations(uow, reorganisations, file_name)
    if preview.changes_anything:
        uow.commit()
    return preview


def _unit_path(units: DatedUnits, unit_id: int | None, on: date) -> UnitPath:
    """A unit with its parents as they were named on `on`."""
    names: dict[Level, str] = {}
    while unit_id is not None:
        name, parent = units.at(unit_id, on)
        names.setdefault(LEVEL_OF_KIND[units.units[unit_id].kind], name)
        unit_id = parent
    return UnitPath(**{level.value: name for level, name in names.items()})


def stored_reorganisations(session: Session) -> list[ReorganisationRows]:
    """Every recorded reorganisation as the workbook's rows, in the order they took effect: old units named as
    on the eve, new ones as on the day. A merge into a unit that was already there lists that unit too (it
    continues), as the template writes it; a split lists each village that went to each part."""
    units = DatedUnits(session)
    memberships = memberships_of(session)
    changes: dict[int, list[UnitChange]] = defaultdict(list)
    for change in session.exec(select(UnitChange).order_by(UnitChange.reorganisation_id, UnitChange.position)):
        changes[change.reorganisation_id].append(change)
    result = []
    for reorganisation in session.exec(select(Reorganisation).order_by(Reorganisation.effective_on,
                                                                       Reorganisation.id)):
        day = reorganisation.effective_on
        eve = day - timedelta(days=1)
        rows: list[ChangeRow] = []
        continuing: set[int] = set()
        for change in changes[reorganisation.id]:
            kind = ROW_KIND[change.kind]
            if change.village_id is not None:
                old = _unit_path(units, change.unit_id, eve)
                after = units_of_village(session, change.village_id, day)
                new_name = change.new_name if change.kind == ChangeKind.RENAME_VILLAGE else None
                rows.append(ChangeRow(Level.VILLAGE, kind, UnitPath(old.province, old.district, old.commune,
                                                                    change.old_name),
                                      UnitPath(after.province, after.district, after.commune, new_name)))
                continue
            level = LEVEL_OF_KIND[units.units[change.unit_id].kind]
            old = _unit_path(units, change.unit_id, eve)
            new = UnitPath() if change.new_unit_id is None else _unit_path(units, change.new_unit_id, day)
            target = units.units.get(change.new_unit_id)
            if (change.kind == ChangeKind.MERGE and target is not None and target.id not in continuing
                    and (target.valid_from is None or target.valid_from < day)):
                continuing.add(target.id)
                rows.append(ChangeRow(level, kind, _unit_path(units, target.id, eve), new))
            source = units.units[change.unit_id]
            if (change.kind == ChangeKind.SPLIT and source.id not in continuing
                    and (source.valid_until is None or source.valid_until > day)):
                continuing.add(source.id)  # a part of its own split: the villages not moved stay in it
                rows.append(ChangeRow(level, kind, old, _unit_path(units, source.id, day)))
            rows.append(ChangeRow(level, kind, old, new))
            if change.kind == ChangeKind.SPLIT:
                for spells in memberships.values():
                    went = [s for s in spells if s.valid_from == day and s.commune_id == change.new_unit_id]
                    came = [s for s in spells if s.valid_until == day and s.commune_id == change.unit_id]
                    if went and came:
                        rows.append(ChangeRow(Level.VILLAGE, RowKind.MOVE,
                                              UnitPath(old.province, old.district, old.commune, came[0].name),
                                              UnitPath(new.province, new.district, new.commune,
                                                       None if went[0].name == came[0].name else went[0].name)))
        decision = Decision(reorganisation.decision_number, reorganisation.decision_body, day,
                            reorganisation.decided_on, reorganisation.note)
        result.append(ReorganisationRows(decision, rows))
    return result


@dataclass(frozen=True)
class HistoryLine:
    """A village's stretch under one name in one commune, its units named as at the stretch's start."""

    village_id: int
    village: str
    units: str
    valid_from: date | None
    valid_until: date | None


def units_history(session: Session) -> list[HistoryLine]:
    """Every village whose commune or name a reorganisation changed, each stretch a line, by today's name then
    date (read in two queries, whatever the number of villages)."""
    units = DatedUnits(session)
    today = {v.id: v.name for v in session.exec(select(Village))}
    lines = []
    for village_id, rows in sorted(memberships_of(session).items(), key=lambda item: today.get(item[0], "")):
        for row in sorted(rows, key=lambda r: r.valid_from or date.min):
            on = row.valid_from or (row.valid_until - timedelta(days=1) if row.valid_until else date.today())
            commune, district, province = units.chain(row.commune_id, on)
            above = (f", {district_said(district[1])}" if district else
                     f", {province_said(province[1])}" if province else "")
            lines.append(HistoryLine(village_id, today.get(village_id, row.name),
                                     f"{village_said(row.name)}, {commune_said(commune)}{above}", row.valid_from,
                                     row.valid_until))
    return lines


def former_with_mark(session: Session, labels: dict[int, str]) -> dict[int, str]:
    """Former-unit labels as printed and shown: with "— sắp xếp minh họa" while the sample's illustrative
    reorganisation is recorded, so that no page passes it off as a real decision."""
    if not labels:
        return labels
    illustrative = session.exec(select(Reorganisation.id).where(
        Reorganisation.decision_number.contains(ILLUSTRATIVE)).limit(1)).first()
    return {key: f"{label} — sắp xếp minh họa" for key, label in labels.items()} if illustrative else labels
