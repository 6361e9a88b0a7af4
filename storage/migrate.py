"""Bring a database to the newest schema with Alembic, copying an SQLite file before any upgrade."""

import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from storage.errors import StorageError
from storage.schema_version import stored_revision

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def upgrade(engine: Engine, database_file: Path | None) -> bool:
    """Upgrade to the newest revision. Returns True when the database was empty (a new database).

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
        backup_before_upgrade(database_file, current)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return current is None


def backup_before_upgrade(database_file: Path, revision: str) -> Path:
    """Copy the database (consistently, through SQLite's backup API) beside itself before an upgrade."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = database_file.with_name(f"{database_file.name}.before-{revision}-{stamp}.bak")
    source = sqlite3.connect(database_file)
    try:
        copy = sqlite3.connect(target)
        with copy:
            source.backup(copy)
        copy.close()
    finally:
        source.close()
    return target
