"""A combo box of thousands of lines (a plan of 10,000 villages has as many team leads) in which a line is found by
typing part of it, with or without diacritics and capitals, as the plan tree's search box finds a village.

The model gives each line's folded text (domain.text.fold) under FOLDED_ROLE; the completer folds what is typed and
lists every line that contains it. Entering the box selects its text, so that typing replaces the line shown; a
text typed that is no line is put back to the line chosen when editing ends, so that what the box shows is always
what its current data says.
"""

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QCompleter, QListView

from domain.text import fold

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1


class _FoldedCompleter(QCompleter):
    def splitPath(self, path: str) -> list[str]:
        """Overrides QCompleter.splitPath: what was typed, folded as the lines' FOLDED_ROLE is."""
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        """Overrides QCompleter.pathFromIndex: the line as shown, not its folded form."""
        return index.data(Qt.ItemDataRole.DisplayRole)


class _SelectOnEntry(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Overrides QObject.eventFilter: the combo box's text selected once it has the focus (after the click
        that gave it, which would place the cursor). The box, not its line edit, gets the focus events."""
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QComboBox):
            edit = watched.lineEdit()
            QTimer.singleShot(0, edit, edit.selectAll)
        return False


def make_findable(combo: QComboBox) -> None:
    """Let the user type into `combo` (whose model answers FOLDED_ROLE) to find a line; nothing typed is added.
    Made editable before it is given its lines (as ui/forms/account_dialog.ui does), it is not measured over them."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = _FoldedCompleter(combo.model(), combo)
    completer.setCompletionRole(FOLDED_ROLE)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)  # both sides are folded
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    popup = QListView()
    popup.setUniformItemSizes(True)  # before it is given the lines: never measured one by one
    completer.setPopup(popup)
    combo.setCompleter(completer)
    combo.installEventFilter(_SelectOnEntry(combo))
    combo.lineEdit().editingFinished.connect(lambda: combo.setEditText(combo.itemText(combo.currentIndex())))
