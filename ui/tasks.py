"""Every background task a window runs, so that closing the window knows what is still working.

A BackgroundTask registers itself when it starts, in the list of the window it belongs to (found up its parent
chain), and leaves it when its thread has ended. Closing while tasks run asks whether to cancel them; on "cancel"
the tasks are asked to stop (and any started meanwhile) and the window is closed again once the last has ended;
from then on tasks run as usual (the backup taken on closing, ui/backup_actions.py, is not cancelled). The GUI
thread never blocks on a task: a task's thread ends on its own (ui/background.py), so nothing waits on a slot that
cannot run.

A task is never killed. Jobs check for cancellation at their steps, before they write: an export stops at the
next village or sheet and leaves no file (exports/atomic.py); a job writing the database (a plan import, a merge
of team updates) is one transaction that is let finish or roll back, never cut. A task still running
PATIENCE_MS after the cancel says so in its progress dialog, and the window still closes when it ends.
"""

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.background import BackgroundTask

SHOWN_AFTER_MS = 400
"""When cancelled tasks still run after this, their progress dialogs are shown (saying "Cancelling…")."""
PATIENCE_MS = 10_000
"""How long cancelled tasks are given before their dialogs say that the window waits for them to end safely."""


class TaskList(QObject):
    """The running tasks of one window."""

    def __init__(self, window: QObject) -> None:
        super().__init__(window)
        self._running: list[BackgroundTask] = []
        self._closing: QWidget | None = None
        """The window to close when the last task has ended, once the user chose to cancel them and close."""

    @staticmethod
    def of(owner: QObject) -> "TaskList":
        """The list of the nearest of `owner` and its ancestors that has one; made on the top-most if none has."""
        node: QObject | None = owner
        top = owner
        while node is not None:
            found = node.findChild(TaskList, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if found is not None:
                return found
            top, node = node, node.parent()
        return TaskList(top)

    def __len__(self) -> int:
        return len(self._running)

    def __iter__(self) -> Iterator["BackgroundTask"]:
        return iter(list(self._running))

    def add(self, task: "BackgroundTask") -> None:
        """Track `task` until its thread has ended; one started while the window closes is cancelled at once."""
        self._running.append(task)
        task.ended.connect(lambda: self._remove(task))
        if self.closing:
            task.abandon()

    @property
    def closing(self) -> bool:
        """True while the window waits for cancelled tasks to end, to close."""
        return self._closing is not None

    def _remove(self, task: "BackgroundTask") -> None:
        self._running.remove(task)
        if not self._running and self._closing is not None:
            window, self._closing = self._closing, None
            window.close()

    def may_close(self, window: QWidget) -> bool:
        """Whether `window` may close now: yes when no task runs. Otherwise ask (once) whether to cancel them;
        on "cancel", cancel them and close `window` again when the last has ended."""
        if not self._running:
            return True
        if not self.closing and self._ask_cancel(window):
            self.cancel_then_close(window)
        return False

    def cancel_then_close(self, window: QWidget) -> None:
        """Cancel every running task, and any started until they have ended; then close `window`."""
        if not self._running:
            window.close()
            return
        self._closing = window
        for task in self:
            task.abandon()
        QTimer.singleShot(SHOWN_AFTER_MS, self, self._show_dialogs)
        QTimer.singleShot(PATIENCE_MS, self, self._say_still_running)

    def _ask_cancel(self, window: QWidget) -> bool:
        """The question, naming what is being done; "keep working" is the default and Escape's answer."""
        from PySide6.QtWidgets import QMessageBox  # a rare question: not imported before the first paint

        doing = "\n".join(task.label for task in self)
        question = self.tr("Cancel the work in progress and close the program?")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Close Làng Mới"), f"{doing}\n\n{question}",
                          parent=window)
        box.setObjectName("cancelOnClose")
        stop = box.addButton(self.tr("Cancel and close"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep working"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is stop

    def _show_dialogs(self) -> None:
        for task in self if self.closing else ():
            task.dialog.show()

    def _say_still_running(self) -> None:
        for task in self if self.closing else ():
            task.say(self.tr("Finishing the work safely (a save to the database is never cut off); "
                             "the program closes by itself when it ends."))
