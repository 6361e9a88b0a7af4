"""The summary report as an Excel workbook: one sheet a section, printable like the PDF.

Figures are real numbers (counts as integers, rates as fractions shown as percentages) with number formats
that Excel shows in the reader's locale ("12.291", "98,8%" on a Vietnamese Windows). Each sheet has its title
rows, a frozen header, print titles repeating the header, landscape A4 fitted to the page width. Names are
written as text, never as formulas.
"""

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

from domain.formatting import format_date, format_int, roman
from domain.recording import COUNT_FIELDS, KINDS
from domain.summary import Summary
from domain.village_records import ModelStatus
from exports.atomic import atomic_path
from exports.report_sheets import INTEGER, append_row, report_sheet

DECIMAL = "#,##0.0"
PERCENT = "0.0%"
POINTS = "+0.0;-0.0;0.0"

AREAS, AGENCIES, CRITERIA, CAMPAIGN, ATTENTION = "Tiến độ", "Cơ quan", "Tiêu chí", "Phong trào", "Cần quan tâm"


def _share(met: int, possible: int) -> float | None:
    return met / possible if possible else None


def write_summary_xlsx(report: Summary, target: Path, *, read_at: datetime | None = None) -> Path:
    """Write the report to `target` (whole or not at all)."""
    read_at = read_at or datetime.now()
    workbook = Workbook()
    workbook.remove(workbook.active)
    heading = f"Kế hoạch số {report.plan_code}, năm {report.year}" + (
        f", số liệu {report.units_said}" if report.units_said else "")
    footer = (f"Kế hoạch số {report.plan_code}", f"Số liệu đọc lúc {read_at:%H:%M} ngày {format_date(read_at.date())}")

    groups = report.groups
    everyone = [place.village_id for place in report.places]
    approval = report.approval.sentence(report.year, everyone)
    sheet = report_sheet(workbook, AREAS, f"I. Tiến độ theo huyện, xã — {heading}",
                         ["Địa bàn", "Cấp", "Số thôn", "Thôn đạt chuẩn", "Bình quân tiêu chí đạt/thôn",
                          *[f"{roman(g.order)}. {g.name} ({g.criteria} tiêu chí): tỉ lệ đạt" for g in groups],
                          "Số liệu"], [28, 10, 9, 10, 12, *[16] * len(groups), 26], footer, sentence=approval)
    for area in report.areas:
        level = "" if area is report.areas[-1] else "Huyện" if area.is_district else "Xã"
        append_row(sheet, [area.name, level, area.progress.villages, area.progress.villages_meeting,
                           area.progress.average_met, *[_share(*area.group_share(g)) for g in groups],
                           report.approval.row_text(area.village_ids)],
                   [None, None, INTEGER, INTEGER, DECIMAL, *[PERCENT] * len(groups), None], bold=area.is_district)

    sheet = report_sheet(workbook, AGENCIES, f"II. Kết quả theo cơ quan, đơn vị phụ trách — {heading}",
                         ["Cơ quan, đơn vị", "Chủ trì (thôn)", "Phối hợp (thôn)", "Thôn đạt chuẩn", "Số thôn",
                          "Tiêu chí đạt", "Tỉ lệ tiêu chí đạt", "Lượt đi cơ sở", "Tiền (đồng)", "Hiện vật (đồng)",
                          "Ngày công", "Khó khăn chưa giải quyết", "Quá 90 ngày", "Số liệu"],
                         [40, 10, 10, 10, 9, 10, 10, 10, 16, 16, 10, 12, 10, 26], footer, sentence=approval)
    for agency in report.agencies:
        progress, campaign = agency.progress.all, agency.campaign
        append_row(sheet, [agency.name, agency.progress.lead.villages, agency.progress.co_support.villages,
                           progress.villages_meeting, progress.villages, progress.criteria_met,
                           _share(progress.criteria_met, progress.criteria_total), campaign.visits,
                           campaign.money_vnd, campaign.in_kind_vnd, campaign.workdays, campaign.open_concerns,
                           campaign.overdue_concerns, report.approval.row_text(agency.village_ids)],
                   [None, *[INTEGER] * 5, PERCENT, *[INTEGER] * 6, None])

    sheet = report_sheet(workbook, CRITERIA, f"III. Kết quả từng tiêu chí (yếu nhất trước) — {heading}",
                         ["TT", "Tiêu chí", "Nhóm", "Số thôn đạt", "Số thôn", "Tỉ lệ"], [6, 36, 32, 10, 9, 9],
                         footer)
    for row in report.criteria:
        append_row(sheet, [row.number, row.name, row.group_name, row.villages_met, row.villages,
                           _share(row.villages_met, row.villages)], [INTEGER, None, None, INTEGER, INTEGER, PERCENT])

    campaign = report.campaign
    labels = {spec.name: spec.label for spec in KINDS["households"].fields}
    sheet = report_sheet(workbook, CAMPAIGN, f"IV. Kết quả phong trào — {heading}",
                         ["Chỉ tiêu", "Số hộ", "Tỉ lệ", "So với năm trước (điểm %)",
                          f"So với năm {report.first_year} (điểm %)"], [36, 12, 10, 14, 14], footer,
                         sentence=f"{campaign.villages_reporting}/{campaign.villages} thôn có báo cáo; tổng số hộ "
                                  f"đồng bào DTTS: {format_int(campaign.minority_households)}")
    for name in COUNT_FIELDS:
        indicator = campaign.indicators.get(name)
        if indicator is None:
            continue
        append_row(sheet, [labels[name], indicator.count, None if indicator.rate is None else indicator.rate / 100,
                           indicator.change_previous, indicator.change_base],
                   [None, INTEGER, PERCENT, POINTS, POINTS])
    for label, value in (("Mô hình xây dựng", campaign.models[ModelStatus.BUILT]),
                         ("Mô hình duy trì", campaign.models[ModelStatus.MAINTAINED]),
                         ("Mô hình nhân rộng", campaign.models[ModelStatus.REPLICATED]),
                         ("Tiền huy động (đồng)", campaign.money_vnd),
                         ("Hiện vật quy ra đồng", campaign.in_kind_vnd),
                         ("Ngày công", campaign.workdays), ("Lượt đi cơ sở", campaign.visits)):
        append_row(sheet, [label, value, None, None, None], [None, INTEGER, None, None, None])

    sheet = report_sheet(workbook, ATTENTION, f"V. Thôn (làng) cần quan tâm — {heading}",
                         ["Thôn (làng)", "Xã", "Huyện", "Lý do", "Số khó khăn quá 90 ngày", "Nêu từ ngày"],
                         [26, 18, 18, 30, 12, 12], footer)
    for row in report.overdue:
        append_row(sheet, [row.place.village, row.place.commune, row.place.district or "",
                           "Khó khăn, kiến nghị quá 90 ngày", row.overdue, row.oldest],
                   [None, None, None, None, INTEGER, "DD/MM/YYYY"])
    for place in report.not_assessed:
        append_row(sheet, [place.village, place.commune, place.district or "", f"Chưa đánh giá năm {report.year}",
                           None, None], [None] * 6)
    with atomic_path(target) as temporary:
        workbook.save(temporary)
    return target
