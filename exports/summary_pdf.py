"""The summary report as an A4 PDF: portrait pages, landscape where a table needs the width.

Tables repeat their header row on every page and are never split inside a row; charts are reportlab
drawings. Every page carries the plan's code, the time the data was read and "Trang x/y".
"""

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from domain.document_settings import DocumentSettings
from domain.formatting import (
    format_date,
    format_decimal,
    format_int,
    format_percent,
    format_points,
    format_rate,
    roman,
)
from domain.recording import COUNT_FIELDS, KINDS
from domain.summary import Summary
from domain.village_records import ModelStatus
from exports.atomic import atomic_path
from exports.charts import bar_chart, column_chart
from exports.document import (
    MARGINS,
    PAGE,
    SheetStart,
    Styles,
    content_width,
    grid_style,
    markup,
    numbered_canvas,
    party_heading,
    signed,
    styles,
)
from exports.fonts import BOLD, REGULAR, document_fonts
from exports.paged_table import ROWS, PagedTable

WIDE = landscape(PAGE)


def _frame(pagesize: tuple[float, float], name: str) -> Frame:
    return Frame(MARGINS["leftMargin"], MARGINS["bottomMargin"], content_width(pagesize),
                 pagesize[1] - MARGINS["topMargin"] - MARGINS["bottomMargin"], id=name, leftPadding=0,
                 rightPadding=0, topPadding=0, bottomPadding=0)


@dataclass(frozen=True)
class _Cell:
    """A body cell: its text, bold or not, right-aligned (a figure) or not."""

    value: str
    bold: bool = False
    right: bool = False


PADDING = 12
"""A table cell's left and right padding together (reportlab's default, 6 points each)."""


class ReportCells:
    """Cells in the report's styles: text left, numbers right, bold where asked. A body cell that fits its
    column on one line is drawn as a plain string, in the same font and line height as a Paragraph of one line:
    a Paragraph parses its markup and breaks its lines at each layout, eight in ten of the PDF's time for a plan
    of 1,000 villages. A longer one stays a Paragraph and wraps."""

    def __init__(self, st: Styles) -> None:
        self.st = st
        self.size, self.leading = st.cell.fontSize, st.cell.leading

    def text(self, value: str, bold: bool = False) -> _Cell:
        return _Cell(value, bold)

    def number(self, value: str, bold: bool = False) -> _Cell:
        return _Cell(value, bold, right=True)

    def header(self, values: list[str]) -> list[Paragraph]:
        return [Paragraph(markup(v), self.st.cell_bold) for v in values]

    def drawn(self, cell: _Cell, width: float) -> str | Paragraph:
        font = BOLD if cell.bold else REGULAR
        if "\n" not in cell.value and stringWidth(cell.value, font, self.size) <= width - PADDING:
            return cell.value
        if cell.right:
            return Paragraph(cell.value, self.st.cell_right_bold if cell.bold else self.st.cell_right)
        return Paragraph(markup(cell.value), self.st.cell_bold if cell.bold else self.st.cell)

    def table(self, rows: list[list], widths: list[float], header_rows: int = 1) -> Flowable:
        """The table, its plain-string cells styled by a command for each bold row and right-aligned column
        (one for each cell where a row or column is mixed); a long one laid out a page at a time."""
        header, body = rows[:header_rows], rows[header_rows:]
        drawn = [[self.drawn(cell, width) for cell, width in zip(row, widths, strict=True)] for row in body]

        def part(start: int, stop: int) -> Table:
            return self._table(header, body[start:stop], drawn[start:stop], widths)

        return part(0, len(body)) if len(body) <= ROWS else PagedTable(part, len(body), header_rows)

    def _table(self, header: list[list], body: list[list[_Cell]], drawn: list[list], widths: list[float]) -> Table:
        header_rows = len(header)
        commands = [*grid_style(header_rows), ("LEADING", (0, header_rows), (-1, -1), self.leading)]
        for r, row in enumerate(body, start=header_rows):
            if all(cell.bold for cell in row):
                commands.append(("FONT", (0, r), (-1, r), BOLD, self.size, self.leading))
            else:
                commands += [("FONT", (c, r), (c, r), BOLD, self.size, self.leading) for c, cell in enumerate(row)
                             if cell.bold]
        for c in range(len(widths)):
            column = [row[c] for row in body]
            if all(cell.right for cell in column):
                commands.append(("ALIGN", (c, header_rows), (c, -1), "RIGHT"))
            else:
                commands += [("ALIGN", (c, r), (c, r), "RIGHT") for r, cell in enumerate(column, start=header_rows)
                             if cell.right]
        table = Table([*header, *drawn], colWidths=widths, repeatRows=header_rows)
        table.setStyle(TableStyle(commands))
        return table


