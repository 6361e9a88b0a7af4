"""The workbook a team lead fills: a guide, one protected sheet per village, and the hidden stamp.

Only the cells to fill are unlocked (status, evidence, note, the name of who updated, and whether the team sends
its review); the status and the sending have a dropdown; the village's review state and the secretariat's comment
are shown read-only; the sheets are protected without a password, so an office can still unprotect them; everything the
database held is written as text, never as a formula. The stamp sheet is "very hidden" (Excel's menus cannot
show it) and carries its checksum.
"""

import re
from collections.abc import Mapping, Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from domain.formatting import format_date
from domain.labels import ASSIGNMENT_ROLE, STATUS
from domain.team_updates import OutSheet, UpdateWorkbook
from domain.update_workbook_format import (
    COLUMNS,
    COMMENT_LABEL,
    COMMUNE_LABEL,
    DISTRICT_LABEL,
    GUIDE_SHEET,
    REVIEW_LABEL,
    SEND_CHOICES,
    SEND_LABEL,
    SEND_YES,
    STAMP_FIELDS,
    STAMP_ROW_HEADER,
    STAMP_SHEET,
    STAMP_VILLAGE_COLUMN,
    STAMP_VILLAGE_HEADER,
    STATUS_CHOICES,
    STATUS_COLUMN,
    UPDATED_BY_LABEL,
    VILLAGE_LABEL,
)
from exports.cell_formats import CellFormat, Formats
from exports.cells import FOOTER_PART, MAX_ROW_HEIGHT, print_landscape, put_text, wrapped_height

TO_FILL = PatternFill("solid", fgColor="FFF2CC")
HEADER_FILL = PatternFill("solid", fgColor="E6E6E6")
THIN = Side(style="thin", color="808080")
GRID = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
UNLOCKED = Protection(locked=False)
TOP = Alignment(wrap_text=True, vertical="top")
HEADER_ROW = 11
LAST_COLUMN = get_column_letter(len(COLUMNS))
FILES_HEADER = "Tệp minh chứng đã đính kèm (chỉ xem)"
FILES_WIDTH = 30

TITLE = CellFormat(font=Font(bold=True, size=13))
WRAPPED = CellFormat(alignment=TOP)
BOLD = CellFormat(font=Font(bold=True))
ITALIC = CellFormat(font=Font(italic=True))
FILLED_BY = CellFormat(font=Font(bold=False), fill=TO_FILL, border=GRID, protection=UNLOCKED)
GUIDE_HEADER = CellFormat(font=Font(bold=True), fill=HEADER_FILL, border=GRID)
GUIDE_CELL = CellFormat(border=GRID)
HEADER = CellFormat(font=Font(bold=True), fill=HEADER_FILL, border=GRID, alignment=TOP)
HEADER_TO_FILL = CellFormat(font=Font(bold=True), fill=TO_FILL, border=GRID, alignment=TOP)
NUMBER_CELL = CellFormat(border=GRID, alignment=Alignment(horizontal="center", vertical="top"))
TEXT_CELL = CellFormat(border=GRID, alignment=TOP)
CELL_TO_FILL = CellFormat(fill=TO_FILL, border=GRID, alignment=TOP, protection=UNLOCKED, number_format="@")


def build_update_workbook(content: UpdateWorkbook,
                          files: Mapping[tuple[int, int], Sequence[str]] | None = None) -> Workbook:
    """The workbook of `content`; `files`: (village id, criterion id) -> the names of the files attached, listed
    read-only beside each criterion (domain/attachments.criterion_file_names)."""
    workbook = Workbook()
    workbook.properties.creator = "Làng Mới"
    workbook.properties.title = f"Phiếu cập nhật năm {content.year} – {content.agency}"
    guide = workbook.active
    guide.title = GUIDE_SHEET
    names = _sheet_names(content.sheets)
    formats = Formats()
    _guide(guide, content, names, formats)
    for sheet, name in zip(content.sheets, names, strict=True):
        worksheet = workbook.create_sheet(name)
        _village(worksheet, content, sheet, formats)
        _attached_files(worksheet, sheet, files or {}, formats)
    _stamp(workbook.create_sheet(STAMP_SHEET), content)
    return workbook


