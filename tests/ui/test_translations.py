"""Every string of the window is translated into Vietnamese, and the shipped .qm is built from the .ts."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "langmoi_vi.ts"
QM = ROOT / "resources" / "i18n" / "langmoi_vi.qm"
TOOLS = Path(sys.executable).parent


def _unfinished(ts: Path) -> list[str]:
    return [message.findtext("source") for message in ET.parse(ts).iter("message")
            if message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
            or not message.findtext("translation")]


def test_every_string_in_ui_has_a_vietnamese_translation(tmp_path):
    """lupdate over ui/ adds any new string as unfinished: there must be none."""
    scratch = tmp_path / "langmoi_vi.ts"
    shutil.copy(TS, scratch)
    sources = sorted(str(path) for path in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(scratch)], check=True, capture_output=True)
    assert _unfinished(scratch) == []


def test_the_shipped_qm_is_built_from_the_ts(tmp_path):
    built = tmp_path / "langmoi_vi.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(built)], check=True, capture_output=True)
    assert built.read_bytes() == QM.read_bytes(), "run pyside6-lrelease on resources/i18n/langmoi_vi.ts"


def test_the_window_speaks_vietnamese():
    assert QCoreApplication.translate("Labels", "Not assessed") == "Chưa đánh giá"
    assert QCoreApplication.translate("MainWindow", "&Remove sample plan") == "Xóa kế hoạch &mẫu"
