"""Waiting on the GUI thread for work run off it, the window's events going on: the database's opening
(ui/database_opening.py) and the read of who works (ui/account_dialogs.who_works), both before the window's main
event loop runs.

`wait_for(window, work)` runs `work()` in a reading thread (ui/latest_read.py) and turns the GUI thread's events
until its outcome has come: its result is returned, what it raised is raised. The window paints and answers
meanwhile; closed meanwhile (hidden, not minimised), it ends the wait with `WindowClosed`: at once, the result of a
read dropped when it comes; or, for work that must not be cut (an upgrade of the database), once the work has
ended, `finish` then disposing of what it made.

The events are turned by QCoreApplication.processEvents waiting for the next one, never by a QEventLoop's exec:
once the application has been told to quit, exec returns at once, and a loop around it would spin.
"""

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QWidget

from ui.latest_read import LatestRead

T = TypeVar("T")


class WindowClosed(Exception):
    """The window was closed before the work it waited for had ended."""


def wait_for(window: QWidget | None, work: Callable[[], T], *, finish: Callable[[T], None] | None = None,
             name: str = "wait") -> T:
    """`work()`'s result, run off the GUI thread (its thread named read-`name`) while `window`'s events go on; what
    it raised is raised here.

    Raises WindowClosed when `window` is closed before the outcome has come (a window not shown is closed; None:
    no window is watched). Without `finish`, at once: the work ends on its own and its result is dropped. With
    `finish`, the events still turning, once the work has ended; `finish(result)` is then called on the GUI thread
    (not when the work raised)."""
    outcome: list[tuple[bool, Any]] = []

    def attempt() -> tuple[bool, Any]:
        try:
            return True, work()
        except Exception as error:  # raised again on the GUI thread
            return False, error

    reads = LatestRead()
    reads.request(name, attempt, outcome.append)
    while not outcome and (window is None or window.isVisible()):
        _next_events()
    if outcome and (window is None or window.isVisible()):
        done, value = outcome[0]
        if not done:
            raise value
        return value
    if finish is None:
        reads.close()
        raise WindowClosed
    while not outcome:
        _next_events()
    done, value = outcome[0]
    if done:
        finish(value)
    raise WindowClosed


def _next_events() -> None:
    """The events that have come, or, when none has, the next one waited for (the GUI thread sleeps meanwhile)."""
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
