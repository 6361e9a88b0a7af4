"""Every string of the window is translated into Vietnamese, and the shipped .qm is built from the .ts."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "langmoi_vi.ts"
TOOLS = Path(sys.executable).parent


def _unfinished(ts: Path) -> list[str]:
    return [message.findtext("source") for message in ET.parse(ts).iter("message")
            if message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
            or not message.findtext("translation")]


def test_every_string_in_ui_has_a_vietnamese_translation(tmp_path):
    """lupdate over ui/ (its modules and its Designer forms) adds any new string as unfinished: there must be none."""
    scratch = tmp_path / "langmoi_vi.ts"
    shutil.copy(TS, scratch)
    sources = sorted(str(path) for pattern in ("*.py", "*.ui") for path in (ROOT / "ui").rglob(pattern))
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(scratch)], check=True, capture_output=True)
    assert _unfinished(scratch) == []


@pytest.mark.parametrize("name", ["langmoi_vi", "qt_buttons_vi"])
def test_the_shipped_qm_is_built_from_the_ts(tmp_path, name):
    built = tmp_path / f"{name}.qm"
    source = ROOT / "resources" / "i18n" / f"{name}.ts"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(source), "-qm", str(built)], check=True, capture_output=True)
    shipped = ROOT / "resources" / "i18n" / f"{name}.qm"
    assert built.read_bytes() == shipped.read_bytes(), f"run pyside6-lrelease on {source.name}"


def test_the_window_speaks_vietnamese():
    assert QCoreApplication.translate("Labels", "Not assessed") == "Chưa đánh giá"
    assert QCoreApplication.translate("MainWindow", "&Remove sample plan") == "Xóa kế hoạch &mẫu"


def test_message_box_buttons_speak_vietnamese(qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Có"
    assert box.button(QMessageBox.StandardButton.No).text() == "&Không"
