"""Reads that grow with the plan, run off the GUI thread, the newest of each kind winning.

The window asks for a read by kind ("figures", "village", …): the read runs in a worker thread and its result is
handed to the GUI thread. A newer request of the same kind supersedes an older one: the older one's result is
dropped, never shown (an older read not yet started is not run at all). While a kind has a read pending, its
views show a busy state, though only after BUSY_AFTER_MS, so that a quick read does not flicker.

Closing never waits: `close()` drops every result still to come; the reads themselves end on their own (the
gateway refuses them a session once closed, see ui/plan_gateway.py), in daemon threads.
"""

import itertools
import logging
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


class _Courier(QObject):
    """Carries a read's outcome from its worker thread to the GUI thread, where its LatestRead lives — unless that
    was deleted with its window meanwhile. One courier for the program, never deleted: a worker thread never
    emits on an object that may have been destroyed."""

    carried = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.carried.connect(self._arrived)

    @Slot(object)
    def _arrived(self, parcel: tuple) -> None:
        reader, *outcome = parcel
        reader = reader()
        if reader is not None and shiboken6.isValid(reader):
            reader._deliver(*outcome)


_courier: _Courier | None = None


@dataclass
class _Request:
    generation: int
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
        self._courier = _courier
        self._self = weakref.ref(self)
        self._generations = itertools.count(1)
        self._pending: dict[str, _Request] = {}
        self._shown_busy: set[str] = set()
        self._closed = False
        self._running = 0
        self._lock = threading.Lock()

    def request(self, kind: str, read: Callable[[], Any], apply: Callable[[Any], None]) -> None:
        """Run `read()` in a worker thread, then `apply(result)` in the GUI thread unless a newer request of
        `kind` came meanwhile."""
        if self._closed:
            return
        request = _Request(next(self._generations), read, apply)
        self._pending[kind] = request
        QTimer.singleShot(BUSY_AFTER_MS, self, lambda: self._show_busy(kind, request.generation))
        threading.Thread(target=self._run, args=(kind, request), name=f"read-{kind}", daemon=True).start()

    def drop(self, kind: str) -> None:
        """Supersede the read of `kind` pending (if any) with none: its result is never shown."""
        if self._pending.pop(kind, None) is not None:
            self._set_busy(kind, False)

    def pending(self, kind: str | None = None) -> bool:
        """Whether a read (of `kind`, or of any kind) waits for its result to be applied."""
        return bool(self._pending) if kind is None else kind in self._pending

    def running(self) -> int:
        """How many worker threads are still reading (a closed window's reads end on their own)."""
        with self._lock:
            return self._running

    def close(self) -> None:
        """Drop every result still to come; no read is started any more."""
        self._closed = True
        self._pending.clear()

    def _is_latest(self, kind: str, generation: int) -> bool:
        request = self._pending.get(kind)
        return not self._closed and request is not None and request.generation == generation

    def _run(self, kind: str, request: _Request) -> None:
        """In the worker thread: skip a read already superseded, else read and hand the outcome over."""
        with self._lock:
            self._running += 1
        try:
            if not self._is_latest(kind, request.generation):
                return
            try:
                result = request.read()
            except Exception as error:  # handed to the GUI thread, which says it (or drops it when superseded)
                self._emit(kind, request.generation, None, error)
            else:
                self._emit(kind, request.generation, result, None)
        finally:
            with self._lock:
                self._running -= 1

    def _emit(self, kind: str, generation: int, result: Any, error: BaseException | None) -> None:
        self._courier.carried.emit((self._self, kind, generation, result, error))

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
