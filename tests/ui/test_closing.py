"""Closing the window while work runs: asked whether to cancel it, every task waited for, never a hang, never a
half-written file. Jobs are held at their steps by an event the test sets, so each moment is certain."""

import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QProgressDialog, QPushButton

import ui.tasks
from exports.cancel import Progress
from storage.backups import list_backups
from tests.pdf import pdf_pages
from ui.background import BackgroundTask
from ui.checklist_model import ChecklistModel

ROOT = Path(__file__).resolve().parents[2]
QUESTION = "Hủy việc đang làm và đóng chương trình?"
STILL_RUNNING = ("Đang kết thúc an toàn việc đang làm (không bao giờ cắt ngang một lần ghi vào cơ sở dữ liệu); "
                 "chương trình sẽ tự đóng khi việc xong.")


def answer(text: str, asked: list[str], tries: int = 200) -> None:
    """Click the button reading `text` of the question once it shows (within `tries` × 25 ms); keep its text."""
    box = QApplication.activeModalWidget()
    buttons = box.findChildren(QPushButton) if isinstance(box, QMessageBox) else []
    button = next((b for b in buttons if b.text() == text), None)
    if button is not None:
        asked.append(box.text())
        button.click()
    elif tries:
        QTimer.singleShot(25, lambda: answer(text, asked, tries - 1))


def close_answering(window, text: str) -> list[str]:
    """Close `window`, answering the question with the button `text`; the questions asked."""
    asked: list[str] = []
    QTimer.singleShot(0, lambda: answer(text, asked))
    window.close()
    return asked


@contextmanager
def held(qtbot, monkeypatch, window) -> Iterator[threading.Event]:
    """Every job's progress step waits (10 s at most) until the event yielded is set; at the end it is set and
    the window's tasks are let end, so a failing test leaves no thread behind to hang the next."""
    released = threading.Event()
    advance = Progress.advance

    def wait_then_advance(progress, done, total):
        released.wait(10)
        advance(progress, done, total)

    monkeypatch.setattr(Progress, "advance", wait_then_advance)
    try:
        yield released
    finally:
        released.set()
        qtbot.waitUntil(lambda: not window.tasks, timeout=20000)


def print_all(monkeypatch, window, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window.print_all_action.trigger()


def test_closing_during_two_exports_in_a_process_of_its_own_ends_within_a_minute(tmp_path):
    """The window once hung here for good; run apart, so that a hang is killed and fails the test."""
    try:
        done = subprocess.run([sys.executable, "-m", "tests.ui.closing_scenario", str(tmp_path)], cwd=ROOT,
                              capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        raise AssertionError("the window closed during two exports did not end within 60 s") from None
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"asked: Đang ghi phiếu… | Đang ghi báo cáo tổng hợp… |  | {QUESTION}",
        "closed; left: []",
    ]


def test_cancel_and_close_stops_the_export_and_leaves_no_file(qtbot, monkeypatch, window, tmp_path):
    out = tmp_path / "out"
    with held(qtbot, monkeypatch, window) as released:
        print_all(monkeypatch, window, out / "phieu.pdf")
        assert close_answering(window, "Hủy và đóng") == [f"Đang ghi phiếu…\n\n{QUESTION}"]
        assert window.isVisible()  # the export has not ended yet
        released.set()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    assert not out.exists() or list(out.iterdir()) == []


def test_keep_working_lets_the_export_finish_and_write_its_file(qtbot, monkeypatch, window, tmp_path):
    target = tmp_path / "phieu.pdf"
    with held(qtbot, monkeypatch, window) as released:
        print_all(monkeypatch, window, target)
        window.next_start = "sign_out"
        assert close_answering(window, "Tiếp tục làm") == [f"Đang ghi phiếu…\n\n{QUESTION}"]
        assert window.isVisible()
        monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Close)  # "Sheets written"
        assert window.next_start is None  # the sign-out is called off with the close
        [task] = window.tasks
        with qtbot.waitSignal(task.finished, timeout=20000):
            released.set()
    assert window.isVisible()
    assert len(pdf_pages(target)) >= 57
    assert window.statusBar().currentMessage().startswith("Đã ghi")


def test_every_task_is_tracked_and_the_window_closes_when_the_last_has_ended(qtbot, window):
    """Two tasks, one started from a dialog of the window: both are asked about, both cancelled, both waited
    for; neither hands a result to a window that is closing."""
    first, second = threading.Event(), threading.Event()
    results: list[str] = []

    def job(event: threading.Event):
        def run(progress):
            event.wait(10)
            progress.advance(1, 1)
            return "written"
        return run

    dialog = QDialog(window)
    tasks = [BackgroundTask(owner, label, job(event), results.append, results.append)
             for owner, label, event in ((window, "Đang ghi phiếu…", first),
                                         (dialog, "Đang ghi bảng tính…", second))]
    try:
        for task in tasks:
            task.start()
        assert list(window.tasks) == tasks
        assert close_answering(window, "Hủy và đóng") == [f"Đang ghi phiếu…\nĐang ghi bảng tính…\n\n{QUESTION}"]
        first.set()
        qtbot.waitUntil(lambda: list(window.tasks) == tasks[1:], timeout=10000)
        assert window.isVisible()
        assert window.close() is False  # asked once: a second close waits as well
        second.set()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    finally:
        first.set()
        second.set()
        qtbot.waitUntil(lambda: not window.tasks, timeout=20000)
    assert results == []


def test_after_cancel_and_close_the_backup_on_closing_after_changes_is_still_taken(qtbot, monkeypatch, window,
                                                                                      db_path, tmp_path):
    model = window.village_panel.checklist_model
    with qtbot.waitSignal(model.saved):
        model.setData(model.index(0, ChecklistModel.COL_EVIDENCE), "Biên bản số 5")
    with held(qtbot, monkeypatch, window) as released:
        print_all(monkeypatch, window, tmp_path / "out" / "phieu.pdf")
        close_answering(window, "Hủy và đóng")
        released.set()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    assert [backup.reason for backup in list_backups(db_path)][:1] == ["close"]
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_a_task_slow_to_stop_says_the_window_waits_for_it_and_is_never_cut_off(qtbot, monkeypatch, window,
                                                                               tmp_path):
    monkeypatch.setattr(ui.tasks, "SHOWN_AFTER_MS", 10)
    monkeypatch.setattr(ui.tasks, "PATIENCE_MS", 500)
    with held(qtbot, monkeypatch, window) as released:
        print_all(monkeypatch, window, tmp_path / "phieu.pdf")
        [task] = window.tasks
        close_answering(window, "Hủy và đóng")
        qtbot.waitUntil(lambda: task.dialog.isVisible() and task.dialog.labelText() == "Đang hủy…", timeout=5000)
        qtbot.waitUntil(lambda: task.dialog.labelText() == STILL_RUNNING, timeout=5000)
        assert window.isVisible()
        released.set()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    assert not (tmp_path / "phieu.pdf").exists()


def test_closing_with_nothing_running_asks_nothing(window):
    assert window.close() is True


def test_tasks_that_ended_leave_no_thread_or_dialog_behind(qtbot, window):
    results: list[str] = []
    for number in range(3):
        BackgroundTask(window, "Đang ghi phiếu…", lambda progress, n=number: str(n), results.append,
                       results.append).start()
        qtbot.waitUntil(lambda: not window.tasks, timeout=10000)
    assert results == ["0", "1", "2"]
    qtbot.waitUntil(lambda: not window.findChildren(BackgroundTask) and not window.findChildren(QProgressDialog),
                    timeout=5000)
