"""The audit trail is append-only in the database itself: triggers refuse every UPDATE and DELETE of its rows.

The ORM's before_flush guard (domain/audit.py) stops the application's sessions; these triggers stop everything
else that reaches the database (a Core `update(AuditEvent)`, a raw `DELETE FROM auditevent`, a tool). On a shared
server the application's role has no UPDATE/DELETE/TRUNCATE on the table either (storage/server_roles.py); the
triggers hold for the owner as well. A migration that must itself rewrite audit rows (cleaning stored values)
calls `remove_guard` first and `install_guard` again before its transaction ends.
"""

from sqlalchemy import Connection

REFUSAL = "Nhật ký thay đổi chỉ được thêm, không được sửa hay xóa."
AUDIT_TABLE = "auditevent"

_SQLITE = (
    f"CREATE TRIGGER auditevent_no_update BEFORE UPDATE ON {AUDIT_TABLE} "
    f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END",
    f"CREATE TRIGGER auditevent_no_delete BEFORE DELETE ON {AUDIT_TABLE} "
    f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END",
)
_SQLITE_REMOVE = ("DROP TRIGGER IF EXISTS auditevent_no_update", "DROP TRIGGER IF EXISTS auditevent_no_delete")

_POSTGRESQL = (
    "CREATE OR REPLACE FUNCTION auditevent_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    f"$$ BEGIN RAISE EXCEPTION '{REFUSAL}'; END $$",
    f"CREATE TRIGGER auditevent_no_change BEFORE UPDATE OR DELETE ON {AUDIT_TABLE} "
    "FOR EACH ROW EXECUTE FUNCTION auditevent_append_only()",
    f"CREATE TRIGGER auditevent_no_truncate BEFORE TRUNCATE ON {AUDIT_TABLE} "
    "FOR EACH STATEMENT EXECUTE FUNCTION auditevent_append_only()",
)
_POSTGRESQL_REMOVE = (
    f"DROP TRIGGER IF EXISTS auditevent_no_change ON {AUDIT_TABLE}",
    f"DROP TRIGGER IF EXISTS auditevent_no_truncate ON {AUDIT_TABLE}",
    "DROP FUNCTION IF EXISTS auditevent_append_only()",
)


def _statements(connection: Connection, *, install: bool) -> tuple[str, ...]:
    if connection.dialect.name == "sqlite":
        return _SQLITE if install else _SQLITE_REMOVE
    if connection.dialect.name == "postgresql":
        return _POSTGRESQL if install else _POSTGRESQL_REMOVE
    raise ValueError(f"no audit guard for {connection.dialect.name}")


def install_guard(connection: Connection) -> None:
    """Create the triggers (inside the caller's transaction)."""
    for statement in _statements(connection, install=True):
        connection.exec_driver_sql(statement)


def remove_guard(connection: Connection) -> None:
    """Drop the triggers, if they are there (inside the caller's transaction)."""
    for statement in _statements(connection, install=False):
        connection.exec_driver_sql(statement)
