"""The draft review report (.docx) the officer finishes in Word: the headings and paragraphs of a review in the
register of the province's reports, its figures filled from the data, the summary tables inserted, and
bracketed notes where only the officer can write (leadership, assessment, tasks ahead).
"""

from datetime import date, datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from domain.document_settings import DocumentSettings, Typeface
from domain.formatting import (
    date_in_words,
    format_date,
    format_decimal,
    format_int,
    format_percent,
    format_points,
    format_rate,
    roman,
)
from domain.recording import COUNT_FIELDS, KINDS
from domain.review import Review, indicator_sentences, model_sentence, resource_sentence, standard_sentence
from domain.unit_history import short_date
from exports.atomic import atomic_path

WORD_FONT = {Typeface.LIBERATION_SERIF: "Times New Roman", Typeface.NOTO_SERIF: "Noto Serif"}
"""The face Word is told to use: Times New Roman (the font of Party and state documents, on every Windows PC)
for the default face, which is metric-compatible with it."""
PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"


def _paragraph(document, text: str = "", *, bold: bool = False, italic: bool = False, center: bool = False,
               indent: bool = True, size: float = 14):
    paragraph = document.add_paragraph()
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            paragraph.paragraph_format.first_line_indent = Cm(1.27)
    paragraph.paragraph_format.space_after = Pt(6)
    run = paragraph.add_run(text)
    run.bold, run.italic, run.font.size = bold, italic, Pt(size)
    return paragraph


def _to_fill(document, text: str) -> None:
    """A place the officer writes: in brackets and italics, easy to find and replace."""
    _paragraph(document, f"[{text}]", italic=True)


def _table(document, headers: list[str], rows: list[list[str]]) -> None:
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, header in zip(table.rows[0].cells, headers, strict=True):
        cell.text = header
        cell.paragraphs[0].runs[0].bold = True
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    first, text_width = Cm(4), Cm(16)  # the name column wide enough for "Toàn kế hoạch", the rest shared
    others = int((text_width - first) / max(1, len(headers) - 1))
    for row in table.rows:
        for position, cell in enumerate(row.cells):
            cell.width = first if position == 0 else others
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(11)
    _paragraph(document, "", indent=False, size=6)


