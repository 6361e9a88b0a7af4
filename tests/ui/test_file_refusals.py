"""A file the system refuses to write is said in Vietnamese, naming the file the person chose (never the hidden
temporary one), in the window and on the command line; the temporary file is gone and an older file is kept."""

import os
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.cli.run import run

OPEN_ELSEWHERE = ("không có quyền, hoặc tệp đang mở trong một chương trình khác (như Excel hay trình xem PDF). "
                  "Đóng tệp đó hoặc chọn nơi khác rồi thử lại.")


def _export_plan(qtbot, monkeypatch, window, target: Path) -> list[str]:
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(f"{title}: {text}"))
    window.export_plan_action.trigger()
    qtbot.waitUntil(lambda: not window.tasks, timeout=20000)
    return warnings


def test_a_workbook_written_over_a_folder_is_refused_naming_it(qtbot, monkeypatch, window, tmp_path):
    target = tmp_path / "out" / "ke_hoach.xlsx"
    target.mkdir(parents=True)
    assert _export_plan(qtbot, monkeypatch, window, target) == [
        f"Chưa ghi được tệp: Đường dẫn “{target}” là một thư mục, không phải một tệp: chọn tên tệp khác."]
    assert [p.name for p in target.parent.iterdir()] == ["ke_hoach.xlsx"]


def test_a_workbook_open_in_excel_on_windows_is_refused_and_kept(qtbot, monkeypatch, window, tmp_path):
    """Windows refuses to replace a file Excel has open: os.replace raises what it raises there."""
    target = tmp_path / "out" / "ke_hoach.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"the workbook Excel has open")
    replace = os.replace

    def as_windows(source, destination):
        if Path(destination) == target:
            raise PermissionError(13, "Access is denied", str(source), 5, str(destination))
        replace(source, destination)

    monkeypatch.setattr(os, "replace", as_windows)
    assert _export_plan(qtbot, monkeypatch, window, target) == [
        f"Chưa ghi được tệp: Không ghi hoặc đọc được “{target}”: {OPEN_ELSEWHERE}"]
    assert target.read_bytes() == b"the workbook Excel has open"
    assert [p.name for p in target.parent.iterdir()] == ["ke_hoach.xlsx"]


def test_the_command_line_says_the_same(capsys, database, tmp_path):
    target = tmp_path / "ke_hoach.xlsx"
    target.mkdir()
    status, out, err = run(capsys, "--db", database.url.removeprefix("sqlite:///"), "export", "plan", str(target))
    assert (status, out) == (2, "")
    assert err == f"langmoi: Đường dẫn “{target}” là một thư mục, không phải một tệp: chọn tên tệp khác.\n"
