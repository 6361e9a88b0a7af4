"""setup-server's accounts step, run by the database's owner after the server's rules are installed: every account
of the database (one copied from a PC by copy-db) gets its login role with a temporary password, and an empty
database can be given its first secretariat account. The passwords are returned to be shown once to the
administrator, never written anywhere."""

from datetime import UTC, datetime

from sqlmodel import select

from domain.accounts import USERNAME
from domain.errors import DomainError
from domain.server_accounts import TemporaryPassword, give_login_roles, reset_password
from domain.text import fold, nfc
from domain.users import Role, UserAccount
from storage.account_logins import AccountLogins
from storage.database import open_database


def give_accounts_logins(url: str, actor: str, first_secretariat: tuple[str, str] | None = None,
                         reset: str | None = None) -> list[TemporaryPassword]:
    """Give every account without a login role one; with `first_secretariat` (username, full name), first add
    that secretariat account, refused when the database already has accounts; with `reset` (a username), give that
    account a new temporary password. One transaction: all or nothing."""
    database = open_database(url, actor=actor, with_sample=False)
    try:
        with database.session() as session:
            if first_secretariat is not None:
                username, full_name = fold(first_secretariat[0]), nfc(first_secretariat[1])
                if session.exec(select(UserAccount.id)).first() is not None:
                    raise DomainError("Cơ sở dữ liệu đã có tài khoản: --secretariat chỉ dùng cho tài khoản đầu tiên; "
                                      "các tài khoản đã có được chuyển thành tài khoản của máy chủ với --accounts.")
                if not USERNAME.match(username) or not full_name:
                    raise DomainError("--secretariat cần tên đăng nhập (3–60 chữ cái không dấu, chữ số, . - _) và "
                                      "--full-name họ và tên.")
                session.add(UserAccount(username=username, full_name=full_name, role=Role.SECRETARIAT,
                                        password_hash="", created_at=datetime.now(UTC)))
                session.flush()
            given = give_login_roles(session, AccountLogins(), actor)
            if reset is not None and reset not in {account.username for account in given}:
                given.append(reset_password(session, AccountLogins(), reset, actor))
            session.commit()
            return given
    finally:
        database.close()
