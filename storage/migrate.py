"""Bring a database to the newest schema with Alembic, in one transaction, after a verified backup.

On SQLite, Python's sqlite3 module (legacy transaction control) runs DDL outside any transaction, so a crash
mid-upgrade used to leave the new tables beside the old revision. The migration therefore gets its own
connection in SQLAlchemy's documented pysqlite recipe: the driver's own transaction handling off
(isolation_level=None) and an explicit BEGIN IMMEDIATE (the write lock at once, so no other writer can slip in
between the first read and the first write). Foreign keys are switched off before BEGIN (SQLite ignores the
PRAGMA inside a transaction, and a batch table recreate's DROP TABLE would cascade into child tables), and
`PRAGMA foreign_key_check` must be empty before COMMIT. The rest of the program keeps the driver's default:
its sessions write only DML, which the driver already wraps in a transaction, and a BEGIN for every reading
session would turn a later write into SQLITE_BUSY_SNAPSHOT whenever another writer came in between.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.pool import NullPool

from resources import bundled_path
from storage.backups import take_backup
from storage.errors import StorageError
from storage.schema_version import stored_revision
from storage.sqlite_refusals import BUSY_TIMEOUT_MS

MIGRATIONS = bundled_path("storage", "migrations")
"""Alembic reads the revisions as files by path, so the bundle ships them as files (packaging/langmoi.spec)."""


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _migration_pragmas(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=OFF")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def _begin_immediate(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


@contextmanager
def migration_transaction(engine: Engine) -> Iterator[Connection]:
    """One real transaction for the whole upgrade (see the module docstring); committed when the block ends
    without an error and the foreign keys hold, rolled back otherwise."""
    if engine.dialect.name != "sqlite":
        with engine.begin() as connection:
            yield connection
        return
    own = create_engine(engine.url, poolclass=NullPool)
    event.listen(own, "connect", _migration_pragmas)
    event.listen(own, "begin", _begin_immediate)
    try:
        with own.begin() as connection:
            yield connection
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                table, rowid, parent, _ = broken[0]
                raise StorageError(f"Nâng cấp cơ sở dữ liệu dừng lại, chưa ghi gì: {len(broken)} dòng tham chiếu "
                                   f"không tồn tại (bảng {table}, dòng {rowid} trỏ tới bảng {parent}).")
    finally:
        own.dispose()


def upgrade(engine: Engine, database_file: Path | None,
            on_new: Callable[[Connection], None] | None = None) -> bool:
    """Upgrade to the newest revision. Returns True when the database was empty (a new database); then
    `on_new(connection)` fills it in the same transaction (the sample plan), so a new file is either complete or
    still empty (and made again at the next start).

    A database with tables but no Alembic revision is somebody else's and is refused.
    """
    current = stored_revision(engine)
    if current is None:
        tables = inspect(engine).get_table_names()
        if tables:
            raise StorageError("Tệp này là một cơ sở dữ liệu nhưng không phải của Làng Mới.")
    elif current == head_revision():
        return False
    elif database_file is not None:
        take_backup(database_file, "upgrade")
    config = alembic_config()
    with migration_transaction(engine) as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        if current is None and on_new is not None:
            on_new(connection)
    return current is None
