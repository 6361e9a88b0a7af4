"""Does an SQLite file hold the tables and columns of the revision it records?

Older versions of this program ran a migration's DDL outside its transaction: a crash left, say, the tables of
0002 beside an alembic_version that still says 0001, and every later upgrade failed ("table … already exists").
Such a file is recognised at open, before anything is migrated. At the newest revision the models say what must
be there (read in a few milliseconds, no Alembic); at an older one the migrations are replayed up to that
revision in an in-memory database (Alembic is being imported for the upgrade anyway).
"""

import sqlite3
from functools import cache
from pathlib import Path

from storage.read_only import connect_read_only
from storage.schema_version import SCHEMA_REVISION

Columns = dict[str, frozenset[str]]

COLUMNS_SQL = ("SELECT m.name, p.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p "
               "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name != 'alembic_version'")


def columns_of(connection: sqlite3.Connection) -> Columns:
    found: dict[str, set[str]] = {}
    for table, column in connection.execute(COLUMNS_SQL):
        found.setdefault(table, set()).add(column)
    return {table: frozenset(columns) for table, columns in found.items()}


@cache
def columns_at(revision: str) -> Columns:
    """The tables and columns the migrations create up to `revision`."""
    from alembic import command
    from sqlalchemy import create_engine

    from storage.migrate import alembic_config

    engine = create_engine("sqlite://")
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            return columns_of(connection.connection.driver_connection)
    finally:
        engine.dispose()


def _model_columns() -> Columns:
    from domain.schema import metadata

    return {table.name: frozenset(table.columns.keys()) for table in metadata.tables.values()}


def schema_problem(connection: sqlite3.Connection, revision: str) -> str | None:
    """What is wrong with the schema of a database that records `revision`, in Vietnamese; None when it matches.

    At the newest revision every model table and column must be there; at an older one the tables must be
    exactly those of that revision (a later revision's tables mean a half-done upgrade)."""
    actual = columns_of(connection)
    if revision == SCHEMA_REVISION:
        expected, exact = _model_columns(), False
    else:
        from alembic.util import CommandError

        try:
            expected, exact = columns_at(revision), True
        except CommandError:  # an unknown revision (a newer program's): Alembic refuses it at upgrade
            return None
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected)) if exact else []
    if missing:
        return f"thiếu bảng {', '.join(missing)}"
    if extra:
        return f"có bảng {', '.join(extra)} của một phiên bản sau"
    for table in sorted(expected):
        lacking = sorted(expected[table] - actual[table])
        surplus = sorted(actual[table] - expected[table]) if exact else []
        if lacking:
            return f"bảng {table} thiếu cột {', '.join(lacking)}"
        if surplus:
            return f"bảng {table} có thêm cột {', '.join(surplus)} của một phiên bản sau"
    return None


def file_schema_problem(path: Path, revision: str | None) -> str | None:
    """schema_problem for a file, opened read-only; None for a file without revision (new or not ours)."""
    if revision is None:
        return None
    connection = connect_read_only(path)
    try:
        return schema_problem(connection, revision)
    finally:
        connection.close()
