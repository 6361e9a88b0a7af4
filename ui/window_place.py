"""Where the main window opens and how large: sized to the screen it opens on, or where it was left, kept on a
screen that still exists.

At the first start the window takes 90 % of the screen's available area (the taskbar left out), centred; on a
screen where that would be smaller than the 1280 × 720 the window is laid out for (a 1366 × 768 office PC, or one
at 125–150 % scaling), it opens maximised. At later starts it comes back where it was closed (maximised if it was);
a position saved on a screen that is gone (a second monitor unplugged, a laptop away from its dock) or larger than
the screen now is brought within the available area of the screen it overlaps most, else of the opening screen.

Cheap before the first paint: a few geometry calls, no file read (QSettings has the saved bytes already)."""

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

LAID_OUT_FOR = QSize(1280, 720)
"""The smallest window the main window's pages are laid out for; below it, maximised."""

SHARE = 0.9
"""The share of the available area a window takes at its first start on a screen large enough."""

TITLE_BAR = 32
"""Room kept above a restored window's client area for its title bar (the frame is known only once shown)."""


def opening_screen() -> QScreen:
    """The screen a new window opens on: the one under the mouse (where the user just clicked the program's icon),
    else the primary screen."""
    return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


def first_geometry(available: QRect) -> QRect | None:
    """The window's client area at a first start on a screen whose available area is `available`; None when it
    opens maximised."""
    size = QSize(round(available.width() * SHARE), round(available.height() * SHARE))
    if size.width() < LAID_OUT_FOR.width() or size.height() < LAID_OUT_FOR.height():
        return None
    area = QRect(0, 0, size.width(), size.height())
    area.moveCenter(available.center())
    return area


def _screen_of(area: QRect, fallback: QScreen) -> QScreen:
    """The screen `area` overlaps most, `fallback` when it overlaps none."""
    best, overlap = fallback, 0
    for screen in QGuiApplication.screens():
        common = screen.availableGeometry().intersected(area)
        if common.width() * common.height() > overlap:
            best, overlap = screen, common.width() * common.height()
    return best


def clamped(area: QRect, available: QRect) -> QRect:
    """`area` (a client area) made to fit within `available` with its title bar: shrunk if larger, then moved in."""
    room = available.adjusted(0, TITLE_BAR, 0, 0)
    width, height = min(area.width(), room.width()), min(area.height(), room.height())
    left = min(max(area.left(), room.left()), room.right() + 1 - width)
    top = min(max(area.top(), room.top()), room.bottom() + 1 - height)
    return QRect(left, top, width, height)


def place_window(window: QWidget, saved: QByteArray | None) -> None:
    """Size and place `window` before it is shown: from `saved` (QWidget.saveGeometry's bytes) when they restore,
    else for the opening screen."""
    screen = opening_screen()
    if saved is not None and not saved.isEmpty() and window.restoreGeometry(saved):
        if window.isMaximized() or window.isFullScreen():
            return
        area = window.geometry()
        window.setGeometry(clamped(area, _screen_of(area, screen).availableGeometry()))
        return
    area = first_geometry(screen.availableGeometry())
    if area is None:  # the whole screen also where nothing maximises (no window manager), and when restored down
        window.setGeometry(clamped(screen.availableGeometry(), screen.availableGeometry()))
        from PySide6.QtCore import Qt  # here only: the Qt namespace's enums are ~12 ms of a start's first paint

        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    else:
        window.setGeometry(area)
