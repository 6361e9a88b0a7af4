"""The completeness and timeliness report as an Excel workbook: a sheet by district and commune, one by lead
agency, one with the reminder list (a row per village awaited, its agency, team lead and phone), so that an
office can sort, filter or mail-merge it. Counts are integers; names are text, never formulas."""

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from domain.completeness import CompletenessReport, CountedRow, round_sentence
from domain.formatting import format_date
from domain.labels import REVIEW_STATE
from exports.atomic import atomic_path
from exports.cells import print_landscape, put_text
from exports.completeness_pdf import COUNT_HEADERS

AREAS, AGENCIES, REMINDERS = "Theo địa bàn", "Theo cơ quan", "Danh sách nhắc"
HEADER_ROW = 4
HEADER_FILL = PatternFill("solid", fgColor="E6E6E6")
THIN = Side(style="thin", color="000000")
GRID = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
INTEGER = "#,##0"
LEVEL = {"district": "Huyện", "commune": "Xã", "plan": "", "agency": ""}
COUNT_HEADERS_XLSX = [*COUNT_HEADERS[:3], "Chưa gửi", "Trong đó quá hạn", *COUNT_HEADERS[4:]]


def write_completeness_xlsx(report: CompletenessReport, target: Path, *, read_at: datetime | None = None) -> Path:
    """Write the report to `target` (whole or not at all)."""
    read_at = read_at or datetime.now()
    workbook = Workbook()
    workbook.remove(workbook.active)
    footer = (f"Kế hoạch số {report.plan_code}", f"Số liệu đọc lúc {read_at:%H:%M} ngày {format_date(read_at.date())}")
    title = f"Tiến độ rà soát năm {report.year} — Kế hoạch số {report.plan_code}"
    sentence = round_sentence(report)
    areas = _sheet(workbook, AREAS, f"I. Theo huyện, xã — {title}", sentence,
                   ["Địa bàn", "Cấp", *COUNT_HEADERS_XLSX], [30, 8, *[11] * 7], footer)
    for number, row in enumerate(report.areas, start=HEADER_ROW + 1):
        _put(areas, number, [row.name, LEVEL[row.level], *_counts(row)], bold=row.level != "commune")
    agencies = _sheet(workbook, AGENCIES, f"II. Theo cơ quan, đơn vị chủ trì — {title}", sentence,
                      ["Cơ quan, đơn vị", *COUNT_HEADERS_XLSX], [40, *[11] * 7], footer)
    for number, row in enumerate(report.agencies, start=HEADER_ROW + 1):
        _put(agencies, number, [row.name, *_counts(row)])
    reminders = _sheet(workbook, REMINDERS, f"III. Danh sách nhắc gửi kết quả rà soát — {title}", sentence,
                       ["Cơ quan chủ trì", "Thôn (làng)", "Xã", "Huyện", "Tình trạng", "Quá hạn", "Tổ trưởng",
                        "Điện thoại"], [34, 22, 18, 18, 14, 9, 24, 16], footer)
    awaited = ((agency, reminder) for agency in report.reminders for reminder in agency.reminders)
    for number, (agency, reminder) in enumerate(awaited, start=HEADER_ROW + 1):
        place = reminder.place
        _put(reminders, number, [agency.agency, place.village, place.commune, place.district or "",
                                   REVIEW_STATE[reminder.state], "Có" if reminder.overdue else "", reminder.leader,
                                   reminder.phone])
    with atomic_path(target) as temporary:
        workbook.save(temporary)
    return target


def _counts(row: CountedRow) -> list[int]:
    counts = row.counts
    return [counts.expected, counts.on_time, counts.late, counts.not_submitted, counts.overdue, counts.approved,
            counts.returned]


def _sheet(workbook: Workbook, name: str, title: str, sentence: str, headers: list[str], widths: list[int],
           footer: tuple[str, str]) -> Worksheet:
    sheet = workbook.create_sheet(name)
    print_landscape(sheet, *footer)
    put_text(sheet.cell(1, 1), title)
    sheet.cell(1, 1).font = Font(bold=True, size=13)
    put_text(sheet.cell(2, 1), sentence)
    for column, (header, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = sheet.cell(HEADER_ROW, column)
        put_text(cell, header)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.border = GRID
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.row_dimensions[HEADER_ROW].height = 32
    sheet.freeze_panes = f"B{HEADER_ROW + 1}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    return sheet


def _put(sheet: Worksheet, row: int, values: list, bold: bool = False) -> None:
    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row, column)
        if isinstance(value, str):
            put_text(cell, value)
        else:
            cell.value = value
            cell.number_format = INTEGER
        cell.border = GRID
        cell.alignment = Alignment(wrap_text=isinstance(value, str), vertical="top")
        if bold:
            cell.font = Font(bold=True)
