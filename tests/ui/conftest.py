"""Qt fixtures: the shipped Vietnamese translation installed, settings kept in a private file; the tasks a test
left running ended before its windows are closed."""

import time

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from domain.places import find_place
from tests.conftest import OFFICER
from ui.app import install_translations
from ui.main_window import MainWindow
from ui.tasks import TaskList
from ui.window_host import held_window

SETTLE_S = 20


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """Before pytest-qt closes the test's windows: cancel the tasks a failed test left running and let them end
    (a test's held job waits 10 s at most), so that closing never shows a question nobody answers and waits; then
    close the other windows and let their backups on closing end."""
    windows = [w for w in map(held_window, QApplication.topLevelWidgets())
               if isinstance(getattr(w, "tasks", None), TaskList)]
    running = [w for w in windows if w.tasks]
    for window in running:
        window.tasks.cancel_then_close(window)
    for window in windows:
        if not window.tasks:
            # Closed here, a window's backup on closing after changes starts now and is waited for below; closed
            # by pytest-qt, its thread could still run while the next test starts ("QThread: Destroyed while
            # thread is still running", an abort).
            window.close()
            running.append(window)
    deadline = time.monotonic() + SETTLE_S
    while any(w.tasks for w in running) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    yield


@pytest.fixture(scope="session", autouse=True)
def vietnamese(qapp):
    translators = install_translations(qapp)
    assert translators, "the shipped Vietnamese translation did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def figures_cache_folder(tmp_path_factory, monkeypatch):
    """The figures cache of the windows a test opens in a folder of the test run, not the user's cache folder (nor
    the old thumbnails' removal)."""
    folder = tmp_path_factory.mktemp("figures-cache")
    monkeypatch.setattr("ui.plan_gateway.cache_folder", lambda: folder)
    monkeypatch.setattr("ui.attachment_thumbnails.cache_folder", lambda: folder)
    return folder


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def open_window(qtbot, database, user=OFFICER, settings: QSettings | None = None) -> MainWindow:
    """The main window built, shown and attached to `database` as `user`, once its first reads are on screen."""
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    win.attach(database, user)
    settle(qtbot, win)
    return win


def settle(qtbot, window: MainWindow) -> None:
    """Wait until the window's reads are on screen (what a user sees a moment after acting)."""
    qtbot.waitUntil(window.is_settled, timeout=SETTLE_S * 1000)


@pytest.fixture
def window(qtbot, database, settings) -> MainWindow:
    """The main window on a new database (the sample plan), shown."""
    return open_window(qtbot, database, OFFICER, settings)


@pytest.fixture
def small_window(qtbot, empty_database, small_plan, settings) -> MainWindow:
    """The main window on the hand-counted plan of tests/builders.py, shown."""
    return open_window(qtbot, empty_database, OFFICER, settings)


@pytest.fixture
def village_mot(qtbot, small_window, empty_database) -> int:
    """The small plan's village “Làng Mới”, opened in the window."""
    with empty_database.session() as session:
        village_id = find_place(session, small_window.plan.id, "Làng Mới").village_id
    small_window.open_village(village_id)
    settle(qtbot, small_window)
    return village_id
