"""System → Back up now / Restore from a backup…, a backup on closing after changes, and a daily one while the
window stays open with changes. Every backup runs off the GUI thread.

A backup that fails never costs the user's work (it is saved in the database already): on closing, the failure
is logged and the window closes (the closing backup is not retried, so closing waits at most for one copy);
a daily one says so in the status bar and is tried again at the next hour's check.
"""

import logging
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from storage.backups import Backup, change_mark, list_backups
from storage.database import Database
from storage.location import sqlite_path
from ui.background import BackgroundTask
from ui.backup_dialogs import BackupsDialog

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60 * 60 * 1000
DAILY = timedelta(days=1)


class BackupActions(QObject):
    """`window.next_start` becomes "restore", with `window.restore_from` the backup, to restore and start again."""

    def __init__(self, window: QMainWindow, database: Database) -> None:
        super().__init__(window)
        self.window = window
        self.database = database
        self.path = sqlite_path(database.url)
        usable = self.path is not None and not database.read_only
        self.backup_now_action = QAction(self.tr("&Back up now"), self)
        self.backup_now_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self.tr("&Restore from a backup…"), self)
        self.restore_action.triggered.connect(self.choose_restore)
        for action in (self.backup_now_action, self.restore_action):
            action.setEnabled(usable)
            if self.path is None:
                action.setToolTip(self.tr("The shared server's backups are its administrator's."))
        self._mark = change_mark(self.path) if usable else 0
        newest = list_backups(self.path) if usable else []
        self._last_backup = newest[0].taken_at if newest else None
        self._closing_done = not usable
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.daily_check)
        if usable:
            self.timer.start()

    def changed(self) -> bool:
        """Something was saved since the window opened or since its last backup."""
        return self.path is not None and change_mark(self.path) > self._mark

    def _run(self, label: str, reason: str, on_success, on_failure) -> BackgroundTask:
        database, mark = self.database, change_mark(self.path)

        def job(progress):
            progress.advance(0, 1)
            return mark, database.backup(reason)

        task = BackgroundTask(self.window, label, job, lambda result: self._taken(*result, on_success), on_failure)
        task.start()
        return task

    def _taken(self, mark: int, backup: Backup, then) -> None:
        self._mark, self._last_backup = mark, backup.taken_at
        then(backup)

    def back_up_now(self) -> None:
        self._run(self.tr("Backing up the database…"), "manual", self._say_taken,
                  lambda message: QMessageBox.warning(self.window, self.tr("Backup not taken"), message))

    def _say_taken(self, backup: Backup) -> None:
        QMessageBox.information(self.window, self.tr("Backup taken"), self.tr(
            "The database was backed up and the copy checked:\n%1\n(%2)").replace("%1", str(backup.path))
            .replace("%2", backup.describe()))

    def daily_check(self) -> None:
        """Hourly: a backup when something changed and the newest backup is a day old."""
        if self.changed() and (self._last_backup is None or datetime.now() - self._last_backup >= DAILY):
            self._run(self.tr("Daily backup of the database…"), "daily",
                      lambda backup: self.window.statusBar().showMessage(self.tr("Daily backup taken."), 5000),
                      self._daily_failed)

    def _daily_failed(self, message: str) -> None:
        log.warning("daily backup failed: %s", message)
        self.window.statusBar().showMessage(self.tr("The daily backup failed: %1").replace("%1", message), 15000)

    def choose_restore(self) -> None:
        dialog = BackupsDialog(list_backups(self.path), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.window.restore_from = dialog.chosen
            self.window.next_start = "restore"
            self.window.close()

    def before_close(self, event: QCloseEvent) -> bool:
        """On closing after changes: start the closing backup and hold the close (True); the window closes again
        when it has ended, whether it was taken or not."""
        if self._closing_done or getattr(self.window, "next_start", None) == "restore" or not self.changed():
            return False
        self._closing_done = True
        self.timer.stop()
        task = self._run(self.tr("Backing up the database before closing…"), "close", lambda _backup: None,
                         lambda message: log.warning("backup on closing failed: %s", message))
        task.ended.connect(self.window.close)
        event.ignore()
        return True
