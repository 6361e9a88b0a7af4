"""The first sheet of an agency's file: its villages with their progress, its people in the support teams,
and what the agency mobilised in the year. The sheets of its villages follow. Figures not approved are marked
(domain/approval.py): each village's "chưa duyệt", and the sheet's heading and page foot while any is."""

from collections.abc import Callable
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, TableStyle

from domain.agency_sheet import AgencySheet
from domain.approval import NOT_APPROVED, Approval
from domain.formatting import format_int, format_percent
from domain.labels import ASSIGNMENT_ROLE, TEAM_ROLE
from exports.document import (
    RowSplittingTable,
    SheetStart,
    Styles,
    content_width,
    grid_style,
    heading,
    markup,
    party_heading,
    plan_reference,
)

WIDTH = content_width()


def agency_cover(sheet: AgencySheet, approval: Approval | None = None) -> Callable[[Styles, datetime], list]:
    approval = approval or Approval()
    mark = approval.page_mark([row.place.village_id for row in sheet.villages])

    def story(st: Styles, read_at: datetime) -> list:
        progress, campaign = sheet.progress.all, sheet.campaign
        rows = [[Paragraph(h, st.cell_bold) for h in ("TT", "Thôn (làng)", "Xã", "Huyện", "Vai trò", "Tiêu chí đạt",
                                                       "Tổ trưởng", "Đi cơ sở", "Khó khăn quá hạn")]]
        for number, row in enumerate(sheet.villages, start=1):
            met = f"{row.progress.met}/{row.progress.total}" + ("<br/><b>đạt chuẩn</b>" if row.progress.meets_standard
                                                                else "")
            if approval.word([row.place.village_id]) == NOT_APPROVED:
                met += f"<br/><i>{NOT_APPROVED}</i>"
            rows.append([Paragraph(str(number), st.cell), Paragraph(markup(row.place.village), st.cell),
                         Paragraph(markup(row.place.commune), st.cell),
                         Paragraph(markup(row.place.district or ""), st.cell),
                         Paragraph(ASSIGNMENT_ROLE[row.role], st.cell), Paragraph(met, st.cell),
                         Paragraph(markup(row.team_leader), st.cell), Paragraph(str(row.visits), st.cell_right),
                         Paragraph(str(row.overdue_concerns), st.cell_right)])
        widths = [9 * mm, 27 * mm, 20 * mm, 20 * mm, 17 * mm, 18 * mm, 27 * mm, 13 * mm]
        villages = RowSplittingTable(rows, colWidths=[*widths, WIDTH - sum(widths)], repeatRows=1)
        villages.setStyle(TableStyle(grid_style()))
        people_rows = [[Paragraph(h, st.cell_bold) for h in ("TT", "Họ và tên", "Chức vụ", "Thôn (làng)",
                                                              "Vai trò trong tổ")]]
        people_rows += [[Paragraph(str(n), st.cell), Paragraph(markup(p.full_name), st.cell),
                         Paragraph(markup(p.position), st.cell), Paragraph(markup(p.village), st.cell),
                         Paragraph(TEAM_ROLE[p.role], st.cell)] for n, p in enumerate(sheet.people, start=1)]
        people = RowSplittingTable(people_rows, colWidths=[9 * mm, 45 * mm, 45 * mm, 40 * mm, WIDTH - 139 * mm],
                                   repeatRows=1)
        people.setStyle(TableStyle(grid_style()))
        return [
            SheetStart(mark),
            party_heading(sheet.issuer, sheet.place_name, read_at, WIDTH, st),
            Spacer(1, 6 * mm),
            Paragraph(f"PHIẾU THEO DÕI CÁC THÔN (LÀNG) DO {markup(sheet.agency).upper()}<br/>PHỤ TRÁCH, GIÚP ĐỠ "
                      f"NĂM {sheet.year}", st.title),
            Paragraph(plan_reference(sheet.plan_code), st.subtitle),
            *([Paragraph(mark, st.center_bold)] if mark else []),
            Spacer(1, 4 * mm),
            Paragraph(f"Chủ trì {sheet.progress.lead.villages} thôn, phối hợp {sheet.progress.co_support.villages} "
                      f"thôn; {progress.villages_meeting}/{progress.villages} thôn đạt chuẩn; đạt "
                      f"{format_percent(progress.criteria_met, progress.criteria_total)} số tiêu chí. Năm "
                      f"{sheet.year}: {campaign.visits} lượt đi cơ sở; huy động tiền {format_int(campaign.money_vnd)} "
                      f"đồng, hiện vật {format_int(campaign.in_kind_vnd)} đồng, {format_int(campaign.workdays)} ngày "
                      f"công; {campaign.open_concerns} khó khăn, kiến nghị chưa giải quyết "
                      f"({campaign.overdue_concerns} quá 90 ngày).", st.body),
            *heading("I. CÁC THÔN (LÀNG) PHỤ TRÁCH", st), villages, Spacer(1, 1 * mm),
            *heading("II. CÁN BỘ THAM GIA TỔ HỖ TRỢ", st), people,
            Spacer(1, 3 * mm),
            Paragraph("<i>Phiếu theo dõi của từng thôn (làng) ở các trang sau.</i>", st.small),
        ]

    return story
