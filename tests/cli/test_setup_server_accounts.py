"""A one-PC database with accounts moved to the shared server end to end: copy-db, then setup-server --accounts
gives each account its login role and a temporary password printed once; the user signs in with it, must choose
their own, then signs in with that. An empty shared database gets its first secretariat account the same way."""

import re
import shutil

import pytest
from psycopg import sql
from sqlalchemy.engine import make_url
from sqlmodel import select

from domain.access import Principal
from domain.accounts import WRONG, AccountForm, save_account
from domain.errors import DomainError
from domain.users import Role, UserAccount
from storage.database import open_database
from storage.location import sqlite_url
from storage.server_accounts import group_role, login_role
from storage.signing_in import open_signed_in
from tests.cli.run import run
from tests.conftest import ACTOR
from ui.account_gateway import AccountGateway

TEMPORARY_LINE = re.compile(r"^  (?P<username>\S+)\s+(?P<password>[a-z2-9]{12})  (?P<name>.+?)(?P<locked>  \(tài khoản "
                            r"đang khóa: chưa đăng nhập được\))?$")
OWN = "mật khẩu của Lan 2026"


@pytest.fixture
def server_database(postgresql_server):
    """An empty database the administrator made (the target of copy-db), dropped with every role named for it."""
    url = postgresql_server.create("bare")
    name = make_url(url).database
    yield url
    postgresql_server.drop(url)
    with postgresql_server.admin.connect() as connection:
        cursor = connection.connection.driver_connection.cursor()
        cursor.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (f"%@{name}",))
        for (role,) in cursor.fetchall():
            cursor.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


def _bare(url: str) -> str:
    return make_url(url).set(username=None, password=None).render_as_string(hide_password=False)


def _one_pc_with_accounts(sample_database_file, tmp_path):
    path = tmp_path / "mot_may.sqlite3"
    shutil.copy(sample_database_file, path)
    database = open_database(sqlite_url(path), actor=ACTOR)
    chief = Principal.local("chanh.vp")
    try:
        for form in (AccountForm("chanh.vp", "Trần Văn Chánh", Role.SECRETARIAT, "mật khẩu dài 1"),
                     AccountForm("lan", "Hoàng Thị Lan", Role.VIEWER, "mật khẩu dài 2"),
                     AccountForm("cu.nv", "Người Cũ", Role.VIEWER, "mật khẩu dài 3", active=False)):
            with database.unit_of_work(chief) as uow:
                save_account(uow, form)
    finally:
        database.close()
    return path