def _text(worksheet: Worksheet, row: int, column: int, value: str, formats: Formats,
          cell_format: CellFormat | None = None) -> None:
    cell = worksheet.cell(row, column)
    if cell_format is not None:
        formats.put(cell, cell_format)
    put_text(cell, value)


def _protect(worksheet: Worksheet) -> None:
    """Protected without a password; widths, heights and cell formats may still be changed."""
    worksheet.protection.sheet = True
    worksheet.protection.formatColumns = False
    worksheet.protection.formatRows = False
    worksheet.protection.formatCells = False


def _print_setup(worksheet: Worksheet, content: UpdateWorkbook) -> None:
    """The footer names the plan, the agency (cut, so that the year stays within the footer's part) and the year."""
    room = FOOTER_PART - len(f"{content.plan_code} –  – năm {content.year}")
    agency = content.agency if len(content.agency) <= room else content.agency[:room - 1].rstrip() + "…"
    print_landscape(worksheet, f"{content.plan_code} – {agency} – năm {content.year}")


def _guide(worksheet: Worksheet, content: UpdateWorkbook, names: list[str], formats: Formats) -> None:
    choices = ", ".join(STATUS_CHOICES)
    lines = [
        (f"PHIẾU CẬP NHẬT TIÊU CHÍ THÔN (LÀNG) NÔNG THÔN MỚI NĂM {content.year}", TITLE),
        (f"Kế hoạch {content.plan_code}: {content.plan_title}", None),
        (f"Cơ quan: {content.agency}. Tệp xuất ngày {format_date(content.exported_at.date())}.", None),
        ("", None),
        ("Cách điền", BOLD),
        ("1. Mỗi sheet là một thôn (làng) cơ quan giúp đỡ. Chỉ điền các ô nền vàng; các ô khác đã khóa.", None),
        (f"2. Cột “Tình trạng”: chọn trong danh sách ({choices}). Để trống nghĩa là chưa đánh giá.", None),
        ("3. Cột “Minh chứng”: văn bản, biên bản, số liệu chứng minh (số, ngày). Cột “Ghi chú”: khó khăn, kiến nghị.",
         None),
        (f"4. Ghi họ và tên người cập nhật vào ô “{UPDATED_BY_LABEL}” của mỗi sheet; khi tổ đã rà soát xong thôn, "
         f"chọn “{SEND_YES}” ở ô “{SEND_LABEL}” (Văn phòng sẽ ghi nhận là đã gửi).", None),
        ("5. Không sửa số thứ tự tiêu chí, không thêm hay xóa sheet; lưu tệp dạng Excel (.xlsx), không đặt mật khẩu,",
         None),
        ("    rồi gửi lại cho cơ quan đã gửi tệp. Những dòng không sửa sẽ được giữ nguyên.", None),
        ("", None),
        ("Các thôn (làng) trong tệp", BOLD),
    ]
    for row, (text, cell_format) in enumerate(lines, start=1):
        if text:
            _text(worksheet, row, 1, text, formats, cell_format)
    headers = ("Sheet", VILLAGE_LABEL, COMMUNE_LABEL, DISTRICT_LABEL, "Vai trò của cơ quan", "Tổ trưởng tổ hỗ trợ")
    top = len(lines) + 1
    for column, header in enumerate(headers, start=1):
        _text(worksheet, top, column, header, formats, GUIDE_HEADER)
    for row, (sheet, name) in enumerate(zip(content.sheets, names, strict=True), start=top + 1):
        values = (name, sheet.place.village, sheet.place.commune, sheet.place.district or "",
                  ASSIGNMENT_ROLE[sheet.role], sheet.team_leader)
        for column, value in enumerate(values, start=1):
            _text(worksheet, row, column, value, formats, GUIDE_CELL)
    for column, width in enumerate((22, 22, 18, 16, 20, 26), start=1):
        worksheet.column_dimensions[get_column_letter(column)].width = width
    _print_setup(worksheet, content)
    _protect(worksheet)


