"""The window is painted before the database layer is imported (issue 14): importing the window's modules, and
building and painting the main window, load neither SQLAlchemy, SQLModel nor Alembic, nor the libraries only an
export or the dashboard's charts need. Each check runs in a fresh interpreter, as a start does."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SLOW = ("sqlalchemy", "sqlmodel", "alembic", "reportlab", "openpyxl", "docx", "PySide6.QtCharts",
        "ui.agency_view", "ui.campaign_view", "ui.dashboard_view")
"""The last three: pages hidden at the first paint, made in MainWindow.attach."""

IMPORT = "import main, ui.app, ui.main_window"
PAINT = """
from PySide6.QtWidgets import QApplication
from ui.app import install_translations
from ui.main_window import MainWindow
app = QApplication([])
install_translations(app)
window = MainWindow(None)
window.show()
app.processEvents()
"""


def loaded_slow_modules(code: str) -> list[str]:
    """The slow packages in sys.modules after running `code` in a new interpreter at the project's root."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(m for m in {SLOW!r} if m in sys.modules)))"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=environment, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("code", [IMPORT, PAINT], ids=["import", "build-and-paint"])
def test_the_window_comes_before_the_database_layer(code):
    assert loaded_slow_modules(code) == []


def test_the_probe_sees_a_slow_import():
    """The check itself: a module of the database layer is seen when it is imported."""
    assert loaded_slow_modules("import storage.migrate") == ["alembic", "sqlalchemy", "sqlmodel"]


def test_what_the_opening_thread_imports_defines_no_qt_class():
    """ui/database_opening imports these off the GUI thread: none may bring in a Qt module."""
    from ui.database_opening import QUERY_MODULES

    probe = (f"import {', '.join(QUERY_MODULES)}\nimport json, sys\n"
             "print(json.dumps(sorted(m for m in sys.modules if m.startswith('PySide6'))))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
