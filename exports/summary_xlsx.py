"""The summary report as an Excel workbook: one sheet a section, printable like the PDF.

Figures are real numbers (counts as integers, rates as fractions shown as percentages) with number formats
that Excel shows in the reader's locale ("12.291", "98,8%" on a Vietnamese Windows). Each sheet has its title
rows, a frozen header, print titles repeating the header, landscape A4 fitted to the page width. Names are
written as text, never as formulas.
"""

from datetime import datetime
from pathlib import Path
from weakref import WeakKeyDictionary

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from domain.formatting import format_date, format_int, roman
from domain.recording import COUNT_FIELDS, KINDS
from domain.summary import Summary
from domain.village_records import ModelStatus
from exports.atomic import atomic_path
from exports.cell_formats import CellFormat, Formats
from exports.cells import print_landscape, put_text

INTEGER = "#,##0"
DECIMAL = "#,##0.0"
PERCENT = "0.0%"
POINTS = "+0.0;-0.0;0.0"
HEADER_FILL = PatternFill("solid", fgColor="E6E6E6")
THIN = Side(style="thin", color="000000")
GRID = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
HEADER_ROW = 3

AREAS, AGENCIES, CRITERIA, CAMPAIGN, ATTENTION = "Tiến độ", "Cơ quan", "Tiêu chí", "Phong trào", "Cần quan tâm"


def _share(met: int, possible: int) -> float | None:
    return met / possible if possible else None