def test_copy_db_then_setup_server_gives_each_account_a_temporary_password(
        sample_database_file, tmp_path, server_database, capsys):
    one_pc = _one_pc_with_accounts(sample_database_file, tmp_path)
    status, _, err = run(capsys, "copy-db", "--from", str(one_pc), "--to", server_database)
    assert (status, err) == (0, "")
    status, out, err = run(capsys, "--db", server_database, "setup-server", "--accounts")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[-1] == "Đã đặt mật khẩu tạm thời cho 3 tài khoản trên máy chủ."
    given = {m["username"]: m for m in map(TEMPORARY_LINE.match, lines) if m}
    assert {name: (m["name"], bool(m["locked"])) for name, m in given.items()} == {
        "chanh.vp": ("Trần Văn Chánh", False), "cu.nv": ("Người Cũ", True), "lan": ("Hoàng Thị Lan", False)}
    name = make_url(server_database).database
    database = open_database(server_database, actor=ACTOR)  # as the owner: nothing of a password is kept
    try:
        with database.session() as session:
            kept = {a.username: (a.password_hash, a.must_change_password) for a in session.exec(select(UserAccount))}
        assert kept == {"chanh.vp": ("", True), "cu.nv": ("", True), "lan": ("", True)}
    finally:
        database.close()

    with pytest.raises(DomainError, match=WRONG):  # the one-PC password no longer signs in
        open_signed_in(_bare(server_database), "lan", "mật khẩu dài 2")
    with pytest.raises(DomainError, match=WRONG):  # a locked account's role may not log in
        open_signed_in(_bare(server_database), "cu.nv", given["cu.nv"]["password"])
    database = open_signed_in(_bare(server_database), "lan", given["lan"]["password"])
    try:
        gateway = AccountGateway(database)
        lan = gateway.connected_principal()
        assert (lan.name, lan.role, lan.must_change_password) == ("lan", Role.VIEWER, True)
        AccountGateway(database, lan).choose_own_password(OWN, OWN)
    finally:
        database.close()
    database = open_signed_in(_bare(server_database), "lan", OWN)
    try:
        assert AccountGateway(database).connected_principal().must_change_password is False
    finally:
        database.close()
    with pytest.raises(DomainError, match=WRONG):
        open_signed_in(_bare(server_database), "lan", given["lan"]["password"])

    status, out, err = run(capsys, "--db", server_database, "setup-server", "--accounts")  # again: nothing new
    assert (status, out.splitlines()[-1]) == (0, "Mọi tài khoản đã là tài khoản của máy chủ; không có mật khẩu tạm "
                                                 "thời nào mới.")
    with postgresql_roles(server_database) as roles:
        assert roles[login_role(name, "chanh.vp")] == group_role(name, Role.SECRETARIAT)

    status, out, err = run(capsys, "--db", server_database, "setup-server", "--reset-password", "LAN")  # forgotten
    assert (status, err, out.splitlines()[-1]) == (0, "", "Đã đặt mật khẩu tạm thời cho 1 tài khoản trên máy chủ.")
    [reset] = [m for m in map(TEMPORARY_LINE.match, out.splitlines()) if m]
    with pytest.raises(DomainError, match=WRONG):
        open_signed_in(_bare(server_database), "lan", OWN)
    database = open_signed_in(_bare(server_database), "lan", reset["password"])
    try:
        assert AccountGateway(database).connected_principal().must_change_password is True
    finally:
        database.close()


def postgresql_roles(url: str):
    """{login role: its group} for the database's accounts, read by the owner."""
    from contextlib import contextmanager

    import psycopg

    @contextmanager
    def read():
        target = make_url(url)
        with psycopg.connect(host=target.host, port=target.port or 5432, dbname=target.database,
                             user=target.username, password=target.password) as connection:
            yield dict(connection.execute(
                "SELECT r.rolname, g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname LIKE %s", (f"%@{target.database}",)).fetchall())

    return read()


def test_an_empty_shared_database_gets_its_first_secretariat_and_the_command_line_signs_in(
        server_database, capsys, monkeypatch):
    status, out, err = run(capsys, "--db", server_database, "setup-server", "--secretariat", "Chanh.VP")
    assert (status, err) == (2, "langmoi: --secretariat cần --full-name “Họ và tên” của người dùng tài khoản đó.\n")
    status, out, err = run(capsys, "--db", server_database, "setup-server", "--secretariat", "Chanh.VP",
                           "--full-name", "Trần Văn Chánh")
    assert (status, err) == (0, "")
    [line] = [m for m in map(TEMPORARY_LINE.match, out.splitlines()) if m]
    assert (line["username"], line["name"]) == ("chanh.vp", "Trần Văn Chánh")
    monkeypatch.setenv("LANGMOI_PASSWORD", line["password"])
    status, out, err = run(capsys, "--db", _bare(server_database), "--user", "chanh.vp", "check-data")
    assert status == 0, err
    monkeypatch.setenv("LANGMOI_PASSWORD", "sai mật khẩu")
    status, out, err = run(capsys, "--db", _bare(server_database), "--user", "chanh.vp", "check-data")
    assert (status, err) == (2, f"langmoi: {WRONG}\n")
    status, out, err = run(capsys, "--db", server_database, "setup-server", "--secretariat", "khac",
                           "--full-name", "Người Khác")
    assert status == 2 and "Cơ sở dữ liệu đã có tài khoản" in err
