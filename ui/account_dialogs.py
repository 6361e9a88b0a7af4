"""Signing in, the first secretariat account of a shared database, and the secretariat's list of accounts."""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.access import Principal
from domain.accounts import (
    AccountForm,
    LeadCandidate,
    StartMode,
)
from domain.errors import DomainError
from domain.text import fold
from domain.users import Role, UserAccount
from storage.credentials import shown
from storage.database import Database
from ui.account_gateway import AccountGateway
from ui.labels import translate
from ui.layouts import problem_label
from ui.table_models import Column, RowTableModel, row_table


def role_label(role: Role) -> str:
    return {Role.SECRETARIAT: translate("Accounts", "Secretariat"),
            Role.TEAM_LEAD: translate("Accounts", "Support team lead"),
            Role.VIEWER: translate("Accounts", "Viewer (reads only)")}[role]


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class _FormDialog(QDialog):
    """A form whose OK button runs `attempt`; a refusal is written under the form and the dialog stays open."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.problem = problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def say(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.show()

    def attempt(self) -> None:
        """Do the dialog's work; raise DomainError to refuse."""
        raise NotImplementedError

    def _accept(self) -> None:
        try:
            self.attempt()
        except DomainError as error:
            self.problem.setText(str(error))
            self.problem.show()
            return
        self.accept()


class SignInDialog(_FormDialog):
    """Asks for a user name and password until they match an active account; `principal` is who signed in."""

    def __init__(self, database: Database, where: str, parent: QWidget | None = None) -> None:
        super().__init__(translate("Accounts", "Sign in to Làng Mới"), parent)
        self.gateway = AccountGateway(database)
        self.principal: Principal | None = None
        self.say(translate("Accounts", "Database: %1").replace("%1", where))
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = _password_field()
        self.password.setObjectName("password")
        self.form.addRow(translate("Accounts", "User name"), self.username)
        self.form.addRow(translate("Accounts", "Password"), self.password)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Accounts", "Sign in"))

    def attempt(self) -> None:
        self.principal = self.gateway.sign_in(self.username.text(), self.password.text())


class AccountDialog(_FormDialog):
    """Add or change an account; for a new shared database, `first` makes the first secretariat account."""

    def __init__(self, save: Callable[[AccountForm], object], leads: list[LeadCandidate],
                 account: UserAccount | None = None, *, first: bool = False, parent: QWidget | None = None) -> None:
        title = (translate("Accounts", "First secretariat account") if first else
                 translate("Accounts", "Change account") if account else translate("Accounts", "New account"))
        super().__init__(title, parent)
        self.save = save
        self.result_value: object = None
        self.username = QLineEdit(account.username if account else "")
        self.username.setObjectName("username")
        self.full_name = QLineEdit(account.full_name if account else "")
        self.full_name.setObjectName("fullName")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(role_label(role), role)
        self.lead = QComboBox()
        self.lead.setObjectName("lead")
        self.lead.addItem(translate("Accounts", "(choose the team lead this account is)"), None)
        for lead in leads:
            text = translate("Accounts", "%1 — %2 (leads %3 villages' teams)").replace("%1", lead.name) \
                .replace("%2", lead.agency or "—").replace("%3", str(lead.villages))
            self.lead.addItem(text, lead)
        self.active = QCheckBox(translate("Accounts", "Active (may sign in)"))
        self.active.setChecked(account.active if account else True)
        self.password = _password_field()
        self.password.setObjectName("password")
        self.repeat = _password_field()
        self.repeat.setObjectName("repeat")
        if account is not None:
            self.password.setPlaceholderText(translate("Accounts", "leave empty to keep the password"))
            self.role.setCurrentIndex(self.role.findData(account.role))
            for index in range(1, self.lead.count()):
                lead = self.lead.itemData(index)
                if fold(lead.name) == fold(account.member_name) and lead.agency_id == account.member_agency_id:
                    self.lead.setCurrentIndex(index)
        self.form.addRow(translate("Accounts", "User name"), self.username)
        self.form.addRow(translate("Accounts", "Full name"), self.full_name)
        if first:
            self.role.setEnabled(False)
            self.say(translate("Accounts", "This shared database has no accounts yet. Make the first secretariat "
                                           "account: it signs in now and then adds the other accounts."))
        else:
            self.form.addRow(translate("Accounts", "Role"), self.role)
            self.form.addRow(translate("Accounts", "Team lead in the plan"), self.lead)
            self.form.addRow("", self.active)
        self.form.addRow(translate("Accounts", "Password"), self.password)
        self.form.addRow(translate("Accounts", "Password again"), self.repeat)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.setMinimumWidth(640)  # the lead's line names person, agency and villages

    def chosen_role(self) -> Role:
        return Role(self.role.currentData())  # Qt hands a str-based enum back as its str

    def _role_changed(self) -> None:
        self.lead.setEnabled(self.chosen_role() is Role.TEAM_LEAD)

    def account_form(self) -> AccountForm:
        if self.password.text() != self.repeat.text():
            raise DomainError(translate("Accounts", "The two passwords are not the same."))
        role = self.chosen_role()
        lead: LeadCandidate | None = self.lead.currentData() if role is Role.TEAM_LEAD else None
        return AccountForm(self.username.text(), self.full_name.text(), role,
                           self.password.text() or None, member_name=lead.name if lead else "",
                           member_agency_id=lead.agency_id if lead else None, active=self.active.isChecked())

    def attempt(self) -> None:
        self.result_value = self.save(self.account_form())


