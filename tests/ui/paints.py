"""Counting what a widget paints, for the tests that bound repaints by counts, not by time."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class Paints(QObject):
    """How many paint events `widget` gets from now on (`count`)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Overrides QObject.eventFilter: a paint event counted; every event goes on."""
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False
