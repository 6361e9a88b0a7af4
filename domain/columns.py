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
