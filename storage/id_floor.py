"""Ids are never handed out twice: the counter of every table starts above every id it ever gave.

An id a table no longer holds may still be named by the audit trail (a deleted visit, a removed plan, the
village of a removed sample's assessments): a new row with that id would inherit the old one's history. So a
table's counter is raised to the largest of: the counter itself, the table's largest id, the largest `entity_id`
the audit holds for it (`entity` is the table's name) and, for villages, the largest village the audit names.
On SQLite the tables are AUTOINCREMENT and the counter is their row in sqlite_sequence; on PostgreSQL it is the
id column's sequence. The counters never go down.
"""

from collections.abc import Iterable, Mapping

from sqlalchemy import Connection, text

from storage.audit_guard import AUDIT_TABLE


def id_floor(connection: Connection, table: str) -> int:
    """The largest id `table` holds or the audit trail names for it (0 when neither has any)."""
    quote = connection.dialect.identifier_preparer.quote
    audit = quote(AUDIT_TABLE)
    held = connection.execute(text(f"SELECT MAX(id) FROM {quote(table)}")).scalar() or 0
    named = connection.execute(text(f"SELECT MAX(entity_id) FROM {audit} WHERE entity = :entity"),
                               {"entity": table}).scalar() or 0
    if table == "village":
        named = max(named, connection.execute(text(f"SELECT MAX(village_id) FROM {audit}")).scalar() or 0)
    return max(held, named)


def given_out(connection: Connection, table: str) -> int:
    """The largest id the counter of `table` has handed out (0 when none)."""
    if connection.dialect.name == "sqlite":
        return connection.execute(text("SELECT seq FROM sqlite_sequence WHERE name = :table"),
                                  {"table": table}).scalar() or 0
    quote = connection.dialect.identifier_preparer.quote
    return connection.execute(text("SELECT pg_sequence_last_value(pg_get_serial_sequence(:table, 'id'))"),
                              {"table": quote(table)}).scalar() or 0


def raise_counters(connection: Connection, tables: Iterable[str], at_least: Mapping[str, int] | None = None) -> None:
    """Raise each table's counter to its floor (and to `at_least[table]`: another database's counter, for a
    copy), never lowering it, inside the caller's transaction. Every table has an integer `id`; on SQLite it is
    AUTOINCREMENT."""
    quote = connection.dialect.identifier_preparer.quote
    for table in tables:
        highest = max(id_floor(connection, table), given_out(connection, table), (at_least or {}).get(table, 0))
        if connection.dialect.name == "sqlite":
            connection.execute(text("DELETE FROM sqlite_sequence WHERE name = :table"), {"table": table})
            connection.execute(text("INSERT INTO sqlite_sequence (name, seq) VALUES (:table, :seq)"),
                               {"table": table, "seq": highest})
        else:  # is_called false when nothing was handed out: the next id is then 1
            connection.execute(text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :value, :called)"),
                               {"table": quote(table), "value": max(highest, 1), "called": highest > 0})
