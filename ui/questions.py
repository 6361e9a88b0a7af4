"""A yes-or-no question whose safe answer is the default: *Không* is preselected and is what Escape answers, so
Enter pressed out of habit never throws work away or removes anything."""

from PySide6.QtWidgets import QMessageBox, QWidget


def ask_no_first(parent: QWidget, title: str, question: str, name: str) -> bool:
    """True only when the user clicks *Có*. The box is named `<name>Question`, its buttons `<name>Yes` and
    `<name>No` (what the tests click)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    box.setObjectName(f"{name}Question")
    yes = box.addButton(QMessageBox.StandardButton.Yes)
    no = box.addButton(QMessageBox.StandardButton.No)
    yes.setObjectName(f"{name}Yes")
    no.setObjectName(f"{name}No")
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes
