"""The window is painted before the database layer is imported (issue 14): importing the window's modules, and
building and painting the main window, load neither SQLAlchemy, SQLModel nor Alembic, nor the libraries only an
export or the dashboard's charts need; nor, as the program starts, what only comes after the first paint. Each
check runs in a fresh interpreter, as a start does."""

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


START = """
import sys
from ui.app import prepared_application
from ui.main_window import MainWindow
app = prepared_application()
window = MainWindow()
window.show()
app.processEvents()
import PySide6.QtWidgets
built = set(vars(PySide6.QtWidgets))
loaded = set(sys.modules)
import json
print(json.dumps({"modules": sorted(loaded), "classes": sorted(built)}))
"""
AFTER_THE_PAINT = ("platformdirs", "json", "html", "decimal", "domain.formatting", "ui.campaign_text",
                   "ui.review_icons", "ui.review_labels", "ui.table_models", "ui.database_opening")
"""What the start up to the first paint (of an empty window) does not import: each ~2-8 ms of CPU, some imported
where used (the tree's tooltips and marks), the cache folder asked of Qt rather than of platformdirs."""
CLASSES_AFTER_THE_PAINT = ("QStyle", "QMessageBox")
"""Qt classes not handed to Python before the first paint: the first use of a class builds its Python enums (QStyle
~10 ms of a start)."""


def test_a_start_paints_its_first_window_without_what_comes_after(tmp_path):
    """The start's own steps (ui/app.py), run twice with one cache folder: the first renders the theme."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
                   "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache"),
                   "XDG_CONFIG_HOME": str(tmp_path / "config")}
    for _start in range(2):
        done = subprocess.run([sys.executable, "-c", START], cwd=ROOT, env=environment, capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert [name for name in AFTER_THE_PAINT if name in seen["modules"]] == []
    assert [name for name in CLASSES_AFTER_THE_PAINT if name in seen["classes"]] == []


@pytest.mark.parametrize("words", [[], ["--db", "x.sqlite3"], ["--db=x"], ["--user", "an", "--db", "d"],
                                   ["--db", "a", "--db", "b"], ["--db="], ["--db"], ["--db", "-x"], ["-h"],
                                   ["--he"], ["--d", "x"], ["export", "plan", "p.xlsx"], ["backups"]])
def test_the_window_s_command_line_is_read_as_the_full_parser_reads_it(words):
    """main.window_arguments reads a command line that only opens the window without the subcommands' parsers, and
    leaves any other to them."""
    import main

    fast = main.window_arguments(words)
    try:
        full = main.build_parser().parse_args(words)
    except SystemExit:
        full = None
    assert fast is None or fast == full
    assert (fast is not None) == (words in ([], ["--db", "x.sqlite3"], ["--db=x"], ["--user", "an", "--db", "d"],
                                            ["--db", "a", "--db", "b"], ["--db="]))


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
