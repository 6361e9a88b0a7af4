"""Column types shared by the entities."""

import enum

import sqlalchemy as sa


def enum_column(enum_type: type[enum.Enum]) -> sa.Enum:
    """A portable enum column: stored as its values in a VARCHAR, read back as `enum_type`."""
    return sa.Enum(
        enum_type,
        native_enum=False,
        length=20,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


NEVER_REUSED = {"sqlite_autoincrement": True}
"""Table options of every table with an id: SQLite would otherwise give a deleted row's id to the next new row,
which would then inherit its audit history (PostgreSQL's sequences never go back). Last in `__table_args__`."""
