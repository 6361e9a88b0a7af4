"""Accounts as login roles: the secretariat's own connection creates, changes, locks and drops them through the
owner's SECURITY DEFINER functions, nobody else can, and a password reaches the server only as a SCRAM verifier."""

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import make_url

from domain.vocabulary import Role
from storage.errors import StorageError
from storage.server_accounts import (
    account_of_role,
    change_own_password,
    create_login,
    drop_login,
    group_role,
    login_role,
    scram_verifier,
    set_group,
    set_login,
    set_password,
)
from tests.storage.served import (
    PASSWORD,
    served_database,  # noqa: F401  (the fixture `served`)
)

NEW = "một mật khẩu mới"


@contextmanager
def transaction_as(served, username: str, password: str = PASSWORD) -> Iterator[Connection]:
    """A transaction on an SQLAlchemy connection logged in as the account's role, as the program's sessions are."""
    url = make_url(served.url).set(username=login_role(served.name, username), password=password)
    engine = create_engine(url, connect_args={"connect_timeout": 10})
    try:
        with engine.begin() as connection:
            yield connection
    finally:
        engine.dispose()


def _signs_in(served, username: str, password: str) -> bool:
    try:
        with transaction_as(served, username, password) as connection:
            return connection.execute(text("SELECT current_user")).scalar() == login_role(served.name, username)
    except Exception as error:  # the server's refusal, whichever way the driver words it
        assert "password authentication failed" in str(error) or "not permitted to log in" in str(error)
        return False


def _groups(served, username: str) -> set[str]:
    with served.owner() as owner:
        return {name for (name,) in owner.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = %s", (login_role(served.name, username),))}


def test_names_keep_databases_apart_and_fit_postgresql():
    assert login_role("langmoi", "bich") == "bich@langmoi"
    assert group_role("langmoi", Role.TEAM_LEAD) == "langmoi_team_lead@langmoi"
    assert account_of_role("langmoi", "bich@langmoi") == "bich"
    assert account_of_role("langmoi", "bich@khac") is None
    with pytest.raises(StorageError, match="dài quá 63 byte"):
        login_role("langmoi", "a" * 60)


def test_the_secretariat_creates_moves_locks_resets_and_drops_a_login_role(served):
    with transaction_as(served, "chanh") as connection:
        name = create_login(connection, "moi", scram_verifier(connection, login_role(served.name, "moi"), PASSWORD),
                            Role.VIEWER)
    served.roles.append(name)
    assert _signs_in(served, "moi", PASSWORD)
    assert _groups(served, "moi") == {group_role(served.name, Role.VIEWER)}
    with transaction_as(served, "chanh") as connection:
        set_group(connection, "moi", Role.TEAM_LEAD)
        set_login(connection, "moi", False)
    assert _groups(served, "moi") == {group_role(served.name, Role.TEAM_LEAD)}
    assert not _signs_in(served, "moi", PASSWORD)
    with transaction_as(served, "chanh") as connection:
        set_login(connection, "moi", True)
        set_password(connection, "moi", scram_verifier(connection, name, NEW))
    assert not _signs_in(served, "moi", PASSWORD)
    assert _signs_in(served, "moi", NEW)
    with transaction_as(served, "chanh") as connection:
        drop_login(connection, "moi")
    with served.owner() as owner:
        assert owner.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone() is None


def test_a_role_made_in_a_transaction_rolled_back_does_not_exist(served):
    with pytest.raises(RuntimeError), transaction_as(served, "chanh") as connection:
        create_login(connection, "tam", scram_verifier(connection, "tam", PASSWORD), Role.VIEWER)
        raise RuntimeError("the account's row could not be written")
    with served.owner() as owner:
        assert owner.execute("SELECT 1 FROM pg_roles WHERE rolname = %s",
                             (login_role(served.name, "tam"),)).fetchone() is None


@pytest.mark.parametrize("username", ["lan", "xem"])
def test_only_the_secretariat_manages_login_roles(served, username):
    for action in (lambda c: create_login(c, "moi", scram_verifier(c, "moi", PASSWORD), Role.SECRETARIAT),
                   lambda c: set_group(c, username, Role.SECRETARIAT), lambda c: set_login(c, "chanh", False),
                   lambda c: set_password(c, "chanh", scram_verifier(c, "chanh", NEW)),
                   lambda c: drop_login(c, "chanh")):
        with pytest.raises(StorageError, match="Chưa làm"), transaction_as(served, username) as connection:
            action(connection)
    assert _groups(served, username) == {group_role(served.name, Role.TEAM_LEAD if username == "lan" else
                                                    Role.VIEWER)}
    assert _signs_in(served, "chanh", PASSWORD)


def test_the_secretariat_reaches_no_role_but_this_databases_accounts(served):
    with served.owner() as owner:
        owner.execute('CREATE ROLE "ngoai@khac" LOGIN')
        owner_role, viewers = served.server.admin_url.username, group_role(served.name, Role.VIEWER)
        owner.execute(f'CREATE ROLE "{login_role(served.name, "chu")}" LOGIN IN ROLE "{owner_role}", "{viewers}"'
                      )  # an account that is also the owner
    served.roles += ["ngoai@khac", login_role(served.name, "chu")]
    for username in ("langmoi_ci", "postgres", "ngoai", "chu"):
        with pytest.raises(StorageError, match="không phải tài khoản của cơ sở dữ liệu này"), \
                transaction_as(served, "chanh") as connection:
            set_password(connection, username, scram_verifier(connection, username, NEW))
    with pytest.raises(StorageError, match="SCRAM-SHA-256"), transaction_as(served, "chanh") as connection:
        create_login(connection, "moi", "mật khẩu rõ", Role.VIEWER)
    with pytest.raises(StorageError, match="đã có vai trò"), transaction_as(served, "chanh") as connection:
        create_login(connection, "lan", scram_verifier(connection, "lan", NEW), Role.VIEWER)


def test_an_account_sets_its_own_new_password_and_its_flag_is_cleared(served):
    with served.owner() as owner:
        owner.execute("UPDATE useraccount SET must_change_password = true WHERE username = 'xem'")
    with transaction_as(served, "xem") as connection:
        change_own_password(connection, scram_verifier(connection, login_role(served.name, "xem"), NEW))
    assert _signs_in(served, "xem", NEW)
    with served.owner() as owner:
        flags = dict(owner.execute("SELECT username, must_change_password FROM useraccount"))
        audited = owner.execute("SELECT actor, field, new_value FROM auditevent WHERE entity = 'useraccount'"
                                ).fetchall()
    assert flags == {"chanh": False, "lan": False, "xem": False}
    assert audited == [("xem", "(máy chủ) UPDATE", '{"must_change_password": false}')]
    with pytest.raises(psycopg.errors.InsufficientPrivilege), served.as_account("lan") as lead:
        lead.execute("UPDATE useraccount SET must_change_password = false")


def test_the_owner_creates_login_roles_too_for_setup_servers_conversion(served):
    engine = create_engine(served.url)
    try:
        with engine.begin() as connection:
            name = create_login(connection, "cuu", scram_verifier(connection, "cuu", PASSWORD), Role.TEAM_LEAD)
    finally:
        engine.dispose()
    served.roles.append(name)
    assert _signs_in(served, "cuu", PASSWORD)
    assert _groups(served, "cuu") == {group_role(served.name, Role.TEAM_LEAD)}
