"""Tall rows of a long table sized as they come into view, never the whole table at once.

`QTableView.resizeRowsToContents` measures every cell of every row: 8,109 lines of a 477-village update workbook
took seconds, with the dialog frozen. A table scrolled per item (its scroll bar counts rows, not pixels) can size
only the rows on screen: rows above or below keep their height until they are scrolled to, and the view does not
jump when they change, since the top row stays the top row.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QTableView


class ViewportShown(QObject):
    """Calls `shown` whenever `view`'s viewport is shown or resized: it then shows other rows."""

    def __init__(self, view: QAbstractItemView, shown: Callable[[], object]) -> None:
        super().__init__(view)
        self.shown = shown
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Overrides QObject.eventFilter."""
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            self.shown()
        return False


class RowsInView(QObject):
    """Keeps the rows on screen of `table` as tall as their wrapped contents: on showing, scrolling, resizing,
    a new set of rows, or a column made wider or narrower (then every row is measured again when it is shown)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.sized: set[int] = set()
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        table.verticalScrollBar().valueChanged.connect(self.fit)
        table.horizontalHeader().sectionResized.connect(self.measure_again)
        table.model().modelReset.connect(self.measure_again)
        ViewportShown(table, self.fit)

    def measure_again(self, *_args) -> None:
        self.sized.clear()
        self.fit()

    def fit(self, *_args) -> None:
        """Size the rows from the top one on screen down to the viewport's bottom edge."""
        table, rows = self.table, self.table.model().rowCount()
        row, bottom = table.rowAt(0), table.viewport().height()
        if row < 0 or not table.isVisible():
            return
        while row < rows and table.rowViewportPosition(row) < bottom:
            if row not in self.sized:
                self.sized.add(row)
                table.resizeRowToContents(row)
            row += 1
