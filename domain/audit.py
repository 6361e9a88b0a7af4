"""The audit trail: every change a user makes, who made it, when, the old and the new value."""

from datetime import UTC, datetime

from sqlalchemy import ColumnElement, event, exists, or_
from sqlalchemy.orm import aliased
from sqlmodel import Field, Session, SQLModel

from domain.columns import NEVER_REUSED
from domain.errors import DomainError

SERVER_FIELD = "(máy chủ) "
"""How the field of a row written by the shared server's own trigger begins (storage/server_policies.py): one row
per changed table row, then INSERT, UPDATE or DELETE. SQLite has none."""


class AuditEvent(SQLModel, table=True):
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(index=True)
    actor: str = Field(max_length=100)
    entity: str = Field(max_length=60, description="the table changed, e.g. 'assessment'")
    entity_id: int | None = Field(default=None, index=True)
    field: str = Field(max_length=60)
    old_value: str | None = Field(default=None, max_length=4000)
    new_value: str | None = Field(default=None, max_length=4000)
    context: str = Field(default="", max_length=500, description="what the change was about, for people")
    village_id: int | None = Field(default=None, index=True, description="the village the change concerns, if any")


def record_change(
    session: Session,
    *,
    actor: str,
    entity: str,
    entity_id: int | None,
    field: str,
    old: object,
    new: object,
    context: str = "",
    village_id: int | None = None,
) -> AuditEvent:
    """Add an audit event to the session (the caller's unit of work commits it with the change)."""
    event = AuditEvent(
        at=datetime.now(UTC),
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        field=field,
        old_value=None if old is None else str(old),
        new_value=None if new is None else str(new),
        context=context,
        village_id=village_id,
    )
    session.add(event)
    return event


@event.listens_for(Session, "before_flush")
def _audit_is_append_only(session: Session, _context, _instances) -> None:
    """No session of the application changes or deletes an audit event (on a shared server, the application's
    database role cannot either: see storage/server_roles.py)."""
    if any(isinstance(item, AuditEvent) for item in (*session.dirty, *session.deleted)):
        raise DomainError("Nhật ký thay đổi chỉ được thêm, không được sửa hay xóa.")


def shown_in_history() -> ColumnElement[bool]:
    """The rows people read: the program's, and the server's own rows only of a transaction in which the program
    wrote none (a change made with psql or another program). On a shared server both kinds of a transaction carry
    its start time (`now()`, stamped by the server), which links them."""
    program = aliased(AuditEvent)
    return or_(~AuditEvent.field.startswith(SERVER_FIELD),
               ~exists().where(program.at == AuditEvent.at, ~program.field.startswith(SERVER_FIELD)))
