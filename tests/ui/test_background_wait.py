"""Waiting on the GUI thread for work run off it (ui/background_wait.py), as the database's opening and the read of
who works do: the result comes back, what the work raised is raised, the window's events go on meanwhile without
the GUI thread spinning, and closing the window ends the wait (at once for a read; once the work has ended, what it
made disposed of, for work that must not be cut).

The work waits for the test's own gate; a gate never opened ends it after GATE_S, a bound on the test's side only:
the outcomes asserted would then be the wrong ones, never a hang."""

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from domain.access import Principal
from ui import background_wait
from ui.account_dialogs import who_works
from ui.account_gateway import AccountGateway
from ui.background_wait import WindowClosed, wait_for

GATE_S = 10


@pytest.fixture
def window(qtbot) -> QWidget:
    shown = QWidget()
    qtbot.addWidget(shown)
    shown.show()
    return shown


def gated(gate: threading.Event, result: str = "read") -> tuple[list[str], object]:
    """Work that waits for `gate` and returns `result` ("too late" when the gate never opened); the threads it ran
    in."""
    threads: list[str] = []

    def work() -> str:
        threads.append(threading.current_thread().name)
        return result if gate.wait(GATE_S) else "too late"

    return threads, work


def test_the_result_comes_back_while_the_window_goes_on_with_its_events(window):
    gate = threading.Event()
    threads, work = gated(gate)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: (ticks.append(1), len(ticks) == 3 and gate.set()))
    timer.start(10)
    try:
        assert wait_for(window, work, name="figures") == "read"  # the gate opened by the GUI thread's own timer
    finally:
        timer.stop()
    assert threads == ["read-figures"] and len(ticks) >= 3


def test_what_the_work_raised_is_raised_on_the_gui_thread(window):
    refusal = ValueError("Không đọc được thôn Bản Mới")

    def work() -> None:
        raise refusal

    with pytest.raises(ValueError) as raised:
        wait_for(window, work)
    assert raised.value is refusal


def test_the_gui_thread_sleeps_between_events_while_it_waits(window, monkeypatch):
    turns: list[int] = []
    next_events = background_wait._next_events
    monkeypatch.setattr(background_wait, "_next_events", lambda: (turns.append(1), next_events()))
    gate = threading.Event()
    _threads, work = gated(gate)
    QTimer.singleShot(300, gate.set)
    assert wait_for(window, work) == "read"
    assert len(turns) < 100, "the GUI thread spun while it waited"  # a spin turns ~100,000 times in 0.3 s


def test_a_window_closed_during_a_read_ends_the_wait_at_once_and_drops_the_result(window):
    gate = threading.Event()
    _threads, work = gated(gate)
    QTimer.singleShot(50, window.close)
    try:
        with pytest.raises(WindowClosed):
            wait_for(window, work)
        assert not gate.is_set()  # the read was still waiting: the wait did not wait for it
    finally:
        gate.set()


def test_a_window_closed_during_work_that_must_not_be_cut_waits_for_it_then_disposes_of_it(window):
    gate = threading.Event()
    _threads, work = gated(gate, "a database")
    disposed: list[str] = []

    def close() -> None:
        window.close()
        QTimer.singleShot(100, gate.set)  # the work ends after the window has closed

    QTimer.singleShot(50, close)
    with pytest.raises(WindowClosed):
        wait_for(window, work, finish=disposed.append)
    assert disposed == ["a database"]


def test_work_that_failed_after_its_window_closed_has_nothing_to_dispose_of(window):
    def work() -> str:
        window_closed.wait(GATE_S)
        raise ValueError("Không mở được cơ sở dữ liệu")

    window_closed = threading.Event()
    disposed: list[str] = []
    QTimer.singleShot(50, lambda: (window.close(), window_closed.set()))
    with pytest.raises(WindowClosed):
        wait_for(window, work, finish=disposed.append)
    assert disposed == []


def test_the_window_closed_while_who_works_is_read_is_as_if_the_user_cancelled(window, empty_database, monkeypatch):
    gate, read = threading.Event(), threading.Event()
    start_mode = AccountGateway.start_mode

    def slow_start_mode(gateway: AccountGateway):
        gate.wait(GATE_S)
        try:
            return start_mode(gateway)
        finally:
            read.set()

    monkeypatch.setattr(AccountGateway, "start_mode", slow_start_mode)
    QTimer.singleShot(50, window.close)
    try:
        assert who_works(empty_database, "ketoan", parent=window) is None
    finally:
        gate.set()
        read.wait(GATE_S)  # the read dropped ends before the database is closed


def test_who_works_alone_with_its_window_open(window, empty_database):
    assert who_works(empty_database, "ketoan", parent=window) == Principal.local("ketoan")
