"""The program's window on screen: a plain top-level widget holding the main window (ui/main_window.py) laid whole
over it, and, at a start, before the main window exists, its picture at the last close (ui/window_picture.py).

Why a holder: the picture is painted in the program's own window (its title bar, its taskbar button, where it was
left) some 90 ms before the main window's widgets can be, and the main window then takes its place in that window
rather than in a second one: no taskbar button coming and going, no window moved or activated again. The holder has
nothing of its own to decide: its title is the main window's, its close is the main window's `closeEvent` (the
question about running tasks, the backup on closing), its geometry is the one the main window saves.

This module and what it imports come before the first paint: PySide6 only, and no enum of the `Qt` namespace
(building them is ~12 ms of a start) unless a first start has no geometry saved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent
    from PySide6.QtWidgets import QMainWindow


class WindowHost(QWidget):
    """The top-level window: the picture of the last close until the main window is shown in it, then that window."""

    def __init__(self, picture: QImage | None = None, title: str = "") -> None:
        super().__init__()
        self.picture = picture
        """The window as the start will show it, in device pixels; painted only at exactly its size."""
        self.main: QMainWindow | None = None
        self.setWindowTitle(title)

    def hold(self, window: QMainWindow) -> None:
        """Take `window` (made with this one as its holder, not shown) as the window's content, its title as the
        window's."""
        from PySide6.QtWidgets import QVBoxLayout  # after the first paint: its class's enums are ~1 ms

        self.main = window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(window)
        self.setWindowTitle(window.windowTitle())
        window.windowTitleChanged.connect(self.setWindowTitle)

    def show_window(self) -> None:
        """The main window shown in the picture's place (the window itself shown, if it was not yet). Activated while
        it showed the picture, the window had nothing to give the keyboard to: the first of the main window's widgets
        takes it, as it would have at the activation."""
        self.picture = None
        self.main.show()
        if not self.isVisible():
            self.show()
        elif self.isActiveWindow() and self.focusWidget() is None:
            self.focusNextPrevChild(True)

    def shows_picture(self) -> bool:
        """Whether the picture is painted: it is the window's size exactly, on a screen of its pixel ratio."""
        if self.picture is None or self.picture.isNull():
            return False
        ratio = self.devicePixelRatioF()
        return (abs(self.picture.devicePixelRatioF() - ratio) < 1e-6
                and self.picture.width() == round(self.width() * ratio)
                and self.picture.height() == round(self.height() * ratio))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Overrides QWidget.paintEvent: the picture, while the main window is not shown over it."""
        if self.shows_picture():
            QPainter(self).drawImage(0, 0, self.picture)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Overrides QWidget.closeEvent: the main window's decides (it may ask, or close once its backup is done)."""
        if self.main is None:
            event.accept()
            return
        self.main.closeEvent(event)


def held_window(widget: QWidget) -> QMainWindow | QWidget:
    """The main window `widget` holds, if it is a holder (the program's window), else `widget` itself."""
    return getattr(widget, "main", None) or widget
