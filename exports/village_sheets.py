"""The village sheet (A4 PDF): place, agencies, support team, the year's checklist, the year's campaign records
(households, models, resources, visits, difficulties, contacts, initiatives), signatures.

Several villages go into one file, each starting on a new page with its own "Trang x/y"; with `odd_pages` (the
default for more than one sheet) each starts on an odd page, a blank page left before it where needed, so that on
a duplex printer no sheet begins on the back of the one before.
"""

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import (
    ActionFlowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from domain.agencies import AssignmentRole
from domain.approval import Approval
from domain.criteria import CriterionStatus
from domain.document_settings import DocumentSettings
from domain.formatting import format_int, roman
from domain.labels import ASSIGNMENT_ROLE, STATUS, TEAM_ROLE
from domain.teams import TeamRole
from domain.village_detail import VillageSheet
from exports.atomic import atomic_path
from exports.cancel import Progress
from exports.document import (
    MARGINS,
    PAGE,
    RowSplittingTable,
    SheetStart,
    Styles,
    content_width,
    grid_style,
    heading,
    markup,
    numbered_canvas,
    party_heading,
    plan_reference,
    styles,
)
from exports.evidence_annex import AnnexPicture, annex_pages, attachment_list
from exports.fonts import document_fonts
from exports.long_cells import LongCells
from exports.record_sections import record_sections

CONTENT_WIDTH = content_width()


def write_village_sheets(
    sheets: list[VillageSheet], target: Path, *, read_at: datetime | None = None, progress: Progress | None = None,
    cover: Callable[[Styles, datetime], list] | None = None, odd_pages: bool | None = None,
    approval: Approval | None = None, annexes: Mapping[int, Sequence[AnnexPicture]] | None = None,
) -> int:
    """Write the sheets to `target` (whole or not at all), after the `cover` sheet if any; returns the pages,
    blank ones included. `odd_pages` None: each sheet on an odd page when there are several. In the office's
    typeface and heading (the sheets' document settings). A sheet whose figures `approval` does not hold approved
    says "SỐ LIỆU CHƯA DUYỆT" under its title and at the foot of each page; a closed year's, "SỐ LIỆU CHÍNH THỨC".
    `annexes`: village id -> the attached images printed after its sheet (exports/evidence_annex.py)."""
    approval = approval or Approval()
    settings = sheets[0].document if sheets else DocumentSettings()
    with document_fonts(settings.typeface):
        progress = progress or Progress()
        read_at = read_at or datetime.now()
        if odd_pages is None:
            odd_pages = len(sheets) + (cover is not None) > 1
        st = styles(settings)
        story: list = cover(st, read_at) if cover else []
        for index, sheet in enumerate(sheets):
            progress.advance(index, len(sheets))
            if story:
                story.append(PageBreak())
                if odd_pages:
                    story.append(OddPage())
            story.extend(_sheet(sheet, st, read_at, approval.page_mark([sheet.place.village_id])))
            story.extend(annex_pages((annexes or {}).get(sheet.place.village_id, ()), st))
        progress.advance(len(sheets), len(sheets))
        footer = f"Kế hoạch số {sheets[0].plan_code}" if sheets else ""

        def on_page(_canvas, _document) -> None:
            progress.check()  # laying the pages out is two thirds of the time: a cancel is not kept waiting for it

        with atomic_path(target) as temporary:
            document = SimpleDocTemplate(
                str(temporary), pagesize=PAGE, title="Phiếu theo dõi thôn (làng)", author="Làng Mới", **MARGINS
            )
            document.build(story, onFirstPage=on_page, onLaterPages=on_page,
                           canvasmaker=numbered_canvas(footer, read_at))
            pages = document.page
        return pages


class OddPage(ActionFlowable):
    """Placed at the top of a new page: when that page is even, it is left blank (no footer, in no sheet's page
    count) and what follows starts on the next, odd page."""

    def apply(self, doc) -> None:
        """Overrides ActionFlowable.apply: the page has begun (doc.page is its number) and holds nothing yet."""
        if doc.page % 2 == 0:
            doc.canv.leave_blank()
            doc.handle_pageBreak()


def _sheet(sheet: VillageSheet, st: Styles, read_at: datetime, mark: str) -> list:
    place = sheet.place
    lead = [a for a in sheet.agencies if a.role == AssignmentRole.LEAD]
    co = [a for a in sheet.agencies if a.role != AssignmentRole.LEAD]
    story: list = [
        SheetStart(mark),
        party_heading(sheet.issuer, sheet.place_name, read_at, CONTENT_WIDTH, st),
        Spacer(1, 6 * mm),
        Paragraph("PHIẾU THEO DÕI KẾT QUẢ THỰC HIỆN TIÊU CHÍ<br/>THÔN (LÀNG) NÔNG THÔN MỚI NĂM "
                  f"{sheet.year}", st.title),
        Paragraph(plan_reference(sheet.plan_code), st.subtitle),
        *([Paragraph(mark, st.center_bold)] if mark else []),
        Spacer(1, 4 * mm),
    ]
    location = [f"<b>Thôn (làng):</b> {markup(place.village)}", f"<b>Xã:</b> {markup(place.commune)}"]
    if place.district:
        location.append(f"<b>Huyện:</b> {markup(place.district)}")
    story.append(Paragraph("; ".join(location), st.body))
    if sheet.former:
        story.append(Paragraph(f"<i>({markup(sheet.former[0].upper() + sheet.former[1:])})</i>", st.body))
    if sheet.households is not None:
        households = f"<b>Số hộ:</b> {format_int(sheet.households)}"
        if sheet.minority_households is not None:
            households += f"; trong đó hộ đồng bào DTTS: {format_int(sheet.minority_households)}"
        story.append(Paragraph(households, st.body))
    story.append(Paragraph(f"<b>{ASSIGNMENT_ROLE[lead[0].role] if lead else 'Chủ trì'}:</b> "
                           + (markup(", ".join(a.name for a in lead)) or "chưa phân công"), st.body))
    if co:
        story.append(Paragraph(f"<b>{ASSIGNMENT_ROLE[co[0].role]}:</b> " + markup(", ".join(a.name for a in co)),
                               st.body))
    story += [*heading("I. TỔ HỖ TRỢ", st), _team_table(sheet, st), Spacer(1, 1 * mm),
              *heading(f"II. KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ NĂM {sheet.year}", st),
              *_checklist_table(sheet, st), *attachment_list(sheet, st), Spacer(1, 3 * mm)]
    progress = sheet.progress
    verdict = ("Thôn (làng) <b>đạt chuẩn</b> nông thôn mới." if progress.meets_standard
               else "Thôn (làng) <b>chưa đạt chuẩn</b> nông thôn mới.")
    story.append(Paragraph(
        f"<b>Tổng hợp:</b> đạt {progress.met}/{progress.total} tiêu chí; chưa đạt {progress.not_met}; "
        f"đang thực hiện {progress.in_progress}; chưa đánh giá {progress.not_assessed}. {verdict}", st.body))
    if sheet.criteria_set.is_template:
        story.append(Paragraph(f"<i>Lưu ý: bộ tiêu chí {markup(sheet.criteria_set.code)} là bản mẫu. "
                               f"{markup(sheet.criteria_set.note)}</i>", st.small))
    *sections, last = record_sections(sheet.records, sheet.year, st, start=3, width=CONTENT_WIDTH,
                                     attachments=sheet.attachments)
    for section in sections:
        story += section
    # The signatures never stand alone on a page: they keep the last section with them.
    story.append(KeepTogether([*last, Spacer(1, 4 * mm), *_signatures(sheet, st)]))
    return story


def _team_table(sheet: VillageSheet, st: Styles) -> Table:
    rows = [[Paragraph(h, st.cell_bold) for h in ("TT", "Họ và tên", "Chức vụ, cơ quan", "Vai trò", "Điện thoại")]]
    for number, member in enumerate(sheet.members, start=1):
        position = ", ".join(part for part in (member.position, member.agency) if part)
        rows.append([Paragraph(str(number), st.cell), Paragraph(markup(member.full_name), st.cell),
                     Paragraph(markup(position), st.cell), Paragraph(TEAM_ROLE[member.role], st.cell),
                     Paragraph(markup(member.phone), st.cell)])
    if not sheet.members:
        rows.append([Paragraph("Chưa có tổ hỗ trợ.", st.cell), "", "", "", ""])
    widths = [9 * mm, 38 * mm, CONTENT_WIDTH - 9 * mm - 38 * mm - 24 * mm - 25 * mm, 24 * mm, 25 * mm]
    table = RowSplittingTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(grid_style()))
    return table


