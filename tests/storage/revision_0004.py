"""A database as revision 0004 held it (no AUTOINCREMENT, no record versions, no audit triggers), made from a
newer one: the old schema built by Alembic, then every row copied over (the columns 0004 has)."""

import sqlite3
from pathlib import Path

from tests.storage.old_databases import schema_at

TABLES_SQL = ("SELECT name FROM sqlite_master WHERE type = 'table' "
              "AND name NOT IN ('alembic_version', 'sqlite_sequence')")


def copy_at_0004(source: Path, target: Path) -> None:
    schema_at(target, "0004")
    with sqlite3.connect(target) as copy:
        copy.execute("ATTACH DATABASE ? AS source", (str(source),))
        for (name,) in copy.execute(TABLES_SQL.replace("sqlite_master", "main.sqlite_master")).fetchall():
            columns = ", ".join(row[1] for row in copy.execute(f"PRAGMA main.table_info({name})"))
            copy.execute(f"INSERT INTO main.{name} ({columns}) SELECT {columns} FROM source.{name}")
    copy.close()


def row_counts(path: Path) -> dict[str, int]:
    """Rows per table (SQLite's own tables and Alembic's left out)."""
    with sqlite3.connect(path) as db:
        names = [name for (name,) in db.execute(TABLES_SQL)]
        counts = {name: db.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in names}
    db.close()
    return counts
