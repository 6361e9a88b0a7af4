"""Mở khóa in Hệ thống → Tài khoản người dùng…: an account waiting after 5 wrong passwords signs in at once, and
the unlock is audited under the secretariat's name."""

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox
from sqlmodel import select

from domain.accounts import sign_in
from domain.audit import AuditEvent
from domain.errors import DomainError
from domain.users import UserAccount
from tests.ui.test_accounts_ui import _first_account, _read
from ui.account_dialogs import AccountsDialog


def test_the_secretariat_unlocks_an_account_in_the_accounts_dialog(qtbot, monkeypatch, empty_database):
    chief = _first_account(empty_database)
    for _ in range(5):
        with empty_database.session() as session:
            with pytest.raises(DomainError, match="Sai tên đăng nhập"):
                sign_in(session, "chanh.vp", "sai mật khẩu")
    with empty_database.session() as session:
        assert session.exec(select(UserAccount.failed_sign_ins)).one() == 5
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    accounts = AccountsDialog(empty_database, chief, None)
    qtbot.addWidget(accounts)
    _read(qtbot, accounts)
    assert accounts.ui.unlockButton.text() == "Mở khóa"
    assert accounts.model.index(0, 4).data().startswith("đang chờ đến ")  # the wait shown, until when
    assert accounts.model.index(0, 4).data().endswith(" (sai mật khẩu nhiều lần)")
    assert not accounts.ui.unlockButton.isEnabled()  # until a waiting account is chosen
    accounts.view.selectionModel().select(accounts.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
    assert accounts.ui.unlockButton.isEnabled()
    accounts.ui.unlockButton.click()
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    _read(qtbot, accounts)
    assert accounts.model.index(0, 4).data() == "đang dùng"
    accounts.view.selectRow(0)
    assert not accounts.ui.unlockButton.isEnabled()  # an account that does not wait is not offered Mở khóa
    assert said == ["Tài khoản “chanh.vp” đã được mở khóa, có thể đăng nhập lại ngay."]
    with empty_database.session() as session:
        account = session.exec(select(UserAccount)).one()
        event = session.exec(select(AuditEvent).where(AuditEvent.field == "failed_sign_ins")).one()
    assert (account.failed_sign_ins, account.locked_until) == (0, None)
    assert (event.actor, event.old_value, event.new_value) == ("chanh.vp", "5", "0")