def _checklist_table(sheet: VillageSheet, st: Styles) -> list:
    """The table, then the evidence and notes too long for its cells (exports/long_cells.py)."""
    headers = ("TT", "Tiêu chí và yêu cầu", "Kết quả", "Minh chứng", "Ghi chú")
    rows = [[Paragraph(h, st.cell_bold) for h in headers]]
    long = LongCells(st)
    commands = grid_style()
    group = None
    for row in sheet.checklist:
        if row.group_name != group:
            group = row.group_name
            rows.append([Paragraph(f"{roman(row.group_order)}. {markup(group).upper()}", st.cell_bold), "", "", "", ""])
            commands += [("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)),
                         ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), "#F2F2F2")]
        status = STATUS[row.status]
        status_cell = Paragraph(f"<b>{status}</b>" if row.status == CriterionStatus.MET else status, st.cell)
        criterion = [Paragraph(f"<b>{markup(row.name)}</b>", st.cell)]
        if row.requirement:
            criterion.append(Paragraph(markup(row.requirement), st.cell_small))
        rows.append([Paragraph(str(row.number), st.cell), criterion, status_cell,
                     *(long.cell(markup(text), f"Tiêu chí {row.number}, {header}", st.cell)
                       for text, header in ((row.evidence, headers[3]), (row.note, headers[4])))])
    widths = [9 * mm, 68 * mm, 28 * mm]
    rest = CONTENT_WIDTH - sum(widths)
    table = RowSplittingTable(rows, colWidths=[*widths, rest * 0.55, rest * 0.45], repeatRows=1)
    table.setStyle(TableStyle(commands))
    return [table, *long.after()]


def _signatures(sheet: VillageSheet, st: Styles) -> list:
    leader = next((m.full_name for m in sheet.members if m.role == TeamRole.LEADER), "")
    left = [Paragraph(f"XÁC NHẬN CỦA UBND XÃ {markup(sheet.place.commune).upper()}", st.center_bold),
            Paragraph("(Ký, ghi rõ họ tên, đóng dấu)", st.center_italic)]
    right = [Paragraph("TỔ TRƯỞNG TỔ HỖ TRỢ", st.center_bold),
             Paragraph("(Ký, ghi rõ họ tên)", st.center_italic),
             Spacer(1, 15 * mm), Paragraph(markup(leader), st.center_bold)]
    table = Table([[left, right]], colWidths=[CONTENT_WIDTH / 2] * 2)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), st.body.fontName), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [table]

