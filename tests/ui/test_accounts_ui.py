"""Signing in, the first account of a shared database, the accounts list, and choosing the database."""

import json
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit
from sqlalchemy import event
from sqlalchemy.engine import make_url

from domain.access import Principal
from domain.accounts import AccountForm, create_first_account, sign_in
from domain.users import Role
from tests.storage.served import PASSWORD, served_database  # noqa: F401  (the fixture `served`)
from tests.ui.conftest import open_window
from ui.account_dialogs import AccountDialog, AccountsDialog, SignInDialog, who_works
from ui.account_gateway import AccountGateway
from ui.database_dialog import DatabaseDialog


def _answer(fields: dict[str, str], then=None) -> None:
    """When the next modal dialog is up: type into its fields (by object name), then press OK."""

    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        for name, text in fields.items():
            dialog.findChild(QLineEdit, name).setText(text)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        if then is not None:
            QTimer.singleShot(20, then)

    QTimer.singleShot(0, act)


def _read(qtbot, accounts: AccountsDialog) -> None:
    """Wait for the accounts list's read (off the GUI thread) to be shown."""
    qtbot.waitUntil(lambda: not accounts.reads.pending(), timeout=10000)


def _first_account(database) -> Principal:
    with database.unit_of_work(Principal.local("chanh.vp")) as uow:
        return create_first_account(uow, AccountForm("chanh.vp", "Trần Văn Chánh", Role.SECRETARIAT, "mật khẩu dài"))


def _gui_thread_statements(database) -> list[str]:
    """The SQL statements the GUI thread sends to `database` from now on."""
    sent: list[str] = []

    def noted(_connection, _cursor, statement, *_args) -> None:
        if threading.current_thread() is threading.main_thread():
            sent.append(statement)

    event.listen(database.engine, "before_cursor_execute", noted)
    return sent


def test_alone_on_a_one_pc_database_no_one_signs_in(empty_database):
    sent = _gui_thread_statements(empty_database)
    assert who_works(empty_database, "ketoan") == Principal.local("ketoan")
    assert sent == []  # the accounts are counted off the GUI thread


def test_signing_in_tells_a_wrong_password_and_waits(qtbot, empty_database):
    _first_account(empty_database)
    dialog = SignInDialog(empty_database, "langmoi.sqlite3")
    qtbot.addWidget(dialog)
    dialog.username.setText("chanh.vp")
    dialog.password.setText("sai rồi")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert not ok.isEnabled() and not dialog.ui.fields.isEnabled()  # the password is checked off the GUI thread
    qtbot.waitUntil(lambda: dialog.problem.text() == "Sai tên đăng nhập hoặc mật khẩu.", timeout=10000)
    assert dialog.principal is None and not dialog.result() and ok.isEnabled() and dialog.username.isEnabled()
    dialog.password.setText("mật khẩu dài")
    ok.click()
    qtbot.waitUntil(lambda: dialog.result(), timeout=10000)
    assert dialog.principal.full_name == "Trần Văn Chánh"


def test_once_there_are_accounts_the_window_opens_for_who_signed_in(qtbot, empty_database):
    _first_account(empty_database)
    sent = _gui_thread_statements(empty_database)
    _answer({"username": "chanh.vp", "password": "mật khẩu dài"})
    user = who_works(empty_database, "ketoan")
    assert (user.name, user.role) == ("chanh.vp", Role.SECRETARIAT) and sent == []
    window = open_window(qtbot, empty_database, user)
    assert window.findChild(object, "userNote").text() == "Trần Văn Chánh — Văn phòng (thư ký)"
    assert window.system.sign_out_action.isVisible()


def test_the_secretariat_adds_a_team_lead_linked_to_the_plan(qtbot, empty_database, small_plan):
    chief = _first_account(empty_database)
    accounts = AccountsDialog(empty_database, chief, small_plan.id)
    qtbot.addWidget(accounts)
    _read(qtbot, accounts)
    dialog = AccountDialog(accounts._save(None), accounts.leads, parent=accounts)
    dialog.username.setText("nv.to")
    dialog.full_name.setText("Nguyễn Văn Tổ")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.TEAM_LEAD))
    dialog.lead.setCurrentIndex(next(i for i in range(dialog.lead.count())
                                     if dialog.lead.itemText(i).startswith("Nguyễn Văn Tổ — Sở Một")))
    dialog.password.setText("mat-khau-dai")
    dialog.repeat.setText("mat-khau-khac")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.problem.text() == "Hai lần nhập mật khẩu không giống nhau."
    dialog.repeat.setText("mat-khau-dai")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.result(), timeout=10000)
    accounts.reload()
    _read(qtbot, accounts)
    shown = [[accounts.model.index(r, c).data() for c in range(5)] for r in range(accounts.model.rowCount())]
    assert shown == [["chanh.vp", "Trần Văn Chánh", "Văn phòng (thư ký)", "", "đang dùng"],
                     ["nv.to", "Nguyễn Văn Tổ", "Tổ trưởng tổ hỗ trợ", "Nguyễn Văn Tổ", "đang dùng"]]
    with empty_database.session() as session:
        lead = sign_in(session, "nv.to", "mat-khau-dai")
    assert (lead.role, lead.member_name) == (Role.TEAM_LEAD, "Nguyễn Văn Tổ")



