"""The change history as an Excel workbook: one sheet, one row a change, printable as A4 landscape.

The time is a real Excel date-time on the reader's clock ("14:05 22/11/2026"), so the column sorts and filters
as time; whatever a person typed stays text (a note starting with "=" is not a formula). The header is frozen
and carries an autofilter.
"""

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from domain.formatting import format_date, format_int
from domain.history import HistoryRow
from exports.atomic import atomic_path
from exports.cancel import Progress
from exports.cells import print_landscape, put_text, wrapped_height
from exports.report_sheets import GRID, TOP, put_headers

SHEET = "Lịch sử thay đổi"
HEADERS = ("Thời điểm", "Người thay đổi", "Loại", "Thôn (làng)", "Đối tượng", "Nội dung", "Giá trị cũ",
           "Giá trị mới", "Ghi chú")
WIDTHS = (17, 26, 20, 26, 30, 20, 40, 40, 30)
MOMENT = "hh:mm dd/mm/yyyy"
HEADER_ROW = 3
STEP = 500


def _clean(text: str) -> str:
    """Text as a cell may hold it: control characters (a pasted form feed) would make openpyxl refuse it."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def write_history_workbook(rows: Sequence[HistoryRow], target: Path, title: str, *, filter_text: str = "",
                           progress: Progress | None = None, written_at: datetime | None = None) -> Path:
    """Write `rows` to `target` (whole or not at all). `title` says whose history it is ("Làng Kon Pia, xã Ngọk
    Yêu"); `filter_text` what narrowed it ("Người thay đổi: …; từ ngày 01/11/2025"), written under the title."""
    progress = progress or Progress()
    written_at = written_at or datetime.now()
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET
    put_text(sheet.cell(1, 1), _clean(f"Lịch sử thay đổi: {title}" if title else "Lịch sử thay đổi"))
    sheet.cell(1, 1).font = Font(bold=True, size=13)
    summary = [filter_text, f"{format_int(len(rows))} thay đổi",
               f"xuất lúc {written_at:%H:%M} ngày {format_date(written_at.date())}"]
    put_text(sheet.cell(2, 1), _clean("; ".join(part for part in summary if part)))
    sheet.cell(2, 1).font = Font(italic=True)
    put_headers(sheet, HEADER_ROW, HEADERS, WIDTHS)
    for number, row in enumerate(rows, start=1):
        if number % STEP == 0:
            progress.advance(number, len(rows))
        line = HEADER_ROW + number
        moment = sheet.cell(line, 1, row.when.astimezone().replace(tzinfo=None))
        moment.number_format = MOMENT
        for column, text in enumerate((row.who, row.kind, row.village, row.subject, row.field, row.old, row.new,
                                       row.note), start=2):
            put_text(sheet.cell(line, column), _clean(text))
        for column in range(1, len(HEADERS) + 1):
            sheet.cell(line, column).border = GRID
            sheet.cell(line, column).alignment = TOP
        sheet.row_dimensions[line].height = wrapped_height(
            [str(sheet.cell(line, column).value or "") for column in range(2, len(HEADERS) + 1)], WIDTHS[1:])
    last = HEADER_ROW + max(len(rows), 1)
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(HEADERS))}{last}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    print_landscape(sheet, _clean(f"Lịch sử thay đổi: {title}"),
                    f"Xuất lúc {written_at:%H:%M} ngày {format_date(written_at.date())}")
    progress.advance(len(rows), len(rows))
    with atomic_path(Path(target)) as temporary:
        workbook.save(temporary)
    return Path(target)
