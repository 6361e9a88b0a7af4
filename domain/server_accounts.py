"""Accounts on a shared server, where each account is a login role of the server and signing in is connecting as
it: who the connection is, choosing one's own password at the first sign-in, and giving the accounts of a database
copied from one PC their login roles (setup-server). The server checks and keeps the passwords; the program keeps
neither a password nor its hash."""

import secrets
from dataclasses import dataclass, replace

from sqlmodel import Session, select

from domain.access import Principal
from domain.accounts import MIN_PASSWORD, WRONG, ServerLogins, principal_of
from domain.audit import record_change
from domain.errors import DomainError
from domain.text import fold
from domain.unit_of_work import UnitOfWork
from domain.users import UserAccount

TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read aloud or copied by hand
TEMPORARY_LENGTH = 12  # 31^12 ≈ 2^59


@dataclass(frozen=True)
class TemporaryPassword:
    """An account given a login role by setup-server, with the password told once to the administrator."""

    username: str
    full_name: str
    password: str
    active: bool


def connected_principal(session: Session, username: str) -> Principal:
    """Who a connection signed in as `username` is: its account. A login role with no account of the database
    (the owner's, another program's) is told the same as a wrong password."""
    account = session.exec(select(UserAccount).where(UserAccount.username == fold(username))).first()
    if account is None or not account.active:
        raise DomainError(WRONG)
    return replace(principal_of(account), must_change_password=account.must_change_password)


def new_password_problems(password: str, repeat: str) -> list[str]:
    problems = []
    if len(password) < MIN_PASSWORD:
        problems.append(f"Mật khẩu mới: ít nhất {MIN_PASSWORD} ký tự.")
    if password != repeat:
        problems.append("Hai lần nhập mật khẩu mới không giống nhau.")
    return problems


def choose_own_password(uow: UnitOfWork, password: str, repeat: str, logins: ServerLogins) -> None:
    """The signed-in user sets their own password on their own connection (ALTER ROLE … PASSWORD) and is no longer
    asked to; refused whole, naming what is wrong."""
    problems = new_password_problems(password, repeat)
    if problems:
        raise DomainError("Chưa đổi mật khẩu. " + " ".join(problems))
    logins.set_own_password(uow.session, password)
    record_change(uow.session, actor=uow.actor, entity="useraccount", entity_id=uow.user.user_id,
                  field="password", old=None, new="(người dùng tự đặt mật khẩu mới)",
                  context=f"tài khoản {uow.user.name}")
    uow.commit()


def temporary_password() -> str:
    return "".join(secrets.choice(TEMPORARY_ALPHABET) for _ in range(TEMPORARY_LENGTH))


def give_login_roles(session: Session, logins: ServerLogins, actor: str) -> list[TemporaryPassword]:
    """Every account that has no login role yet gets one, with a random temporary password its user must change
    at the first sign-in; its Argon2id hash is forgotten (the server checks passwords now). A locked account's role
    cannot log in. The session is flushed, not committed: setup-server commits it with the roles."""
    given = []
    for account in session.exec(select(UserAccount).order_by(UserAccount.username)):
        if logins.exists(session, account.username):
            continue
        password = temporary_password()
        logins.create(session, account.username, password, account.role)
        if not account.active:
            logins.set_active(session, account.username, False)
        account.password_hash = ""
        account.must_change_password = True
        account.failed_sign_ins = 0
        account.locked_until = None
        account.version += 1
        record_change(session, actor=actor, entity="useraccount", entity_id=account.id, field="password", old=None,
                      new="(tài khoản của máy chủ, mật khẩu tạm thời)", context=f"tài khoản {account.username}")
        given.append(TemporaryPassword(account.username, account.full_name, password, account.active))
    session.flush()
    return given


def reset_password(session: Session, logins: ServerLogins, username: str, actor: str) -> TemporaryPassword:
    """The administrator's way back in for a forgotten password (the last secretariat's too): a new temporary
    password its user must change at the next sign-in. Flushed, not committed (setup-server commits)."""
    account = session.exec(select(UserAccount).where(UserAccount.username == fold(username))).first()
    if account is None or not logins.exists(session, account.username):
        raise DomainError(f"Không có tài khoản “{fold(username)}” trên máy chủ của cơ sở dữ liệu này.")
    password = temporary_password()
    logins.set_password(session, account.username, password)
    account.must_change_password = True
    account.version += 1
    record_change(session, actor=actor, entity="useraccount", entity_id=account.id, field="password", old=None,
                  new="(người quản trị đặt mật khẩu tạm thời)", context=f"tài khoản {account.username}")
    session.flush()
    return TemporaryPassword(account.username, account.full_name, password, account.active)
