"""The window started as a user starts it (ui/app.run_window with no --db), in a process of its own whose home
folder is a new, empty one (run by tests/ui/test_home_folder.py): it opens the default database (a new one, the
sample loaded), settles, and is closed. Prints one JSON line: the exit code, the window's database URL and the
sizes of the application's icon.

    HOME=/tmp/… python -m tests.ui.home_driver
"""

import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui import app
from ui.main_window import MainWindow
from ui.window_host import held_window

seen: list[str] = []


def _watch() -> None:
    for window in map(held_window, QApplication.topLevelWidgets()):
        if isinstance(window, MainWindow) and window.isVisible() and window.is_settled() and not seen:
            seen.append(window.database.url)
            window.close()


def main() -> None:
    QApplication(sys.argv)
    watcher = QTimer()
    watcher.timeout.connect(_watch)
    watcher.start(50)
    code = app.run_window(None)
    icon = QApplication.windowIcon()
    print(json.dumps({"code": code, "database": seen[0] if seen else None,
                      "icon_sizes": sorted(size.width() for size in icon.availableSizes())}))


if __name__ == "__main__":
    main()
