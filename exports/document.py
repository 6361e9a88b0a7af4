"""The frame of every printed page: A4, embedded fonts, the Party-document heading, "Trang x/y", the footer.

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
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from domain.formatting import date_in_words, format_date
from exports.fonts import BOLD, ITALIC, REGULAR, register_fonts

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


def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=11, leading=14)
    return Styles(
        body=body,
        small=ParagraphStyle("small", body, fontSize=9, leading=11),
        bold=ParagraphStyle("bold", body, fontName=BOLD),
        italic=ParagraphStyle("italic", body, fontName=ITALIC),
        title=ParagraphStyle("title", body, fontName=BOLD, fontSize=13, leading=17, alignment=TA_CENTER),
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


def party_heading(issuer: str, place: str, day: datetime, width: float, st: Styles) -> Table:
    """Issuing body on the left, 'ĐẢNG CỘNG SẢN VIỆT NAM' and the place-and-date line on the right."""
    left = [Paragraph(issuer.upper(), st.center_bold), Paragraph("*", st.center_bold)]
    right = [
        Paragraph("<u>ĐẢNG CỘNG SẢN VIỆT NAM</u>", st.center_bold),
        Paragraph(date_in_words(place, day.date()), st.center_italic),
    ]
    table = Table([[left, right]], colWidths=[width * 0.42, width * 0.58])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


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
    """Zero-size marker: the page it lands on starts a new sheet (page numbering restarts)."""

    def __init__(self) -> None:
        super().__init__()
        self.width = self.height = 0

    def draw(self) -> None:
        self.canv.start_sheet()


def numbered_canvas(footer_left: str, read_at: datetime) -> type[Canvas]:
    """A canvas class that writes 'Trang x/y' per sheet and a footer once the page count is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            kwargs.update(initialFontName=REGULAR, initialFontSize=9)
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self._sheet = 0
            self._blank = False

        def start_sheet(self) -> None:
            self._sheet += 1

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
                    self._footer(seen[sheet], totals[sheet])
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            width, _ = self._pagesize
            self.setFont(REGULAR, 8.5)
            self.setFillColor(colors.black)
            y = 10 * mm
            self.drawString(MARGINS["leftMargin"], y, footer_left)
            self.drawCentredString(width / 2, y - 3.5 * mm,
                                   f"Số liệu đọc lúc {read_at:%H:%M} ngày {format_date(read_at.date())}")
            self.drawRightString(width - MARGINS["rightMargin"], y, f"Trang {number}/{total}")

    return NumberedCanvas
