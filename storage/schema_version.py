"""The schema revision this code expects, and the one a database holds, read without Alembic.

Importing Alembic costs about half a second; at most starts the database is already at this revision
and Alembic is not needed at all. A test checks SCHEMA_REVISION against the newest migration.
"""

from sqlalchemy import Engine, inspect, text

SCHEMA_REVISION = "0012"


def stored_revision(engine: Engine) -> str | None:
    """The Alembic revision recorded in the database, None when it has none."""
    with engine.connect() as connection:
        if "alembic_version" not in inspect(connection).get_table_names():
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
