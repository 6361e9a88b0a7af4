"""The completeness and timeliness report of a review round as an A4 PDF: by district and commune, by lead
agency, then the reminder list of each agency (the villages awaited, their team leads and phones), ready to
hand out or to read over the phone.

The Party-document heading, "Trang x/y" and the time the data was read on every page, as the summary report.
"""

from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from domain.completeness import CompletenessReport, CountedRow, round_sentence
from domain.document_settings import DocumentSettings
from domain.formatting import format_int
from domain.labels import REVIEW_STATE
from exports.atomic import atomic_path
from exports.document import (
    MARGINS,
    PAGE,
    SheetStart,
    Styles,
    content_width,
    heading,
    markup,
    numbered_canvas,
    party_heading,
    plan_reference,
    signed,
    styles,
)
from exports.fonts import document_fonts
from exports.summary_pdf import ReportCells

WIDTH = content_width(PAGE)
COUNT_HEADERS = ["Số thôn phải rà soát", "Gửi đúng hạn", "Gửi muộn", "Chưa gửi (quá hạn)", "Đã duyệt", "Trả lại"]


def write_completeness_pdf(report: CompletenessReport, target: Path, *, read_at: datetime | None = None,
                           document: DocumentSettings | None = None) -> int:
    """Write the report to `target` (whole or not at all) in the office's heading, signers and typeface;
    returns the number of pages."""
    document = document or DocumentSettings()
    read_at = read_at or datetime.now()
    with document_fonts(document.typeface):
        st = styles(document)
        story = _story(report, st, ReportCells(st), read_at)
        with atomic_path(target) as temporary:
            pdf = SimpleDocTemplate(str(temporary), pagesize=PAGE, author="Làng Mới",
                                    title=f"Tiến độ rà soát năm {report.year}", **MARGINS)
            pdf.build(story, canvasmaker=numbered_canvas(f"Kế hoạch số {report.plan_code}", read_at))
            return pdf.page


def _story(report: CompletenessReport, st: Styles, cells: ReportCells, read_at: datetime) -> list:
    story: list = [
        SheetStart(),
        party_heading(report.issuer, report.place_name, read_at, WIDTH, st),
        Spacer(1, 6 * mm),
        Paragraph(f"BÁO CÁO TIẾN ĐỘ RÀ SOÁT, ĐÁNH GIÁ<br/>THÔN (LÀNG) NÔNG THÔN MỚI NĂM {report.year}", st.title),
        Paragraph(plan_reference(report.plan_code), st.subtitle),
        Spacer(1, 4 * mm),
        Paragraph(markup(round_sentence(report)), st.body),
        *heading("I. THEO HUYỆN, XÃ", st),
        _counts_table(cells, "Địa bàn", report.areas),
        *heading("II. THEO CƠ QUAN, ĐƠN VỊ CHỦ TRÌ", st),
        _counts_table(cells, "Cơ quan, đơn vị", report.agencies),
        *heading("III. DANH SÁCH NHẮC GỬI KẾT QUẢ RÀ SOÁT", st),
    ]
    last = Paragraph("<i>Không còn thôn nào chưa gửi.</i>", st.body)
    for number, agency in enumerate(report.reminders, start=1):
        if number > 1:
            story += [last, Spacer(1, 3 * mm)]
        story += [Paragraph(f"<b>{number}. {markup(agency.agency)}</b> ({len(agency.reminders)} thôn)", st.body),
                  Spacer(1, 1.5 * mm)]
        last = _reminders_table(cells, agency.reminders)
    return [*story, signed(last, WIDTH, st)]


def _counts_table(cells: ReportCells, first: str, rows: list[CountedRow]):
    table = [cells.header([first, *COUNT_HEADERS])]
    for row in rows:
        bold = row.level in ("district", "plan")
        name = f"– {row.name}" if row.level == "commune" else row.name
        counts = row.counts
        late = f"{format_int(counts.not_submitted)} ({format_int(counts.overdue)})"
        table.append([cells.text(name, bold), *[cells.number(format_int(value), bold) for value in (
            counts.expected, counts.on_time, counts.late)], cells.number(late, bold),
            *[cells.number(format_int(value), bold) for value in (counts.approved, counts.returned)]])
    fixed = [22 * mm, 18 * mm, 16 * mm, 22 * mm, 17 * mm, 16 * mm]
    return cells.table(table, [WIDTH - sum(fixed), *fixed])


def _reminders_table(cells: ReportCells, reminders: list):
    table = [cells.header(["TT", "Thôn (làng)", "Xã", "Tình trạng", "Tổ trưởng", "Điện thoại"])]
    for number, reminder in enumerate(reminders, start=1):
        state = REVIEW_STATE[reminder.state] + (", quá hạn" if reminder.overdue else "")
        table.append([cells.number(str(number)), cells.text(reminder.place.village),
                      cells.text(reminder.place.commune), cells.text(state),
                      cells.text(reminder.leader or "(chưa có)"), cells.text(reminder.phone)])
    fixed = [9 * mm, 28 * mm, 34 * mm, 32 * mm, 25 * mm]
    return cells.table(table, [fixed[0], WIDTH - sum(fixed), *fixed[1:]])
