"""Errors of storage, with a Vietnamese message for the user."""

from sqlalchemy.exc import DBAPIError


class StorageError(Exception):
    """The database could not be opened, upgraded or written; `str(error)` is the message to show."""


def driver_detail(error: DBAPIError) -> str:
    """The database driver's message on one line (psycopg's can run to several)."""
    lines = str(error.orig).strip().splitlines()
    return lines[0] if lines else type(error.orig).__name__
