"""Reading the plan annex (.xlsx) into a draft, checking it whole, and listing every problem with its place.

Real annexes are messy: districts and communes merged down a column, stray spaces, decomposed Unicode,
numbers and dates typed as text, the same village name in two communes, an agency written by its short name.
All of that is read. What breaks the plan is refused: every problem is listed with its sheet, row and column,
and nothing is written.
"""

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from openpyxl.worksheet.worksheet import Worksheet

from domain.agencies import AgencyKind, AssignmentRole
from domain.bounds import MULTI_LINE, stored_fault
from domain.formatting import format_int
from domain.labels import AGENCY_KIND, ASSIGNMENT_ROLE, TEAM_ROLE
from domain.plan_draft import (
    AgencyDraft,
    AssignmentDraft,
    CriteriaSetDraft,
    CriterionDraft,
    MemberDraft,
    PlaceKey,
    PlanDraft,
    VillageDraft,
)
from domain.plan_import import AGENCIES, ASSIGNMENTS, CRITERIA, PLACES, PLAN, TEAMS, group_name, place_key
from domain.plan_workbook_format import SHEET, Sheet
from domain.teams import TeamRole
from domain.text import fold, name_key
from domain.unit_words import commune_said
from storage.errors import StorageError
from storage.workbook_files import cell_text, open_workbook

ISSUING_BODIES = ("ban thường vụ tỉnh ủy ", "tỉnh ủy ", "thành ủy ", "ubnd tỉnh ", "ủy ban nhân dân tỉnh ")


@dataclass(frozen=True)
class Problem:
    sheet: str | None
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = []
        if self.sheet:
            where.append(f"sheet “{self.sheet}”")
        if self.row:
            where.append(f"dòng {self.row}")
        if self.column:
            where.append(f"cột “{self.column}”")
        return (", ".join(where) + ": " if where else "") + self.message


class WorkbookRefused(StorageError):
    """The workbook breaks the plan; `problems` lists them all. Nothing was written."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        self.path = path
        order = list(SHEET)
        self.problems = sorted(problems, key=lambda p: (order.index(p.sheet) if p.sheet in order else -1, p.row or 0))
        lines = "\n".join(f"- {problem}" for problem in self.problems)
        super().__init__(f"Không nhập tệp “{path.name}”: {len(problems)} lỗi, chưa ghi gì.\n{lines}")


@dataclass
class WorkbookReading:
    draft: PlanDraft
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Row:
    number: int
    values: dict[str, object]


def _name(value: object) -> str:
    """A name as stored: NFC, single spaces."""
    return " ".join(cell_text(value).split())


def _read_sheet(worksheet: Worksheet, sheet: Sheet, problems: list[Problem]) -> list[_Row]:
    """The sheet's non-empty rows keyed by column key; merged cells are given their value in every cell."""
    merged = {}
    for cell_range in worksheet.merged_cells.ranges:
        value = worksheet.cell(cell_range.min_row, cell_range.min_col).value
        for row in range(cell_range.min_row, cell_range.max_row + 1):
            for column in range(cell_range.min_col, cell_range.max_col + 1):
                merged[row, column] = value
    headers = {fold(cell_text(cell.value)): cell.column for cell in worksheet[1] if cell.value is not None}
    positions = {}
    for column in sheet.columns:
        position = headers.get(fold(column.header))
        if position is not None:
            positions[column.key] = position
        elif column.required:
            problems.append(Problem(sheet.name, 1, column.header, "thiếu cột bắt buộc"))
    rows = []
    for number in range(2, worksheet.max_row + 1):
        values = {key: merged.get((number, position), worksheet.cell(number, position).value)
                  for key, position in positions.items()}
        if all(cell_text(value) == "" for value in values.values()):
            continue
        rows.append(_Row(number, values))
    return rows


