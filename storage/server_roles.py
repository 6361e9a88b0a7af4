"""The privileges of the application's role on a shared PostgreSQL server.

The database and its tables belong to an administrator role, which runs the migrations (`setup-server`); the PCs
connect as an application role that reads and writes the tables but may only read and add to the audit trail,
so that nobody working through the application can rewrite or erase who changed what.
"""

from dataclasses import dataclass

from psycopg import sql
from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from storage.credentials import shown
from storage.database import make_engine, open_database
from storage.errors import StorageError, driver_detail
from storage.schema_version import SCHEMA_REVISION, stored_revision
from storage.server_policies import install as install_server_rules
from storage.server_policies import run_statements

AUDIT_TABLE = "auditevent"
VERSION_TABLE = "alembic_version"
SCHEMA = "public"


@dataclass(frozen=True)
class ServerSetup:
    """What setup-server did: the schema revision before (None: the database was empty) and after."""

    database: str
    role: str | None
    """The older installation's one application role, if one was given."""
    before: str | None
    after: str


def _require_postgresql(dialect: str, shown: str) -> None:
    if dialect != "postgresql":
        raise StorageError(f"“{shown}” không phải cơ sở dữ liệu PostgreSQL: cấp quyền cho vai trò chỉ dùng với máy chủ "
                           "PostgreSQL dùng chung (--db postgresql+psycopg://CHỦ_SỞ_HỮU@MÁY_CHỦ/TÊN_CSDL).")


def _require_role(connection: Connection, role: str) -> None:
    if not connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": role}).first():
        raise StorageError(f"Trên máy chủ không có vai trò “{role}”; người quản trị tạo nó trước "
                           "(CREATE ROLE … LOGIN PASSWORD …) rồi chạy lại.")


def _require_owner(connection: Connection) -> None:
    """GRANT by someone who does not own an object only warns (and REVOKE silently does nothing): refuse first."""
    user = connection.execute(text("SELECT current_user")).scalar()
    if not connection.execute(text("SELECT pg_has_role(current_user, datdba, 'USAGE') FROM pg_database "
                                   "WHERE datname = current_database()")).scalar():
        raise StorageError(f"Tài khoản “{user}” không phải chủ sở hữu cơ sở dữ liệu; chạy setup-server bằng tài "
                           "khoản chủ sở hữu (người quản trị).")
    foreign = connection.execute(text(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = :schema AND c.relkind IN ('r', 'p', 'S') AND NOT pg_has_role(current_user, c.relowner, "
        "'USAGE') ORDER BY c.relname"), {"schema": SCHEMA}).scalars().first()
    if foreign is not None:
        raise StorageError(f"Tài khoản “{user}” không phải chủ sở hữu bảng “{foreign}”; chạy setup-server bằng tài "
                           "khoản chủ sở hữu (người quản trị).")


def grant_application_role(engine: Engine, role: str) -> None:
    """Give `role` what the application needs and no more; running it again changes nothing.

    CONNECT on the database, USAGE on the schema; SELECT, INSERT, UPDATE, DELETE on every table but the audit
    trail (SELECT, INSERT; UPDATE, DELETE and TRUNCATE revoked from the role and from PUBLIC) and Alembic's
    version (SELECT); USAGE, SELECT on every sequence. Tables a later migration adds get theirs at the next run.
    """
    _require_postgresql(engine.dialect.name, shown(engine.url.render_as_string(hide_password=False)))
    with engine.begin() as connection:
        _require_role(connection, role)
        _require_owner(connection)
        grantee = sql.Identifier(role)
        database = sql.Identifier(connection.execute(text("SELECT current_database()")).scalar())
        statements = [sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(database, grantee),
                      sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(sql.Identifier(SCHEMA), grantee)]
        for name in sorted(inspect(connection).get_table_names(schema=SCHEMA)):
            table = sql.Identifier(SCHEMA, name)
            if name == AUDIT_TABLE:
                allowed, revoked = "SELECT, INSERT", "UPDATE, DELETE, TRUNCATE"
                statements.append(sql.SQL(f"REVOKE {revoked} ON {{}} FROM PUBLIC").format(table))
            elif name == VERSION_TABLE:
                allowed, revoked = "SELECT", "INSERT, UPDATE, DELETE, TRUNCATE"
            else:
                allowed, revoked = "SELECT, INSERT, UPDATE, DELETE", ""
            statements.append(sql.SQL(f"GRANT {allowed} ON {{}} TO {{}}").format(table, grantee))
            if revoked:
                statements.append(sql.SQL(f"REVOKE {revoked} ON {{}} FROM {{}}").format(table, grantee))
        statements.append(sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {} TO {}").format(
            sql.Identifier(SCHEMA), grantee))
        run_statements(connection, statements, f"Không cấp được quyền cho vai trò “{role}”")


def setup_server(url: str, role: str | None = None, *, actor: str) -> ServerSetup:
    """Run by the database's owner: create or upgrade the schema, install the server's own rules (group roles,
    grants, row-level security, audit triggers: storage/server_policies.py) and, for an older installation's one
    application `role`, grant it its privileges and the secretariat's group."""
    where = shown(url)
    try:
        backend = make_url(url).get_backend_name()
    except ArgumentError:
        backend = ""
    _require_postgresql(backend, where)  # before an engine could create an SQLite file
    engine = make_engine(url)
    try:
        if role is not None:
            with engine.connect() as connection:
                _require_role(connection, role)
        before = stored_revision(engine)
    except DBAPIError as error:
        raise StorageError(f"Không mở được cơ sở dữ liệu “{where}”: {driver_detail(error)}") from None
    finally:
        engine.dispose()
    database = open_database(url, actor=actor, with_sample=False)
    try:
        if role is not None:
            grant_application_role(database.engine, role)
        with database.engine.begin() as connection:
            _require_owner(connection)
            install_server_rules(connection, app_role=role)
    except DBAPIError as error:
        raise StorageError(f"Không cấp được quyền trên cơ sở dữ liệu “{where}”: {driver_detail(error)}") from None
    finally:
        database.close()
    return ServerSetup(database=where, role=role, before=before, after=SCHEMA_REVISION)
