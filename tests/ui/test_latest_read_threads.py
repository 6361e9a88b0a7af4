"""LatestRead's reads run on threads kept between reads (issue 14: a thread started for each read cost the GUI
thread its start, a few ms each, three times when the history dialog opens), several at once."""

import sys
import threading
import weakref

from ui.latest_read import BUSY_AFTER_MS, SWITCH_INTERVAL_S, LatestRead

WAIT_S = 5


def test_a_read_after_another_runs_on_the_kept_thread_without_starting_one(qtbot, monkeypatch):
    reads = LatestRead()
    shown: list[int] = []
    reads.request("first", threading.get_ident, shown.append)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=WAIT_S * 1000)
    started: list[threading.Thread] = []
    start = threading.Thread.start
    monkeypatch.setattr(threading.Thread, "start", lambda thread: (started.append(thread), start(thread)))
    reads.request("second", lambda: (threading.get_ident(), threading.current_thread().name), shown.append)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=WAIT_S * 1000)
    assert started == []
    ident, name = shown[1]
    assert name == "read-second"
    assert ident in {thread.ident for thread in threading.enumerate() if thread.daemon}


def test_reads_of_different_kinds_run_at_the_same_time(qtbot):
    """Three reads that each wait until all three are reading: they end only if they run at once."""
    together = threading.Barrier(3, timeout=WAIT_S)
    reads = LatestRead()
    shown: list[str] = []
    for kind in ("page", "people", "kinds"):
        reads.request(kind, lambda kind=kind: (together.wait(), kind)[1], shown.append)
    qtbot.waitUntil(lambda: len(shown) == 3, timeout=2 * WAIT_S * 1000)
    assert sorted(shown) == ["kinds", "page", "people"]
    assert not together.broken


class _Owner:
    """Stands for a dialog: its method is a read's apply, or the read holds it."""

    def shown(self, _result) -> None:
        raise AssertionError("a closed LatestRead applied a result")


def _freed_where(owner: _Owner) -> list[bool]:
    """Filled, once `owner` is freed, with whether that was in the GUI thread."""
    where: list[bool] = []
    weakref.finalize(owner, lambda: where.append(threading.current_thread() is threading.main_thread()))
    return where


def test_a_closed_reads_apply_and_read_are_let_go_of_in_the_gui_thread(qtbot):
    """The history dialog closed while its people were still being read was freed in the reading thread that held
    its method, and Qt crashed at its next timer: what the GUI gave a read is freed in the GUI thread."""
    reading, release = threading.Event(), threading.Event()
    applied_by, held_by_read = _Owner(), _Owner()
    freed = {"apply": _freed_where(applied_by), "read": _freed_where(held_by_read)}
    reads = LatestRead()
    reads.request("people", lambda owner=held_by_read: (reading.set(), release.wait(WAIT_S), owner),
                  applied_by.shown)
    assert reading.wait(WAIT_S)
    reads.close()
    del applied_by, held_by_read
    qtbot.wait(BUSY_AFTER_MS + 100)  # the window's busy timer has come and gone: it holds nothing either
    release.set()
    qtbot.waitUntil(lambda: reads.running() == 0 and all(freed.values()), timeout=WAIT_S * 1000)
    assert freed == {"apply": [True], "read": [True]}


def test_a_reading_thread_hands_the_interpreter_back_within_half_a_millisecond(qtbot):
    """Issue 14: Qt calls the window's models in Python for each cell it paints; beside a read running Python the
    GUI thread waited up to Python's switch interval (5 ms) at each call."""
    LatestRead()
    assert sys.getswitchinterval() == SWITCH_INTERVAL_S <= 0.0005
