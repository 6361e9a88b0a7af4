"""Qt fixtures: the shipped Vietnamese translation installed, settings kept in a private file."""

import pytest
from PySide6.QtCore import QSettings

from ui.app import install_translations


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
