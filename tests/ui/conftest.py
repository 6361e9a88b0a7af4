"""Qt fixtures: the shipped Vietnamese translation installed, settings kept in a private file."""

import pytest
from PySide6.QtCore import QSettings

from tests.conftest import OFFICER
from ui.app import install_translations
from ui.main_window import MainWindow


@pytest.fixture(scope="session", autouse=True)
def vietnamese(qapp):
    translators = install_translations(qapp)
    assert translators, "the shipped Vietnamese translation did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, database, settings) -> MainWindow:
    """The main window on a new database (the sample plan), shown."""
    win = MainWindow(database, OFFICER, settings)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def small_window(qtbot, empty_database, small_plan, settings) -> MainWindow:
    """The main window on the hand-counted plan of tests/builders.py, shown."""
    win = MainWindow(empty_database, OFFICER, settings)
    qtbot.addWidget(win)
    win.show()
    return win
