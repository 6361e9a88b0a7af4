"""Read-only table models in one shape: a list of row objects, columns described once.

Each table of the window (support team, agencies, an agency's villages, village records) is a `RowTableModel`
given its columns; the row object itself is available under `ROW_ROLE`. Rows that need the reader's attention
(an overdue difficulty) are written bold in dark red when `emphasis` says so.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Index = QModelIndex | QPersistentModelIndex
FIT_ROWS = 60
"""Rows a table measures to fit its columns to their contents (the visible ones first): Qt's default of 1,000
made the campaign page's 600 communes × 17 columns take ~1 s at 10,000 villages."""
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    title: Callable[[], str]
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[Any], str] | None = None
    decoration: Callable[[Any], Any] | None = None
    """An icon before the text (a record's paperclip), or None."""


Answer = Callable[[int, int], Any]
"""How a model answers one role: the value for (row, column), a valid cell's."""
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
OVERDUE_COLOUR = "#9c1c1c"


class RowTableModel(QAbstractTableModel):
    """`data` answers a cell's text at once, each other role through the model's `answers()` (one look-up), and
    None at once for a role it does not answer: a paint asks each cell for seven roles (font, alignment, colours,
    check state, decoration, text), and going through every role the model answers took 2-4 µs a call (issue 14).
    A model with more to show (an icon, a tick box) adds its answers in `answers()`."""

    def __init__(self, columns: Sequence[Column], parent=None, emphasis: Callable[[Any], bool] | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._emphasis = emphasis
        self._answers = self.answers()

    def answers(self) -> dict[int, Answer]:
        """The roles the model answers besides a cell's text, each with its answer; asked once, by __init__ (before
        a subclass's own attributes are set: an answer reads them when it is called). Every table: the tooltip (the
        text unless the column has its own), the row object, its sort key; the columns' icons and right alignment
        where a column has them; bold dark red for the rows `emphasis` picks."""
        answers: dict[int, Answer] = {int(Qt.ItemDataRole.ToolTipRole): self._tooltip, ROW_ROLE: self._row,
                                      SORT_ROLE: self._sort_key}
        if any(column.decoration is not None for column in self._columns):
            answers[int(Qt.ItemDataRole.DecorationRole)] = self._decoration
        if any(column.align_right for column in self._columns):
            answers[int(Qt.ItemDataRole.TextAlignmentRole)] = self._alignment
        if self._emphasis is not None:
            answers[int(Qt.ItemDataRole.FontRole)] = self._font
            answers[int(Qt.ItemDataRole.ForegroundRole)] = self._foreground
        return answers

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def replace_rows(self, rows: dict[int, Any]) -> None:
        """New objects for some rows (new figures of the same things): one signal a row, not a reset."""
        last = len(self._columns) - 1
        for row, value in rows.items():
            self._rows[row] = value
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def reorder(self, rows: Sequence[Any]) -> None:
        """The same rows in another order (a sort): the views' selection and current cell kept on their rows."""
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        held = [(self._rows[index.row()], index.column()) for index in kept]
        self._rows = list(rows)
        place = {id(row): number for number, row in enumerate(self._rows)}
        self.changePersistentIndexList(kept, [self.index(place[id(row)], column) for row, column in held])
        self.layoutChanged.emit()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """Overrides QAbstractTableModel.rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """Overrides QAbstractTableModel.columnCount."""
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        """Overrides QAbstractTableModel.headerData."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Overrides QAbstractTableModel.data."""
        if role == _DISPLAY:
            return self._columns[index.column()].text(self._rows[index.row()]) if index.isValid() else None
        if role not in self._answers or not index.isValid():
            return None
        return self._answers[role](index.row(), index.column())

    def _tooltip(self, row: int, column: int) -> str:
        shown = self._columns[column]
        return shown.tooltip(self._rows[row]) if shown.tooltip else shown.text(self._rows[row])

    def _row(self, row: int, _column: int) -> Any:
        return self._rows[row]

    def _sort_key(self, row: int, column: int) -> Any:
        shown = self._columns[column]
        return shown.sort_key(self._rows[row]) if shown.sort_key else shown.text(self._rows[row])

    def _decoration(self, row: int, column: int) -> Any:
        decoration = self._columns[column].decoration
        return decoration(self._rows[row]) if decoration is not None else None

    def _alignment(self, _row: int, column: int) -> int | None:
        return RIGHT if self._columns[column].align_right else None

    def _font(self, row: int, _column: int) -> QFont | None:
        if not self._emphasis(self._rows[row]):
            return None
        font = QFont()
        font.setBold(True)
        return font

    def _foreground(self, row: int, _column: int) -> QBrush | None:
        return QBrush(QColor(OVERDUE_COLOUR)) if self._emphasis(self._rows[row]) else None


def row_table(model, name: str) -> QTableView:
    """A read-only table of whole rows, one selected at a time, as every list of the window is shown."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
    return table


def rows_fitted_as_changed(table: QTableView) -> None:
    """Each row of `table` as tall as its contents: all of them measured once the rows are set or the columns
    resized (at most once an event loop pass: a window being resized resizes the stretched column many times),
    and after an edit only the rows that changed. A vertical header in ResizeToContents mode measures every row
    at each change of any cell: the checklist's 17 rows measured again (~80 ms with their wrapped texts) after
    each evidence saved, for one row's new text."""
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    model = table.model()
    every_row = QTimer(table)
    every_row.setSingleShot(True)
    every_row.setInterval(0)
    every_row.timeout.connect(table.resizeRowsToContents)
    for signal in (model.modelReset, model.layoutChanged, table.horizontalHeader().sectionResized):
        signal.connect(lambda *_args: every_row.start())

    def fit(first: int, last: int) -> None:
        if not every_row.isActive():  # else all are measured in a moment
            for row in range(first, last + 1):
                table.resizeRowToContents(row)

    model.dataChanged.connect(lambda top_left, bottom_right, *_roles: fit(top_left.row(), bottom_right.row()))
    model.rowsInserted.connect(lambda _parent, first, last: fit(first, last))
