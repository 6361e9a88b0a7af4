"""Alembic environment: runs on the connection that storage.migrate hands over (no alembic.ini needed), inside
the one transaction storage.migrate.migration_transaction holds (DDL included, on SQLite too)."""

from alembic import context

from domain.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
