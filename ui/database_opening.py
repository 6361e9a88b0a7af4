"""Opening the database with the main window already on screen: the database layer is imported and the file
opened, checked, upgraded (and a new one given the sample plan) in a thread of its own while the window says what
it waits for; a refusal (held by another program, on a network drive, damaged, half-upgraded, cannot be opened)
is asked over the window, and the answer opens again.
"""

from __future__ import annotations

import getpass
import importlib
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Signal, Slot
from PySide6.QtWidgets import QDialog, QMessageBox

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


class _Opening(QObject):
    """Carries the opening thread's news to the GUI thread (queued: a slot of this object runs where it lives), and
    leaves the waiting loop when the window is hidden (closed, or minimised: the caller then waits on)."""

    ended = Signal(object)
    sample = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.outcome: list[object] = []
        self.loop = QEventLoop()
        self.ended.connect(self._ended)
        self.sample.connect(self._sample)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Overrides QObject.eventFilter: the window's hide ends the waiting loop; every event goes on."""
        if event.type() == QEvent.Type.Hide:
            self.loop.quit()
        return False

    @Slot(object)
    def _ended(self, outcome: object) -> None:
        self.outcome.append(outcome)
        self.loop.quit()

    @Slot()
    def _sample(self) -> None:
        self.window.say_opening(translate("App", "A new database: loading the sample plan…"))


def _open_off_the_gui_thread(window: MainWindow, url: str, looking: bool) -> object:
    """The Database, or the exception opening it raised; the window's events go on meanwhile. A window closed
    while it waits: the opening ends first (a migration is never left half-way) and the database is closed."""
    opening = _Opening(window)
    finished = threading.Event()

    def work() -> None:
        try:
            for name in QUERY_MODULES:
                importlib.import_module(name)
            from storage.database import open_database  # SQLAlchemy, SQLModel: over a second, off the GUI thread

            outcome: object = open_database(url, actor=getpass.getuser(), read_only=looking,
                                            loading_sample=opening.sample.emit, sample_reform=True)
        except Exception as error:  # handed to the GUI thread, which says it or raises it there
            outcome = error
        opening.ended.emit(outcome)
        finished.set()

    threading.Thread(target=work, name="opening the database", daemon=True).start()
    while not opening.outcome and window.isVisible():  # the loop is also left when the application is told to quit
        opening.loop.exec()
    window.removeEventFilter(opening)
    if opening.outcome and window.isVisible():
        return opening.outcome[0]
    finished.wait()  # the event loop was left (the window closed): the outcome's signal was never delivered
    QCoreApplication.processEvents()
    outcome = opening.outcome[0] if opening.outcome else None
    if outcome is not None and not isinstance(outcome, Exception):
        outcome.close()
    return None


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
        outcome = _open_off_the_gui_thread(window, url, looking)
        if outcome is None:
            return None
        if not isinstance(outcome, Exception):
            return Opened(outcome, url, db_choice)
        chosen = _answer(window, outcome, url, db_choice)
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
