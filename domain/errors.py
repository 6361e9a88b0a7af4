"""Errors the domain raises; their messages are Vietnamese and meant for the user."""


class DomainError(Exception):
    """A rule of the domain refused an action; `str(error)` is the message to show."""


class NotFound(DomainError):
    """A plan, village, agency or record named by the user does not exist."""


class Ambiguous(DomainError):
    """A name given by the user matches more than one record."""


class EditConflict(DomainError):
    """Someone else saved the thing after the user read it (an assessment, a village record); `current` is what it
    holds now (with its `version`), for the question "overwrite with mine, or keep theirs?"."""

    def __init__(self, message: str, current: object) -> None:
        super().__init__(message)
        self.current = current
