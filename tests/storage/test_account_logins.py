"""The program's account use cases on a shared server, each account a login role: signing in is connecting (a wrong
password, an unknown name and a locked account told alike), the secretariat adds, changes, locks and removes
accounts and their roles in one transaction, a password it sets is temporary and its user chooses their own."""

import pytest
from sqlalchemy import text

from domain.accounts import WRONG, AccountForm
from domain.errors import DomainError
from domain.users import Role, UserAccount
from storage.server_accounts import group_role, login_role
from storage.signing_in import open_signed_in
from tests.storage.served import PASSWORD, served_database  # noqa: F401  (the fixture `served`)
from ui.account_gateway import AccountGateway

TEMPORARY = "tạm thời 12345"
OWN = "của riêng tôi 678"


def _bare(served) -> str:
    """The database as the PC keeps it: server, port and name, no user, no password."""
    from sqlalchemy.engine import make_url

    return make_url(served.url).set(username=None, password=None).render_as_string(hide_password=False)


def _signed_in(served, username: str, password: str = PASSWORD):
    database = open_signed_in(_bare(served), username, password)
    return database, AccountGateway(database).connected_principal()


def _member_of(served, username: str) -> list[str]:
    with served.owner() as owner:
        return [row[0] for row in owner.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r "
            "ON r.oid = m.member WHERE r.rolname = %s", (login_role(served.name, username),))]


def _connected_as(database) -> str:
    with database.engine.connect() as connection:
        return connection.execute(text("SELECT current_user")).scalar()


def test_a_wrong_password_an_unknown_name_and_a_locked_account_are_told_alike(served):
    database, chief = _signed_in(served, "chanh")
    try:
        assert (chief.name, chief.role, chief.must_change_password) == ("chanh", Role.SECRETARIAT, False)
        assert _connected_as(database) == login_role(served.name, "chanh")  # connected as its own role
        gateway = AccountGateway(database, chief)
        xem = next(row for row in gateway.accounts(None)[0] if row.username == "xem")
        gateway.save_account(AccountForm("xem", "Xem", Role.VIEWER, active=False), xem.id)
    finally:
        database.close()
    for username, password in (("chanh", "sai mật khẩu"), ("khong.co.ai", PASSWORD), ("xem", PASSWORD),
                               ("Chanh VP!", PASSWORD)):
        with pytest.raises(DomainError) as refused:
            open_signed_in(_bare(served), username, password)
        assert str(refused.value) == WRONG == "Sai tên đăng nhập hoặc mật khẩu."


def test_the_secretariat_adds_an_account_whose_user_then_chooses_their_own_password(served):
    served.roles.append(login_role(served.name, "nga"))
    database, chief = _signed_in(served, "chanh")
    try:
        gateway = AccountGateway(database, chief)
        new_id = gateway.save_account(AccountForm("Nga", "Lê Thị Nga", Role.VIEWER, TEMPORARY), None)
        assert _member_of(served, "nga") == [group_role(served.name, Role.VIEWER)]
        with database.session() as session:
            account = session.get(UserAccount, new_id)
            assert (account.password_hash, account.must_change_password) == ("", True)  # nothing kept
        gateway.save_account(AccountForm("nga", "Lê Thị Nga", Role.SECRETARIAT), new_id)
        assert _member_of(served, "nga") == [group_role(served.name, Role.SECRETARIAT)]
        with pytest.raises(DomainError, match="trên máy chủ dùng chung tên “nga” không đổi được"):
            gateway.save_account(AccountForm("nga2", "Lê Thị Nga", Role.SECRETARIAT), new_id)
    finally:
        database.close()
    database, nga = _signed_in(served, "nga", TEMPORARY)
    try:
        assert (nga.name, nga.full_name, nga.must_change_password) == ("nga", "Lê Thị Nga", True)
        gateway = AccountGateway(database, nga)
        with pytest.raises(DomainError, match="^Chưa đổi mật khẩu. Hai lần nhập mật khẩu mới không giống nhau.$"):
            gateway.choose_own_password(OWN, OWN + "x")
        gateway.choose_own_password(OWN, OWN)
        with database.session() as session:  # the pool's next connections sign in with the new password
            assert session.get(UserAccount, new_id).must_change_password is False
    finally:
        database.close()
    with pytest.raises(DomainError, match=WRONG):
        open_signed_in(_bare(served), "nga", TEMPORARY)
    database, nga = _signed_in(served, "nga", OWN)
    database.close()
    assert nga.must_change_password is False


def test_locking_and_removing_an_account_takes_its_role_with_it(served):
    database, chief = _signed_in(served, "chanh")
    try:
        gateway = AccountGateway(database, chief)
        lan = next(row for row in gateway.accounts(None)[0] if row.username == "lan")
        gateway.save_account(AccountForm("lan", lan.full_name, Role.TEAM_LEAD, member_name=lan.member_name,
                                         member_agency_id=lan.member_agency_id, active=False), lan.id)
        with pytest.raises(DomainError, match=WRONG):
            open_signed_in(_bare(served), "lan", PASSWORD)
        with pytest.raises(DomainError, match="không xóa được tài khoản mình đang đăng nhập"):
            gateway.remove_account(next(row.id for row in gateway.accounts(None)[0] if row.username == "chanh"))
        gateway.remove_account(lan.id)
        assert [row.username for row in gateway.accounts(None)[0]] == ["chanh", "xem"]
    finally:
        database.close()
    with served.owner() as owner:
        assert owner.execute("SELECT count(*) FROM pg_roles WHERE rolname = %s",
                             (login_role(served.name, "lan"),)).fetchone()[0] == 0


def test_a_team_lead_may_not_manage_accounts_even_through_the_program(served):
    database, lead = _signed_in(served, "lan")
    try:
        with pytest.raises(DomainError, match="chỉ Văn phòng"):
            AccountGateway(database, lead).save_account(AccountForm("moi", "Mới", Role.SECRETARIAT, TEMPORARY), None)
    finally:
        database.close()
