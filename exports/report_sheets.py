"""The sheets of the reports written as workbooks (the summary, the completeness report, the history): a bold
title, a grey gridded header row that stays in view and repeats on every printed page, A4 landscape; body rows
gridded and top-aligned, counts as numbers, names as text (never formulas)."""

from collections.abc import Sequence
from weakref import WeakKeyDictionary

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from exports.cell_formats import CellFormat, Formats
from exports.cells import print_landscape, put_text

INTEGER = "#,##0"
HEADER_FILL = PatternFill("solid", fgColor="E6E6E6")
THIN = Side(style="thin", color="000000")
GRID = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
TOP = Alignment(wrap_text=True, vertical="top")


def put_headers(sheet: Worksheet, row: int, headers: Sequence[str], widths: Sequence[float]) -> None:
    """The header row: bold on grey, gridded, wrapped; each column `widths` wide."""
    for column, (header, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = sheet.cell(row, column)
        put_text(cell, header)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.border = GRID
        cell.alignment = TOP
        sheet.column_dimensions[get_column_letter(column)].width = width


def report_sheet(workbook: Workbook, name: str, title: str, headers: Sequence[str], widths: Sequence[float],
                 footer: tuple[str, str], *, header_row: int = 3, header_height: float = 48,
                 sentence: str = "") -> Worksheet:
    """A new sheet `name`: `title` in row 1, `sentence` (if any) in row 2, the header in `header_row`, frozen under
    it and beside the first column, printed on every page; the footer's two parts on every printed page."""
    sheet = workbook.create_sheet(name)
    print_landscape(sheet, *footer)
    put_text(sheet.cell(1, 1), title)
    sheet.cell(1, 1).font = Font(bold=True, size=13)
    if sentence:
        put_text(sheet.cell(2, 1), sentence)
    put_headers(sheet, header_row, headers, widths)
    sheet.row_dimensions[header_row].height = header_height
    sheet.freeze_panes = f"B{header_row + 1}"
    sheet.print_title_rows = f"{header_row}:{header_row}"
    return sheet


_BODY: dict[tuple[str | None, bool, bool], CellFormat] = {}
_WORKBOOK_FORMATS: WeakKeyDictionary[Workbook, Formats] = WeakKeyDictionary()


def _body(number_format: str | None, text: bool, bold: bool) -> CellFormat:
    """A body cell's format: gridded, top-aligned, text wrapped, bold where asked."""
    key = (number_format, text, bold)
    if key not in _BODY:
        _BODY[key] = CellFormat(font=Font(bold=True) if bold else None, border=GRID,
                                alignment=Alignment(wrap_text=text, vertical="top"), number_format=number_format)
    return _BODY[key]


def append_row(sheet: Worksheet, values: Sequence, formats: Sequence[str | None], bold: bool = False) -> None:
    """A body row under the last, each value in its number format (None: General); strings written as text.
    (Worksheet.append, not cell(): `max_row` would look at every cell of the sheet at each row.)"""
    cell_formats = _WORKBOOK_FORMATS.setdefault(sheet.parent, Formats())
    cells = []
    for value, number_format in zip(values, formats, strict=True):
        cell = cell_formats.put(Cell(sheet), _body(number_format or None, isinstance(value, str), bold))
        if isinstance(value, str):
            put_text(cell, value)
        else:
            cell.value = value
        cells.append(cell)
    sheet.append(cells)
