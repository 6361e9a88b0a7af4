"""The completeness and timeliness report as an Excel workbook: a sheet by district and commune, one by lead
agency, one with the reminder list (a row per village awaited, its agency, team lead and phone), so that an
office can sort, filter or mail-merge it. Counts are integers; names are text, never formulas."""

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

from domain.completeness import CompletenessReport, CountedRow, round_sentence
from domain.formatting import format_date
from domain.labels import REVIEW_STATE
from exports.atomic import atomic_path
from exports.completeness_pdf import COUNT_HEADERS
from exports.report_sheets import INTEGER, append_row, report_sheet

AREAS, AGENCIES, REMINDERS = "Theo địa bàn", "Theo cơ quan", "Danh sách nhắc"
HEADER_ROW = 4
LEVEL = {"district": "Huyện", "commune": "Xã", "plan": "", "agency": ""}
COUNT_HEADERS_XLSX = [*COUNT_HEADERS[:3], "Chưa gửi", "Trong đó quá hạn", *COUNT_HEADERS[4:]]
COUNTS = [INTEGER] * len(COUNT_HEADERS_XLSX)


def write_completeness_xlsx(report: CompletenessReport, target: Path, *, read_at: datetime | None = None) -> Path:
    """Write the report to `target` (whole or not at all)."""
    read_at = read_at or datetime.now()
    workbook = Workbook()
    workbook.remove(workbook.active)
    footer = (f"Kế hoạch số {report.plan_code}", f"Số liệu đọc lúc {read_at:%H:%M} ngày {format_date(read_at.date())}")
    title = f"Tiến độ rà soát năm {report.year} — Kế hoạch số {report.plan_code}"
    sentence = round_sentence(report)

    def sheet(name: str, heading: str, headers: list[str], widths: list[int]):
        return report_sheet(workbook, name, f"{heading} — {title}", headers, widths, footer, header_row=HEADER_ROW,
                            header_height=32, sentence=sentence)

    areas = sheet(AREAS, "I. Theo huyện, xã", ["Địa bàn", "Cấp", *COUNT_HEADERS_XLSX], [30, 8, *[11] * 7])
    for row in report.areas:
        append_row(areas, [row.name, LEVEL[row.level], *_counts(row)], [None, None, *COUNTS],
                   bold=row.level != "commune")
    agencies = sheet(AGENCIES, "II. Theo cơ quan, đơn vị chủ trì", ["Cơ quan, đơn vị", *COUNT_HEADERS_XLSX],
                     [40, *[11] * 7])
    for row in report.agencies:
        append_row(agencies, [row.name, *_counts(row)], [None, *COUNTS])
    reminders = sheet(REMINDERS, "III. Danh sách nhắc gửi kết quả rà soát",
                      ["Cơ quan chủ trì", "Thôn (làng)", "Xã", "Huyện", "Tình trạng", "Quá hạn", "Tổ trưởng",
                       "Điện thoại"], [34, 22, 18, 18, 14, 9, 24, 16])
    for agency in report.reminders:
        for reminder in agency.reminders:
            place = reminder.place
            append_row(reminders, [agency.agency, place.village, place.commune, place.district or "",
                                   REVIEW_STATE[reminder.state], "Có" if reminder.overdue else "", reminder.leader,
                                   reminder.phone], [None] * 8)
    with atomic_path(target) as temporary:
        workbook.save(temporary)
    return target


def _counts(row: CountedRow) -> list[int]:
    counts = row.counts
    return [counts.expected, counts.on_time, counts.late, counts.not_submitted, counts.overdue, counts.approved,
            counts.returned]
