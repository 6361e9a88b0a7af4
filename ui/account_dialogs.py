"""Signing in (on a shared server: connecting as one's own login role), choosing one's own password at the first
sign-in on a server, and the secretariat's list of accounts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from domain.errors import DomainError
from domain.text import fold
from domain.vocabulary import Role, StartMode
from ui.background_wait import WindowClosed, wait_for
from ui.findable_combo import FOLDED_ROLE, make_findable
from ui.forms.account_dialog_ui import Ui_AccountDialog
from ui.forms.accounts_dialog_ui import Ui_AccountsDialog
from ui.forms.new_password_dialog_ui import Ui_NewPasswordDialog
from ui.forms.sign_in_dialog_ui import Ui_SignInDialog
from ui.labels import translate
from ui.latest_read import LatestRead
from ui.table_models import Column, RowTableModel

if TYPE_CHECKING:  # the database layer is imported when a dialog is built, not with this module
    from domain.access import Principal
    from domain.accounts import AccountForm, LeadCandidate
    from storage.database import Database
    from ui.account_gateway import AccountRow


def role_label(role: Role) -> str:
    return {Role.SECRETARIAT: translate("Accounts", "Secretariat"),
            Role.TEAM_LEAD: translate("Accounts", "Support team lead"),
            Role.VIEWER: translate("Accounts", "Viewer (reads only)")}[role]


class _FormDialog(QDialog):
    """A form (an intro, the fields, a problem line, OK and Cancel: ui/forms/sign_in_dialog.ui,
    account_dialog.ui) whose OK button runs `attempt()`'s work off the GUI thread (signing in and saving a password
    hash it, which takes a good part of a second on purpose), the form greyed meanwhile; a refusal is written under
    the form and the dialog stays open."""

    def __init__(self, form: Ui_SignInDialog | Ui_AccountDialog | Ui_NewPasswordDialog,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = form
        form.setupUi(self)
        self.intro, self.problem, self.buttons = form.intro, form.problem, form.buttons
        self.buttons.accepted.connect(self._accept)
        self.work = LatestRead(self)
        self.work.failed.connect(lambda _kind, message: self._refuse(message))

    def say(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.show()

    def attempt(self) -> Callable[[], object]:
        """The dialog's work, run off the GUI thread; raise DomainError (here or in the work) to refuse."""
        raise NotImplementedError

    def succeeded(self, result: object) -> None:
        """The work's result, in the GUI thread."""
        raise NotImplementedError

    def _accept(self) -> None:
        try:
            work = self.attempt()
        except DomainError as error:
            self._refuse(str(error))
            return
        self._working(True)
        self.work.request("ok", work, self._succeeded)

    def _succeeded(self, result: object) -> None:
        self._working(False)
        self.succeeded(result)
        self.accept()

    def _refuse(self, message: str) -> None:
        self._working(False)
        self.problem.setText(message)
        self.problem.show()

    def _working(self, busy: bool) -> None:
        for part in (self.buttons.button(QDialogButtonBox.StandardButton.Ok), self.ui.fields):
            part.setEnabled(not busy)

    def done(self, result: int) -> None:
        """Overrides QDialog.done: work still running when the dialog is cancelled is not shown."""
        self.work.close()
        super().done(result)


class SignInDialog(_FormDialog):
    """Asks for a user name and password until they match an active account; `principal` is who signed in."""

    def __init__(self, database: Database, where: str, parent: QWidget | None = None) -> None:
        from ui.account_gateway import AccountGateway

        super().__init__(Ui_SignInDialog(), parent)
        self.gateway = AccountGateway(database)
        self.principal: Principal | None = None
        self.say(translate("Accounts", "Database: %1").replace("%1", where))
        self.username, self.password = self.ui.username, self.ui.password
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Accounts", "Sign in"))

    def attempt(self) -> Callable[[], Principal]:
        gateway, username, password = self.gateway, self.username.text(), self.password.text()
        return lambda: gateway.sign_in(username, password)

    def succeeded(self, result: Principal) -> None:
        self.principal = result


OTHER_DATABASE = 2
"""ServerSignInDialog's result when another database was chosen instead (the window opens that one)."""


