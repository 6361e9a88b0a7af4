"""Errors of storage, with a Vietnamese message for the user."""


class StorageError(Exception):
    """The database could not be opened, upgraded or written; `str(error)` is the message to show."""
