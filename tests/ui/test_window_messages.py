"""Messages the window shows say what to click or whom to ask, never what to type; the command line keeps its own
wording (the command to run)."""

import re
from pathlib import Path
from xml.etree import ElementTree

from storage.database import _not_granted
from storage.errors import StorageError
from ui.background import failure_message

ROOT = Path(__file__).resolve().parents[2]
TYPED = re.compile(r"uv run|main\.py|(^|\s)--[a-z]|\bsetup-server\b|\bcopy-db\b|\bcheck-data\b|postgresql\+psycopg://")


def test_a_server_not_granted_says_whom_to_ask_and_what_to_click_in_the_window():
    url = "postgresql+psycopg://langmoi_app@10.0.0.5/langmoi"
    for revision in (None, "0004_old"):
        refusal = _not_granted(url, "10.0.0.5/langmoi", revision)
        assert "setup-server --app-role langmoi_app" in str(refusal)  # the command line: the owner's command
        window = refusal.window_text()
        assert "Hãy báo người quản trị máy chủ" in window and "bấm “Chọn cơ sở dữ liệu khác…”" in window
        assert not TYPED.search(window), window


def test_work_off_the_gui_thread_says_the_windows_wording():
    refusal = StorageError("chạy lệnh backups", in_window="bấm Sao lưu ngay")
    assert failure_message(refusal) == "bấm Sao lưu ngay"
    assert failure_message(StorageError("Tệp đã bị khóa.")) == "Tệp đã bị khóa."


def test_no_window_text_tells_people_to_type_a_command():
    """Every translated window string (the .ts file holds them all, ui/*.py and the forms)."""
    tree = ElementTree.parse(ROOT / "resources" / "i18n" / "langmoi_vi.ts")
    typed = [text for message in tree.iter("message") for part in ("source", "translation")
             if (text := message.findtext(part)) and TYPED.search(text)]
    assert typed == []