class _Reader:
    sheets: dict[str, Sheet] = SHEET
    """The format read; the reorganisation workbook's reader reads its own with these same checks."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.warnings: list[str] = []
        self.village_rows: dict[tuple, int] = {}

    def problem(self, sheet: str, row: _Row | int | None, key: str | None, message: str) -> None:
        number = row.number if isinstance(row, _Row) else row
        header = self.sheets[sheet].column(key).header if key else None
        self.problems.append(Problem(sheet, number, header, message))

    def _check_texts(self, sheet: Sheet, rows: list[_Row]) -> None:
        """Each text cell within the limits of the field it is stored in, as the reader will store it."""
        for column in sheet.columns:
            if not column.is_text or not column.stored_as:
                continue
            as_read = cell_text if tuple(column.stored_as.split(".")) in MULTI_LINE else _name
            for row in rows:
                fault = stored_fault(column.stored_as, as_read(row.values.get(column.key)))
                if fault:
                    self.problem(sheet.name, row, column.key, fault)

    def bounded(self, sheet: str, row: _Row, key: str, value):
        """`value`, or None with a problem when it is outside the bounds of the field it is stored in."""
        fault = stored_fault(self.sheets[sheet].column(key).stored_as, value)
        if fault:
            self.problem(sheet, row, key, fault)
            return None
        return value

    def required(self, sheet: str, row: _Row, key: str) -> str:
        value = _name(row.values.get(key))
        if not value:
            self.problem(sheet, row, key, "ô bắt buộc đang để trống")
        return value

    def integer(self, sheet: str, row: _Row, key: str) -> int | None:
        value = row.values.get(key)
        if value is None or cell_text(value) == "":
            return None
        if isinstance(value, int | float) and float(value).is_integer():
            return self.bounded(sheet, row, key, int(value))
        text = cell_text(value).replace(" ", "")
        if re.fullmatch(r"\d+|\d{1,3}(\.\d{3})+", text):
            return self.bounded(sheet, row, key, int(text.replace(".", "")))
        self.problem(sheet, row, key, f"“{cell_text(value)}” không phải là số nguyên")
        return None

    def required_integer(self, sheet: str, row: _Row, key: str) -> int | None:
        if cell_text(row.values.get(key)) == "":
            self.problem(sheet, row, key, "ô bắt buộc đang để trống")
            return None
        return self.integer(sheet, row, key)

    def day(self, sheet: str, row: _Row, key: str) -> date | None:
        value = row.values.get(key)
        if isinstance(value, datetime):
            return self.bounded(sheet, row, key, value.date())
        if isinstance(value, date):
            return self.bounded(sheet, row, key, value)
        text = cell_text(value)
        if not text:
            return None
        match = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
        try:
            day = date(int(match[3]), int(match[2]), int(match[1])) if match else date.fromisoformat(text)
            return self.bounded(sheet, row, key, day)
        except ValueError:
            self.problem(sheet, row, key, f"“{text}” không phải là ngày (dd/mm/yyyy)")
            return None

    def choice(self, sheet: str, row: _Row, key: str, labels: dict, default=None):
        text = _name(row.values.get(key))
        if not text:
            if default is None:
                self.problem(sheet, row, key, "ô bắt buộc đang để trống")
            return default
        by_label = {fold(label): value for value, label in labels.items()}
        if fold(text) in by_label:
            return by_label[fold(text)]
        allowed = " / ".join(labels.values())
        self.problem(sheet, row, key, f"“{text}” không có trong danh sách ({allowed})")
        return default

    def read(self) -> WorkbookReading:
        workbook = open_workbook(self.path)
        sheets = {fold(name): workbook[name] for name in workbook.sheetnames}
        rows: dict[str, list[_Row]] = {}
        for sheet in SHEET.values():
            worksheet = sheets.get(fold(sheet.name))
            if worksheet is None:
                self.problems.append(Problem(sheet.name, None, None, "thiếu sheet bắt buộc"))
                rows[sheet.name] = []
            else:
                rows[sheet.name] = _read_sheet(worksheet, sheet, self.problems)
                self._check_texts(sheet, rows[sheet.name])
        if any(p.row in (None, 1) for p in self.problems):
            raise WorkbookRefused(self.path, self.problems)
        draft = self._plan(rows[PLAN], rows[CRITERIA])
        places = self._places(rows[PLACES], draft)
        agencies = self._agencies(rows[AGENCIES], draft)
        self._assignments(rows[ASSIGNMENTS], draft, places, agencies)
        self._members(rows[TEAMS], draft, places, agencies)
        self._check_villages(draft)
        if self.problems:
            raise WorkbookRefused(self.path, self.problems)
        return WorkbookReading(draft, self.warnings)

    def _plan(self, rows: list[_Row], criteria_rows: list[_Row]) -> PlanDraft:
        if not rows:
            self.problem(PLAN, 2, None, "sheet chưa có dòng dữ liệu nào")
            rows = [_Row(2, {key: None for key in ("code", "title", "first_year", "last_year", "criteria_set")})]
        elif len(rows) > 1:
            self.problem(PLAN, rows[1], None, f"chỉ được có một dòng dữ liệu, đang có {len(rows)}")
        row = rows[0]
        first = self.required_integer(PLAN, row, "first_year")
        last = self.required_integer(PLAN, row, "last_year")
        if first is not None and last is not None and first > last:
            self.problem(PLAN, row, "first_year", f"từ năm {first} sau đến năm {last}")
        issuer = _name(row.values.get("issuer"))
        draft = PlanDraft(
            code=self.required(PLAN, row, "code"), title=self.required(PLAN, row, "title"),
            first_year=first or 0, last_year=last or 0, issuer=issuer, place=_place_of(issuer),
            issued_on=self.day(PLAN, row, "issued_on"),
            criteria_set=CriteriaSetDraft(self.required(PLAN, row, "criteria_set"), "", []),
        )
        if "continues" in row.values:  # an annex of before the column says nothing of it: the link is kept
            draft.continues = _name(row.values["continues"])
            draft.continues_where = (f"tệp “{self.path.name}”, sheet “{PLAN}”, dòng {row.number}, "
                                     f"cột “{SHEET[PLAN].column('continues').header}”")
        groups: dict[str, int] = {}
        numbers: dict[int, int] = {}
        for criterion_row in criteria_rows:
            group = group_name(self.required(CRITERIA, criterion_row, "group"))
            number = self.required_integer(CRITERIA, criterion_row, "number")
            name = self.required(CRITERIA, criterion_row, "name")
            if number is None:
                continue
            if number in numbers:
                self.problem(CRITERIA, criterion_row, "number", f"số TT {number} trùng với dòng {numbers[number]}")
                continue
            numbers[number] = criterion_row.number
            order = groups.setdefault(name_key(group), len(groups) + 1)
            draft.criteria_set.criteria.append(CriterionDraft(order, group, number, name,
                                                              cell_text(criterion_row.values.get("requirement"))))
        return draft

    def _places(self, rows: list[_Row], draft: PlanDraft) -> dict[tuple, PlaceKey]:
        places: dict[tuple, PlaceKey] = {}
        first_row = self.village_rows
        for row in rows:
            district = _name(row.values.get("district")) or None
            commune = self.required(PLACES, row, "commune")
            village = self.required(PLACES, row, "village")
            if not commune or not village:
                continue
            place = PlaceKey(district, commune, village)
            key = place_key(place)
            if key in places:
                self.problem(PLACES, row, "village", f"thôn “{village}” của {commune_said(commune)} trùng với dòng "
                                                     f"{first_row[key]}")
                continue
            places[key] = place
            first_row[key] = row.number
            households, minority = self.integer(PLACES, row, "households"), self.integer(PLACES, row,
                                                                                      "minority_households")
            if households is not None and minority is not None and minority > households:
                self.problem(PLACES, row, "minority_households",
                             f"{format_int(minority)} lớn hơn số hộ ({format_int(households)})")
            draft.villages.append(VillageDraft(place, households, minority, _name(row.values.get("ethnic_groups")),
                                               cell_text(row.values.get("note"))))
        self._warn_diacritics("xã", {p.commune for p in places.values()})
        by_commune = defaultdict(set)
        for place in places.values():
            by_commune[place.district, place.commune].add(place.village)
        for villages in by_commune.values():
            self._warn_diacritics("thôn", villages)
        self._warn_diacritics("huyện", {p.district for p in places.values() if p.district})
        return places

    def _agencies(self, rows: list[_Row], draft: PlanDraft) -> dict[str, str]:
        """Canonical agency name by name key of name and of short name."""
        names: dict[str, str] = {}
        first_row: dict[str, int] = {}
        for row in rows:
            name = self.required(AGENCIES, row, "name")
            if not name:
                continue
            if name_key(name) in first_row:
                self.problem(AGENCIES, row, "name", f"cơ quan “{name}” trùng với dòng {first_row[name_key(name)]}")
                continue
            first_row[name_key(name)] = row.number
            short = _name(row.values.get("short_name"))
            kind = self.choice(AGENCIES, row, "kind", AGENCY_KIND, default=AgencyKind.OTHER)
            draft.agencies.append(AgencyDraft(name, short, kind, _name(row.values.get("address")),
                                              _name(row.values.get("phone"))))
            names[name_key(name)] = name
            if short:
                names.setdefault(name_key(short), name)
        self._warn_diacritics("cơ quan", {a.name for a in draft.agencies})
        return names

    def _place(self, sheet: str, row: _Row, places: dict[tuple, PlaceKey]) -> PlaceKey | None:
        district = _name(row.values.get("district"))
        commune = self.required(sheet, row, "commune")
        village = self.required(sheet, row, "village")
        if not commune or not village:
            return None
        if district:
            found = places.get(place_key(PlaceKey(district, commune, village)))
            candidates = [found] if found else []
        else:
            candidates = [p for k, p in places.items() if k[1:] == (name_key(commune), name_key(village))]
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            self.problem(sheet, row, "district",
                         f"thôn “{village}”, {commune_said(commune)} có ở nhiều huyện; hãy ghi huyện")
        else:
            self.problem(sheet, row, "village",
                         f"thôn “{village}” của {commune_said(commune)} không có trong sheet {PLACES}")
        return None

    def _agency(self, sheet: str, row: _Row, agencies: dict[str, str], required: bool) -> str:
        text = self.required(sheet, row, "agency") if required else _name(row.values.get("agency"))
        if text and name_key(text) not in agencies:
            self.problem(sheet, row, "agency", f"cơ quan “{text}” không có trong sheet {AGENCIES}")
            return ""
        return agencies.get(name_key(text), "")

    def _assignments(self, rows: list[_Row], draft: PlanDraft, places: dict, agencies: dict) -> None:
        seen: dict[tuple, int] = {}
        for row in rows:
            agency = self._agency(ASSIGNMENTS, row, agencies, required=True)
            place = self._place(ASSIGNMENTS, row, places)
            role = self.choice(ASSIGNMENTS, row, "role", ASSIGNMENT_ROLE)
            if not agency or place is None or role is None:
                continue
            key = (name_key(agency), place_key(place))
            if key in seen:
                self.problem(ASSIGNMENTS, row, "agency", f"phân công trùng với dòng {seen[key]}")
                continue
            seen[key] = row.number
            draft.assignments.append(AssignmentDraft(agency, place, role))

    def _members(self, rows: list[_Row], draft: PlanDraft, places: dict, agencies: dict) -> None:
        seen: dict[tuple, int] = {}
        leaders: dict[tuple, list[int]] = defaultdict(list)
        for row in rows:
            place = self._place(TEAMS, row, places)
            name = self.required(TEAMS, row, "full_name")
            agency = self._agency(TEAMS, row, agencies, required=False)
            role = self.choice(TEAMS, row, "team_role", TEAM_ROLE)
            if place is None or not name or role is None:
                continue
            key = (place_key(place), name_key(name))
            if key in seen:
                self.problem(TEAMS, row, "full_name", f"“{name}” đã có trong tổ của thôn này (dòng {seen[key]})")
                continue
            seen[key] = row.number
            if role == TeamRole.LEADER:
                leaders[place_key(place)].append(row.number)
                if len(leaders[place_key(place)]) == 2:
                    self.problem(TEAMS, row, "team_role", f"thôn “{place.village}” đã có tổ trưởng ở dòng "
                                                          f"{leaders[place_key(place)][0]}")
            draft.members.append(MemberDraft(place, name, role, _name(row.values.get("position")), agency,
                                             _name(row.values.get("phone"))))

    def _check_villages(self, draft: PlanDraft) -> None:
        """Every village needs a lead agency and exactly one team lead (two are reported where the second is)."""
        leads = Counter(place_key(a.place) for a in draft.assignments if a.role == AssignmentRole.LEAD)
        leaders = Counter(place_key(m.place) for m in draft.members if m.role == TeamRole.LEADER)
        for village in draft.villages:
            key = place_key(village.place)
            row, name = self.village_rows[key], village.place.village
            if not leads[key]:
                self.problem(PLACES, row, "village", f"thôn “{name}” chưa có cơ quan chủ trì trong sheet {ASSIGNMENTS}")
            if not leaders[key]:
                self.problem(PLACES, row, "village", f"thôn “{name}” chưa có tổ trưởng trong sheet {TEAMS}")

    def _warn_diacritics(self, what: str, names: set[str]) -> None:
        """Names that differ only in diacritics are kept apart, but the person importing should know."""
        groups = defaultdict(set)
        for name in names:
            groups[fold(name)].add(name)
        for variants in groups.values():
            distinct = {name_key(v): v for v in variants}
            if len(distinct) > 1:
                listed = " và ".join(f"“{v}”" for v in sorted(distinct.values()))
                self.warnings.append(f"Tên {what} {listed} chỉ khác nhau ở dấu; được coi là {len(distinct)} tên khác "
                                     "nhau.")


def _place_of(issuer: str) -> str:
    """'Tỉnh ủy Kon Tum' -> 'Kon Tum': the place written in the date line of the sheets."""
    lowered = issuer.casefold()
    for body in ISSUING_BODIES:
        if lowered.startswith(body):
            return issuer[len(body):].strip()
    return ""


def read_plan_workbook(path: Path) -> WorkbookReading:
    """Read and check the whole workbook; raise WorkbookRefused listing every problem, or StorageError."""
    return _Reader(Path(path)).read()
