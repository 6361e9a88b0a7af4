"""The year's checklist of one village as an editable table: status, evidence and note change in place."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from domain.formatting import roman
from domain.vocabulary import CriterionStatus
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


Saver = Callable[["ChecklistRow", dict], "ChecklistRow | None"]
"""Writes a change to a row; returns the row as saved (with its new version), None when nothing was kept."""


class ChecklistModel(QAbstractTableModel):
    """Rows of ChecklistRow; `saver(row, changes)` writes a change and returns the row as saved, or None."""

    COL_GROUP, COL_NUMBER, COL_NAME, COL_REQUIREMENT, COL_STATUS, COL_EVIDENCE, COL_NOTE = range(7)
    EDITABLE = {COL_STATUS: "status", COL_EVIDENCE: "evidence", COL_NOTE: "note"}
    saved = Signal()

    def __init__(self, saver: Saver, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ChecklistRow] = []
        self._saver = saver
        self._editable = True

    def set_rows(self, rows: list[ChecklistRow], editable: bool = True) -> None:
        self.beginResetModel()
        self._rows = rows
        self._editable = editable
        self.endResetModel()

    def row_at(self, row: int) -> ChecklistRow:
        return self._rows[row]

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
        row = self._rows[index.row()]
        column = index.column()
        if role == Roles.ROW:
            return row
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
        """Overrides QAbstractTableModel.setData: saves through the saver, at once, then shows the saved row."""
        if role != Qt.ItemDataRole.EditRole or index.column() not in self.EDITABLE:
            return False
        row = self._rows[index.row()]
        name = self.EDITABLE[index.column()]
        new = CriterionStatus(value) if name == "status" else str(value)
        if new == getattr(row, name):
            return False
        saved = self._saver(row, {name: new})
        if saved is None:
            return False
        self._rows[index.row()] = saved
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        self.saved.emit()
        return True
