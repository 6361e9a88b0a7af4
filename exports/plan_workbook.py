"""Writing the plan workbook (the annex format read by storage/plan_workbook.py), and its empty template.

Header row styled and frozen, sensible widths, dropdowns on the list columns, dates as dates, numbers as
numbers, and text kept as text (exports/cells.py).

A dropdown refers to a column of the hidden sheet LISTS, one choice per cell: a list written inline in the
validation ("a,b,c") is split at every comma, so "Mặt trận, đoàn thể" would become two items and the right value
would be refused by the sheet itself.
"""

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from domain.agencies import AgencyKind, AssignmentRole
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
from domain.plan_import import AGENCIES, ASSIGNMENTS, CRITERIA, PLACES, PLAN, TEAMS
from domain.plan_workbook_format import SHEETS, Sheet
from domain.teams import TeamRole
from exports.atomic import atomic_path
from exports.cells import print_landscape, put_text

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="E4E9EE")
REQUIRED_FILL = PatternFill("solid", fgColor="C7D6E6")
THIN = Side(style="thin", color="8A8A8A")
HEADER_BORDER = Border(bottom=THIN, top=THIN, left=THIN, right=THIN)
VALIDATED_ROWS = 2000
LISTS = "Danh mục"
"""The hidden sheet holding the dropdowns' choices; the reader ignores sheets it does not know."""


def _rows(draft: PlanDraft) -> dict[str, list[dict]]:
    def place(p: PlaceKey) -> dict:
        return {"district": p.district or "", "commune": p.commune, "village": p.village}

    return {
        PLAN: [{"code": draft.code, "title": draft.title, "issuer": draft.issuer, "issued_on": draft.issued_on,
                "first_year": draft.first_year, "last_year": draft.last_year,
                "criteria_set": draft.criteria_set.code, "continues": draft.continues or ""}],
        PLACES: [place(v.place) | {"households": v.households, "minority_households": v.minority_households,
                                   "ethnic_groups": v.ethnic_groups, "note": v.note} for v in draft.villages],
        AGENCIES: [{"name": a.name, "short_name": a.short_name, "kind": AGENCY_KIND[a.kind], "address": a.address,
                    "phone": a.phone} for a in draft.agencies],
        ASSIGNMENTS: [{"agency": a.agency} | place(a.place) | {"role": ASSIGNMENT_ROLE[a.role]}
                      for a in draft.assignments],
        TEAMS: [place(m.place) | {"full_name": m.full_name, "position": m.position, "agency": m.agency,
                                  "team_role": TEAM_ROLE[m.role], "phone": m.phone} for m in draft.members],
        CRITERIA: [{"group": c.group_name, "number": c.number, "name": c.name, "requirement": c.requirement}
                   for c in draft.criteria_set.criteria],
    }


def _write_lists(workbook: Workbook, sheets: tuple[Sheet, ...] = SHEETS) -> dict[tuple[str, str], str]:
    """The hidden sheet of choices, one column per list column of `sheets`; the range each dropdown refers to, by
    (sheet name, column key)."""
    worksheet = workbook.create_sheet(LISTS)
    worksheet.sheet_state = "hidden"
    ranges = {}
    for sheet in sheets:
        for column in sheet.columns:
            if not column.choices:
                continue
            position = len(ranges) + 1
            letter = get_column_letter(position)
            put_text(worksheet.cell(1, position), f"{sheet.name} – {column.header}")
            for number, choice in enumerate(column.choices, start=2):
                put_text(worksheet.cell(number, position), choice)
            ranges[sheet.name, column.key] = f"'{LISTS}'!${letter}$2:${letter}${len(column.choices) + 1}"
    return ranges


def _write_sheet(workbook: Workbook, sheet: Sheet, rows: list[dict], lists: dict[tuple[str, str], str]) -> None:
    worksheet = workbook.create_sheet(sheet.name)
    for position, column in enumerate(sheet.columns, start=1):
        cell = worksheet.cell(1, position, column.header)
        cell.font, cell.border = HEADER_FONT, HEADER_BORDER
        cell.fill = REQUIRED_FILL if column.required else HEADER_FILL
        if column.required:
            cell.comment = Comment("Cột bắt buộc: không để trống.", "Làng Mới")
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        worksheet.column_dimensions[get_column_letter(position)].width = column.width
    worksheet.freeze_panes = "A2"
    for number, row in enumerate(rows, start=2):
        for position, column in enumerate(sheet.columns, start=1):
            value = row.get(column.key)
            if value in (None, ""):
                continue
            cell = worksheet.cell(number, position)
            if isinstance(value, str):
                put_text(cell, value)
            else:
                cell.value = value
            cell.alignment = Alignment(vertical="top", wrap_text=isinstance(value, str) and len(value) > column.width)
            if isinstance(value, date):
                cell.number_format = "DD/MM/YYYY"
    for position, column in enumerate(sheet.columns, start=1):
        letter = get_column_letter(position)
        if column.choices:
            validation = DataValidation(type="list", formula1=lists[sheet.name, column.key], allow_blank=True,
                                        showErrorMessage=True, errorTitle="Giá trị không hợp lệ",
                                        error="Hãy chọn một giá trị trong danh sách.")
            validation.add(f"{letter}2:{letter}{VALIDATED_ROWS}")
            worksheet.add_data_validation(validation)
        elif column.is_text:
            for number in range(2, max(len(rows) + 2, 3)):
                worksheet.cell(number, position).number_format = "@"
    worksheet.print_title_rows = "1:1"
    print_landscape(worksheet)


def write_plan_workbook(draft: PlanDraft, target: Path) -> Path:
    """Write the plan to `target` (whole or not at all)."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    rows = _rows(draft)
    lists = _write_lists(workbook)
    for sheet in SHEETS:
        _write_sheet(workbook, sheet, rows[sheet.name], lists)
    workbook.move_sheet(LISTS, offset=len(SHEETS))
    workbook.active = 0
    with atomic_path(Path(target)) as temporary:
        workbook.save(temporary)
    return Path(target)


def template_draft() -> PlanDraft:
    """One example row per sheet, for an office to overwrite."""
    place = PlaceKey("Tu Mơ Rông", "Ngọk Yêu", "Thôn Ví dụ")
    agency = "Ban Dân vận Tỉnh ủy"
    return PlanDraft(
        code="133-KH/TU", title="Kế hoạch phân công các cơ quan, đơn vị phụ trách, giúp đỡ thôn (làng)",
        first_year=2023, last_year=2025, issuer="Tỉnh ủy Kon Tum", issued_on=date(2023, 3, 15),
        criteria_set=CriteriaSetDraft("147/QĐ-UBND", "", [CriterionDraft(
            1, "Quy hoạch", 1, "Quy hoạch", "Thôn có quy hoạch khu dân cư được phê duyệt và công bố công khai")]),
        villages=[VillageDraft(place, 120, 118, "Xơ Đăng", "")],
        agencies=[AgencyDraft(agency, "BDVTU", AgencyKind.PARTY, "", "")],
        assignments=[AssignmentDraft(agency, place, AssignmentRole.LEAD)],
        members=[MemberDraft(place, "Nguyễn Văn A", TeamRole.LEADER, "Phó Trưởng ban", agency, "0900 000 000")],
    )
