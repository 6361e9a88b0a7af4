"""The frame of every printed page: A4, embedded fonts, the Party-document heading, "Trang x/y", the footer.

The heading follows the Party format (Hướng dẫn 36-HD/VPTW): "ĐẢNG CỘNG SẢN VIỆT NAM" 15 bold with a line under
it as long as the words, the issuing body 14 bold capitals (its superior body above it, 14 upright) with "*" under
it, the place and date 14 italic; the document's title 15 bold. The office's settings (domain/document_settings)
give the issuing body, place and signers; the plan gives what they leave blank.

Page numbers count within each sheet: a `SheetStart` flowable marks where a sheet begins, and the canvas
numbers the pages of each sheet once the whole document is laid out.
"""

from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from domain.document_settings import DocumentSettings
from domain.formatting import date_in_words, format_date
from exports.fonts import BOLD, ITALIC, REGULAR, register_fonts
from exports.paged_table import PagedTable

PAGE = A4
MARGINS = {"leftMargin": 25 * mm, "rightMargin": 15 * mm, "topMargin": 18 * mm, "bottomMargin": 18 * mm}


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    bold: ParagraphStyle
    italic: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    center_bold: ParagraphStyle
    center_italic: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    cell_right: ParagraphStyle
    cell_right_bold: ParagraphStyle
    section: ParagraphStyle
    party: ParagraphStyle
    issuer: ParagraphStyle
    superior: ParagraphStyle
    place_date: ParagraphStyle
    document: DocumentSettings
    """The office's settings the document prints (heading, signers); its typeface is bound by the caller
    (exports/fonts.document_fonts)."""


PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"


def styles(document: DocumentSettings | None = None) -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=11, leading=14)
    heading = ParagraphStyle("heading", body, fontSize=14, leading=17, alignment=TA_CENTER)
    return Styles(
        party=ParagraphStyle("party", heading, fontName=BOLD, fontSize=15, leading=18),
        issuer=ParagraphStyle("issuer", heading, fontName=BOLD),
        superior=heading,
        place_date=ParagraphStyle("place_date", heading, fontName=ITALIC),
        document=document or DocumentSettings(),
        body=body,
        small=ParagraphStyle("small", body, fontSize=9, leading=11),
        bold=ParagraphStyle("bold", body, fontName=BOLD),
        italic=ParagraphStyle("italic", body, fontName=ITALIC),
        title=ParagraphStyle("title", body, fontName=BOLD, fontSize=15, leading=19, alignment=TA_CENTER),
        subtitle=ParagraphStyle("subtitle", body, fontName=ITALIC, alignment=TA_CENTER),
        center_bold=ParagraphStyle("center_bold", body, fontName=BOLD, alignment=TA_CENTER),
        center_italic=ParagraphStyle("center_italic", body, fontName=ITALIC, alignment=TA_CENTER),
        cell=ParagraphStyle("cell", body, fontSize=9.5, leading=12),
        cell_bold=ParagraphStyle("cell_bold", body, fontName=BOLD, fontSize=9.5, leading=12),
        cell_small=ParagraphStyle("cell_small", body, fontName=ITALIC, fontSize=8.5, leading=10.5),
        cell_right=ParagraphStyle("cell_right", body, fontSize=9.5, leading=12, alignment=TA_RIGHT),
        cell_right_bold=ParagraphStyle("cell_right_bold", body, fontName=BOLD, fontSize=9.5, leading=12,
                                       alignment=TA_RIGHT),
        section=ParagraphStyle("section", body, fontName=BOLD, spaceBefore=4 * mm, spaceAfter=1.5 * mm,
                               keepWithNext=1),
    )


def content_width(pagesize: tuple[float, float] = PAGE) -> float:
    """The width between the margins of a page of that size."""
    return pagesize[0] - MARGINS["leftMargin"] - MARGINS["rightMargin"]


def markup(value: str) -> str:
    """Text typed by a user as Paragraph markup: "<", "&" kept as they are, line breaks kept."""
    return escape(value).replace("\n", "<br/>")


