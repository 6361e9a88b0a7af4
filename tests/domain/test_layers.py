"""domain/ and storage/ run with no Qt, reportlab or openpyxl installed (DESIGN.md, Layers)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BLOCK_AND_IMPORT = """
import importlib, pkgutil, sys
for name in ("PySide6", "reportlab", "openpyxl", "qt_material", "ui", "exports"):
    sys.modules[name] = None  # importing any of them now raises ImportError
for package in ("domain", "storage"):
    module = importlib.import_module(package)
    for info in pkgutil.iter_modules(module.__path__):
        importlib.import_module(f"{package}.{info.name}")
print("ok")
"""


def test_domain_and_storage_import_without_ui_or_file_formats():
    result = subprocess.run([sys.executable, "-c", BLOCK_AND_IMPORT], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
