"""Accounts as login roles of the shared PostgreSQL server (storage/server_policies.py installs the rules).

An account `bich` of database `langmoi` signs in as the login role `bich@langmoi`, member of one of the database's
groups (`langmoi_secretariat@langmoi`, `langmoi_team_lead@langmoi`, `langmoi_viewer@langmoi`); the server checks its
SCRAM-SHA-256 password, which the program never keeps. Roles are shared by every database of a server: the
database's name in every role's name keeps two databases (and the tests' databases) apart.

The secretariat's own connection manages the login roles, in the transaction of its unit of work (CREATE ROLE
and ALTER ROLE are transactional, so the account's row and its role are committed or rolled back together),
through SECURITY DEFINER functions of the owner that check that the caller's login is in the secretariat's group
and that the target is one of this database's accounts. Passwords travel as SCRAM verifiers made on the PC, so
no plain password reaches the server's logs.
"""

from psycopg import sql
from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from domain.vocabulary import Role
from storage.errors import StorageError
from storage.server_policies import GROUP_PREFIX, IDENTIFIER_BYTES, run_statements

_REFUSALS = {
    "42501": "Chưa làm: chỉ Văn phòng (thư ký) được quản lý tài khoản trên máy chủ.",
    "42710": "Chưa làm: trên máy chủ đã có vai trò “{role}”; chọn tên đăng nhập khác.",
    "42704": "Chưa làm: “{role}” không phải tài khoản của cơ sở dữ liệu này trên máy chủ.",
}


def login_role(database: str, username: str) -> str:
    """The login role of account `username` in `database`; StorageError when the name is over PostgreSQL's 63
    bytes."""
    return _fitting(f"{username}@{database}")


def group_role(database: str, role: Role) -> str:
    """The group role of the accounts of `database` with `role`."""
    return _fitting(f"{GROUP_PREFIX[role]}@{database}")


def account_of_role(database: str, role_name: str) -> str | None:
    """The username whose login role `role_name` is in `database`, else None."""
    suffix = f"@{database}"
    return role_name.removesuffix(suffix) if role_name.endswith(suffix) and len(role_name) > len(suffix) else None


def _fitting(name: str) -> str:
    if len(name.encode()) > IDENTIFIER_BYTES:
        raise StorageError(f"Tên vai trò trên máy chủ “{name}” dài quá {IDENTIFIER_BYTES} byte; chọn tên đăng nhập "
                           "ngắn hơn.")
    return name


def scram_verifier(connection: Connection, role_name: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of `password`, computed on this PC by libpq (salted, 4096 iterations by default):
    what CREATE/ALTER ROLE … PASSWORD stores as it is."""
    pgconn = connection.connection.driver_connection.pgconn
    return pgconn.encrypt_password(password.encode(), role_name.encode(), b"scram-sha-256").decode()


def create_login(connection: Connection, username: str, verifier: str, role: Role) -> str:
    """Create the account's login role in the group of `role`; returns the role's name."""
    return _call(connection, "SELECT public.langmoi_create_login(:u, :v, :k)",
                 {"u": username, "v": verifier, "k": role.value}, username)


def set_password(connection: Connection, username: str, verifier: str) -> None:
    _call(connection, "SELECT public.langmoi_set_password(:u, :v)", {"u": username, "v": verifier}, username)


def set_group(connection: Connection, username: str, role: Role) -> None:
    """Move the account's login role into the group of `role` (and out of the others)."""
    _call(connection, "SELECT public.langmoi_set_group(:u, :k)", {"u": username, "k": role.value}, username)


def set_login(connection: Connection, username: str, allowed: bool) -> None:
    """Lock (NOLOGIN: the server refuses its next connections) or unlock (LOGIN) the account's login role."""
    _call(connection, "SELECT public.langmoi_set_login(:u, :a)", {"u": username, "a": allowed}, username)


def drop_login(connection: Connection, username: str) -> None:
    _call(connection, "SELECT public.langmoi_drop_login(:u)", {"u": username}, username)


def change_own_password(connection: Connection, verifier: str) -> None:
    """The signed-in account sets its own password (any role may change its own) and clears its
    must_change_password, in the connection's transaction."""
    if not verifier.startswith("SCRAM-SHA-256$"):
        raise StorageError("Mật khẩu phải được gửi dưới dạng SCRAM-SHA-256.")
    run_statements(connection, [sql.SQL("ALTER ROLE CURRENT_USER PASSWORD {}").format(sql.Literal(verifier))],
                   "Không đổi được mật khẩu trên máy chủ")
    _call(connection, "SELECT public.langmoi_password_changed()", {}, "")


def _call(connection: Connection, statement: str, values: dict, username: str) -> str:
    database = connection.execute(text("SELECT current_database()")).scalar()
    try:
        return connection.execute(text(statement), values).scalar()
    except DBAPIError as error:
        state = getattr(error.orig, "sqlstate", None)
        if state in _REFUSALS:
            raise StorageError(_REFUSALS[state].format(role=f"{username}@{database}")) from None
        raise StorageError(f"Máy chủ không làm được việc này với tài khoản “{username}”: "
                           f"{str(error.orig).strip().splitlines()[0]}") from None
