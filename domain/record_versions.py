"""Village records are versioned as assessments are: a change or a deletion names the version the user read.

If someone else saved the record in between, the later save is told who, when and what the record holds now
(RecordConflict) instead of silently replacing it; the user then overwrites (saving again at the version they
were shown) or keeps theirs. The version is raised by an UPDATE that names the version read, so of two sessions
only one can win, on SQLite as on PostgreSQL. Who and when come from the audit trail: its newest event for the
record (ids are never reused, so those events are the record's own).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import UniqueConstraint, update
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, select

from domain.agencies import Agency
from domain.audit import AuditEvent
from domain.errors import EditConflict, NotFound
from domain.formatting import format_date, format_int, format_moment
from domain.users import UserAccount

if TYPE_CHECKING:
    from domain.recording import FieldSpec, RecordKind

SHOWN_LENGTH = 200
"""The most characters of one value the conflict message repeats (long texts are cut with “…”)."""


@dataclass(frozen=True)
class RecordState:
    """A record as the database holds it now, for a user whose save came too late."""

    values: dict[str, Any]
    version: int
    updated_by: str
    updated_at: datetime | None


class RecordConflict(EditConflict):
    """The record `record_id` changed since the user read it (or, for a new record, one with the same key exists)."""

    def __init__(self, message: str, current: RecordState, record_id: int) -> None:
        super().__init__(message, current)
        self.record_id = record_id


def person_name(session: Session, username: str) -> str:
    """The account's full name for an audit name, else the audit name itself ("người khác" when unknown)."""
    account = session.exec(select(UserAccount.full_name).where(UserAccount.username == username)).first()
    return account or username or "người khác"


def _newest_event(session: Session, kind: RecordKind, record_id: int) -> AuditEvent | None:
    return session.exec(select(AuditEvent).where(AuditEvent.entity == kind.table.__tablename__,
                                                 AuditEvent.entity_id == record_id)
                        .order_by(AuditEvent.id.desc()).limit(1)).first()


def _did(session: Session, event: AuditEvent | None, verb: str) -> str:
    """"bich sửa lúc 14:05 01/12/2026": who did `verb` to the record last, and when."""
    if event is None:
        return f"người khác {verb}"
    return f"{person_name(session, event.actor)} {verb} lúc {format_moment(event.at)}"


def _shown(session: Session, spec: FieldSpec, value: object) -> str:
    if value is None or value == "":
        return "(trống)"
    if spec.kind == "choice":
        text = spec.choices.get(value, str(value))
    elif spec.kind == "agency":
        agency = session.get(Agency, value)
        text = agency.name if agency is not None else str(value)
    elif isinstance(value, date):
        text = format_date(value)
    elif spec.kind in ("count", "amount"):
        text = format_int(value)
    else:
        text = str(value)
    return text if len(text) <= SHOWN_LENGTH else text[:SHOWN_LENGTH] + "…"


def _holds(session: Session, kind: RecordKind, record: object) -> str:
    return "; ".join(f"{spec.label}: “{_shown(session, spec, getattr(record, spec.name))}”" for spec in kind.fields)


def conflict_of(session: Session, kind: RecordKind, record: object, *, added: bool = False) -> RecordConflict:
    """The conflict with `record` as saved now; `added`: the user was adding a record with the same key."""
    event = _newest_event(session, kind, record.id)
    state = RecordState({spec.name: getattr(record, spec.name) for spec in kind.fields}, record.version,
                        event.actor if event else "", event.at if event else None)
    if added:
        message = (f"Bản ghi “{kind.title}” này đã có, do {_did(session, event, 'ghi')}; chưa lưu bản của bạn. "
                   f"Hiện là: {_holds(session, kind, record)}.")
    else:
        message = (f"Bản ghi “{kind.title}” này đã được {_did(session, event, 'sửa')}, sau khi bạn mở. "
                   f"Hiện là: {_holds(session, kind, record)}.")
    return RecordConflict(message, state, record.id)


def _gone(session: Session, kind: RecordKind, record_id: int) -> NotFound:
    event = _newest_event(session, kind, record_id)
    if event is None:
        return NotFound(f"Không tìm thấy bản ghi {kind.title.lower()} này.")
    return NotFound(f"Bản ghi “{kind.title}” này đã được {_did(session, event, 'xóa')}; không còn để sửa hay xóa.")


def find_record(session: Session, kind: RecordKind, village_id: int, record_id: int) -> Any:
    """The village's record, or NotFound (saying who deleted it, when someone did)."""
    record = session.get(kind.table, record_id)
    if record is None:
        raise _gone(session, kind, record_id)
    if record.village_id != village_id:
        raise NotFound(f"Không tìm thấy bản ghi {kind.title.lower()} này.")
    return record


def claim_version(session: Session, kind: RecordKind, record: Any, expected: int | None) -> None:
    """Raise the record's version from the one read, or raise RecordConflict (NotFound if it was deleted).

    `expected` is the version the user read; None: whatever the database holds now."""
    seen = record.version
    if expected is not None and expected != seen:
        raise conflict_of(session, kind, record)
    table = kind.table
    bumped = session.execute(update(table).where(table.id == record.id, table.version == seen)
                             .values(version=seen + 1).execution_options(synchronize_session=False))
    if bumped.rowcount != 1:
        session.expunge(record)
        now = session.get(table, record.id)
        raise conflict_of(session, kind, now) if now is not None else _gone(session, kind, record.id)
    set_committed_value(record, "version", seen + 1)


def same_key(session: Session, kind: RecordKind, village_id: int, values: dict) -> Any | None:
    """The village's record that has the values of a unique key of `kind` (households: the year), if any."""
    table = kind.table
    for constraint in table.__table__.constraints:
        if isinstance(constraint, UniqueConstraint):
            given = {**values, "village_id": village_id}
            found = session.exec(select(table).where(
                *(column == given[column.name] for column in constraint.columns))).first()
            if found is not None:
                return found
    return None