class CentredRule(Flowable):
    """A solid line of `length`, centred in its frame: the line under "ĐẢNG CỘNG SẢN VIỆT NAM"."""

    def __init__(self, length: float, thickness: float = 0.6) -> None:
        super().__init__()
        self.length, self.thickness = length, thickness
        self.height = 2 * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Overrides Flowable.wrap: the whole width, so the line can be centred in it."""
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        self.canv.setLineWidth(self.thickness)
        start = (self.width - self.length) / 2
        self.canv.line(start, self.height - 0.8 * mm, start + self.length, self.height - 0.8 * mm)


def plan_reference(code: str) -> str:
    """The line under a sheet's title: "(Thực hiện Kế hoạch số 133-KH/TU)"; a code with brackets of its own
    ("133-KH/TU (MẪU)") is not put in a second pair."""
    words = f"Thực hiện Kế hoạch số {markup(code)}"
    return words if "(" in code or ")" in code else f"({words})"


def party_heading(issuer: str, place: str, day: datetime, width: float, st: Styles) -> Table:
    """The issuing body on the left (its superior body above it, "*" under it), "ĐẢNG CỘNG SẢN VIỆT NAM" with its
    line and the place-and-date line on the right. `issuer` and `place` are the plan's: the office's settings
    (st.document) replace them when set."""
    document = st.document.for_plan(issuer, place)
    left = [Paragraph(markup(document.superior_body.upper()), st.superior)] if document.superior_body else []
    left += [Paragraph(markup(document.issuing_body.upper()), st.issuer), Paragraph("*", st.issuer)]
    right = [
        Paragraph(PARTY, st.party),
        CentredRule(stringWidth(PARTY, st.party.fontName, st.party.fontSize)),
        Paragraph(date_in_words(document.place, day.date()), st.place_date),
    ]
    table = Table([[left, right]], colWidths=[width * 0.42, width * 0.58])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def signature_block(width: float, st: Styles) -> Table:
    """The preparer on the left, the signer on the right (capacity such as "T/M BAN THƯỜNG VỤ" and title in bold
    capitals), room to sign, then both names in bold on one line, as the office's settings give them; a part not
    set is left out."""
    document = st.document
    left = [Paragraph(markup((document.preparer_title or "Người lập biểu").upper()), st.center_bold)]
    right = [Paragraph(markup(text.upper()), st.center_bold)
             for text in (document.signer_capacity, document.signer_title) if text]
    right.append(Paragraph("(Ký, ghi rõ họ tên)", st.center_italic))
    names = [Paragraph(markup(name), st.center_bold) for name in (document.preparer_name, document.signer_name)]
    table = Table([[left, right], ["", ""], names], colWidths=[width * 0.45, width * 0.55],
                  rowHeights=[None, 20 * mm, None])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


CARRIED_ROWS = 2
"""A table's last rows that go over to the next page with the signers when these do not fit under it."""


class SignedEnd(Flowable):
    """The report's last flowable (a table, or a sentence) followed by the signers (`tail`), never the signers alone
    on a page: when they do not fit under it, the table's last CARRIED_ROWS rows (a sentence whole) go over with
    them. It never draws itself: at each frame it splits into the flowables that fit there."""

    def __init__(self, last: Flowable, tail: list[Flowable]) -> None:
        super().__init__()
        self._last, self._tail, self._moved = last, tail, False

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, availHeight + 1  # always split, into what fits
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        height = self._last.wrap(availWidth, availHeight)[1]
        tail = sum(flowable.wrap(availWidth, availHeight)[1] for flowable in self._tail)
        if height + tail <= availHeight or self._moved:  # all fit (or, moved once, never will: as they come)
            return [self._last, KeepTogether(self._tail)]
        cut = availHeight
        if height <= availHeight:  # the last fits alone: split it before its last rows
            header, heights = _row_heights(self._last)
            if len(heights) - header <= CARRIED_ROWS:  # no body row would stay: all to the next page
                self._moved = True
                return []
            cut = sum(heights[:-CARRIED_ROWS]) + 0.01
        parts = self._last.split(availWidth, cut)
        if len(parts) < 2:
            self._moved = True
            return []
        return [*parts[:-1], SignedEnd(parts[-1], self._tail)]

    def draw(self) -> None:  # never drawn whole (wrap asks for more than the frame)
        raise AssertionError("SignedEnd is split, never drawn")


def _row_heights(flowable: Flowable) -> tuple[int, list[float]]:
    """A laid-out table's header rows and the heights of all its rows (a PagedTable's when they are its last); no
    rows for anything else."""
    table = flowable.last_table() if isinstance(flowable, PagedTable) else flowable
    if not isinstance(table, Table):
        return 0, []
    return table.repeatRows, list(getattr(table, "_rowHeights", None) or [])


