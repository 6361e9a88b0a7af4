"""What an SQLite database holds, as short hashes: the writer announces the content a commit will leave, and
the test compares the file it finds after the kill with the announced states.

Both sides read through raw SQL (the writer on its session's connection before COMMIT, the test with sqlite3
afterwards), so the same rows give the same hash.
"""

import hashlib
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from domain.schema import TABLES

Rows = Callable[[str], Iterable[tuple]]
DOMAIN_TABLES = tuple(sorted(table.__tablename__ for table in TABLES))


def table_names(rows: Rows) -> list[str]:
    """Every table of the file except SQLite's own (sqlite_sequence, sqlite_stat1)."""
    return sorted(name for (name,) in rows("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%'"))


def content(rows: Rows, names: Iterable[str] | None = None) -> str:
    """A hash of every row of the tables named (default: the domain's tables present in the file)."""
    present = set(table_names(rows))
    digest = hashlib.sha256()
    for name in sorted(present & set(DOMAIN_TABLES) if names is None else names):
        digest.update(f"\x00{name}\x00".encode())
        for line in sorted(repr(tuple(row)) for row in rows(f'SELECT * FROM "{name}"')):
            digest.update(line.encode())
    return digest.hexdigest()[:16]


def schema(rows: Rows) -> str:
    """A hash of the file's schema as SQLite describes it: each table's columns, foreign keys, indexes and
    AUTOINCREMENT, and the triggers. Read through PRAGMAs, not the stored CREATE text, whose order of foreign
    keys varies with Python's hash seed when Alembic recreates a table."""
    described = []
    for (name,) in rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        [(sql,)] = rows(f"SELECT sql FROM sqlite_master WHERE name = '{name}'")
        indexes = sorted((tuple(index[1:]), tuple(tuple(column) for column in rows(
            f"PRAGMA index_info('{index[1]}')"))) for index in rows(f"PRAGMA index_list('{name}')"))
        described.append((name, "AUTOINCREMENT" in (sql or "").upper(),
                          [tuple(column) for column in rows(f"PRAGMA table_info('{name}')")],
                          sorted(tuple(key[2:]) for key in rows(f"PRAGMA foreign_key_list('{name}')")), indexes))
    described += sorted(tuple(trigger) for trigger in rows("SELECT name, tbl_name, sql FROM sqlite_master "
                                                           "WHERE type = 'trigger'"))
    return hashlib.sha256(repr(described).encode()).hexdigest()[:16]


def sqlite_rows(connection: sqlite3.Connection) -> Rows:
    return lambda sql: connection.execute(sql).fetchall()


def session_rows(session) -> Rows:
    """Rows as the session's own connection sees them, uncommitted changes included."""
    return lambda sql: session.connection().exec_driver_sql(sql).fetchall()


def read_file(path: Path, names: Iterable[str] | None = None) -> tuple[str, str]:
    """(content, schema) of an SQLite file, opened as any program would (SQLite recovers a journal or WAL left
    by a killed writer)."""
    connection = sqlite3.connect(path)
    try:
        rows = sqlite_rows(connection)
        return content(rows, names), schema(rows)
    finally:
        connection.close()
