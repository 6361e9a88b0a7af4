"""The System menu: user accounts (secretariat), which database this PC uses, signing out; and the status
bar's note of who is working."""

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow

from domain.access import Principal
from domain.users import Role
from storage.credentials import shown
from storage.database import Database
from ui.account_dialogs import AccountsDialog, role_label
from ui.database_dialog import DatabaseDialog


class SystemActions(QObject):
    """`window.next_start` becomes "sign_out" or "database" when the window closes to start again."""

    def __init__(self, window: QMainWindow, database: Database, user: Principal) -> None:
        super().__init__(window)
        self.window = window
        self.database = database
        self.user = user
        self.accounts_action = QAction(self.tr("&User accounts…"), self)
        self.accounts_action.setEnabled(user.role is Role.SECRETARIAT)
        self.accounts_action.triggered.connect(self.show_accounts)
        self.database_action = QAction(self.tr("&Database…"), self)
        self.database_action.triggered.connect(self.choose_database)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.setVisible(user.user_id is not None)
        self.sign_out_action.triggered.connect(lambda: self._start_again("sign_out"))

    def user_note(self) -> QLabel:
        """Who works, in what role, on which database — for the status bar."""
        if self.user.user_id is None:
            text = self.tr("%1 on this PC (no sign-in)").replace("%1", self.user.name)
        else:
            text = self.tr("%1 — %2").replace("%1", self.user.shown_name).replace("%2", role_label(self.user.role))
        label = QLabel(text)
        label.setObjectName("userNote")
        label.setToolTip(shown(self.database.url))
        return label

    def show_accounts(self) -> None:
        plan = getattr(self.window, "plan", None)
        AccountsDialog(self.database, self.user, plan.id if plan else None, self.window).exec()

    def choose_database(self) -> None:
        dialog = DatabaseDialog(self.database.url, self.window, getattr(self.window, "settings", None))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen_url is not None:
            self._start_again("database")

    def _start_again(self, why: str) -> None:
        self.window.next_start = why
        self.window.close()