class ServerSignInDialog(_FormDialog):
    """Signing in on a shared server: connecting to it as the account's login role, the server checking the
    password (off the GUI thread). `database` is the database opened as that account. *Other database…* lets the
    user choose another one instead (the dialog's result is then OTHER_DATABASE)."""

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(Ui_SignInDialog(), parent)
        self.url = url
        self.database: Database | None = None
        parsed = urlsplit(url)  # not SQLAlchemy's URL: the database layer is imported by the sign-in's thread
        self.say(translate("Accounts", "Shared server %1, port %2, database %3. Sign in with your own account: the "
                                       "server checks the password.").replace("%1", parsed.hostname or "localhost")
                 .replace("%2", str(parsed.port or 5432)).replace("%3", unquote(parsed.path.lstrip("/"))))
        self.username, self.password = self.ui.username, self.ui.password
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Accounts", "Sign in"))
        other = self.buttons.addButton(translate("Accounts", "Other database…"),
                                       QDialogButtonBox.ButtonRole.ActionRole)
        other.clicked.connect(self._choose_other)

    def attempt(self) -> Callable[[], Database]:
        url, username, password = self.url, self.username.text(), self.password.text()

        def connect() -> Database:
            from storage.signing_in import open_signed_in  # SQLAlchemy, psycopg: off the GUI thread

            return open_signed_in(url, username, password)

        return connect

    def succeeded(self, result: Database) -> None:
        self.database = result

    def _choose_other(self) -> None:
        from ui.database_dialog import DatabaseDialog

        if DatabaseDialog(self.url, self).exec() == QDialog.DialogCode.Accepted:
            self.done(OTHER_DATABASE)


def sign_in_to_server(url: str, parent: QWidget | None = None) -> Database | int | None:
    """The shared database opened as the account that signs in; OTHER_DATABASE when the user chose another
    database instead; None when they cancelled."""
    dialog = ServerSignInDialog(url, parent)
    answer = dialog.exec()
    if answer == OTHER_DATABASE:
        return OTHER_DATABASE
    return dialog.database if answer == QDialog.DialogCode.Accepted else None


class NewPasswordDialog(_FormDialog):
    """At the first sign-in with a temporary password (or one the secretariat reset), the user chooses their own,
    set on the server by their own connection. Laid out by ui/forms/new_password_dialog.ui."""

    def __init__(self, database: Database, user: Principal, parent: QWidget | None = None) -> None:
        from ui.account_gateway import AccountGateway

        super().__init__(Ui_NewPasswordDialog(), parent)
        self.gateway = AccountGateway(database, user)
        self.say(translate("Accounts", "%1, you signed in with a temporary password. Choose your own password now; "
                                       "from now on only you know it (the secretariat can set a new temporary one "
                                       "if you forget it).").replace("%1", user.shown_name))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Accounts", "Change password"))

    def attempt(self) -> Callable[[], None]:
        gateway, password, repeat = self.gateway, self.ui.password.text(), self.ui.repeat.text()
        return lambda: gateway.choose_own_password(password, repeat)

    def succeeded(self, result: None) -> None:
        """Nothing to keep: the server has the new password."""


