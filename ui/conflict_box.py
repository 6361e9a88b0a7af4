"""When a save comes after somebody else's: what they saved, what the user was saving, overwrite or keep."""

from PySide6.QtWidgets import QMessageBox, QWidget

from domain.assessing import EditConflict
from ui.labels import status_label, translate

FIELD_NAMES = {"status": lambda: translate("Conflict", "status"), "evidence": lambda: translate("Conflict", "evidence"),
               "note": lambda: translate("Conflict", "note")}


def conflict_box(parent: QWidget, conflict: EditConflict, changes: dict) -> QMessageBox:
    """The question, with "Keep theirs" as the default (Esc keeps theirs too)."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Conflict", "Changed by someone else"), str(conflict),
                      parent=parent)
    yours = "; ".join(f"{FIELD_NAMES[name]()}: “{status_label(value) if name == 'status' else value}”"
                      for name, value in changes.items())
    box.setInformativeText(translate("Conflict", "Your change: %1. Overwrite what is saved with your change, or "
                                                 "keep what is saved?").replace("%1", yours))
    box.addButton(translate("Conflict", "Overwrite with mine"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(translate("Conflict", "Keep what is saved"), QMessageBox.ButtonRole.RejectRole)
    # Wide enough that the who/when/what sentence wraps to few lines (seen clipped under the theme at 400 px).
    box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 520px; }")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box


def ask_overwrite(parent: QWidget, conflict: EditConflict, changes: dict) -> bool:
    box = conflict_box(parent, conflict, changes)
    box.exec()
    return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole
