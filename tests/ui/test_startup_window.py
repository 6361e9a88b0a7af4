"""The window first, then the database behind it (issue 14): the opening runs off the GUI thread while the window
says what it waits for, a new database receives the sample plan meanwhile, a refusal is asked over the window, and
the restart loop (sign-out, restore, another database) starts each new window the same way."""

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from domain.plans import list_plans
from ui.database_opening import open_over
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ["133-KH/TU (MẪU)", "25-KH/TU (MẪU)"]
"""A new database's sample: the plan 2023–2025 and its continuation after the illustrative 2025 reform."""


@pytest.fixture
def window(qtbot, settings) -> MainWindow:
    shown = MainWindow(settings)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_a_new_database_is_made_behind_the_window_which_says_so_and_keeps_answering(window, tmp_path, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(window, "say_opening", said.append)
    ticks: list[str] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(threading.current_thread().name))
    timer.start(10)
    opened = open_over(window, str(tmp_path / "moi.sqlite3"), looking=False)
    timer.stop()
    try:
        assert said == ["Cơ sở dữ liệu mới: đang nạp kế hoạch mẫu…"]
        assert len(ticks) > 5 and set(ticks) == {"MainThread"}, "the GUI thread was not free while it opened"
        assert opened.database.created
        with opened.database.session() as session:
            assert [plan.code for plan in list_plans(session)] == SAMPLES
    finally:
        opened.database.close()


def answer_when_shown(choose) -> list[QMessageBox]:
    """Answer the next modal box with `choose(box)` (which clicks) once it shows; the boxes answered."""
    answered: list[QMessageBox] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, answer)
            return
        answered.append(box)
        choose(box)

    QTimer.singleShot(0, answer)
    return answered


def test_a_file_that_is_no_database_is_said_over_the_window_and_quitting_opens_nothing(window, tmp_path):
    not_a_database = tmp_path / "ghi-chu.sqlite3"
    not_a_database.write_text("Danh sách thôn")
    said = []

    def quit_(box: QMessageBox) -> None:
        said.append((box.parentWidget() is window, box.windowTitle(), box.text()))
        next(button for button in box.buttons() if button.text() == "Thoát").click()

    answer_when_shown(quit_)
    assert open_over(window, str(not_a_database), looking=False) is None
    assert said == [(True, "Không mở được cơ sở dữ liệu", f"“{not_a_database}” không phải là tệp cơ sở dữ liệu.")]
    assert not_a_database.read_text() == "Danh sách thôn"


def test_a_file_another_program_holds_is_asked_over_the_window(window, tmp_path):
    url = f"sqlite:///{tmp_path / 'giu.sqlite3'}"
    holder = subprocess.Popen([sys.executable, "-m", "tests.storage.hold_open", url], cwd=ROOT, text=True,
                              stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert holder.stdout.readline().strip() == "held"
        boxes = answer_when_shown(lambda box: box.findChild(QPushButton, "look").click())
        opened = open_over(window, url, looking=False)
        try:
            assert [(box.objectName(), box.parentWidget()) for box in boxes] == [("refusalBox", window)]
            assert opened.database.read_only and opened.db_choice == url
        finally:
            opened.database.close()
    finally:
        holder.kill()
        holder.communicate()


def test_the_restart_loop_opens_each_window_first(tmp_path):
    first, second = f"sqlite:///{tmp_path / 'mot.sqlite3'}", f"sqlite:///{tmp_path / 'hai.sqlite3'}"
    (tmp_path / "home").mkdir()
    trace = tmp_path / "trace"
    environment = {**os.environ, "HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
                   "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_STATE_HOME": str(tmp_path / "state"),
                   "XDG_CACHE_HOME": str(tmp_path / "cache"), "LANGMOI_STARTUP_TRACE": str(trace),
                   "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "tests.ui.startup_driver", first, second], cwd=ROOT,
                          env=environment, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"code": 0, "windows": [
        {"database": first, "plans": SAMPLES},
        {"database": first, "plans": ["9-KH/THU", *SAMPLES]},  # signed out and in again: the plan added is there
        {"database": first, "plans": SAMPLES},  # the backup taken before it, restored
        {"database": second, "plans": SAMPLES},  # the database chosen in the settings, new
    ]}
    milestones = [line.split()[0] for line in trace.read_text().splitlines()]
    window = ["painted", "opened", "attached", "settled"]
    # the second window reopens the file unchanged since the first closed: its first paint shows what it showed
    # (ui/first_screen.py); a restored backup and a new database have none
    assert milestones == [*window, "painted", "first-screen", *window[1:], *window, *window]


def test_a_window_closed_while_a_new_database_is_made_lets_the_making_end_and_lets_go_of_the_file(window, tmp_path):
    path = tmp_path / "moi.sqlite3"
    QTimer.singleShot(50, window.close)
    assert open_over(window, str(path), looking=False) is None
    holder = subprocess.Popen([sys.executable, "-m", "tests.storage.hold_open", f"sqlite:///{path}"], cwd=ROOT,
                              text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert holder.stdout.readline().strip() == "held", "the closed window still holds the file"
    finally:
        holder.kill()
        holder.communicate()
    from storage.database import open_database

    reopened = open_database(f"sqlite:///{path}", actor="tester", read_only=True)
    try:
        with reopened.session() as session:
            assert [plan.code for plan in list_plans(session)] == SAMPLES, "the sample was not loaded whole"
    finally:
        reopened.close()
