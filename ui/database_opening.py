"""Opening the database with the main window already on screen: the database layer is imported and the file
opened, checked, upgraded (and a new one given the sample plan) off the GUI thread (ui/background_wait.py) while the
window says what it waits for; a refusal (held by another program, on a network drive, damaged, half-upgraded,
cannot be opened) is asked over the window, and the answer opens again.
"""

from __future__ import annotations

import getpass
import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QDialog, QMessageBox

from ui.background_wait import WindowClosed, wait_for

if TYPE_CHECKING:
    from storage.database import Database
    from ui.main_window import MainWindow

translate = QCoreApplication.translate

QUERY_MODULES = ("ui.plan_gateway", "ui.account_gateway", "ui.history_gateway", "domain.history",
                 "domain.accounts")
"""The gateways the signed-in window reads through and the domain queries behind them, imported in the opening
thread (SQLAlchemy's statements and models: ~0.1–0.3 s) so that the GUI thread finds them loaded. They import
no Qt: a widget's module is imported on the GUI thread only."""


@dataclass(frozen=True)
class Opened:
    database: Database
    url: str
    db_choice: str | None
    """What to open at a restart in this window's place (sign-out): the database settled on, None for the saved
    choice."""


class _Sample(QObject):
    """Carries the opening thread's news that a new database receives the sample plan to the window (queued: a slot
    of this object runs on the GUI thread, where it lives)."""

    loading = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.loading.connect(self._say)

    @Slot()
    def _say(self) -> None:
        self.window.say_opening(translate("App", "A new database: loading the sample plan…"))


def _open_off_the_gui_thread(window: MainWindow, url: str, looking: bool) -> Database:
    """The Database, opened while the window's events go on; what opening it raised is raised. A window closed
    while it waits: the opening ends first (a migration is never left half-way), the database is closed and
    WindowClosed is raised (ui/background_wait.py)."""
    sample = _Sample(window)

    def work() -> Database:
        for name in QUERY_MODULES:
            importlib.import_module(name)
        from storage.database import open_database  # SQLAlchemy, SQLModel: over a second, off the GUI thread

        return open_database(url, actor=getpass.getuser(), read_only=looking, loading_sample=sample.loading.emit,
                             sample_reform=True)

    return wait_for(window, work, finish=lambda database: database.close(), name="opening")


def open_over(window: MainWindow, db_choice: str | None, looking: bool) -> Opened | None:
    """Open the database `db_choice` names (None: the saved choice), asking over the window what to do when it is
    refused; None when the user quits or closes the window."""
    from storage.location import database_url, is_shared

    while True:
        url = database_url(db_choice)
        if is_shared(url):  # signing in is connecting: the sign-in dialog opens the database as the account
            from ui.account_dialogs import OTHER_DATABASE, sign_in_to_server

            signed_in = sign_in_to_server(url, window)
            if signed_in is None:
                return None
            if signed_in != OTHER_DATABASE:
                return Opened(signed_in, url, db_choice)
            db_choice, looking = None, False
            continue
        try:
            return Opened(_open_off_the_gui_thread(window, url, looking), url, db_choice)
        except WindowClosed:
            return None
        except Exception as refusal:  # said over the window; an error that is no refusal is raised again
            chosen = _answer(window, refusal, url, db_choice)
        if chosen is None:
            return None
        db_choice, looking = chosen
        window.say_opening(translate("MainWindow", "Opening the data…"))


def _answer(window: MainWindow, refusal: Exception, url: str, db_choice: str | None) -> tuple[str | None, bool] | None:
    """What to open next after `refusal` (the database and whether only to look), or None to quit. An error that is
    not the database's refusal is raised, as it would have been on the GUI thread."""
    from storage.errors import DatabaseDamaged, DatabaseHeld, NetworkDrive, SchemaMismatch, StorageError

    if isinstance(refusal, (DatabaseHeld, NetworkDrive)):
        from ui.looking import Opening, ask_how_to_open

        opening = ask_how_to_open(refusal, url, window)
        if opening is Opening.QUIT:
            return None
        return (db_choice, True) if opening is Opening.LOOK else (None, False)
    if isinstance(refusal, (DatabaseDamaged, SchemaMismatch)):
        from ui.recovery import recover

        return recover(refusal, url, window)
    if isinstance(refusal, StorageError):
        return (None, False) if _choose_other_database(window, url, refusal.window_text()) else None
    raise refusal


def _choose_other_database(window: MainWindow, url: str, message: str) -> bool:
    """The database cannot be opened: say why, and offer to choose another one. True when one was chosen."""
    from ui.database_dialog import DatabaseDialog

    box = QMessageBox(QMessageBox.Icon.Critical, translate("App", "Cannot open the database"), message,
                      parent=window)
    choose = box.addButton(translate("App", "Choose another database…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is choose and DatabaseDialog(url, window).exec() == QDialog.DialogCode.Accepted
