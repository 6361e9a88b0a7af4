"""The campaign sections of a village sheet: what the village's records say about the year.

Each section is numbered on from the checklist's; a section with nothing recorded says so, so a reader can
tell "nothing happened" from "the page is missing". Choice words come from the domain's record description.
A record with files attached has, under its row, a line naming them ("Tệp đính kèm (2 tệp): …"), kept on the
page with its row; the criteria's files have their own table after the checklist (exports/evidence_annex.py).
"""

from collections.abc import Callable, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, TableStyle
from sqlmodel import SQLModel

from domain.attachments import AttachmentInfo
from domain.formatting import format_date, format_int, format_points, format_rate, roman
from domain.recording import COUNT_FIELDS, KINDS
from domain.village_records import ResourceKind
from domain.village_year import VillageYear
from exports.document import RowSplittingTable, Styles, grid_style, markup
from exports.long_cells import LongCells


def _choice(kind: str, field: str, value) -> str:
    return KINDS[kind].spec(field).choices[value]


def _label(kind: str, field: str) -> str:
    return KINDS[kind].spec(field).label


def _amount(kind: ResourceKind, amount: int) -> str:
    return f"{format_int(amount)} ngày công" if kind == ResourceKind.WORKDAYS else f"{format_int(amount)} đồng"


def _files(attachments: Sequence[AttachmentInfo]) -> dict[str, dict[int, list[AttachmentInfo]]]:
    """Table name ('visit'…) -> record id -> its files, in the order given (oldest first)."""
    found: dict[str, dict[int, list[AttachmentInfo]]] = {}
    for info in attachments:
        if info.record_table is not None:
            found.setdefault(info.record_table, {}).setdefault(info.record_id, []).append(info)
    return found


def _files_of(files: dict[str, dict[int, list[AttachmentInfo]]], record: SQLModel) -> list[AttachmentInfo]:
    """The files of one record (none: [])."""
    return files.get(record.__tablename__, {}).get(record.id, [])


def files_line(files: Sequence[AttachmentInfo], st: Styles) -> Paragraph:
    """'Tệp đính kèm (2 tệp): Biên bản.pdf; ảnh buổi họp.jpg'."""
    return Paragraph(f"Tệp đính kèm ({len(files)} tệp): " + "; ".join(markup(info.name) for info in files),
                     st.cell_small)


