"""Run in a process of its own (`python -m tests.ui.screens_driver FOLDER`, with QT_SCALE_FACTOR=1.5) on the
offscreen platform given two screens, a 2560 × 1440 monitor and a 1366 × 768 laptop to its right: where the main
window opens, where a saved place comes back, and the pixel ratio the opening picture is drawn at. Prints one JSON
object; geometries are in Qt's logical pixels."""

import json
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtWidgets import QApplication, QMainWindow

from ui.window_place import place_window

SCREENS = {"screens": [
    {"name": "monitor", "x": 0, "y": 0, "width": 2560, "height": 1440, "logicalDpi": 96, "logicalBaseDpi": 96},
    {"name": "laptop", "x": 2560, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96}]}


def _rect(area: QRect) -> list[int]:
    return [area.x(), area.y(), area.width(), area.height()]


def _saved(area: QRect) -> QByteArray:
    window = QMainWindow()
    window.setGeometry(area)
    return window.saveGeometry()


def _placed(saved: QByteArray | None) -> dict:
    window = QMainWindow()
    place_window(window, saved)
    return {"geometry": _rect(window.geometry()), "maximised": window.isMaximized()}


def main(folder: Path) -> None:
    config = folder / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    app = QApplication([sys.argv[0], "-platform", f"offscreen:configfile={config}"])
    screens = {screen.name(): screen for screen in app.screens()}
    laptop = screens["laptop"].availableGeometry()
    found = {"screens": {name: _rect(screen.availableGeometry()) for name, screen in screens.items()},
             "first": _placed(None),
             "on_the_laptop": _placed(_saved(QRect(laptop.x() + 20, 60, 800, 400))),
             "monitor_gone": _placed(_saved(QRect(laptop.right() + 2000, 100, 800, 400))),
             "too_large": _placed(_saved(QRect(laptop.x() + 20, 0, 2000, 1200)))}
    from ui.main_window import MainWindow
    from ui.opening_picture import show_opening_picture

    window = MainWindow(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window.show()
    app.processEvents()
    show_opening_picture(window, window.ui.openingPicture)
    picture = window.ui.openingPicture.pixmap()
    found["window"] = {"ratio": window.devicePixelRatioF(), "maximised": window.isMaximized()}
    found["picture"] = {"ratio": picture.devicePixelRatio(), "pixels": [picture.width(), picture.height()],
                        "logical": [picture.deviceIndependentSize().width(), picture.deviceIndependentSize().height()]}
    print(json.dumps(found))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