def write_summary_pdf(report: Summary, target: Path, *, read_at: datetime | None = None,
                      document: DocumentSettings | None = None) -> int:
    """Write the report to `target` (whole or not at all), in the office's heading, signers and typeface
    (`document`); returns the number of pages."""
    document = document or DocumentSettings()
    with document_fonts(document.typeface):
        return _write(report, target, read_at or datetime.now(), document)


def _write(report: Summary, target: Path, read_at: datetime, document_settings: DocumentSettings) -> int:
    st = styles(document_settings)
    cells = ReportCells(st)
    heading = st.section
    everyone = [place.village_id for place in report.places]
    story: list = [
        SheetStart(report.approval.page_mark(everyone)),
        party_heading(report.issuer, report.place_name, read_at, content_width(PAGE), st),
        Spacer(1, 6 * mm),
        Paragraph(f"BÁO CÁO TỔNG HỢP<br/>KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ {markup(report.plan_code)} NĂM {report.year}",
                  st.title),
        Paragraph(markup(report.plan_title), st.subtitle),
        *([Paragraph(f"(Số liệu {markup(report.units_said)})", st.subtitle)] if report.units_said else []),
        Spacer(1, 4 * mm),
    ]
    whole = report.areas[-1].progress
    story.append(Paragraph(
        f"Năm {report.year}, {whole.villages_meeting}/{whole.villages} thôn (làng) đạt chuẩn nông thôn mới; bình quân "
        f"mỗi thôn đạt {format_decimal(whole.average_met)} tiêu chí; {len(report.overdue)} thôn có khó khăn, kiến "
        f"nghị quá 90 ngày chưa giải quyết; {len(report.not_assessed)} thôn chưa được đánh giá.", st.body))
    story.append(Paragraph(markup(report.approval.sentence(report.year, everyone)), st.body))
    story += _charts(report, st)
    story += [NextPageTemplate("landscape"), PageBreak(), Paragraph("I. TIẾN ĐỘ THEO HUYỆN, XÃ", heading),
              _areas(report, cells, content_width(WIDE)),
              Paragraph("II. KẾT QUẢ THEO CƠ QUAN, ĐƠN VỊ PHỤ TRÁCH", heading),
              _agencies(report, cells, content_width(WIDE)),
              NextPageTemplate("portrait"), PageBreak(),
              Paragraph("III. KẾT QUẢ TỪNG TIÊU CHÍ (TIÊU CHÍ YẾU NHẤT TRƯỚC)", heading),
              _criteria(report, cells, content_width(PAGE)),
              Paragraph("IV. KẾT QUẢ PHONG TRÀO", heading), *_campaign(report, cells, st, content_width(PAGE)),
              Paragraph("V. THÔN (LÀNG) CẦN QUAN TÂM", heading)]
    *attention, last = _attention(report, cells, st, content_width(PAGE))
    story += [*attention, signed(last, content_width(PAGE), st)]
    footer = f"Kế hoạch số {report.plan_code}"
    with atomic_path(target) as temporary:
        document = BaseDocTemplate(str(temporary), pagesize=PAGE, title=f"Báo cáo tổng hợp năm {report.year}",
                                   author="Làng Mới", **MARGINS)
        document.addPageTemplates([
            PageTemplate("portrait", frames=[_frame(PAGE, "portrait")], pagesize=PAGE),
            PageTemplate("landscape", frames=[_frame(WIDE, "landscape")], pagesize=WIDE),
        ])
        document.build(story, canvasmaker=numbered_canvas(footer, read_at))
        pages = document.page
    return pages


