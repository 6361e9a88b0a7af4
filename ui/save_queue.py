"""The window's saves (a criterion's status or evidence, a village record), off the GUI thread, one at a time in
the order they were made.

Each save runs through the window's reads (ui/latest_read.py, kind "save"), so `window.settled` waits for it as
for a read, and its outcome reaches the GUI thread the same way. One at a time: a save's version is chosen when its
turn comes (`submit`'s `start` runs then, in the GUI thread), so a second change of a row names the version the
first one made, and two quick saves of two rows both land, in their order.

Closing the window: a save not started yet is never started (the reads are closed: nothing more runs); the one
running is a single short transaction, run in a thread the program's exit waits for (not a daemon), and the
application waits for it before it quits (then the database is closed, or a backup restored over it): it is
finished, never cut. Its outcome is dropped with the window.
"""

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from ui.latest_read import LatestRead

Job = Callable[[], Any]
"""The save itself, run off the GUI thread: one use case call, one transaction."""
Reply = Callable[[Any, BaseException | None], None]
"""Called in the GUI thread with the job's result, or the exception it raised (a refusal, a conflict…)."""

KIND = "save"
FINISH_WAIT_S = 30
"""At most this long the quitting application waits for the save running (a write waits for a busy database)."""


@dataclass
class _Save:
    start: Callable[[], Job]
    reply: Reply


class SaveQueue(QObject):
    """Every save of one window, in order, one at a time."""

    def __init__(self, reads: LatestRead, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = reads
        self._waiting: deque[_Save] = deque()
        self._current: _Save | None = None
        self._thread: threading.Thread | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.finish)

    def submit(self, start: Callable[[], Job], reply: Reply, *, first: bool = False) -> None:
        """Queue a save: `start()` (GUI thread, when its turn comes) gives the job; `reply(result, error)` when it
        came back. `first`: before the saves waiting (a retry the user just asked for, after a conflict)."""
        save = _Save(start, reply)
        if first:
            self._waiting.appendleft(save)
        else:
            self._waiting.append(save)
        if self._current is None:
            self._next()

    def saving(self) -> bool:
        """Whether a save runs or waits (its outcome not handed back yet)."""
        return self._current is not None

    def finish(self) -> None:
        """Wait for the save running now to end (the application is quitting)."""
        thread = self._thread
        if thread is not None:
            thread.join(FINISH_WAIT_S)

    def _next(self) -> None:
        self._current = self._waiting.popleft() if self._waiting else None
        if self._current is None:
            return
        save = self._current
        job = save.start()
        self._reads.request(KIND, lambda: self._run(job), lambda outcome: self._came_back(save, outcome))

    def _run(self, job: Job) -> tuple[Any, BaseException | None]:
        """In a read thread: the job in a thread of its own that the program's exit waits for; its outcome."""
        outcome: list[tuple[Any, BaseException | None]] = []

        def run() -> None:
            try:
                outcome.append((job(), None))
            except Exception as error:  # handed to the GUI thread, which says it
                outcome.append((None, error))

        thread = threading.Thread(target=run, name="save", daemon=False)
        self._thread = thread
        thread.start()
        thread.join()
        return outcome[0]

    def _came_back(self, save: _Save, outcome: tuple[Any, BaseException | None]) -> None:
        try:
            save.reply(*outcome)
        finally:
            self._next()