def _village(worksheet: Worksheet, content: UpdateWorkbook, sheet: OutSheet, formats: Formats) -> None:
    sent = sheet.sent
    title = f"PHIẾU CẬP NHẬT TIÊU CHÍ THÔN (LÀNG) NÔNG THÔN MỚI NĂM {content.year}"
    _text(worksheet, 1, 1, title, formats, TITLE)
    _text(worksheet, 2, 1, f"Kế hoạch {content.plan_code} · {content.agency} ({ASSIGNMENT_ROLE[sheet.role]})",
          formats, ITALIC)
    worksheet.merge_cells(f"A1:{LAST_COLUMN}1")
    worksheet.merge_cells(f"A2:{LAST_COLUMN}2")
    place = ((VILLAGE_LABEL, sheet.place.village), (COMMUNE_LABEL, sheet.place.commune),
             (DISTRICT_LABEL, sheet.place.district or ""), (UPDATED_BY_LABEL, sheet.team_leader),
             (REVIEW_LABEL, sheet.review), (COMMENT_LABEL, sheet.comment), (SEND_LABEL, SEND_YES if sent else ""))
    for row, (label, value) in enumerate(place, start=3):
        worksheet.merge_cells(f"A{row}:B{row}")
        # before C is styled: a merge copies its border onto the cells it covers
        worksheet.merge_cells(f"C{row}:{LAST_COLUMN if label == COMMENT_LABEL else 'D'}{row}")
        _text(worksheet, row, 1, f"{label}:", formats, BOLD)
        _text(worksheet, row, 3, value, formats, FILLED_BY if label in (UPDATED_BY_LABEL, SEND_LABEL)
              else WRAPPED if label == COMMENT_LABEL else BOLD)
        if label == COMMENT_LABEL and value:
            worksheet.row_dimensions[row].height = wrapped_height((value,), [sum(c.width for c in COLUMNS[2:])])
    sending = DataValidation(type="list", formula1='"' + ",".join(SEND_CHOICES) + '"', allow_blank=True,
                             showErrorMessage=True, errorTitle="Gửi kết quả rà soát",
                             error=f"Chọn “{SEND_YES}” khi tổ đã rà soát xong thôn, để trống nếu chưa.")
    sending.add(f"C{3 + len(place) - 1}")
    worksheet.add_data_validation(sending)
    notice = 3 + len(place)
    _text(worksheet, notice, 1, "Điền các ô nền vàng: Tình trạng (chọn trong danh sách), Minh chứng, Ghi chú, họ tên "
          "người cập nhật, và gửi kết quả khi đã rà soát xong.", formats, ITALIC)
    worksheet.merge_cells(f"A{notice}:{LAST_COLUMN}{notice}")
    for position, column in enumerate(COLUMNS, start=1):
        _text(worksheet, HEADER_ROW, position, column.header, formats, HEADER_TO_FILL if column.to_fill else HEADER)
        worksheet.column_dimensions[get_column_letter(position)].width = column.width
    for row, out in enumerate(sheet.rows, start=HEADER_ROW + 1):
        formats.put(worksheet.cell(row, 1, out.number), NUMBER_CELL)
        values = (out.group_name, out.name, out.requirement, STATUS[out.content.status], out.content.evidence,
                  out.content.note)
        for position, (column, value) in enumerate(zip(COLUMNS[1:], values, strict=True), start=2):
            _text(worksheet, row, position, value, formats, CELL_TO_FILL if column.to_fill else TEXT_CELL)
        worksheet.row_dimensions[row].height = wrapped_height(values, [column.width for column in COLUMNS[1:]])
    last = HEADER_ROW + len(sheet.rows)
    status = get_column_letter(next(i for i, c in enumerate(COLUMNS, start=1) if c.key == STATUS_COLUMN))
    validation = DataValidation(type="list", formula1='"' + ",".join(STATUS_CHOICES) + '"', allow_blank=True,
                                showErrorMessage=True, errorTitle="Tình trạng không hợp lệ",
                                error="Hãy chọn một tình trạng trong danh sách: " + ", ".join(STATUS_CHOICES) + ".")
    validation.add(f"{status}{HEADER_ROW + 1}:{status}{last}")
    worksheet.add_data_validation(validation)
    worksheet.freeze_panes = f"A{HEADER_ROW + 1}"
    worksheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    _print_setup(worksheet, content)
    _protect(worksheet)


