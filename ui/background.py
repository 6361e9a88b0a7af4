"""Long work off the GUI thread, behind a progress dialog that can be cancelled."""

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from domain.errors import DomainError
from exports.cancel import Cancelled, Progress
from storage.errors import StorageError
from storage.file_errors import file_error_message
from ui.tasks import TaskList

log = logging.getLogger(__name__)

Job = Callable[[Progress], Any]


def failure_message(error: Exception) -> str:
    """What a person reads when work off the GUI thread failed: a refusal as it says, an unexpected error logged
    and said in one sentence."""
    if isinstance(error, StorageError):
        return error.window_text()
    if isinstance(error, DomainError):
        return str(error)
    if isinstance(error, OSError):
        return file_error_message(error)
    log.error("background job failed", exc_info=error)
    return QCoreApplication.translate("_Worker", "An unexpected error occurred; the details are in the log file.")


class _Worker(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self.cancel_requested = False

    @Slot()
    def run(self) -> None:
        progress = Progress(step=self.progressed.emit, cancelled=lambda: self.cancel_requested)
        try:
            result = self._job(progress)
        except Cancelled:
            self.cancelled.emit()
        except Exception as error:
            self.failed.emit(failure_message(error))
        else:
            self.succeeded.emit(result)
        finally:
            # The thread ends here, on its own: quitting it from a GUI-thread slot hung a window that was
            # closing, its GUI thread waiting for this thread while this thread waited for that slot.
            self.thread().quit()


PROGRESS_WIDTH = 420
"""The progress dialog's width at least: its title and a document's name in its label are not cut."""


class BackgroundTask(QObject):
    """Runs `job(progress)` in a thread; calls `on_success(result)` or `on_failure(message)` in the GUI thread.

    Cancelling the dialog asks the job to stop at its next step; the job then writes nothing. Once started, the
    task is in the TaskList of its window (ui/tasks.py) until its thread has ended.
    """

    finished = Signal()
    """The job has ended and its result was handed to the callback (emitted just before the callback runs)."""
    ended = Signal()
    """The thread has ended (after `finished`): the task leaves its window's TaskList."""

    def __init__(self, parent: QWidget, label: str, job: Job, on_success: Callable[[Any], None],
                 on_failure: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.label = label
        self._abandoned = False
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(self.tr("Please wait"))
        text = QLabel(label)  # wrapped in a dialog wide enough for its title bar: a long label was cut at the edge
        text.setWordWrap(True)
        self.dialog.setLabel(text)
        self.dialog.setMinimumWidth(PROGRESS_WIDTH)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self._thread = QThread(self)
        self._worker = _Worker(job)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._on_success = on_success
        self._on_failure = on_failure
        # Connected to this object's slots, not to the callbacks themselves: a plain callable (a lambda)
        # would run in the worker's thread, and the callbacks touch widgets.
        self._worker.progressed.connect(self._progressed)
        self._worker.succeeded.connect(self._succeeded)
        self._worker.failed.connect(self._failed)
        self._worker.cancelled.connect(self._done)
        self.dialog.canceled.connect(self.cancel)
        self._thread.finished.connect(self._ended)

    def start(self) -> None:
        TaskList.of(self).add(self)
        self._thread.start()

    def cancel(self) -> None:
        self._worker.cancel_requested = True
        self.dialog.setLabelText(self.tr("Cancelling…"))

    def abandon(self) -> None:
        """Cancel, and hand no result to the callbacks: the window they would touch is closing."""
        self._abandoned = True
        self.cancel()

    def say(self, text: str) -> None:
        """Show `text` in the progress dialog (shown now if it was not yet)."""
        self.dialog.setLabelText(text)
        self.dialog.show()

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self._done()
        if self._abandoned:
            log.info("%s ended before it could be cancelled", self.label)
        else:
            self._on_success(result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._done()
        if self._abandoned:
            log.warning("%s failed while the window closed: %s", self.label, message)
        else:
            self._on_failure(message)

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    @Slot()
    def _done(self) -> None:
        self._thread.wait()  # a moment: the thread ends by itself right after handing over the result
        self.dialog.close()
        self.finished.emit()

    @Slot()
    def _ended(self) -> None:
        """The thread has ended: the task leaves its list, and it and its dialog are deleted, so that a day of
        exports does not pile up threads and dialogs in the window."""
        self._thread.wait()
        self.dialog.close()
        self.ended.emit()
        self.dialog.deleteLater()
        self.deleteLater()