def _field(paragraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays the pages out."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), code)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _footer(section, plan_code: str, read_at: datetime) -> None:
    """Plan code and the time the data was read on the left, "Trang x/y" on the right, on every page."""
    paragraph = section.footer.paragraphs[0]
    paragraph.text = (f"Kế hoạch số {plan_code} · Số liệu đọc lúc {read_at:%H:%M} ngày "
                      f"{format_date(read_at.date())}\tTrang ")
    _field(paragraph, "PAGE")
    paragraph.add_run("/")
    _field(paragraph, "NUMPAGES")
    for run in paragraph.runs:
        run.font.size = Pt(9)


def _cell_text(cell, lines: list[tuple[str, dict]]) -> None:
    """A new cell's paragraphs, centred, one per (text, run attributes such as bold, italic, underline, size)."""
    for number, (text, attributes) in enumerate(lines):
        paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_after = Pt(0)
        run = paragraph.add_run(text)
        run.font.size = Pt(attributes.pop("size", 14))
        for name, value in attributes.items():
            setattr(run, name, value)


def _heading_block(document, item: Review, issued: date, settings: DocumentSettings) -> None:
    """The Party format: the issuing body 14 bold (its superior body above, 14 upright), "*" and the number under
    it; "ĐẢNG CỘNG SẢN VIỆT NAM" 15 bold and underlined, the place and date 14 italic."""
    report = item.summary
    settings = settings.for_plan(report.issuer, report.place_name)
    table = document.add_table(rows=2, cols=2)
    left, right = table.rows[0].cells
    superior = [(settings.superior_body.upper(), {})] if settings.superior_body else []
    _cell_text(left, [*superior, (settings.issuing_body.upper(), {"bold": True}), ("*", {"bold": True})])
    _cell_text(right, [(PARTY, {"bold": True, "underline": True, "size": 15})])
    _cell_text(table.rows[1].cells[0], [("Số      -BC/...", {})])
    _cell_text(table.rows[1].cells[1], [(date_in_words(settings.place, issued), {"italic": True})])


def _signature(document, settings: DocumentSettings) -> None:
    """'Nơi nhận' on the left; the signer's capacity, title and name on the right (brackets where not set)."""
    signature = document.add_table(rows=1, cols=2)
    signature.rows[0].cells[0].text = "Nơi nhận:\n- Như trên,\n- Lưu Văn phòng."
    _cell_text(signature.rows[0].cells[1], [
        ((settings.signer_capacity or "T/M Ban Thường vụ").upper(), {"bold": True}),
        (settings.signer_title.upper() or "[chức vụ]", {"bold": True}),
        ("", {}), ("", {}), ("", {}),
        (settings.signer_name or "[họ và tên]", {"bold": True}),
    ])


def write_review_docx(item: Review, target: Path, *, read_at: datetime | None = None,
                      document_settings: DocumentSettings | None = None,
                      reorganised_on: tuple[date, ...] = ()) -> Path:
    """Write the draft to `target` (whole or not at all), with the office's heading, signer and typeface. Its tables
    are by the units of `item.summary`'s places, named under the section's heading (`summary.units_said`);
    `reorganised_on`: the effective days of the reorganisations within the years reviewed, said before the table."""
    settings = document_settings or DocumentSettings()
    font = WORD_FONT[settings.typeface]
    read_at = read_at or datetime.now()
    issued = read_at.date()
    report = item.summary
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    style = document.styles["Normal"]
    style.font.name = font
    style.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    style.font.size = Pt(14)
    _footer(section, report.plan_code, read_at)

    _heading_block(document, item, issued, settings)
    period = f"năm {item.last}" if item.years == 1 else f"{item.years} năm ({item.first}–{item.last})"
    kind = "Báo cáo kết quả" if item.years == 1 else "Báo cáo sơ kết"
    _paragraph(document, "BÁO CÁO", bold=True, center=True, size=15)
    _paragraph(document, f"{kind} {period} thực hiện Kế hoạch số {report.plan_code} — {report.plan_title}",
               bold=True, center=True)
    _paragraph(document, "-----", center=True)
    _paragraph(document, f"Thực hiện Kế hoạch số {report.plan_code}, Ban Thường vụ báo cáo kết quả thực hiện "
                         f"{period} như sau:")

    _paragraph(document, "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TỔ CHỨC THỰC HIỆN", bold=True, indent=False)
    _paragraph(document, f"Ban Thường vụ đã phân công {item.agencies} cơ quan, đơn vị cấp tỉnh phụ trách, giúp đỡ "
                         f"{item.villages} thôn (làng); mỗi thôn có tổ hỗ trợ do cơ quan chủ trì cử cán bộ tham gia.")
    _to_fill(document, "Đồng chí bổ sung: việc ban hành văn bản, quán triệt, kiểm tra, giám sát")

    _paragraph(document, "II. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    _paragraph(document, "1. Kết quả xây dựng thôn (làng) nông thôn mới", bold=True, indent=False)
    _paragraph(document, standard_sentence(item))
    if reorganised_on:
        days = ", ".join(f"ngày {short_date(day)}" for day in reorganised_on)
        _paragraph(document, f"Trong thời gian báo cáo, đơn vị hành chính được sắp xếp lại (có hiệu lực từ {days}); "
                             f"số liệu theo địa bàn dưới đây tính theo đơn vị hành chính năm {item.last}.")
    if report.units_said:
        _paragraph(document, f"(Số liệu {report.units_said})", italic=True, center=True, size=12)
    groups = report.groups
    _table(document, ["Địa bàn", "Số thôn", "Thôn đạt chuẩn", "Bình quân tiêu chí/thôn",
                      *[f"{roman(g.order)}. {g.name}" for g in groups]],
           [[area.name if area.is_district else f"– {area.name}", format_int(area.progress.villages),
             format_int(area.progress.villages_meeting), format_decimal(area.progress.average_met),
             *[format_percent(*area.group_share(g)) for g in groups]] for area in report.areas])

    _paragraph(document, "2. Kết quả Cuộc vận động đối với hộ đồng bào dân tộc thiểu số", bold=True, indent=False)
    sentences = indicator_sentences(item)
    if sentences:
        for sentence in sentences:
            _paragraph(document, sentence)
        labels = {spec.name: spec.label for spec in KINDS["households"].fields}
        _table(document, ["Chỉ tiêu", "Số hộ", "Tỉ lệ", f"So với năm {item.compared_with} (điểm %)"],
               [[labels[name], format_int(item.campaign.indicators[name].count),
                 format_rate(item.campaign.indicators[name].rate),
                 format_points(item.campaign.indicators[name].change_base)] for name in COUNT_FIELDS])
    else:
        _to_fill(document, f"Chưa có thôn nào báo cáo số liệu hộ năm {item.last}; đồng chí bổ sung")

    _paragraph(document, "3. Mô hình “Dân vận khéo”, nguồn lực huy động", bold=True, indent=False)
    _paragraph(document, model_sentence(item))
    _paragraph(document, resource_sentence(item))

    _paragraph(document, "III. ĐÁNH GIÁ CHUNG", bold=True, indent=False)
    _paragraph(document, "1. Ưu điểm", bold=True, indent=False)
    _to_fill(document, "Đồng chí bổ sung")
    _paragraph(document, "2. Hạn chế, khó khăn", bold=True, indent=False)
    overdue = report.overdue
    if overdue:
        _paragraph(document, f"Còn {len(overdue)} thôn có khó khăn, kiến nghị quá 90 ngày chưa được giải quyết: "
                             + "; ".join(f"{o.place.village} (xã {o.place.commune})" for o in overdue) + ".")
    if report.not_assessed:
        _paragraph(document, f"{len(report.not_assessed)} thôn chưa được rà soát, đánh giá tiêu chí năm {item.last}.")
    _to_fill(document, "Đồng chí bổ sung nguyên nhân")

    _paragraph(document, "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", bold=True, indent=False)
    _to_fill(document, "Đồng chí bổ sung")
    _paragraph(document, "", indent=False)
    _signature(document, settings)
    with atomic_path(target) as temporary:
        document.save(str(temporary))
    return target
