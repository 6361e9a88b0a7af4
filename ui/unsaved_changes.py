"""A form that was changed asks before it is closed without saving (Escape, the title bar's ✕, Hủy).

A dialog takes a snapshot of its values once they are shown (`UnsavedChanges.mark`) and, in its `reject`, closes
only when `may_close()` says so: nothing changed, or the user answered *Có* to "Bỏ các thay đổi chưa lưu?"
(*Không*, the default and the Escape answer, keeps the form open with everything typed).

>>> self.unsaved = UnsavedChanges(self, self.values)   # in __init__, after the values are shown
>>> def reject(self):
...     if self.unsaved.may_close():
...         super().reject()
"""

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ui.labels import translate
from ui.questions import ask_no_first


def ask_discard(parent: QWidget) -> bool:
    """Ask whether to throw the unsaved changes away; True only for *Có*."""
    return ask_no_first(parent, translate("UnsavedChanges", "Unsaved changes"),
                        translate("UnsavedChanges", "Discard the unsaved changes?"), "discard")


class UnsavedChanges:
    """Compares a form's values with those it was opened with; `values()` gives them (any comparable value)."""

    def __init__(self, parent: QWidget, values: Callable[[], object]) -> None:
        self._parent = parent
        self._values = values
        self._opened_with = values()

    def mark(self) -> None:
        """The values now are the ones to compare with (shown again after the form opened)."""
        self._opened_with = self._values()

    def changed(self) -> bool:
        return self._values() != self._opened_with

    def may_close(self) -> bool:
        """Unchanged, or the user chose to discard the changes."""
        return not self.changed() or ask_discard(self._parent)
