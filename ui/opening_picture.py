"""The picture over "Đang mở dữ liệu…" while the database opens: the icon, drawn for the screen's device pixel ratio
(96 × 96 pixels for 64 logical ones at 150 %), so that it is sharp at 125–150 % scaling where a fixed-size pixmap
is stretched and blurs; drawn again when the window moves to a screen of another ratio.

Set just after the window's first paint (run_window), not before: the first paint stays what it was."""

from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import isValid

from ui.icon_drawing import icon_pixmap

SIDE = 64
"""The picture's side in logical pixels."""


def _draw(label: QLabel) -> None:
    if not isValid(label):  # the window's page replaced it once the database was open
        return
    ratio = label.devicePixelRatioF()
    current = label.pixmap()
    if current.isNull() or current.devicePixelRatio() != ratio:
        label.setPixmap(icon_pixmap(SIDE, ratio))


def show_opening_picture(window: QWidget, label: QLabel) -> None:
    """Draw the picture into `label` for `window`'s screen, and again whenever the window changes screen."""
    _draw(label)
    handle = window.window().windowHandle()  # the program's window when it holds `window`
    if handle is not None:
        handle.screenChanged.connect(lambda _screen: _draw(label))