def signed(last: Flowable, width: float, st: Styles) -> SignedEnd:
    """`last` followed by the signature block after a gap, kept together as SignedEnd does."""
    return SignedEnd(last, [Spacer(1, 8 * mm), signature_block(width, st)])


HEADING_ROOM = 25 * mm
"""What a heading over a table needs below it on its page: its line, the table's header and a row's start."""


def heading(text: str, st: Styles) -> list:
    """A bold heading over a table, on the next page when less than HEADING_ROOM is left, so that it never
    stands alone at a page's foot (KeepTogether would move a whole table of less than a page to the next)."""
    return [CondPageBreak(HEADING_ROOM), Spacer(1, 3 * mm), Paragraph(f"<b>{text}</b>", st.body), Spacer(1, 1.5 * mm)]


def grid_style(header_rows: int = 1) -> list[tuple]:
    """Thin black grid, grey header: legible in black and white."""
    return [
        ("FONT", (0, 0), (-1, -1), REGULAR, 9.5),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#E6E6E6")),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]


class RowSplittingTable(Table):
    """A table whose tall rows split across pages (splitInRow), without a header printed twice on one page.

    reportlab first splits between rows, then lays the rest (repeated header first) in the little space left on
    the same page and splits its first row there: two headers on one page, a sliver of a row between them.
    Here a row taller than TALL_ROW that does not fit is split where it stands; a shorter one goes whole to the
    next page.
    """

    TALL_ROW = 60 * mm

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("splitInRow", 1)  # reportlab makes the parts of a split with the same class
        super().__init__(*args, **kwargs)

    def split(self, availWidth: float, availHeight: float) -> list:
        self._calc(availWidth, availHeight)
        fitting = self._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans=1)
        if fitting < len(self._rowHeights) and self._rowHeights[fitting] > self.TALL_ROW:
            return self._splitRows(availHeight, doInRowSplit=1) or self._splitRows(availHeight)
        return self._splitRows(availHeight)


class SheetStart(Flowable):
    """Zero-size marker: the page it lands on starts a new sheet (page numbering restarts); `mark` ("SỐ LIỆU CHƯA
    DUYỆT") is printed at the foot of each of the sheet's pages."""

    def __init__(self, mark: str = "") -> None:
        super().__init__()
        self.width = self.height = 0
        self.mark = mark

    def draw(self) -> None:
        self.canv.start_sheet(self.mark)


def numbered_canvas(footer_left: str, read_at: datetime) -> type[Canvas]:
    """A canvas class that writes 'Trang x/y' per sheet and a footer once the page count is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            kwargs.update(initialFontName=REGULAR, initialFontSize=9)
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self._sheet = 0
            self._blank = False
            self._marks: dict[int, str] = {}

        def start_sheet(self, mark: str = "") -> None:
            self._sheet += 1
            self._marks[self._sheet] = mark

        def leave_blank(self) -> None:
            """This page stays blank (the next sheet starts on an odd page): no footer, in no sheet's count."""
            self._blank = True

        def showPage(self) -> None:
            """Overrides Canvas.showPage: keep the page until save() knows the totals."""
            self._pages.append({**self.__dict__, "_sheet_of_page": None if self._blank else self._sheet})
            self._blank = False
            self._startPage()

        def save(self) -> None:
            """Overrides Canvas.save: draw every footer with the sheet's page count, then write."""
            totals: dict[int, int] = {}
            for page in self._pages:
                totals[page["_sheet_of_page"]] = totals.get(page["_sheet_of_page"], 0) + 1
            seen: dict[int, int] = {}
            for page in self._pages:
                sheet = page["_sheet_of_page"]
                self.__dict__.update(page)
                if sheet is not None:
                    seen[sheet] = seen.get(sheet, 0) + 1
                    self._footer(seen[sheet], totals[sheet], self._marks.get(sheet, ""))
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int, mark: str) -> None:
            width, _ = self._pagesize
            self.setFillColor(colors.black)
            y = 10 * mm
            if mark:  # a line of its own above the footer: a long plan code on the left would run into it
                self.setFont(BOLD, 8.5)
                self.drawCentredString(width / 2, y + 4 * mm, mark)
            self.setFont(REGULAR, 8.5)
            self.drawString(MARGINS["leftMargin"], y, footer_left)
            self.drawCentredString(width / 2, y - 3.5 * mm,
                                   f"Số liệu đọc lúc {read_at:%H:%M} ngày {format_date(read_at.date())}")
            self.drawRightString(width - MARGINS["rightMargin"], y, f"Trang {number}/{total}")

    return NumberedCanvas