class LeadsModel(QAbstractListModel):
    """The team leads an account may be linked to, after a first line asking to choose one: as a model, since
    a plan of 10,000 villages has as many team leads (one QComboBox.addItem each would take long, and the combo
    box measures its width from its minimum contents length, not from every lead)."""

    def __init__(self, leads: list[LeadCandidate], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.leads: list[LeadCandidate | None] = [None, *leads]
        self._folded: dict[int, str] = {}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        """Overrides QAbstractListModel.rowCount."""
        return 0 if parent.isValid() else len(self.leads)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """Overrides QAbstractListModel.data: the lead's line, the lead itself as the user data, and the line
        folded for finding it (folded once, when first searched)."""
        lead = self.leads[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return lead
        if role == FOLDED_ROLE:
            if index.row() not in self._folded:
                self._folded[index.row()] = "" if lead is None else fold(self.data(index))
            return self._folded[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):  # an editable box shows EditRole
            return None
        if lead is None:
            return translate("Accounts", "(choose the team lead this account is)")
        return translate("Accounts", "%1 — %2 (leads %3 villages' teams)").replace("%1", lead.name) \
            .replace("%2", lead.agency or "—").replace("%3", str(lead.villages))

    def row_of(self, account: AccountRow) -> int:
        """The row of the lead the account is linked to; 0 (choose one) when none is."""
        wanted = (fold(account.member_name), account.member_agency_id)
        return next((row for row, lead in enumerate(self.leads)
                     if lead is not None and (fold(lead.name), lead.agency_id) == wanted), 0)


class AccountDialog(_FormDialog):
    """Add or change an account; `on_server`: the account is a login role of the shared server."""

    def __init__(self, save: Callable[[AccountForm], object], leads: list[LeadCandidate],
                 account: AccountRow | None = None, *, on_server: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(Ui_AccountDialog(), parent)
        self.setWindowTitle(translate("Accounts", "Change account") if account else
                            translate("Accounts", "New account"))
        self.save = save
        self.result_value: object = None
        ui = self.ui
        self.username, self.full_name, self.role, self.lead = ui.username, ui.fullName, ui.role, ui.lead
        self.active, self.password, self.repeat = ui.active, ui.password, ui.repeat
        for role in Role:
            self.role.addItem(role_label(role), role)
        self.leads = LeadsModel(leads, self)
        self.lead.setModel(self.leads)
        self.lead.view().setUniformItemSizes(True)  # the list opens without measuring every lead
        make_findable(self.lead)  # typing part of a name or agency lists the leads that contain it
        if account is not None:
            self.username.setText(account.username)
            self.full_name.setText(account.full_name)
            self.active.setChecked(account.active)
            self.password.setPlaceholderText(translate("Accounts", "leave empty to keep the password"))
            self.role.setCurrentIndex(self.role.findData(account.role))
            self.lead.setCurrentIndex(self.leads.row_of(account))
            if on_server:  # the name of the account's login role on the server
                self.username.setReadOnly(True)
        if on_server:
            self.password.setPlaceholderText(
                translate("Accounts", "temporary: its user chooses their own at sign-in") if account is None else
                translate("Accounts", "empty: kept; else temporary, chosen anew at sign-in"))
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()

    def chosen_role(self) -> Role:
        return Role(self.role.currentData())  # Qt hands a str-based enum back as its str

    def _role_changed(self) -> None:
        self.lead.setEnabled(self.chosen_role() is Role.TEAM_LEAD)

    def account_form(self) -> AccountForm:
        from domain.accounts import AccountForm

        if self.password.text() != self.repeat.text():
            raise DomainError(translate("Accounts", "The two passwords are not the same."))
        role = self.chosen_role()
        lead: LeadCandidate | None = self.lead.currentData() if role is Role.TEAM_LEAD else None
        return AccountForm(self.username.text(), self.full_name.text(), role,
                           self.password.text() or None, member_name=lead.name if lead else "",
                           member_agency_id=lead.agency_id if lead else None, active=self.active.isChecked())

    def attempt(self) -> Callable[[], object]:
        save, form = self.save, self.account_form()
        return lambda: save(form)

    def succeeded(self, result: object) -> None:
        self.result_value = result


ACCOUNT_COLUMNS = (
    Column(lambda: translate("Accounts", "User name"), lambda a: a.username),
    Column(lambda: translate("Accounts", "Full name"), lambda a: a.full_name),
    Column(lambda: translate("Accounts", "Role"), lambda a: role_label(a.role)),
    Column(lambda: translate("Accounts", "Team lead in the plan"), lambda a: a.member_name),
    Column(lambda: translate("Accounts", "State"), lambda a: account_state(a)),
)


def account_state(account: AccountRow) -> str:
    """Locked, waiting after wrong passwords (until when, in local time), to choose a new password, or active."""
    if not account.active:
        return translate("Accounts", "locked")
    if account.waiting_until is not None:
        return translate("Accounts", "waiting until %1 (wrong passwords)").replace(
            "%1", account.waiting_until.astimezone().strftime("%H:%M:%S"))
    if account.must_change_password:
        return translate("Accounts", "active, to choose a new password at sign-in")
    return translate("Accounts", "active")


class AccountsDialog(QDialog):
    """The secretariat's list of accounts: add one, change one (role, team lead, password, locked). Laid out by
    ui/forms/accounts_dialog.ui."""

    def __init__(self, database: Database, user: Principal, plan_id: int | None, parent: QWidget | None = None) -> None:
        from ui.account_gateway import AccountGateway

        super().__init__(parent)
        self.ui = Ui_AccountsDialog()
        self.ui.setupUi(self)
        self.gateway = AccountGateway(database, user)
        self.plan_id = plan_id
        self.model = RowTableModel(ACCOUNT_COLUMNS, self)
        self.view = self.ui.accounts
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(lambda _index: self.change())
        self.change_button = self.ui.changeButton
        self.ui.addButton.clicked.connect(self.add)
        self.change_button.clicked.connect(self.change)
        self.ui.unlockButton.clicked.connect(self.unlock)
        self.ui.removeButton.clicked.connect(self.remove)
        self.shared = self.gateway.shared
        self.ui.unlockButton.setVisible(not self.shared)  # on a server the server checks passwords: no wait here
        if self.shared:
            self.ui.note.setText(self.tr(
                "On the shared server each account is a login role of the server, which checks its password; "
                "Làng Mới keeps no password. A password you set here is temporary: its user chooses their own at "
                "the next sign-in. A team lead changes only the villages whose support team they lead; a viewer "
                "reads."))
        self.leads: list[LeadCandidate] = []
        self.reads = LatestRead(self)
        self.reads.busy.connect(lambda _kind, busy: self.ui.busy.setVisible(busy))
        self.reads.failed.connect(lambda _kind, message: QMessageBox.warning(self, self.windowTitle(), message))
        self.reload()

    def reload(self) -> None:
        """Read the accounts and the plan's team leads off the GUI thread (10,000 leads at 10,000 villages);
        Add… and Change… wait for them."""
        gateway, plan_id = self.gateway, self.plan_id
        self.reads.request("accounts", lambda: gateway.accounts(plan_id), self._show)

    def _show(self, read: tuple[list[AccountRow], list[LeadCandidate]]) -> None:
        rows, self.leads = read
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()  # measures at most the header's first 1,000 rows
        self.ui.addButton.setEnabled(True)
        self.change_button.setEnabled(True)
        self.ui.removeButton.setEnabled(True)
        self.view.selectionModel().selectionChanged.connect(self._chosen_changed, Qt.ConnectionType.UniqueConnection)
        self._chosen_changed()

    def _chosen(self) -> AccountRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _chosen_changed(self) -> None:
        """Mở khóa only for an account that waits after wrong passwords."""
        chosen = self._chosen()
        self.ui.unlockButton.setEnabled(chosen is not None and chosen.waiting_until is not None)

    def done(self, result: int) -> None:
        """Overrides QDialog.done: a read still running is dropped, never shown."""
        self.reads.close()
        super().done(result)

    def _save(self, account_id: int | None) -> Callable[[AccountForm], int]:
        return lambda form: self.gateway.save_account(form, account_id)

    def add(self) -> None:
        dialog = AccountDialog(self._save(None), self.leads, on_server=self.shared, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def remove(self) -> None:
        """Xóa: after a question answered Có, the chosen account (and on a server its login role) is removed."""
        from ui.questions import ask_no_first

        account = self._chosen()
        if account is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Choose an account in the list first."))
            return
        question = self.tr("Remove the account “%1” (%2)? It can no longer sign in; the history keeps what it did.") \
            .replace("%1", account.username).replace("%2", account.full_name)
        if not ask_no_first(self, self.windowTitle(), question, "removeAccount"):
            return
        gateway = self.gateway
        self.reads.request("remove", lambda: gateway.remove_account(account.id), lambda _done: self.reload())

    def change(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.windowTitle(), self.tr("Choose an account in the list first."))
            return
        account = self.model.row_at(rows[0].row())
        dialog = AccountDialog(self._save(account.id), self.leads, account, on_server=self.shared, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()


    def unlock(self) -> None:
        """Mở khóa: the chosen account's wrong passwords are forgotten and it may sign in at once (audited)."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.windowTitle(), self.tr("Choose an account in the list first."))
            return
        account = self.model.row_at(rows[0].row())
        gateway = self.gateway
        self.reads.request("unlock", lambda: gateway.unlock_account(account.id), lambda _done: self._unlocked(account))

    def _unlocked(self, account: AccountRow) -> None:
        QMessageBox.information(self, self.windowTitle(),
                                self.tr("Account “%1” may sign in again now.").replace("%1", account.username))
        self.reload()


def who_works(database: Database, os_user: str, parent: QWidget | None = None) -> Principal | None:
    """Who works in this window: on a shared server the account the connection signed in as (having chosen their
    own password first when theirs is a temporary one); on a one-PC database the operating-system user when it has
    no accounts, else whoever signs in. None when the user cancels. The database is read off the GUI thread, the
    window painting meanwhile (a server's answer may be slow); closed meanwhile, it is as if the user cancelled."""
    from domain.access import Principal
    from storage.credentials import shown
    from storage.location import is_shared
    from ui.account_gateway import AccountGateway

    gateway, shared = AccountGateway(database), is_shared(database.url)
    try:
        read = wait_for(parent, gateway.connected_principal if shared else gateway.start_mode, name="who")
    except WindowClosed:
        return None
    if isinstance(read, Principal):
        user = read
        if user.must_change_password and NewPasswordDialog(database, user, parent).exec() \
                != QDialog.DialogCode.Accepted:
            return None
        return replace(user, must_change_password=False)
    if read is StartMode.ALONE:
        return Principal.local(os_user)
    dialog = SignInDialog(database, shown(database.url), parent)
    return dialog.principal if dialog.exec() == QDialog.DialogCode.Accepted else None
