"""Writing what people typed into a workbook cell so that it stays text.

openpyxl turns a string starting with "=" into a formula. Excel keeps any stored string as text when it opens
the file, but re-reads a cell the user confirms with Enter: "-2 hộ" or "+84 905…" then become a formula or
#NAME?. The quote prefix (Excel's leading apostrophe, invisible) keeps such text text after an edit too.
"""

from openpyxl.cell.cell import Cell

FORMULA_STARTS = ("=", "+", "-", "@")


def put_text(cell: Cell, value: str) -> None:
    """Write `value` into `cell` as a string, never as a formula."""
    cell.value = value
    cell.data_type = "s"
    if value.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
