"""A start of the window as main.py makes it (ui/window_picture.first_paint, then ui/app.run_window), in a process of
its own (run by tests/ui/test_window_picture.py, with its own home, settings and cache folders, LANGMOI_STARTUP_CLOSE
set: the window closes as a person closes it once settled, keeping its first screen and picture).

Prints one JSON line: whether the picture of the last close was painted and which of WATCHED were imported by then,
the milestones written, the exit code, and how many pixels of the window, when its own widgets are first painted
(the first screen, in the picture's place), differ from the picture painted before them, but for the frame of the
widget that has the keyboard (drawn once the window is active: a picture made off the screen has none).

    python -m tests.ui.picture_driver /…/langmoi.sqlite3
"""

import json
import sys

from ui.window_picture import first_paint

WATCHED = ("ui.main_window", "ui.theme", "ui.first_screen", "sqlalchemy", "logging.handlers")
"""The window's modules, the theme's, the snapshot's widgets', the database layer's, the log file's."""


def differing(first, then, spared=None) -> int:
    """Pixels that differ between two pictures of one size (all of them when the sizes differ), those within the
    rectangle `spared` (device pixels) left out."""
    from PySide6.QtGui import QImage

    first = first.convertToFormat(QImage.Format.Format_ARGB32)
    then = then.convertToFormat(QImage.Format.Format_ARGB32)
    if first.size() != then.size():
        return max(first.width() * first.height(), then.width() * then.height())
    a, b, row = bytes(first.constBits()), bytes(then.constBits()), first.bytesPerLine()
    count = 0
    for y, start in enumerate(range(0, len(a), row)):
        if a[start:start + row] != b[start:start + row]:
            count += sum(a[start + 4 * x:start + 4 * x + 4] != b[start + 4 * x:start + 4 * x + 4]
                         and not (spared is not None and spared.contains(x, y)) for x in range(first.width()))
    return count


def focus_frame(host):
    """Where the widget given the keyboard is, in the window's device pixels (its focus frame drawn once the window is
    active, as at any activation), None when none has it."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QApplication

    widget = QApplication.focusWidget()
    if widget is None:
        return None
    ratio = host.devicePixelRatioF()
    corner = widget.mapTo(host, QPoint(0, 0))
    return QRect(int(corner.x() * ratio) - 2, int(corner.y() * ratio) - 2, int(widget.width() * ratio) + 4,
                 int(widget.height() * ratio) + 4)


def main(db_file: str) -> None:
    host = first_paint(db_file)
    seen = {"picture": host.isVisible() and host.shows_picture(), "marks": [],
            "loaded": [name for name in WATCHED if name in sys.modules]}
    painted = host.grab().toImage() if seen["picture"] else None

    from ui import app

    def mark(name: str) -> None:
        seen["marks"].append(name)
        if name == "first-screen" and painted is not None:
            seen["differing"] = differing(painted, host.grab().toImage(), focus_frame(host))

    app.mark = mark
    seen["code"] = app.run_window(db_file, host)
    print(json.dumps(seen))


if __name__ == "__main__":
    main(sys.argv[1])
