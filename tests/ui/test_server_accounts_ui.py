"""The window on a shared server: signing in is connecting as one's own account (the server checks the password),
a user given a temporary password chooses their own before the window opens, and the secretariat's accounts list
manages the server's login roles."""

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton
from sqlalchemy.engine import make_url

from domain.accounts import AccountForm
from domain.users import Role
from storage.server_accounts import login_role
from storage.signing_in import open_signed_in
from tests.storage.served import PASSWORD, served_database  # noqa: F401  (the fixture `served`)
from tests.ui.test_accounts_ui import _answer, _gui_thread_statements, _read
from ui.account_dialogs import AccountDialog, AccountsDialog, ServerSignInDialog, who_works
from ui.account_gateway import AccountGateway

TEMPORARY = "tạm thời 12345"
OWN = "của riêng tôi 678"


def _bare(served) -> str:
    return make_url(served.url).set(username=None, password=None).render_as_string(hide_password=False)


def test_signing_in_on_the_server_tells_a_wrong_password_and_opens_as_the_account(qtbot, served):
    dialog = ServerSignInDialog(_bare(served))
    qtbot.addWidget(dialog)
    assert dialog.intro.text().startswith(f"Máy chủ dùng chung {make_url(served.url).host}, cổng ")
    assert "Cơ sở dữ liệu khác…" in [button.text() for button in dialog.buttons.findChildren(QPushButton)]
    dialog.username.setText("chanh")
    dialog.password.setText("sai rồi")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert not ok.isEnabled()  # the server is asked off the GUI thread
    qtbot.waitUntil(lambda: dialog.problem.text() == "Sai tên đăng nhập hoặc mật khẩu.", timeout=10000)
    dialog.password.setText(PASSWORD)
    ok.click()
    qtbot.waitUntil(lambda: dialog.result(), timeout=10000)
    try:
        assert make_url(dialog.database.url).username == login_role(served.name, "chanh")
        sent = _gui_thread_statements(dialog.database)
        user = who_works(dialog.database, "ketoan")
        assert (user.name, user.role, user.full_name) == ("chanh", Role.SECRETARIAT, "Chanh")
        assert sent == []  # the account is read off the GUI thread
    finally:
        dialog.database.close()


def test_a_temporary_password_is_replaced_by_the_users_own_before_the_window_opens(qtbot, served):
    served.roles.append(login_role(served.name, "nga"))
    database = open_signed_in(_bare(served), "chanh", PASSWORD)
    chief = AccountGateway(database).connected_principal()
    AccountGateway(database, chief).save_account(AccountForm("nga", "Lê Thị Nga", Role.VIEWER, TEMPORARY), None)
    database.close()
    database = open_signed_in(_bare(served), "nga", TEMPORARY)
    try:
        seen: list[str] = []
        _answer({"password": OWN, "repeat": OWN + "x"}, then=lambda: _retry(qtbot, seen))
        user = who_works(database, "ketoan")
        assert seen == ["Chưa đổi mật khẩu. Hai lần nhập mật khẩu mới không giống nhau."]
        assert (user.name, user.full_name, user.must_change_password) == ("nga", "Lê Thị Nga", False)
    finally:
        database.close()
    open_signed_in(_bare(served), "nga", OWN).close()


def _retry(qtbot, seen: list[str]) -> None:
    """The new-password dialog said its refusal: note it, type the password twice alike, press OK again."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: dialog.problem.text() != "", timeout=10000)
    seen.append(dialog.problem.text())
    dialog.findChild(QLineEdit, "repeat").setText(OWN)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_accounts_list_on_the_server_adds_and_removes_login_roles(qtbot, monkeypatch, served):
    served.roles.append(login_role(served.name, "moi"))
    database = open_signed_in(_bare(served), "chanh", PASSWORD)
    try:
        chief = AccountGateway(database).connected_principal()
        accounts = AccountsDialog(database, chief, None)
        qtbot.addWidget(accounts)
        _read(qtbot, accounts)
        assert not accounts.ui.unlockButton.isVisible() and accounts.ui.note.text().startswith(
            "Trên máy chủ dùng chung, mỗi tài khoản là một vai trò đăng nhập của máy chủ")
        dialog = AccountDialog(accounts._save(None), accounts.leads, on_server=True, parent=accounts)
        assert dialog.password.placeholderText() == "tạm thời: người dùng tự đặt mật khẩu mới khi đăng nhập"
        dialog.username.setText("moi")
        dialog.full_name.setText("Người Mới")
        dialog.password.setText(TEMPORARY)
        dialog.repeat.setText(TEMPORARY)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: dialog.result(), timeout=10000)
        accounts.reload()
        _read(qtbot, accounts)
        shown = {accounts.model.index(r, 0).data(): accounts.model.index(r, 4).data()
                 for r in range(accounts.model.rowCount())}
        assert shown == {"chanh": "đang dùng", "lan": "đang dùng", "xem": "đang dùng",
                         "moi": "đang dùng, phải đặt mật khẩu mới khi đăng nhập"}
        monkeypatch.setattr(QMessageBox, "exec", lambda box: box.button(QMessageBox.StandardButton.Yes).click())
        accounts.view.selectRow(next(r for r in range(4) if accounts.model.index(r, 0).data() == "moi"))
        accounts.ui.removeButton.click()
        qtbot.waitUntil(lambda: accounts.model.rowCount() == 3, timeout=10000)
    finally:
        database.close()
    with served.owner() as owner:
        assert owner.execute("SELECT count(*) FROM pg_roles WHERE rolname = %s",
                             (login_role(served.name, "moi"),)).fetchone()[0] == 0
