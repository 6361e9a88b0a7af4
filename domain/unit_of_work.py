"""One unit of work per user action: a session that commits once, or rolls everything back."""

import logging
import platform
from collections.abc import Callable
from types import TracebackType
from typing import Self

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from domain.access import Forbidden, Principal
from domain.audit import record_change

log = logging.getLogger(__name__)


class UnitOfWork:
    """Opens a session from the factory given; rolls back on exit unless `commit()` was called. `user` is who
    acts: the use cases check their role, and the audit names them.

    >>> with UnitOfWork(factory, user) as uow:
    ...     uow.session.add(thing)
    ...     uow.commit()
    """

    def __init__(self, session_factory: Callable[[], Session], user: Principal) -> None:
        self._session_factory = session_factory
        self.user = user
        self._session: Session | None = None

    @property
    def actor(self) -> str:
        """The name the audit writes."""
        return self.user.name

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
        if isinstance(exc, Forbidden) and not self.user.looking_only:
            self._record_refusal(str(exc))

    def _record_refusal(self, refusal: str) -> None:
        """A refused action leaves an audit row of its own, written in a new session after the action's changes
        were rolled back (the refusal is raised inside the action's unit of work). A database open only to look
        cannot take it. Should the row itself fail (a database that has just become unreachable or busy), the user
        is still told the refusal, not that error: the row is given up and logged."""
        try:
            with self._session_factory() as session:
                record_change(session, actor=self.actor, entity="refusal", entity_id=self.user.user_id,
                              field="forbidden", old=None, new=refusal[:4000], context=f"máy {platform.node()[:100]}")
                session.commit()
        except SQLAlchemyError:
            log.exception("the refusal of %s could not be audited", self.actor)

    def commit(self) -> None:
        self.session.commit()