def make_first_account(database: Database, parent: QWidget | None = None) -> Principal | None:
    """Ask for the first secretariat account of a new shared database; its principal, None when cancelled."""

    dialog = AccountDialog(AccountGateway(database).create_first_account, [], first=True, parent=parent)
    return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


ACCOUNT_COLUMNS = (
    Column(lambda: translate("Accounts", "User name"), lambda a: a.username),
    Column(lambda: translate("Accounts", "Full name"), lambda a: a.full_name),
    Column(lambda: translate("Accounts", "Role"), lambda a: role_label(a.role)),
    Column(lambda: translate("Accounts", "Team lead in the plan"), lambda a: a.member_name),
    Column(lambda: translate("Accounts", "State"),
           lambda a: translate("Accounts", "active") if a.active else translate("Accounts", "locked")),
)


class AccountsDialog(QDialog):
    """The secretariat's list of accounts: add one, change one (role, team lead, password, locked)."""

    def __init__(self, database: Database, user: Principal, plan_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gateway = AccountGateway(database, user)
        self.plan_id = plan_id
        self.setWindowTitle(self.tr("User accounts"))
        self.model = RowTableModel(ACCOUNT_COLUMNS, self)
        self.view = row_table(self.model, "accounts")
        self.view.doubleClicked.connect(lambda _index: self.change())
        note = QLabel(self.tr("Once a database has accounts, everyone signs in. A team lead changes only the "
                              "villages whose support team they lead in the plan; a viewer reads."))
        note.setWordWrap(True)
        add = QPushButton(self.tr("Add…"))
        add.clicked.connect(self.add)
        self.change_button = QPushButton(self.tr("Change…"))
        self.change_button.clicked.connect(self.change)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (add, self.change_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(820, 420)
        self.reload()

    def reload(self) -> None:
        rows, self.leads = self.gateway.accounts(self.plan_id)
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()

    def _save(self, account_id: int | None) -> Callable[[AccountForm], int]:
        return lambda form: self.gateway.save_account(form, account_id)

    def add(self) -> None:
        if AccountDialog(self._save(None), self.leads, parent=self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def change(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.windowTitle(), self.tr("Choose an account in the list first."))
            return
        account = self.model.row_at(rows[0].row())
        dialog = AccountDialog(self._save(account.id), self.leads, account, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()


def who_works(database: Database, os_user: str, parent: QWidget | None = None) -> Principal | None:
    """Who works in this window: the operating-system user on a one-PC database without accounts, the first
    secretariat account of a new shared database, or whoever signs in. None when the user cancels."""
    mode = AccountGateway(database).start_mode()
    if mode is StartMode.ALONE:
        return Principal.local(os_user)
    if mode is StartMode.FIRST_ACCOUNT:
        return make_first_account(database, parent)
    dialog = SignInDialog(database, shown(database.url), parent)
    return dialog.principal if dialog.exec() == QDialog.DialogCode.Accepted else None
