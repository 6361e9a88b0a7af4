"""What every workbook we write does alike: text people typed stays text, and sheets print as A4 landscape.

openpyxl turns a string starting with "=" into a formula. Excel keeps any stored string as text when it opens
the file, but re-reads a cell the user confirms with Enter: "-2 hộ" or "+84 905…" then become a formula or
#NAME?. The quote prefix (Excel's leading apostrophe, invisible) keeps such text text after an edit too.
"""

import math
from collections.abc import Sequence

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_STARTS = ("=", "+", "-", "@")


def put_text(cell: Cell, value: str) -> None:
    """Write `value` into `cell` as a string, never as a formula."""
    cell.value = value
    cell.data_type = "s"
    if value.startswith(FORMULA_STARTS):
        cell.quotePrefix = True


def print_landscape(worksheet: Worksheet, footer_left: str = "", footer_center: str = "") -> None:
    """A4 landscape, fitted to the page width (as many pages down as it takes); with a footer (plain text, see
    footer_text), "Trang x/y" on its right."""
    worksheet.page_setup.orientation = "landscape"
    worksheet.page_setup.paperSize = worksheet.PAPERSIZE_A4
    worksheet.page_setup.fitToWidth = 1
    worksheet.page_setup.fitToHeight = 0
    worksheet.sheet_properties.pageSetUpPr.fitToPage = True
    if footer_left or footer_center:
        worksheet.oddFooter.left.text = footer_text(footer_left) or None
        worksheet.oddFooter.center.text = footer_text(footer_center) or None
        worksheet.oddFooter.right.text = "Trang &P/&N"


MAX_ROW_HEIGHT = 409.0
"""Excel's tallest row, in points: a 4.000-character evidence would ask for 1.300 (Excel then repairs the file)."""
FOOTER_PART = 120
"""Characters of a footer's part: Excel refuses a header or footer of more than 255 characters in all (two
parts and "Trang &P/&N")."""


def wrapped_height(values: Sequence[str], widths: Sequence[float]) -> float:
    """A row tall enough for its wrapped text in columns of `widths`: spreadsheet programs keep a written file's
    row heights rather than fitting them on opening (LibreOffice does not fit them at all). At most Excel's
    tallest row; a longer text is read by widening the row or in the cell's edit line."""
    lines = max(math.ceil(len(value) / (width * 1.15)) or 1 for value, width in zip(values, widths, strict=True))
    return min(15.0 * lines, MAX_ROW_HEIGHT)


def footer_text(text: str) -> str:
    """`text` as a footer part: "&" doubled (a lone one starts a code), cut to FOOTER_PART characters with "…"."""
    text = text.replace("&", "&&")
    if len(text) <= FOOTER_PART:
        return text
    cut = text[:FOOTER_PART - 1]
    if (len(cut) - len(cut.rstrip("&"))) % 2:
        cut = cut[:-1]  # never half of a doubled "&"
    return cut.rstrip() + "…"