def _charts(report: Summary, st: Styles) -> list:
    width = content_width(PAGE)
    districts = [a for a in report.areas[:-1] if a.is_district]
    communes = [a for a in report.areas[:-1] if not a.is_district]
    years = sorted(report.meeting_by_year)
    weakest = report.criteria[:8]
    by_district = [column_chart("Số thôn đạt chuẩn theo huyện", [a.name for a in districts],
                                [a.progress.villages_meeting for a in districts], width, 45 * mm)] if districts else []
    return [
        Spacer(1, 4 * mm),
        *by_district,
        column_chart("Số thôn đạt chuẩn theo xã", [a.name for a in communes],
                     [a.progress.villages_meeting for a in communes], width, 45 * mm),
        column_chart("Số thôn đạt chuẩn qua các năm", [str(y) for y in years],
                     [len(report.meeting_by_year[y]) for y in years], width, 40 * mm),
        bar_chart(f"Các tiêu chí ít thôn đạt nhất (trên {whole_villages(report)} thôn)",
                  [f"{c.number}. {c.name}" for c in weakest], [c.villages_met for c in weakest], width, 58 * mm,
                  value_max=whole_villages(report)),
    ]


def whole_villages(report: Summary) -> int:
    return report.areas[-1].progress.villages


def _areas(report: Summary, cells: ReportCells, width: float) -> Table:
    groups = report.groups
    header = cells.header(["Địa bàn", "Số thôn", "Thôn đạt chuẩn", "Bình quân tiêu chí đạt/thôn",
                           *[f"{roman(g.order)}. {g.name} ({g.criteria} tiêu chí)" for g in groups], "Số liệu"])
    rows = [header]
    for area in report.areas:
        bold = area.is_district
        name = area.name if area.is_district else f"– {area.name}"
        progress = area.progress
        shares = []
        for group in groups:
            met, possible = area.group_share(group)
            shares.append(cells.number(f"{format_int(met)}/{format_int(possible)} ({format_percent(met, possible)})",
                                       bold))
        rows.append([cells.text(name, bold), cells.number(format_int(progress.villages), bold),
                     cells.number(format_int(progress.villages_meeting), bold),
                     cells.number(format_decimal(progress.average_met), bold), *shares,
                     cells.text(report.approval.row_text(area.village_ids), bold)])
    first = [45 * mm, 16 * mm, 20 * mm, 24 * mm]
    mark = 30 * mm
    rest = (width - sum(first) - mark) / max(1, len(groups))
    return cells.table(rows, [*first, *[rest] * len(groups), mark])


def _agencies(report: Summary, cells: ReportCells, width: float) -> Table:
    header = cells.header(["Cơ quan, đơn vị", "Chủ trì (thôn)", "Phối hợp (thôn)", "Thôn đạt chuẩn",
                           "Tiêu chí đạt", "Lượt đi cơ sở", "Tiền (đồng)", "Hiện vật (đồng)", "Ngày công",
                           "Khó khăn chưa giải quyết (quá 90 ngày)", "Số liệu"])
    rows = [header]
    for agency in report.agencies:
        progress, campaign = agency.progress.all, agency.campaign
        rows.append([
            cells.text(agency.name), cells.number(str(agency.progress.lead.villages)),
            cells.number(str(agency.progress.co_support.villages)),
            cells.number(f"{progress.villages_meeting}/{progress.villages}"),
            cells.number(f"{format_int(progress.criteria_met)}/{format_int(progress.criteria_total)} "
                         f"({format_percent(progress.criteria_met, progress.criteria_total)})"),
            cells.number(str(campaign.visits)), cells.number(format_int(campaign.money_vnd)),
            cells.number(format_int(campaign.in_kind_vnd)), cells.number(format_int(campaign.workdays)),
            cells.number(f"{campaign.open_concerns} ({campaign.overdue_concerns})"),
            cells.text(report.approval.row_text(agency.village_ids)),
        ])
    fixed = [15 * mm, 15 * mm, 16 * mm, 28 * mm, 14 * mm, 24 * mm, 22 * mm, 15 * mm, 24 * mm, 30 * mm]
    return cells.table(rows, [width - sum(fixed), *fixed])