def _sheet(workbook: Workbook, name: str, title: str, headers: list[str], widths: list[int],
           footer: tuple[str, str]) -> Worksheet:
    sheet = workbook.create_sheet(name)
    print_landscape(sheet, *footer)
    sheet.cell(1, 1, title).font = Font(bold=True, size=13)
    for column, (header, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = sheet.cell(HEADER_ROW, column, header)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.border = GRID
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.row_dimensions[HEADER_ROW].height = 48
    sheet.freeze_panes = f"B{HEADER_ROW + 1}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
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


def _append(sheet: Worksheet, values: list, formats: list[str | None], bold: bool = False) -> None:
    """A row under the last (Worksheet.append: `max_row` would look at every cell of the sheet at each row)."""
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


def write_summary_xlsx(report: Summary, target: Path, *, read_at: datetime | None = None) -> Path:
    """Write the report to `target` (whole or not at all)."""
    read_at = read_at or datetime.now()
    workbook = Workbook()
    workbook.remove(workbook.active)
    heading = f"Kế hoạch số {report.plan_code}, năm {report.year}" + (
        f", số liệu {report.units_said}" if report.units_said else "")
    footer = (f"Kế hoạch số {report.plan_code}", f"Số liệu đọc lúc {read_at:%H:%M} ngày {format_date(read_at.date())}")

    groups = report.groups
    sheet = _sheet(workbook, AREAS, f"I. Tiến độ theo huyện, xã — {heading}",
                   ["Địa bàn", "Cấp", "Số thôn", "Thôn đạt chuẩn", "Bình quân tiêu chí đạt/thôn",
                    *[f"{roman(g.order)}. {g.name} ({g.criteria} tiêu chí): tỉ lệ đạt" for g in groups], "Số liệu"],
                   [28, 10, 9, 10, 12, *[16] * len(groups), 26], footer)
    everyone = [place.village_id for place in report.places]
    put_text(sheet.cell(2, 1), report.approval.sentence(report.year, everyone))
    for area in report.areas:
        level = "" if area is report.areas[-1] else "Huyện" if area.is_district else "Xã"
        _append(sheet, [area.name, level, area.progress.villages, area.progress.villages_meeting,
                        area.progress.average_met, *[_share(*area.group_share(g)) for g in groups],
                        report.approval.row_text(area.village_ids)],
                [None, None, INTEGER, INTEGER, DECIMAL, *[PERCENT] * len(groups), None], bold=area.is_district)

    sheet = _sheet(workbook, AGENCIES, f"II. Kết quả theo cơ quan, đơn vị phụ trách — {heading}",
                   ["Cơ quan, đơn vị", "Chủ trì (thôn)", "Phối hợp (thôn)", "Thôn đạt chuẩn", "Số thôn",
                    "Tiêu chí đạt", "Tỉ lệ tiêu chí đạt", "Lượt đi cơ sở", "Tiền (đồng)", "Hiện vật (đồng)",
                    "Ngày công", "Khó khăn chưa giải quyết", "Quá 90 ngày", "Số liệu"],
                   [40, 10, 10, 10, 9, 10, 10, 10, 16, 16, 10, 12, 10, 26], footer)
    put_text(sheet.cell(2, 1), report.approval.sentence(report.year, everyone))
    for agency in report.agencies:
        progress, campaign = agency.progress.all, agency.campaign
        _append(sheet, [agency.name, agency.progress.lead.villages, agency.progress.co_support.villages,
                        progress.villages_meeting, progress.villages, progress.criteria_met,
                        _share(progress.criteria_met, progress.criteria_total), campaign.visits, campaign.money_vnd,
                        campaign.in_kind_vnd, campaign.workdays, campaign.open_concerns, campaign.overdue_concerns,
                        report.approval.row_text(agency.village_ids)],
                [None, *[INTEGER] * 5, PERCENT, *[INTEGER] * 6, None])

    sheet = _sheet(workbook, CRITERIA, f"III. Kết quả từng tiêu chí (yếu nhất trước) — {heading}",
                   ["TT", "Tiêu chí", "Nhóm", "Số thôn đạt", "Số thôn", "Tỉ lệ"], [6, 36, 32, 10, 9, 9], footer)
    for row in report.criteria:
        _append(sheet, [row.number, row.name, row.group_name, row.villages_met, row.villages,
                        _share(row.villages_met, row.villages)], [INTEGER, None, None, INTEGER, INTEGER, PERCENT])

    campaign = report.campaign
    labels = {spec.name: spec.label for spec in KINDS["households"].fields}
    sheet = _sheet(workbook, CAMPAIGN, f"IV. Kết quả phong trào — {heading}",
                   ["Chỉ tiêu", "Số hộ", "Tỉ lệ", "So với năm trước (điểm %)",
                    f"So với năm {report.first_year} (điểm %)"], [36, 12, 10, 14, 14], footer)
    sheet.cell(2, 1, f"{campaign.villages_reporting}/{campaign.villages} thôn có báo cáo; tổng số hộ đồng bào DTTS: "
                     f"{format_int(campaign.minority_households)}")
    for name in COUNT_FIELDS:
        indicator = campaign.indicators.get(name)
        if indicator is None:
            continue
        _append(sheet, [labels[name], indicator.count, None if indicator.rate is None else indicator.rate / 100,
                        indicator.change_previous, indicator.change_base], [None, INTEGER, PERCENT, POINTS, POINTS])
    for label, value in (("Mô hình xây dựng", campaign.models[ModelStatus.BUILT]),
                         ("Mô hình duy trì", campaign.models[ModelStatus.MAINTAINED]),
                         ("Mô hình nhân rộng", campaign.models[ModelStatus.REPLICATED]),
                         ("Tiền huy động (đồng)", campaign.money_vnd),
                         ("Hiện vật quy ra đồng", campaign.in_kind_vnd),
                         ("Ngày công", campaign.workdays), ("Lượt đi cơ sở", campaign.visits)):
        _append(sheet, [label, value, None, None, None], [None, INTEGER, None, None, None])

    sheet = _sheet(workbook, ATTENTION, f"V. Thôn (làng) cần quan tâm — {heading}",
                   ["Thôn (làng)", "Xã", "Huyện", "Lý do", "Số khó khăn quá 90 ngày", "Nêu từ ngày"],
                   [26, 18, 18, 30, 12, 12], footer)
    for row in report.overdue:
        _append(sheet, [row.place.village, row.place.commune, row.place.district or "",
                        "Khó khăn, kiến nghị quá 90 ngày", row.overdue, row.oldest],
                [None, None, None, None, INTEGER, "DD/MM/YYYY"])
    for place in report.not_assessed:
        _append(sheet, [place.village, place.commune, place.district or "", f"Chưa đánh giá năm {report.year}",
                        None, None], [None] * 6)
    with atomic_path(target) as temporary:
        workbook.save(temporary)
    return target

