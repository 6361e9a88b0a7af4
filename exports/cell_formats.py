"""Cell formats registered once in a workbook and copied onto every cell that wears them.

Setting a cell's font, fill, border, alignment or protection makes openpyxl look the style up in the
workbook's lists by hashing it, and it hashes a style by walking all its attributes and those of its parts (a
border's four sides): that was 70% of writing a sheet of the update workbook. Here a format is set through
those attributes on the first cell that wears it; the cell's style array (its indices into the workbook's
lists) is then copied onto the next ones, as openpyxl itself does for a named style
(styles.styleable.NamedStyleDescriptor), without adding a named style to the file: the file is the same.
"""

from copy import copy
from dataclasses import dataclass

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection
from openpyxl.styles.cell_style import StyleArray


@dataclass(frozen=True, eq=False)
class CellFormat:
    """What a cell looks like; compared and hashed by identity, so that finding it costs nothing."""

    font: Font | None = None
    fill: PatternFill | None = None
    border: Border | None = None
    alignment: Alignment | None = None
    protection: Protection | None = None
    number_format: str | None = None


class Formats:
    """One workbook's formats: `put` styles a cell; use one Formats per workbook (the indices are its own)."""

    def __init__(self) -> None:
        self._arrays: dict[CellFormat, StyleArray] = {}

    def put(self, cell: Cell, cell_format: CellFormat) -> Cell:
        """Give `cell` the format, in place of any it had: style it before anything else does (a quote prefix)."""
        array = self._arrays.get(cell_format)
        if array is not None:
            cell._style = copy(array)
            return cell
        cell._style = StyleArray()
        for name in ("font", "fill", "border", "alignment", "protection", "number_format"):
            value = getattr(cell_format, name)
            if value is not None:
                setattr(cell, name, value)
        self._arrays[cell_format] = copy(cell._style)
        return cell
