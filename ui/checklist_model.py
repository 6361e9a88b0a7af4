"""The year's checklist of one village as an editable table: status, evidence and note change in place.

A change is handed to the saver, which saves it off the GUI thread; meanwhile the cell shows the value being
saved, marked (in italics, followed by "…", "Đang lưu…" as its tooltip); then the row as saved and read back, or,
when nothing was kept (a refusal, someone else's change kept), the value it held.

Each row's cells are worked out once, when first asked for, and kept until the row changes: a view asks for every
role of every cell at each paint and each fitting of the rows, and the checklist is painted and fitted several
times at each village shown (issue 14: ~900 calls of `data` each time, the larger half of the checklist's cost).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from domain.formatting import roman
from domain.vocabulary import CriterionStatus
from ui.attachment_icon import paperclip
from ui.labels import status_label

if TYPE_CHECKING:
    from domain.village_detail import ChecklistRow

Index = QModelIndex | QPersistentModelIndex

# Soft backgrounds; the status is always written in words too, so colour is never the only signal.
STATUS_COLOURS = {
    CriterionStatus.MET: QColor("#d8f0dc"),
    CriterionStatus.NOT_MET: QColor("#f6dcdc"),
    CriterionStatus.IN_PROGRESS: QColor("#fbefd0"),
}


class Roles(IntEnum):
    ROW = Qt.ItemDataRole.UserRole + 1


Reply = Callable[["ChecklistRow | None"], None]
"""The saver's answer, in the GUI thread: the row as saved (with its new version), or None when nothing was kept."""
Saver = Callable[["ChecklistRow", dict, Reply], None]
"""Starts saving a change to a row (the row as shown, its changes); calls the reply when the save came back."""
PENDING_MARK = " …"


_ROLES = (Roles.ROW, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole,
          Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.BackgroundRole,
          Qt.ItemDataRole.ForegroundRole)
"""The roles a cell may hold a value in (`ChecklistModel._cell`); None in any other."""


