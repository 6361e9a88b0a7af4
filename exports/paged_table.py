"""A table of thousands of rows laid out a page at a time, in time proportionate to its rows.

At a page's foot reportlab splits a Table by copying every row left into a new Table, whose rows it then styles
and measures again: for the summary's 10,000 villages with an overdue difficulty that was 275 copies of up to
10,000 rows, the most of the PDF's time. A PagedTable makes a Table of its next ROWS rows only (more than a page
holds); reportlab splits that one where it would have split the whole, and the rows the page did not take start
the next PagedTable. The pages are the same as the whole table's.
"""

from collections.abc import Callable

from reportlab.platypus import Flowable, Table

ROWS = 100
"""Rows made into a Table at a time: more than an A4 page holds (rows are at least 17 points high)."""


class PagedTable(Flowable):
    """The body rows from `start` on, `part(start, stop)` making the Table (header rows first) of rows start:stop."""

    def __init__(self, part: Callable[[int, int], Table], rows: int, header_rows: int, start: int = 0) -> None:
        super().__init__()
        self._part, self._rows, self._header_rows, self._start = part, rows, header_rows, start
        self._table = part(start, min(rows, start + ROWS))

    def last_table(self) -> Table | None:
        """The Table of its rows when they are the last (no more follow)."""
        return None if self._more() else self._table

    def _more(self) -> bool:
        return self._start + ROWS < self._rows

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        width, height = self._table.wrap(availWidth, availHeight)
        if self._more():
            height = max(height, availHeight + 1)  # never drawn whole while rows follow: always split
        self.width, self.height = width, height
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = self._table.split(availWidth, availHeight)
        if not self._more() or not parts:
            return parts
        laid = parts[0]._nrows - self._header_rows
        return [parts[0], PagedTable(self._part, self._rows, self._header_rows, self._start + laid)]

    def draw(self) -> None:
        self._table.drawOn(self.canv, 0, 0)
