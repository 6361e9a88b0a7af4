"""The audit trail: every change a user makes, who made it, when, the old and the new value."""

from datetime import UTC, datetime

from sqlmodel import Field, Session, SQLModel


class AuditEvent(SQLModel, table=True):
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