def _table(headers: Sequence[str], rows: list[list[str]], fractions: Sequence[float], width: float, st: Styles,
           right: Sequence[int] = (), files: Sequence[Sequence[AttachmentInfo]] = ()) -> list:
    """A numbered grid: TT first, then the columns sharing the width by `fractions`; under a row with `files`
    (one list a row, when given), a line across the columns naming them; then the texts too long for their cells
    (exports/long_cells.py)."""
    number_width = 9 * mm
    widths = [number_width, *((width - number_width) * f / sum(fractions) for f in fractions)]
    cells = [[Paragraph(h, st.cell_bold) for h in ("TT", *headers)]]
    commands = grid_style()
    long = LongCells(st)
    for number, row in enumerate(rows, start=1):
        cells.append([Paragraph(str(number), st.cell),
                      *(long.cell(value, f"Dòng {number}, {headers[column]}", st.cell_right if column in right
                                  else st.cell) for column, value in enumerate(row))])
        attached = files[number - 1] if files else ()
        if attached:
            cells.append(["", files_line(attached, st), *([""] * (len(headers) - 1))])
            at = len(cells) - 1
            commands += [("SPAN", (1, at), (-1, at)), ("SPAN", (0, at - 1), (0, at)),
                         ("NOSPLIT", (0, at - 1), (-1, at))]
    table = RowSplittingTable(cells, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return [table, *long.after()]


def record_sections(records: VillageYear, year: int, st: Styles, *, start: int, width: float,
                    attachments: Sequence[AttachmentInfo] = ()) -> list[list]:
    """One list of flowables a section, so the caller can keep the last one with what follows it. `attachments`:
    the files of the records (any others are left out), named under each record's row."""
    names = records.agency_names
    files = _files(attachments)

    def of(rows: list) -> list[list[AttachmentInfo]]:
        """The files of each of the rows (records of one kind), in their order."""
        return [_files_of(files, row) for row in rows]

    def agency(agency_id: int | None) -> str:
        return markup(names.get(agency_id, "")) if agency_id else ""

    sections: list[tuple[str, Callable[[], list]]] = [
        (f"HỘ ĐỒNG BÀO DÂN TỘC THIỂU SỐ NĂM {year}", lambda: _households(records, year, width, st, files)),
        ("MÔ HÌNH “DÂN VẬN KHÉO”", lambda: _rows_or_none(records.models, lambda: [*_table(
            ["Tên mô hình", "Lĩnh vực", "Năm bắt đầu", "Tình trạng", "Số hộ", "Cơ quan giúp đỡ"],
            [[markup(m.name), _choice("models", "field", m.field), str(m.year_started),
              _choice("models", "status", m.status), format_int(m.households), agency(m.agency_id)]
             for m in records.models], (3, 2.2, 1.3, 1.4, 1, 2.6), width, st, right=(2, 4), files=of(records.models))],
            st)),
        (f"NGUỒN LỰC HUY ĐỘNG NĂM {year}", lambda: _rows_or_none(records.contributions, lambda: [*_table(
            ["Ngày", "Nguồn", "Hình thức", "Số lượng", "Mục đích"],
            [[format_date(c.day), agency(c.agency_id) or markup(c.source_name) or _choice(
                "contributions", "source_kind", c.source_kind), _choice("contributions", "kind", c.kind),
              _amount(c.kind, c.amount), markup(c.purpose)] for c in records.contributions],
            (1.9, 2.8, 1.8, 2.4, 2.9), width, st, right=(3,), files=of(records.contributions)), Spacer(1, 1.5 * mm),
            _resource_total(records, st)], st)),
        (f"ĐI CƠ SỞ NĂM {year}", lambda: _rows_or_none(records.visits, lambda: [*_table(
            ["Ngày", "Cơ quan", "Người đi", "Nội dung làm việc", "Thống nhất, kết luận"],
            [[format_date(v.day), agency(v.agency_id), markup(v.people), markup(v.activities), markup(v.agreed)]
             for v in records.visits], (1.9, 2.2, 2, 3, 3), width, st, files=of(records.visits))], st)),
        ("KHÓ KHĂN, KIẾN NGHỊ", lambda: _rows_or_none(records.concerns, lambda: [*_table(
            ["Ngày nêu", "Nội dung", "Chuyển đến", "Tình trạng", "Kết quả giải quyết"],
            [[format_date(c.raised_on), markup(c.text), markup(c.forwarded_to), _concern_status(records, c),
              markup(c.resolution) + (f" ({format_date(c.resolved_on)})" if c.resolved_on else "")]
             for c in records.concerns], (1.9, 3.6, 1.8, 1.9, 3), width, st, files=of(records.concerns))], st)),
        ("NGƯỜI CÓ UY TÍN, GIÀ LÀNG, TRƯỞNG THÔN", lambda: _rows_or_none(records.contacts, lambda: [*_table(
            ["Họ và tên", "Vai trò", "Điện thoại", "Ghi chú"],
            [[markup(c.full_name), _choice("contacts", "role", c.role), markup(c.phone), markup(c.note)]
             for c in records.contacts], (3, 2, 2, 3), width, st, files=of(records.contacts))], st)),
        ("SÁNG KIẾN, KẾ HOẠCH PHÁT TRIỂN THÔN", lambda: _rows_or_none(records.initiatives, lambda: [*_table(
            ["Tên sáng kiến, kế hoạch", "Năm", "Tình trạng", "Ghi chú"],
            [[markup(i.title), str(i.year), _choice("initiatives", "status", i.status), markup(i.note)]
             for i in records.initiatives], (4, 1, 1.8, 3.2), width, st, right=(1,),
            files=of(records.initiatives))], st)),
    ]
    return [[Paragraph(f"{roman(start + offset)}. {title}", st.section), *body()]
            for offset, (title, body) in enumerate(sections)]


def _rows_or_none(rows: list, make: Callable[[], list], st: Styles) -> list:
    return make() if rows else [Paragraph("<i>Không có.</i>", st.body)]


def _concern_status(records: VillageYear, concern) -> str:
    status = _choice("concerns", "status", concern.status)
    return f"{status}; <b>quá 90 ngày</b>" if concern.id in records.overdue else status


def _resource_total(records: VillageYear, st: Styles) -> Paragraph:
    totals = dict.fromkeys(ResourceKind, 0)
    for contribution in records.contributions:
        totals[contribution.kind] += contribution.amount
    return Paragraph(f"<b>Cộng:</b> tiền {format_int(totals[ResourceKind.MONEY])} đồng; hiện vật quy ra "
                     f"{format_int(totals[ResourceKind.IN_KIND])} đồng; {format_int(totals[ResourceKind.WORKDAYS])} "
                     "ngày công.", st.body)


def _households(records: VillageYear, year: int, width: float, st: Styles,
                files: dict[str, dict[int, list[AttachmentInfo]]]) -> list:
    households = records.households
    if households is None:
        return [Paragraph(f"<i>Chưa có số liệu năm {year}.</i>", st.body)]
    attached = _files_of(files, households.record)
    rows = [[_label("households", name), format_int(households.indicators[name].count),
             format_rate(households.indicators[name].rate), format_points(households.indicators[name].change_previous),
             format_points(households.indicators[name].change_base)] for name in COUNT_FIELDS]
    return [Paragraph(f"Tổng số hộ đồng bào DTTS: {format_int(households.record.minority_households)}", st.body),
            Spacer(1, 1.5 * mm),
            *_table(["Chỉ tiêu", "Số hộ", "Tỉ lệ", "So với năm trước (điểm %)", "So với năm đầu kế hoạch (điểm %)"],
                   rows, (4, 1.2, 1.2, 2, 2.4), width, st, right=(1, 2, 3, 4)),
            *([Spacer(1, 1.5 * mm), files_line(attached, st)] if attached else [])]
