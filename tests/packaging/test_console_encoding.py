"""Vietnamese on the console whatever its code page: a pipe or a file gets UTF-8 (Windows wrote them in the ANSI
code page, cp1252 or cp1258, and died with UnicodeEncodeError on the first Vietnamese letter)."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

import main

ROOT = Path(main.__file__).resolve().parent


def _run(*args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {key: value for key, value in os.environ.items() if key not in ("LC_ALL", "LANG", "PYTHONUTF8")}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, timeout=60,
                          env={**environment, **env}, cwd=ROOT)


def _locales() -> list[str]:
    try:
        found = subprocess.run(["locale", "-a"], capture_output=True, text=True, timeout=10).stdout.split()
    except OSError:
        return []
    return [name for name in found if name.lower().endswith(".iso88591")]


@pytest.mark.parametrize("encoding", ["cp1252", "cp1258"])
def test_help_through_a_pipe_in_an_ansi_code_page_is_utf8(encoding: str):
    done = _run("--help", PYTHONIOENCODING=encoding)
    assert done.returncode == 0, done.stderr
    assert "cách dùng: langmoi" in done.stdout.decode("utf-8")


def test_help_through_a_pipe_in_a_locale_not_utf8_is_utf8():
    for name in _locales():  # .ci/run generates en_US.ISO-8859-1 (Python knows no TCVN)
        done = _run("--help", LC_ALL=name)
        assert done.returncode == 0, (name, done.stderr)
        assert "tham số không" not in done.stdout.decode("utf-8")
        assert "hiện hướng dẫn này rồi thoát" in done.stdout.decode("utf-8")


def test_a_command_writes_its_file_and_its_success_line(tmp_path: Path):
    target = tmp_path / "mẫu kế hoạch.xlsx"
    done = _run("export", "plan-template", str(target), PYTHONIOENCODING="cp1258")
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8").strip() == f"Đã ghi tệp mẫu kế hoạch vào {target}"
    assert target.stat().st_size > 0


def test_a_refusal_on_stderr_is_utf8_too(tmp_path: Path):
    done = _run("import-plan", str(tmp_path / "không có.xlsx"), PYTHONIOENCODING="cp1252")
    assert done.returncode == 2
    assert "không có.xlsx" in done.stderr.decode("utf-8")


class _Terminal(io.TextIOWrapper):
    def isatty(self) -> bool:
        return True


def test_streams_are_switched_as_the_console_needs(monkeypatch: pytest.MonkeyPatch):
    piped = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")
    terminal = _Terminal(io.BytesIO(), encoding="iso8859-1")
    monkeypatch.setattr(sys, "stdout", piped)
    monkeypatch.setattr(sys, "stderr", terminal)
    main.utf8_console()
    print("Làng Mới: Đăk Glei")
    print("Làng Mới", file=sys.stderr)
    piped.flush()
    terminal.flush()
    assert piped.buffer.getvalue().decode("utf-8") == "Làng Mới: Đăk Glei\n"
    if sys.platform == "win32":
        assert terminal.encoding == "utf-8"
    else:  # a terminal keeps the encoding it shows, and shows "?" for what it cannot
        assert terminal.buffer.getvalue() == "Làng M?i\n".encode("iso8859-1")


def test_no_console_at_all_is_left_alone(monkeypatch: pytest.MonkeyPatch):
    """The windowed LangMoi.exe runs with sys.stdout and sys.stderr None."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    main.utf8_console()
