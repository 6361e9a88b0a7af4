"""At start, when the database was found damaged (kept aside) or half-upgraded: ask, then restore the newest good
backup, open the damaged copy read-only, or start afresh; and restoring a backup chosen in the window, after it
closed. A restore runs off the GUI thread behind a progress dialog."""

import getpass

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QMessageBox, QWidget

from storage.backups import Backup, restore_backup
from storage.errors import DatabaseDamaged, SchemaMismatch
from storage.integrity import start_afresh
from storage.location import sqlite_path, sqlite_url
from ui.background import BackgroundTask
from ui.backup_dialogs import Recovery, ask_recovery
from ui.labels import translate


def restore_with_progress(url: str, backup: Backup, parent: QWidget | None = None) -> bool:
    """Restore `backup` over the SQLite file of `url` (the progress and a refusal shown over `parent`). True when
    restored."""
    path = sqlite_path(url)
    refusal: list[str] = []
    loop = QEventLoop()
    task = BackgroundTask(parent, translate("Backups", "Restoring the backup…"),
                          lambda progress: restore_backup(path, backup, actor=getpass.getuser()),
                          lambda _safety: None, refusal.append)
    task.ended.connect(loop.quit)
    task.start()
    loop.exec()
    if refusal:
        QMessageBox.warning(parent, translate("Backups", "Backup not restored"), refusal[0])
    return not refusal


def recover(problem: DatabaseDamaged | SchemaMismatch, url: str,
            parent: QWidget | None = None) -> tuple[str, bool] | None:
    """Ask (over `parent`, the window opening) what to do; the database to open next and whether only to look, or
    None to quit."""
    while True:
        choice = ask_recovery(problem, parent)
        if choice is Recovery.RESTORE and restore_with_progress(url, problem.backup, parent):
            return url, False
        if choice is Recovery.LOOK:
            return sqlite_url(problem.kept_aside), True
        if choice is Recovery.AFRESH:
            start_afresh(sqlite_path(url))
            return url, False
        if choice is Recovery.QUIT:
            return None
