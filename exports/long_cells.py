"""Texts too long for a table's narrow cell, printed in full after the table at the width of the page.

Evidence and notes may hold 4.000 characters, a visit's content or a difficulty 2.000: in a cell of 30 mm
that is four pages of a dozen letters a line. Such a cell shows the start of its text and "(xem tiếp (1) dưới
bảng)"; under the table, "(1) Tiêu chí 2, Minh chứng: …" carries the whole text in ordinary lines. Short
texts stay in their cells, as before.
"""

import html
import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from exports.document import Styles, markup

LONG_CELL = 400
"""A cell's text longer than this many characters is printed after the table."""
START = 120
"""How many characters of a long text its cell still shows."""

_TAG = re.compile(r"<[^>]*>")


def _plain(value: str) -> str:
    """Paragraph markup (escaped text, <br/>, <b>) back to the text a reader sees."""
    return html.unescape(_TAG.sub(" ", value.replace("<br/>", "\n")))


class LongCells:
    """One table's long cells: `cell` gives what the table holds, `after` what follows the table."""

    def __init__(self, st: Styles) -> None:
        self.style = ParagraphStyle("long_cell", st.cell, spaceAfter=1.5 * mm)
        self.notes: list[Paragraph] = []

    def cell(self, value: str, where: str, style: ParagraphStyle) -> Paragraph:
        """The cell for `value` (Paragraph markup); `where` names it under the table ("Tiêu chí 2, Minh chứng")."""
        plain = _plain(value)
        if len(plain) <= LONG_CELL:
            return Paragraph(value, style)
        number = len(self.notes) + 1
        self.notes.append(Paragraph(f"<b>({number}) {markup(where)}:</b> {value}", self.style))
        start = " ".join(plain[:START].split())
        return Paragraph(f"{markup(start)}… <i>(xem tiếp ({number}) dưới bảng)</i>", style)

    def after(self) -> list:
        """The long texts in full, a little apart from the table; nothing when every text fitted its cell."""
        return [Spacer(1, 1.5 * mm), *self.notes] if self.notes else []
