"""A user going through the restart loop of ui/app.run_window, in a process of its own (run by
tests/ui/test_startup_window.py, with its own home, settings and data folders):

1. the first window settles on FIRST: a backup is taken, then a plan added, and the user signs out;
2. the second window (same database) shows the added plan; the user restores the backup;
3. the third window shows the plans of the backup; the user chooses SECOND in the database settings;
4. the fourth window shows SECOND; the user closes it.

Prints one JSON line: run_window's exit code and, for each window, its database and plan codes.

    python -m tests.ui.startup_driver sqlite:///…/first.sqlite3 sqlite:///…/second.sqlite3
"""

import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from domain.plans import create_plan
from storage.location import save_choice
from tests.builders import small_plan_draft
from ui import app
from ui.main_window import MainWindow
from ui.window_host import held_window

seen: list[dict] = []
handled: list[MainWindow] = []
backup = []


def _step(window: MainWindow, second: str) -> None:
    seen.append({"database": window.database.url, "plans": [plan.code for plan in window.plans]})
    if len(seen) == 1:
        backup.append(window.database.backup("daily"))
        with window.database.unit_of_work(window.user) as uow:
            create_plan(uow, draft=small_plan_draft("9-KH/THU"))
        window.next_start = "sign_out"
    elif len(seen) == 2:
        window.restore_from, window.next_start = backup[0], "restore"
    elif len(seen) == 3:
        save_choice(second)
        window.next_start = "database"
    window.close()


def _watch(second: str) -> None:
    """Every 50 ms: the visible main window, once settled, takes the next step."""
    for window in map(held_window, QApplication.topLevelWidgets()):
        if isinstance(window, MainWindow) and window.isVisible() and window.is_settled() \
                and not any(window is done for done in handled):
            handled.append(window)
            _step(window, second)


def main(first: str, second: str) -> None:
    QApplication(sys.argv)
    watcher = QTimer()
    watcher.timeout.connect(lambda: _watch(second))
    watcher.start(50)
    code = app.run_window(first)
    print(json.dumps({"code": code, "windows": seen}, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
