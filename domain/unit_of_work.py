"""One unit of work per user action: a session that commits once, or rolls everything back."""

from collections.abc import Callable
from types import TracebackType
from typing import Self

from sqlmodel import Session


class UnitOfWork:
    """Opens a session from the factory given; rolls back on exit unless `commit()` was called.

    >>> with UnitOfWork(factory) as uow:
    ...     uow.session.add(thing)
    ...     uow.commit()
    """

    def __init__(self, session_factory: Callable[[], Session], actor: str = "") -> None:
        self._session_factory = session_factory
        self.actor = actor
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("the unit of work is not open")
        return self._session

    def __enter__(self) -> Self:
        self._session = self._session_factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        session = self.session
        session.rollback()
        session.close()
        self._session = None

    def commit(self) -> None:
        self.session.commit()
