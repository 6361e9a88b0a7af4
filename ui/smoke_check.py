"""The frozen build's smoke test, seen from inside the window (packaging/smoke.py sets LANGMOI_SMOKE_SHOT=FILE.png).

Once the main window has settled (tree and village on screen), or after SMOKE_TIMEOUT_S whatever is on screen, the
screen is grabbed to FILE.png (the window itself where the platform cannot grab the screen), and FILE.json says
what a person would read: the window's title, the menu bar's titles, the texts of the labels and tabs shown, and
every message box shown (an error box is what the smoke test must not find). Then the window is closed as a person
closes it. Unset, as for every user, nothing of this runs.
"""

import json
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QTabBar, QWidget

from ui.window_host import held_window

SMOKE_TIMEOUT_S = 60
POLL_MS = 200
AFTER_SETTLED_MS = 800
"""The settled window is given a moment more for its last repaint before it is grabbed."""


def _texts(window: QWidget) -> list[str]:
    shown = [label.text() for label in window.findChildren(QLabel) if label.isVisible() and label.text()]
    for bar in window.findChildren(QTabBar):
        shown += [bar.tabText(index) for index in range(bar.count())] if bar.isVisible() else []
    return shown


def _boxes() -> list[dict[str, str]]:
    return [{"title": box.windowTitle(), "text": box.text()} for box in QApplication.topLevelWidgets()
            if isinstance(box, QMessageBox) and box.isVisible()]


def _main_window() -> QMainWindow | None:
    for widget in map(held_window, QApplication.topLevelWidgets()):
        if isinstance(widget, QMainWindow) and widget.isVisible():
            return widget
    return None


class SmokeShot:
    """Polls the application until its main window settles, then grabs and describes it once."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.watched: QMainWindow | None = None
        self.settled = False
        self.done = False
        self.timer = QTimer()
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        self.deadline = QTimer()
        self.deadline.setSingleShot(True)
        self.deadline.setInterval(SMOKE_TIMEOUT_S * 1000)
        self.deadline.timeout.connect(self.shoot)
        self.timer.start()
        self.deadline.start()

    def _poll(self) -> None:
        if _boxes():
            self.shoot()
            return
        window = _main_window()
        if window is not None and window is not self.watched and hasattr(window, "settled"):
            self.watched = window
            window.settled.connect(self._on_settled)
            if window.is_settled():
                self._on_settled()

    def _on_settled(self) -> None:
        if not self.settled:
            self.settled = True
            QTimer.singleShot(AFTER_SETTLED_MS, self.shoot)

    def shoot(self) -> None:
        if self.done:
            return
        self.done = True
        self.timer.stop()
        self.deadline.stop()
        window = _main_window()
        screen = QGuiApplication.primaryScreen()
        picture = screen.grabWindow(0) if screen is not None else None
        if (picture is None or picture.isNull()) and window is not None:
            picture = window.grab()
        saved = bool(picture is not None and not picture.isNull() and picture.save(str(self.target), "PNG"))
        facts = {
            "settled": self.settled,
            "saved": saved,
            "title": window.windowTitle() if window is not None else "",
            "menus": [action.text() for action in window.menuBar().actions()] if window is not None else [],
            "texts": _texts(window) if window is not None else [],
            "boxes": _boxes(),
        }
        self.target.with_suffix(".json").write_text(json.dumps(facts, ensure_ascii=False, indent=1), encoding="utf-8")
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QMessageBox) and box.isVisible():
                box.reject()
        if window is not None:
            window.close()
        else:
            QApplication.quit()


_armed: list[SmokeShot] = []


def arm(target: Path) -> None:
    """Make the application (run_window takes the one that exists) and start watching it."""
    QApplication.instance() or QApplication([])
    _armed.append(SmokeShot(target))