def _criteria(report: Summary, cells: ReportCells, width: float) -> Table:
    rows = [cells.header(["TT", "Tiêu chí", "Nhóm", "Số thôn đạt", "Tỉ lệ"])]
    for row in report.criteria:
        rows.append([cells.number(str(row.number)), cells.text(row.name), cells.text(row.group_name),
                     cells.number(f"{row.villages_met}/{row.villages}"),
                     cells.number(format_percent(row.villages_met, row.villages))])
    fixed = [10 * mm, 60 * mm, 22 * mm, 18 * mm]
    return cells.table(rows, [fixed[0], fixed[1], width - sum(fixed), fixed[2], fixed[3]])


def _campaign(report: Summary, cells: ReportCells, st: Styles, width: float) -> list:
    campaign = report.campaign
    if not campaign.villages_reporting:
        return [Paragraph(f"<i>Chưa có thôn nào báo cáo số liệu hộ năm {report.year}.</i>", st.body)]
    labels = {spec.name: spec.label for spec in KINDS["households"].fields}
    rows = [cells.header(["Chỉ tiêu", "Số hộ", "Tỉ lệ", "So với năm trước (điểm %)",
                          f"So với năm {report.first_year} (điểm %)"])]
    for name in COUNT_FIELDS:
        indicator = campaign.indicators[name]
        rows.append([cells.text(labels[name]), cells.number(format_int(indicator.count)),
                     cells.number(format_rate(indicator.rate)), cells.number(format_points(indicator.change_previous)),
                     cells.number(format_points(indicator.change_base))])
    models = campaign.models
    return [
        Paragraph(f"Số liệu của {campaign.villages_reporting}/{campaign.villages} thôn có báo cáo; tổng số hộ đồng "
                  f"bào DTTS: {format_int(campaign.minority_households)}.", st.body),
        Spacer(1, 2 * mm),
        cells.table(rows, [width - 95 * mm, 20 * mm, 20 * mm, 27 * mm, 28 * mm]),
        Spacer(1, 2 * mm),
        Paragraph(f"Mô hình “Dân vận khéo”: xây dựng {models[ModelStatus.BUILT]}, duy trì "
                  f"{models[ModelStatus.MAINTAINED]}, nhân rộng {models[ModelStatus.REPLICATED]}. Nguồn lực huy động: "
                  f"tiền {format_int(campaign.money_vnd)} đồng, hiện vật quy ra {format_int(campaign.in_kind_vnd)} "
                  f"đồng, {format_int(campaign.workdays)} ngày công; {campaign.visits} lượt đi cơ sở.", st.body),
    ]


def _attention(report: Summary, cells: ReportCells, st: Styles, width: float) -> list:
    story: list = [Paragraph("<b>1. Thôn có khó khăn, kiến nghị quá 90 ngày chưa giải quyết</b>", st.body),
                   Spacer(1, 1.5 * mm)]
    if report.overdue:
        rows = [cells.header(["Thôn (làng)", "Xã", "Huyện", "Số khó khăn quá hạn", "Nêu từ ngày"])]
        rows += [[cells.text(row.place.village), cells.text(row.place.commune), cells.text(row.place.district or ""),
                  cells.number(str(row.overdue)), cells.number(format_date(row.oldest))] for row in report.overdue]
        story.append(cells.table(rows, [width - 112 * mm, 35 * mm, 32 * mm, 22 * mm, 23 * mm]))
    else:
        story.append(Paragraph("<i>Không có.</i>", st.body))
    story += [Spacer(1, 3 * mm), Paragraph(f"<b>2. Thôn chưa được đánh giá năm {report.year}</b>", st.body),
              Spacer(1, 1.5 * mm)]
    if report.not_assessed:
        rows = [cells.header(["Thôn (làng)", "Xã", "Huyện"])]
        rows += [[cells.text(p.village), cells.text(p.commune), cells.text(p.district or "")]
                 for p in report.not_assessed]
        story.append(cells.table(rows, [width - 70 * mm, 35 * mm, 35 * mm]))
    else:
        story.append(Paragraph("<i>Không có.</i>", st.body))
    return story
