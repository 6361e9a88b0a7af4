"""Answering a modal dialog from a test: the click happens once the dialog is up (its exec() blocks the test)."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton


def click_when_shown(name: str) -> None:
    """Click the button whose object name is `name` on the next modal dialog, as soon as it shows."""

    def click():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, click)
            return
        box.findChild(QPushButton, name).click()

    QTimer.singleShot(0, click)
