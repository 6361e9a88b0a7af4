"""The layers of DESIGN.md hold: domain/ imports no Qt, reportlab or openpyxl; storage/ no Qt, ui or exports."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

BLOCK_AND_IMPORT = """
import importlib, pkgutil, sys
for name in {blocked!r}:
    sys.modules[name] = None  # importing any of them now raises ImportError
module = importlib.import_module({package!r})
for info in pkgutil.iter_modules(module.__path__):
    importlib.import_module(f"{package}.{{info.name}}")
print("ok")
"""


@pytest.mark.parametrize(("package", "blocked"), [
    ("domain", ("PySide6", "reportlab", "openpyxl", "qt_material", "docx", "ui", "exports", "storage")),
    ("storage", ("PySide6", "reportlab", "qt_material", "ui", "exports")),
])
def test_a_layer_imports_without_what_it_must_not_know(package, blocked):
    code = BLOCK_AND_IMPORT.format(package=package, blocked=blocked)
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_the_window_starts_without_the_document_libraries():
    """reportlab, openpyxl and python-docx cost a second together: they load when a file is written or read."""
    code = ("import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'; import ui.main_window; "
            "print(sorted(name for name in ('reportlab', 'openpyxl', 'docx') if name in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
