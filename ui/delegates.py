"""Item delegates: the status of a criterion is picked from a list."""

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from domain.vocabulary import CriterionStatus
from ui.labels import status_label

Index = QModelIndex | QPersistentModelIndex


class StatusDelegate(QStyledItemDelegate):
    """Edits a criterion status with a combo box of the four statuses; saves as soon as one is picked."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """Overrides QStyledItemDelegate.createEditor."""
        editor = QComboBox(parent)
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
