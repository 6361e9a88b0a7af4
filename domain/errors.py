"""Errors the domain raises; their messages are Vietnamese and meant for the user."""


class DomainError(Exception):
    """A rule of the domain refused an action; `str(error)` is the message to show."""


class NotFound(DomainError):
    """A plan, village, agency or record named by the user does not exist."""


class Ambiguous(DomainError):
    """A name given by the user matches more than one record."""
