"""When a save comes after somebody else's: what they saved, what the user was saving, overwrite or keep."""

from PySide6.QtWidgets import QMessageBox, QWidget

from domain.errors import EditConflict
from ui.labels import status_label, translate

FIELD_NAMES = {"status": lambda: translate("Conflict", "status"), "evidence": lambda: translate("Conflict", "evidence"),
               "note": lambda: translate("Conflict", "note")}


def question_box(parent: QWidget, conflict: EditConflict, question: str, overwrite: str) -> QMessageBox:
    """The domain's who/when/what as the text, `question` under it, `overwrite` and "Keep what is saved" as the
    answers; "Keep what is saved" is the default (Esc keeps it too)."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Conflict", "Changed by someone else"), str(conflict),
                      parent=parent)
    box.setInformativeText(question)
    box.addButton(overwrite, QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(translate("Conflict", "Keep what is saved"), QMessageBox.ButtonRole.RejectRole)
    # Wide enough that the who/when/what sentence wraps to few lines (seen clipped under the theme at 400 px).
    # QMessageBox gives the question negative side margins: its first letter was clipped (seen in a screenshot).
    box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 520px; } "
                      "QLabel#qt_msgbox_informativelabel { padding: 0 2px; }")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box


def change_question(yours: str) -> str:
    """The question under a conflict, `yours` being the user's change as they typed it."""
    return translate("Conflict", "Your change: %1. Overwrite what is saved with your change, or "
                                 "keep what is saved?").replace("%1", yours)


def conflict_box(parent: QWidget, conflict: EditConflict, changes: dict) -> QMessageBox:
    """The question for an assessment: `changes` are the checklist fields the user changed."""
    yours = "; ".join(f"{FIELD_NAMES[name]()}: “{status_label(value) if name == 'status' else value}”"
                      for name, value in changes.items())
    return question_box(parent, conflict, change_question(yours), translate("Conflict", "Overwrite with mine"))


def answered_overwrite(box: QMessageBox) -> bool:
    box.exec()
    return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole


def ask_overwrite(parent: QWidget, conflict: EditConflict, changes: dict) -> bool:
    return answered_overwrite(conflict_box(parent, conflict, changes))
