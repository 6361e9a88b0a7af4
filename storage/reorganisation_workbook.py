"""Reading the reorganisation workbook (.xlsx) into plain rows, checking it whole, every problem with its place.

The same habits as the plan annex (storage/plan_workbook.py, whose cell reading this shares): the workbook's
limits are checked before openpyxl loads it, merged cells down a column are read in every row, names are stored
NFC with single spaces, dates are read as Excel or as "01/7/2025". What this file can say on its own is checked
here (each row complete for its kind, one decision's rows agreeing on it, a unit or a village mapped twice, a
cycle); what needs the database (an old unit that does not exist, a date inside a plan year) is checked by
domain/reorganisation_import.py. Either refuses the workbook whole.
"""

from collections import defaultdict
from pathlib import Path

from domain.reorganisation_workbook_format import (
    CHANGES,
    KIND_LABEL,
    KIND_LEVELS,
    LEVEL_LABEL,
    LEVEL_ORDER,
    SHEET,
    ChangeRow,
    Decision,
    Level,
    ReorganisationRows,
    RowKind,
    UnitPath,
)
from domain.text import fold, name_key
from domain.unit_words import commune_said
from storage.plan_workbook import Problem, WorkbookRefused, _name, _read_sheet, _Reader, _Row
from storage.workbook_files import cell_text, open_workbook

NEW_NAME_KINDS = (RowKind.MERGE, RowKind.SPLIT, RowKind.RENAME)
"""Kinds whose row names the new unit at the old unit's own level."""


def _path(row: _Row, prefix: str) -> UnitPath:
    return UnitPath(**{level.value: _name(row.values.get(f"{prefix}_{level.value}")) or None for level in LEVEL_ORDER})


def _key(path: UnitPath, level: Level) -> tuple[str, ...]:
    """A unit's identity in a sheet: its name and its parents' as written, without case."""
    return tuple(name_key(path.name_at(lv) or "") for lv in LEVEL_ORDER[:LEVEL_ORDER.index(level) + 1])


class _ReorganisationReader(_Reader):
    sheets = {CHANGES: SHEET}

    def read(self) -> list[ReorganisationRows]:
        workbook = open_workbook(self.path)
        found = {fold(name): workbook[name] for name in workbook.sheetnames}.get(fold(CHANGES))
        if found is None:
            raise WorkbookRefused(self.path, [Problem(CHANGES, None, None, "thiếu sheet bắt buộc")])
        rows = _read_sheet(found, SHEET, self.problems)
        self._check_texts(SHEET, rows)
        if any(p.row in (None, 1) for p in self.problems):
            raise WorkbookRefused(self.path, self.problems)
        if not rows:
            raise WorkbookRefused(self.path, [Problem(CHANGES, 2, None, "sheet chưa có dòng dữ liệu nào")])
        decisions: dict[str, ReorganisationRows] = {}
        for row in rows:
            decision = self._decision(row, decisions)
            change = self._change(row)
            if decision is not None and change is not None:
                decisions[name_key(decision.number)].changes.append(change)
        for reorganisation in decisions.values():
            self._mapped_twice(reorganisation.changes)
            self._cycles(reorganisation.changes)
        if self.problems:
            raise WorkbookRefused(self.path, self.problems)
        return list(decisions.values())

    def _decision(self, row: _Row, decisions: dict[str, ReorganisationRows]) -> Decision | None:
        number = self.required(CHANGES, row, "decision")
        body = self.required(CHANGES, row, "body")
        effective = self.day(CHANGES, row, "effective_on")
        if effective is None and _name(row.values.get("effective_on")) == "":
            self.problem(CHANGES, row, "effective_on", "ô bắt buộc đang để trống")
        signed = self.day(CHANGES, row, "signed_on")
        if not number or not body or effective is None:
            return None
        if signed is not None and signed > effective:
            self.problem(CHANGES, row, "signed_on", "ngày quyết định sau ngày hiệu lực")
        decision = Decision(number, body, effective, signed, cell_text(row.values.get("note")).strip())
        earlier = decisions.get(name_key(number))
        if earlier is None:
            decisions[name_key(number)] = ReorganisationRows(decision, first_row=row.number)
            return decision
        first = earlier.decision
        for key, mine, theirs in (("body", name_key(body), name_key(first.body)),
                                  ("effective_on", effective, first.effective_on),
                                  ("signed_on", signed, first.signed_on)):
            if mine != theirs:
                self.problem(CHANGES, row, key, f"khác với dòng {earlier.first_row} của cùng quyết định {number}")
        if decision.note and name_key(decision.note) not in map(name_key, first.note.split("\n")):
            earlier.decision = Decision(first.number, first.body, first.effective_on, first.signed_on,
                                        "\n".join(filter(None, (first.note, decision.note))))
        return first

    def _change(self, row: _Row) -> ChangeRow | None:
        level = self.choice(CHANGES, row, "level", LEVEL_LABEL)
        kind = self.choice(CHANGES, row, "kind", KIND_LABEL)
        if level is None or kind is None:
            return None
        if level not in KIND_LEVELS[kind]:
            levels = ", ".join(LEVEL_LABEL[lv] for lv in KIND_LEVELS[kind])
            self.problem(CHANGES, row, "kind", f"“{KIND_LABEL[kind]}” chỉ dùng cho cấp {levels}, "
                                               f"không dùng cho cấp {LEVEL_LABEL[level]}")
            return None
        old, new = _path(row, "old"), _path(row, "new")
        complete = True
        needed = [level] + ([Level.COMMUNE] if level == Level.VILLAGE else [])
        for lv in needed:
            if old.name_at(lv) is None:
                self.problem(CHANGES, row, f"old_{lv.value}", f"cấp {LEVEL_LABEL[level]} cần tên đơn vị cũ ở cột này")
                complete = False
        new_needed = {RowKind.MOVE: Level.COMMUNE, RowKind.PROVINCE_MERGED: Level.PROVINCE}.get(
            kind, level if kind in NEW_NAME_KINDS else None)
        if new_needed is not None and new.name_at(new_needed) is None:
            self.problem(CHANGES, row, f"new_{new_needed.value}", f"“{KIND_LABEL[kind]}” cần tên đơn vị mới ở cột này")
            complete = False
        if kind == RowKind.LEVEL_REMOVED and new.district is not None:
            self.problem(CHANGES, row, "new_district", "huyện bị bỏ thì các xã không còn huyện: để trống cột này")
            complete = False
        if not complete:
            return None
        if kind in (RowKind.RENAME, RowKind.PROVINCE_MERGED):
            at = level if kind == RowKind.RENAME else Level.PROVINCE
            if name_key(old.name_at(at)) == name_key(new.name_at(at)):
                self.problem(CHANGES, row, f"new_{at.value}", f"tên mới “{new.name_at(at)}” giống tên cũ")
                return None
        if kind == RowKind.MOVE and name_key(new.commune) == name_key(old.commune) and new.village is None:
            self.problem(CHANGES, row, "new_commune", f"thôn “{old.village}” đã ở {commune_said(old.commune)}")
            return None
        return ChangeRow(level, kind, old, new, row.number)

    def _mapped_twice(self, changes: list[ChangeRow]) -> None:
        """A unit is changed by one row (a split by one row per new unit); a village goes to one place."""
        seen: dict[tuple, ChangeRow] = {}
        for change in changes:
            old = _key(change.old, change.level)
            target = _key(change.new, change.level) if change.kind == RowKind.SPLIT else ()
            first = seen.setdefault((change.level, old), change)
            if first is change:
                continue
            if change.kind == RowKind.SPLIT and first.kind == RowKind.SPLIT and _key(first.new, change.level) != target:
                continue
            what = (f"thôn “{change.old.village}” của {commune_said(change.old.commune)}"
                    if change.level == Level.VILLAGE
                    else f"{LEVEL_LABEL[change.level].lower()} {change.old.name_at(change.level)}")
            self.problem(CHANGES, change.row, f"old_{change.level.value}",
                         f"{what} đã được sắp xếp ở dòng {first.row}; mỗi đơn vị cũ chỉ ghi một lần")

    def _cycles(self, changes: list[ChangeRow]) -> None:
        """Old → new at one level, by name: A → B with B → A (or longer) has no unit to end with."""
        edges: dict[tuple, list[tuple[tuple, ChangeRow]]] = defaultdict(list)
        for change in changes:
            at = change.level if change.kind not in (RowKind.MOVE,) else Level.VILLAGE
            if change.kind == RowKind.LEVEL_REMOVED:
                continue
            source = (at, name_key(change.old.name_at(at)))
            target = (at, name_key(change.new.name_at(at) or change.old.name_at(at)))
            if change.kind == RowKind.MOVE:
                source += (name_key(change.old.commune),)
                target += (name_key(change.new.commune),)
            if source != target:
                edges[source].append((target, change))
        reported: set[tuple] = set()
        for start in list(edges):
            path: list[ChangeRow] = []
            node, visited = start, set()
            while node in edges and node not in visited:
                visited.add(node)
                node, change = edges[node][0]
                path.append(change)
            if node == start and start not in reported:
                reported |= visited
                chain = " → ".join([change.old.name_at(change.level) or "" for change in path]
                                   + [path[0].old.name_at(path[0].level) or ""])
                rows = ", ".join(str(change.row) for change in path)
                self.problem(CHANGES, path[0].row, f"new_{path[0].level.value}",
                             f"vòng lặp {chain} (các dòng {rows}): không đơn vị nào là đơn vị sau cùng")


def read_reorganisation_workbook(path: Path) -> list[ReorganisationRows]:
    """Read and check the whole workbook: its reorganisations, one per decision, in the sheet's order; raise
    WorkbookRefused listing every problem, or StorageError (a file that is not a workbook, or passes a limit)."""
    return _ReorganisationReader(Path(path)).read()
