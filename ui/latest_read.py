"""Reads that grow with the plan, run off the GUI thread, the newest of each kind winning.

The window asks for a read by kind ("figures", "village", …): the read runs in a worker thread and its result is
handed to the GUI thread. A newer request of the same kind supersedes an older one: the older one's result is
dropped, never shown (an older read not yet started is not run at all). While a kind has a read pending, its
views show a busy state, though only after BUSY_AFTER_MS, so that a quick read does not flicker.

Closing never waits: `close()` drops every result still to come; the reads themselves end on their own (the
gateway refuses them a session once closed, see ui/plan_gateway.py), in daemon threads.

The threads are the program's, kept between reads (`_Readers`): a thread started for each read cost the GUI thread
its start, a few ms each and up to ~10 on a busy machine (Python waits for the new thread to run), three times
when the history dialog opens.
"""

import itertools
import logging
import queue
import sys
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal, Slot

log = logging.getLogger(__name__)

BUSY_AFTER_MS = 150
"""A read still pending after this shows its views busy."""

SWITCH_INTERVAL_S = 0.0005
"""How long a reading thread running Python keeps the interpreter from the GUI thread (Python's default: 5 ms).
Qt calls the window's models in Python for each cell it paints, taking the interpreter each time: while a read
builds its objects, the GUI thread waited up to the whole interval at each call, and painting the tree and the
checklist took 2-5 times as long (issue 14: 5 ms -> 0.5 ms, the tree's repaint beside a busy thread ~65 -> ~40 ms,
measured under Xvfb at 10,000 villages). Set with the first LatestRead (sys.setswitchinterval)."""


class _Courier(QObject):
    """Carries the reads' outcomes from the reading threads to the GUI thread, where their LatestReads live —
    unless one was deleted with its window meanwhile. One courier for the program, never deleted: a reading thread
    never emits on an object that may have been destroyed. The outcomes wait in `outbox`; the signal only says
    that one is there, so that no reading thread holds an outcome (and the read it gives back) once it is handed
    over: the GUI thread is the last to hold it."""

    carried = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.outbox: queue.SimpleQueue[tuple] = queue.SimpleQueue()
        self.carried.connect(self._arrived)

    @Slot()
    def _arrived(self) -> None:
        """In the GUI thread: each outcome to its LatestRead, if still there; the read given back let go of here."""
        while True:
            try:
                reader, kind, generation, result, error, _read = self.outbox.get_nowait()
            except queue.Empty:
                return
            reader = reader()
            if reader is not None and shiboken6.isValid(reader):
                reader._deliver(kind, generation, result, error)


_courier: _Courier | None = None


class _Readers:
    """Daemon threads that run reads, each thread kept waiting for the next read once done: a read starts on a
    waiting thread, or on a new one while fewer than `most` exist, else waits for one to be free."""

    def __init__(self, most: int) -> None:
        self._most = most
        self._reads: queue.SimpleQueue[tuple[Callable[[], None], bool]] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._threads = 0
        self._waiting = 0

    def run(self, read: Callable[[], None]) -> None:
        with self._lock:
            claimed = self._waiting > 0  # that thread is this read's: it does not count as waiting any more
            if claimed:
                self._waiting -= 1
            start = not claimed and self._threads < self._most
            if start:
                self._threads += 1
        if start:
            threading.Thread(target=self._serve, args=(read,), name="read", daemon=True).start()
        else:
            self._reads.put((read, claimed))

    def _serve(self, read: Callable[[], None]) -> None:
        while True:
            try:
                read()
            except Exception:  # a read's own errors are handed over by its _Job; this thread serves on
                log.exception("a read failed outside its LatestRead")
            with self._lock:
                self._waiting += 1
            read, claimed = self._reads.get()
            if not claimed:  # queued while every thread was busy: this one stops waiting only now
                with self._lock:
                    self._waiting -= 1


_current = threading.local()
"""The ticket of the read a reading thread runs (`still_wanted`)."""


def still_wanted() -> bool:
    """In a read: whether its result is still wanted (no newer request of its kind came, it was not dropped, its
    LatestRead is open). A long read of many items asks between two and stops early when not: what it returns then
    is dropped anyway. Outside a read: True."""
    ticket = getattr(_current, "ticket", None)
    return ticket is None or ticket.wanted


READERS = 8
"""Threads reading at most at once (the window's figures, village, prefetch and check, a dialog's three reads):
beyond them a read waits for a free one."""
_readers = _Readers(READERS)


class _Ticket:
    """What a reading thread knows of its request: its generation, and whether it is still wanted (the GUI thread
    says no when a newer read of its kind comes, or it is dropped, or its LatestRead closed)."""

    def __init__(self, generation: int) -> None:
        self.generation = generation
        self.wanted = True