class ChecklistModel(QAbstractTableModel):
    """Rows of ChecklistRow; `saver(row, changes, reply)` saves a change and replies with the row as saved, or None;
    `saved` once a save went through."""

    COL_GROUP, COL_NUMBER, COL_NAME, COL_REQUIREMENT, COL_STATUS, COL_EVIDENCE, COL_NOTE = range(7)
    EDITABLE = {COL_STATUS: "status", COL_EVIDENCE: "evidence", COL_NOTE: "note"}
    saved = Signal(bool)
    """A save went through; True when the row's status read back is not the one shown before (the figures change:
    an evidence or a note saved leaves them as they are)."""

    def __init__(self, saver: Saver, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ChecklistRow] = []
        self._saver = saver
        self._editable = True
        self._pending: dict[int, list[dict]] = {}
        """By criterion: the changes being saved, oldest first."""
        self._files: dict[int, int] = {}
        """By criterion: how many files are attached (a paperclip with the count beside the evidence)."""
        self._cells: list[list[dict[int, object]] | None] = []
        """By row (None until asked for): each column's values by role, as `_cell` gives them."""

    def set_rows(self, rows: list[ChecklistRow], editable: bool = True) -> None:
        self.beginResetModel()
        self._rows = rows
        self._editable = editable
        self._pending = {}
        self._files = {}  # another village's: its own are read after its rows
        self._cells = [None] * len(rows)
        self.endResetModel()

    def set_editable(self, editable: bool) -> None:
        """Lock or unlock the rows shown (a review step): their cells are unchanged, so nothing is signalled (the
        view asks `flags` when an edit starts)."""
        self._editable = editable

    def set_attachment_counts(self, counts: dict[int, int]) -> None:
        """How many files are attached to each criterion shown (issue 20). Only the rows whose count differs are
        signalled, each alone: a signal over every row made the checklist measure its 17 rows again (~13 ms of the
        GUI thread at each village shown, issue 14), for counts mostly unchanged (none)."""
        before, self._files = self._files, counts
        for number, row in enumerate(self._rows):
            if before.get(row.criterion_id, 0) != counts.get(row.criterion_id, 0):
                self._cells[number] = None
                cell = self.index(number, self.COL_EVIDENCE)
                self.dataChanged.emit(cell, cell)

    def attachment_count(self, row: int) -> int:
        return self._files.get(self._rows[row].criterion_id, 0)

    def row_at(self, row: int) -> ChecklistRow:
        """The row as read (or saved), without the changes still being saved."""
        return self._rows[row]

    def is_pending(self, row: int, column: int | None = None) -> bool:
        """Whether a change to the row (to the column's field) is being saved."""
        changes = self._pending.get(self._rows[row].criterion_id, [])
        return any(column is None or self.EDITABLE.get(column) in change for change in changes)

    def _shown(self, row: int) -> ChecklistRow:
        """The row with the changes being saved on top: what the user sees."""
        shown = self._rows[row]
        for change in self._pending.get(shown.criterion_id, []):
            shown = replace(shown, **change)
        return shown

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """Overrides QAbstractTableModel.rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """Overrides QAbstractTableModel.columnCount."""
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        """Overrides QAbstractTableModel.headerData."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return None
        return (self.tr("Group"), self.tr("No."), self.tr("Criterion"), self.tr("Requirement"), self.tr("Status"),
                self.tr("Evidence"), self.tr("Note"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Overrides QAbstractTableModel.flags: status, evidence and note are editable."""
        flags = super().flags(index)
        if self._editable and index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Overrides QAbstractTableModel.data."""
        if not index.isValid():
            return None
        cells = self._cells[index.row()]
        if cells is None:
            cells = self._cells[index.row()] = [
                {int(role): value for role in _ROLES if (value := self._cell(index.row(), column, role)) is not None}
                for column in range(self.columnCount())]
        return cells[index.column()].get(role)

    def _cell(self, position: int, column: int, role: int):
        """What the cell holds in `role`: the row as the user sees it (with the changes being saved)."""
        if self._pending:  # a change is being saved: the rows as the user sees them
            row = self._shown(position)
            pending = column in self.EDITABLE and self.is_pending(position, column)
        else:
            row, pending = self._rows[position], False
        if role == Roles.ROW:
            return row
        if pending and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Saving…")
        if pending and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if pending and role == Qt.ItemDataRole.DisplayRole:
            name = self.EDITABLE[column]
            return (status_label(row.status) if name == "status" else getattr(row, name)) + PENDING_MARK
        if column == self.COL_EVIDENCE and row.criterion_id in self._files:
            if role == Qt.ItemDataRole.DecorationRole:
                return paperclip(self._files[row.criterion_id])
            if role == Qt.ItemDataRole.ToolTipRole:
                files = self.tr("%1 files attached (right-click: see them)").replace(
                    "%1", str(self._files[row.criterion_id]))
                return f"{row.evidence}\n{files}" if row.evidence else files
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COL_GROUP:
                return f"{roman(row.group_order)}. {row.group_name}"
            if column == self.COL_NUMBER:
                return str(row.number)
            if column == self.COL_NAME:
                return row.name
            if column == self.COL_REQUIREMENT:
                return row.requirement
            if column == self.COL_STATUS:
                return status_label(row.status)
            if column == self.COL_EVIDENCE:
                return row.evidence
            if column == self.COL_NOTE:
                return row.note
        if role == Qt.ItemDataRole.EditRole:
            if column == self.COL_STATUS:
                return row.status.value
            if column in self.EDITABLE:
                return getattr(row, self.EDITABLE[column])
        if role == Qt.ItemDataRole.BackgroundRole and column == self.COL_STATUS and row.status in STATUS_COLOURS:
            return QBrush(STATUS_COLOURS[row.status])
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_STATUS and row.status in STATUS_COLOURS:
            return QBrush(QColor("#1a1a1a"))
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Overrides QAbstractTableModel.setData: hands the change to the saver and shows it as being saved."""
        if role != Qt.ItemDataRole.EditRole or index.column() not in self.EDITABLE:
            return False
        name = self.EDITABLE[index.column()]
        new = CriterionStatus(value) if name == "status" else str(value)
        if new == getattr(self._shown(index.row()), name):
            return False
        row = self._rows[index.row()]
        change = {name: new}
        shown = self._shown(index.row())  # the values the change replaces (an undo puts them back)
        self._pending.setdefault(row.criterion_id, []).append(change)
        self._row_changed(index.row())
        self._saver(shown, change, lambda saved: self._came_back(row.criterion_id, change, saved))
        return True

    def _came_back(self, criterion_id: int, change: dict, saved: ChecklistRow | None) -> None:
        """The save of `change` came back: the row as saved, or (None) the row as it was, without that change."""
        left = [pending for pending in self._pending.pop(criterion_id, []) if pending is not change]
        if left:
            self._pending[criterion_id] = left
        position = next((i for i, row in enumerate(self._rows) if row.criterion_id == criterion_id), None)
        if position is None:
            return
        status_before = self._rows[position].status
        if saved is not None:
            self._rows[position] = saved
        self._row_changed(position)
        if saved is not None:
            self.saved.emit(saved.status != status_before)

    def show_saved(self, saved: ChecklistRow) -> None:
        """A row saved from elsewhere than the table (an undo): shown as saved, `saved` said as for an edit."""
        position = next((i for i, row in enumerate(self._rows) if row.criterion_id == saved.criterion_id), None)
        if position is None:
            return
        status_before = self._rows[position].status
        self._rows[position] = saved
        self._row_changed(position)
        self.saved.emit(saved.status != status_before)

    def _row_changed(self, position: int) -> None:
        self._cells[position] = None
        self.dataChanged.emit(self.index(position, 0), self.index(position, self.columnCount() - 1))