def test_changing_an_account_shows_its_role_and_team_lead(qtbot, monkeypatch, empty_database, small_plan):
    chief = _first_account(empty_database)
    lead = next(each for each in AccountGateway(empty_database, chief).accounts(small_plan.id)[1]
                if each.name == "Nguyễn Văn Tổ")
    AccountGateway(empty_database, chief).save_account(AccountForm(
        "nv.to", "Nguyễn Văn Tổ", Role.TEAM_LEAD, "mat-khau-dai", member_name=lead.name,
        member_agency_id=lead.agency_id), None)
    accounts = AccountsDialog(empty_database, chief, small_plan.id)
    qtbot.addWidget(accounts)
    assert not accounts.change_button.isEnabled()  # until the accounts and team leads are read
    _read(qtbot, accounts)
    seen = []

    def look(editor: AccountDialog):
        seen.append((editor.windowTitle(), editor.username.text(), editor.role.currentText(),
                     editor.lead.currentText(), editor.lead.isEnabled(), editor.password.placeholderText()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(AccountDialog, "exec", look)
    accounts.view.selectRow(1)
    accounts.change_button.click()
    assert seen == [("Sửa tài khoản", "nv.to", "Tổ trưởng tổ hỗ trợ",
                     f"Nguyễn Văn Tổ — Sở Một (tổ trưởng {lead.villages} thôn)", True, "để trống nếu giữ mật khẩu cũ")]


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # the offscreen platform's popup
def test_a_team_lead_is_found_by_typing_part_of_the_name_without_diacritics(qtbot, empty_database, small_plan):
    chief = _first_account(empty_database)
    leads = AccountGateway(empty_database, chief).accounts(small_plan.id)[1]
    dialog = AccountDialog(lambda form: form, leads)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitActive(dialog)
    dialog.role.setCurrentIndex(dialog.role.findData(Role.TEAM_LEAD))
    qtbot.mouseClick(dialog.lead.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.lead.lineEdit().selectedText() == "(chọn tổ trưởng là người dùng tài khoản này)")
    qtbot.keyClicks(dialog.lead.lineEdit(), "van to")
    popup = dialog.lead.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    found = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert [line.split(" — ")[0] for line in found] == ["Nguyễn Văn Tổ"] * len(found) and found
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.lead.currentData().name == "Nguyễn Văn Tổ" and dialog.lead.currentText() == found[0]
    dialog.lead.lineEdit().setText("không có ai")
    dialog.lead.lineEdit().editingFinished.emit()
    assert dialog.lead.currentText() == found[0]  # what the box shows is the lead it holds

@pytest.fixture
def config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config"


def test_choosing_the_shared_server_signs_in_to_check_and_keeps_only_server_port_and_database(
        qtbot, served, config_home):
    server = make_url(served.url)
    dialog = DatabaseDialog("sqlite:////tmp/langmoi.sqlite3")
    qtbot.addWidget(dialog)
    dialog.shared.setChecked(True)
    dialog.host.setText(server.host)
    dialog.port.setValue(server.port or 5432)
    dialog.name.setText(served.name)
    dialog.user.setText("chanh")
    dialog.password.setText("không phải mật khẩu")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert dialog.outcome.text() == "Đang kết nối tới máy chủ…" and not ok.isEnabled()  # tried off the GUI thread
    qtbot.waitUntil(lambda: ok.isEnabled(), timeout=10000)
    assert dialog.outcome.text() == "Sai tên đăng nhập hoặc mật khẩu." and not dialog.result()
    dialog.password.setText(PASSWORD)
    ok.click()
    qtbot.waitUntil(lambda: dialog.result(), timeout=10000)
    expected = f"postgresql+psycopg://{server.host}:{server.port or 5432}/{served.name}"
    assert dialog.chosen_url == expected
    [kept] = config_home.rglob("database.json")
    assert json.loads(kept.read_text(encoding="utf-8")) == {"url": expected}  # no user name, no password