class _Count:
    """The reads of one LatestRead running now, counted by the reading threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.value = 0

    def add(self, step: int) -> None:
        with self._lock:
            self.value += step


class _Job:
    """A read handed to a reading thread. It holds nothing of the GUI's but the read itself (a gateway's call),
    which the thread gives back with the outcome: the request's `apply` (a widget's method) stays with the GUI
    thread, so that no widget's last reference ends, and the widget is freed, in a reading thread. (The history
    dialog, closed while its people were still being read, was freed in the reading thread that held its
    method, and Qt crashed at its next timer.)"""

    def __init__(self, reader: weakref.ref, kind: str, ticket: _Ticket, read: Callable[[], Any],
                 running: _Count) -> None:
        self.reader, self.kind, self.ticket, self.running = reader, kind, ticket, running
        self.read = read

    def __call__(self) -> None:
        threading.current_thread().name = f"read-{self.kind}"
        assert _courier is not None  # made with the first LatestRead
        self.running.add(1)
        try:
            result = error = None
            if self.ticket.wanted:
                _current.ticket = self.ticket
                try:
                    result = self.read()
                except Exception as failure:  # handed to the GUI thread, which says it (or drops it if superseded)
                    error = failure
                finally:
                    _current.ticket = None
            # the read moves from this job into the outbox: no name in this thread holds it any more
            _courier.outbox.put((self.reader, self.kind, self.ticket.generation, result, error, vars(self).pop("read")))
            del result, error
            _courier.carried.emit()
        finally:
            self.running.add(-1)


@dataclass
class _Request:
    ticket: _Ticket
    read: Callable[[], Any]
    apply: Callable[[Any], None]


class LatestRead(QObject):
    """One window's reads. `settled` when no read is pending and the last result has been applied."""

    settled = Signal()
    busy = Signal(str, bool)
    """(kind, whether its views should show that they are being read)"""
    failed = Signal(str, str)
    """(kind, the message to show): a read ended in a refusal or an error (logged); nothing was applied."""

    def __init__(self, parent: QObject | None = None) -> None:
        global _courier
        super().__init__(parent)
        if _courier is None:
            _courier = _Courier()
            sys.setswitchinterval(SWITCH_INTERVAL_S)
        self._self = weakref.ref(self)
        self._generations = itertools.count(1)
        self._pending: dict[str, _Request] = {}
        self._shown_busy: set[str] = set()
        self._closed = False
        self._running = _Count()

    def request(self, kind: str, read: Callable[[], Any], apply: Callable[[Any], None]) -> None:
        """Run `read()` in a reading thread, then `apply(result)` in the GUI thread unless a newer request of
        `kind` came meanwhile. `read` should hold no widget (a gateway's call, as the window's reads are)."""
        if self._closed:
            return
        self._forget(kind)
        ticket = _Ticket(next(self._generations))
        self._pending[kind] = _Request(ticket, read, apply)
        QTimer.singleShot(BUSY_AFTER_MS, self, lambda: self._show_busy(kind, ticket.generation))
        _readers.run(_Job(self._self, kind, ticket, read, self._running))

    def drop(self, kind: str) -> None:
        """Supersede the read of `kind` pending (if any) with none: its result is never shown."""
        if self._forget(kind):
            self._set_busy(kind, False)

    def _forget(self, kind: str) -> bool:
        """The read of `kind` pending no more (if there was one): not run if it has not started."""
        request = self._pending.pop(kind, None)
        if request is None:
            return False
        request.ticket.wanted = False
        return True

    def pending(self, kind: str | None = None) -> bool:
        """Whether a read (of `kind`, or of any kind) waits for its result to be applied."""
        return bool(self._pending) if kind is None else kind in self._pending

    def running(self) -> int:
        """How many reading threads are still reading (a closed window's reads end on their own)."""
        return self._running.value

    def close(self) -> None:
        """Drop every result still to come; no read is started any more."""
        self._closed = True
        for kind in list(self._pending):
            self._forget(kind)

    def _is_latest(self, kind: str, generation: int) -> bool:
        request = self._pending.get(kind)
        return not self._closed and request is not None and request.ticket.generation == generation

    def _deliver(self, kind: str, generation: int, result: Any, error: BaseException | None) -> None:
        if not self._is_latest(kind, generation):
            return  # superseded, or the window is closing: never shown
        request = self._pending.pop(kind)
        self._set_busy(kind, False)
        if error is None:
            request.apply(result)
        else:
            from ui.background import failure_message

            self.failed.emit(kind, failure_message(error))
        if not self._pending and not self._closed:
            self.settled.emit()

    def _show_busy(self, kind: str, generation: int) -> None:
        if self._is_latest(kind, generation):
            self._set_busy(kind, True)

    def _set_busy(self, kind: str, busy: bool) -> None:
        if busy != (kind in self._shown_busy):
            self._shown_busy.symmetric_difference_update({kind})
            self.busy.emit(kind, busy)