def _attached_files(worksheet: Worksheet, sheet: OutSheet, files: Mapping[tuple[int, int], Sequence[str]],
                    formats: Formats) -> None:
    """A column after the table, locked, naming the files already attached to each criterion, so that the team
    lead knows what the secretariat holds; the import reads the columns by their headers and leaves it alone."""
    column = len(COLUMNS) + 1
    _text(worksheet, HEADER_ROW, column, FILES_HEADER, formats, HEADER)
    worksheet.column_dimensions[get_column_letter(column)].width = FILES_WIDTH
    for row, out in enumerate(sheet.rows, start=HEADER_ROW + 1):
        names = files.get((sheet.place.village_id, out.criterion_id), ())
        _text(worksheet, row, column, "\n".join(names), formats, TEXT_CELL)
        if names:  # a line or more a name
            height = min(sum(wrapped_height((name,), [FILES_WIDTH]) for name in names), MAX_ROW_HEIGHT)
            worksheet.row_dimensions[row].height = max(worksheet.row_dimensions[row].height or 0, height)


def _stamp(worksheet: Worksheet, content: UpdateWorkbook) -> None:
    stamp = content.stamp
    values = (stamp.format, stamp.plan_code, stamp.agency_id, stamp.agency, stamp.year, stamp.exported_at,
              stamp.checksum())
    fields = tuple(zip(STAMP_FIELDS, values, strict=True))
    for row, (name, value) in enumerate(fields, start=1):
        worksheet.cell(row, 1, name)
        if isinstance(value, str):
            put_text(worksheet.cell(row, 2), value)
        else:
            worksheet.cell(row, 2, value)
    worksheet.append(STAMP_ROW_HEADER)
    for row, line in enumerate(stamp.rows, start=len(fields) + 2):
        for column, value in enumerate((line.village_id, line.criterion_id, line.version), start=1):
            worksheet.cell(row, column, value)
        for column, value in enumerate(line.content.fields(), start=4):
            put_text(worksheet.cell(row, column), value)
    for column, name in enumerate(STAMP_VILLAGE_HEADER, start=STAMP_VILLAGE_COLUMN):
        worksheet.cell(len(fields) + 1, column, name)
    for row, village in enumerate(stamp.villages, start=len(fields) + 2):
        worksheet.cell(row, STAMP_VILLAGE_COLUMN, village.village_id)
        put_text(worksheet.cell(row, STAMP_VILLAGE_COLUMN + 1), village.review)
        put_text(worksheet.cell(row, STAMP_VILLAGE_COLUMN + 2), village.comment)
    worksheet.sheet_state = "veryHidden"
    _protect(worksheet)


def _sheet_names(sheets: list[OutSheet]) -> list[str]:
    """Excel's sheet names: at most 31 characters, none of []:*?/\\, unique; the commune added where two
    villages share a name."""
    counts: dict[str, int] = {}
    for sheet in sheets:
        counts[sheet.place.village.casefold()] = counts.get(sheet.place.village.casefold(), 0) + 1
    taken = {GUIDE_SHEET.casefold(), STAMP_SHEET.casefold()}
    names = []
    for sheet in sheets:
        name = sheet.place.village
        if counts[name.casefold()] > 1:
            name = f"{name} - {sheet.place.commune}"
        name = re.sub(r"[\[\]:*?/\\]", "-", name)[:31].strip() or "Thôn"
        unique, suffix = name, 2
        while unique.casefold() in taken:
            unique = f"{name[:27]} ({suffix})"
            suffix += 1
        taken.add(unique.casefold())
        names.append(unique)
    return names
