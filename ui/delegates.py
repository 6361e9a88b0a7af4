"""Item delegates: the status of a criterion is picked from a list, deliberately.

Qt's combo box changes its value on an arrow key, a letter or the wheel while closed, and says so as a choice
(`activated`): one arrow key then Enter saved a new status. Here the editor opens its list at once; only a row
picked in the list (a click, or Enter on it) is saved; keys and the wheel on the closed editor change nothing
(Space, F4 or Alt+↓ open the list again).
"""

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from domain.vocabulary import CriterionStatus
from ui.labels import status_label

Index = QModelIndex | QPersistentModelIndex

_OPENING_KEYS = {Qt.Key.Key_Space, Qt.Key.Key_F4}


class StatusPicker(QComboBox):
    """A combo box whose value changes only through its open list, opened when the editor shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._opened = False

    def showEvent(self, event: QShowEvent) -> None:
        """Overrides QComboBox.showEvent: the list opens once the editor is on screen."""
        super().showEvent(event)
        if not self._opened:
            self._opened = True
            QTimer.singleShot(0, self, self.showPopup)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Overrides QComboBox.keyPressEvent: Space, F4, Alt+↓ open the list; other keys change nothing."""
        opening = event.key() in _OPENING_KEYS or (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if opening:
            self.showPopup()
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Overrides QComboBox.wheelEvent: the wheel changes nothing."""
        event.accept()


class StatusDelegate(QStyledItemDelegate):
    """Edits a criterion status with the list of the four statuses, opened at once; saves the one picked."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """Overrides QStyledItemDelegate.createEditor."""
        editor = StatusPicker(parent)
        editor.setAutoFillBackground(True)
        for status in CriterionStatus:
            editor.addItem(status_label(status), status.value)
        editor.activated.connect(lambda _: self._commit_and_close(editor))
        return editor

    def _commit_and_close(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Overrides QStyledItemDelegate.setEditorData."""
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Overrides QStyledItemDelegate.setModelData."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
