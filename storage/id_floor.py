"""Ids are never handed out twice: the counter of every table starts above every id it ever gave.

An id a table no longer holds may still be named by the audit trail (a deleted visit, a removed plan): a new row
with that id would inherit the old one's history. So the floor of a table's counter is the larger of its largest
id and the largest `entity_id` the audit holds for it (`entity` is the table's name). On SQLite the tables are
AUTOINCREMENT and the counter is their row in sqlite_sequence; on PostgreSQL it is the id column's sequence.
"""

from collections.abc import Iterable

from sqlalchemy import Connection, text

from storage.audit_guard import AUDIT_TABLE


def id_floor(connection: Connection, table: str) -> int:
    """The largest id `table` holds or the audit trail names for it (0 when neither has any)."""
    quote = connection.dialect.identifier_preparer.quote
    held = connection.execute(text(f"SELECT MAX(id) FROM {quote(table)}")).scalar() or 0
    named = connection.execute(text(f"SELECT MAX(entity_id) FROM {quote(AUDIT_TABLE)} WHERE entity = :entity"),
                               {"entity": table}).scalar() or 0
    return max(held, named)


def raise_counters(connection: Connection, tables: Iterable[str]) -> None:
    """Set each table's id counter to its floor, so that the next id is above it (inside the caller's transaction).

    Every table must have an integer `id`; on SQLite it must be AUTOINCREMENT."""
    quote = connection.dialect.identifier_preparer.quote
    for table in tables:
        floor = id_floor(connection, table)
        if connection.dialect.name == "sqlite":
            connection.execute(text("DELETE FROM sqlite_sequence WHERE name = :table"), {"table": table})
            connection.execute(text("INSERT INTO sqlite_sequence (name, seq) VALUES (:table, :seq)"),
                               {"table": table, "seq": floor})
        else:
            connection.execute(text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :next, false)"),
                               {"table": quote(table), "next": floor + 1})
