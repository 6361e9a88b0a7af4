"""Use case: put back the value a change in the history replaced (*Khôi phục giá trị này*).

The value is restored through the use cases that wrote it (domain/assessing.set_assessment,
domain/recording.save_record): a new change, audited and refused as any other (a role, a rule, a plan that no
longer holds the village). A record deleted since is restored whole, with the values its deletion wrote to the
audit (every field), the chosen field taking the old value of the change chosen; it comes back under a new id,
with the files its deletion removed with it attached again, in the same transaction (all or nothing: the lock of
its year, the village-year's limit; domain/attaching.restore_record_attachments).
A removed file is attached again from the content the database keeps (domain/attaching.restore_attachment).
"""

from datetime import date

from sqlmodel import Session, select

from domain.assessing import set_assessment
from domain.attaching import ENTITY as ATTACHMENT
from domain.attaching import FIELD as ATTACHMENT_FIELD
from domain.attaching import restore_attachment, restore_record_attachments
from domain.audit import AuditEvent
from domain.criteria import Assessment, Criterion, CriterionStatus
from domain.errors import DomainError, NotFound
from domain.plan import Plan, PlanVillage
from domain.recording import KINDS, RecordKind, write_record
from domain.unit_of_work import UnitOfWork

ASSESSMENT_FIELDS = ("status", "evidence", "note")
_RECORD_KINDS = {kind.table.__tablename__: kind for kind in KINDS.values()}


def can_restore(entity: str, field: str) -> bool:
    """Whether a change of this entity's field can be restored: a criterion's assessment, a village record or an
    attached file."""
    if entity == "assessment":
        return field in ASSESSMENT_FIELDS
    if entity == ATTACHMENT:
        return field == ATTACHMENT_FIELD
    kind = _RECORD_KINDS.get(entity)
    return kind is not None and any(spec.name == field for spec in kind.fields)


def restore_value(uow: UnitOfWork, event_id: int, plan_id: int | None = None) -> str:
    """Restore the old value of the audit event `event_id`, and commit; returns what was done, in words.
    `plan_id`: the plan the window shows (else the first plan that holds the village)."""
    session = uow.session
    event = session.get(AuditEvent, event_id)
    if event is None or not can_restore(event.entity, event.field):
        raise NotFound("Không khôi phục được: thay đổi này không phải của một tiêu chí hay bản ghi của thôn.")
    if event.entity == "assessment":
        return _restore_assessment(uow, event, plan_id)
    if event.entity == ATTACHMENT:
        return restore_attachment(uow, event, plan_id)
    return _restore_record(uow, event, _RECORD_KINDS[event.entity], plan_id)


def _plan_of(session: Session, village_id: int | None, plan_id: int | None, criteria_set_id: int | None = None) -> int:
    """The plan to save through: the one given if it holds the village, else the first that does."""
    statement = select(PlanVillage.plan_id).join(Plan, Plan.id == PlanVillage.plan_id) \
        .where(PlanVillage.village_id == village_id).order_by(PlanVillage.plan_id)
    if criteria_set_id is not None:
        statement = statement.where(Plan.criteria_set_id == criteria_set_id)
    plans = list(session.exec(statement))
    if not plans:
        raise NotFound("Không khôi phục được: thôn (làng) này không còn thuộc kế hoạch nào.")
    return plan_id if plan_id in plans else plans[0]


def _restore_assessment(uow: UnitOfWork, event: AuditEvent, plan_id: int | None) -> str:
    session = uow.session
    assessment = session.get(Assessment, event.entity_id)
    if assessment is None:
        raise NotFound("Không khôi phục được: không còn đánh giá tiêu chí này.")
    criterion = session.get(Criterion, assessment.criterion_id)
    plan = _plan_of(session, assessment.village_id, plan_id, criterion.criteria_set_id)
    old = event.old_value if event.old_value is not None else Assessment.model_fields[event.field].default
    value = CriterionStatus(old) if event.field == "status" else old
    set_assessment(uow, plan_id=plan, village_id=assessment.village_id, criterion_id=assessment.criterion_id,
                   year=assessment.year, **{event.field: value})
    return f"Đã khôi phục tiêu chí {criterion.number} – {assessment.year}."


def _typed(kind: RecordKind, name: str, text: str | None) -> object:
    """A value as the audit wrote it, typed as its field is."""
    if text is None:
        return None
    spec = kind.spec(name)
    if spec.kind == "date":
        return date.fromisoformat(text)
    if spec.kind in ("count", "amount", "year", "agency"):
        return int(text)
    return text


def _values_at_deletion(session: Session, kind: RecordKind, record_id: int) -> dict:
    """The values the record held when it was deleted: its deletion wrote each field's last value as old."""
    values = {}
    for spec in kind.fields:
        last = session.exec(select(AuditEvent).where(
            AuditEvent.entity == kind.table.__tablename__, AuditEvent.entity_id == record_id,
            AuditEvent.field == spec.name).order_by(AuditEvent.id.desc()).limit(1)).first()
        if last is not None:
            values[spec.name] = _typed(kind, spec.name, last.old_value if last.new_value is None else last.new_value)
    return values


def _restore_record(uow: UnitOfWork, event: AuditEvent, kind: RecordKind, plan_id: int | None) -> str:
    session = uow.session
    record = session.get(kind.table, event.entity_id)
    old = _typed(kind, event.field, event.old_value)
    spec = kind.spec(event.field)
    if record is None:
        values = _values_at_deletion(session, kind, event.entity_id)
        if old is not None:
            values[event.field] = old
        village_id, record_id, done = event.village_id, None, f"Đã khôi phục bản ghi “{kind.title}” đã xóa."
    else:
        values = {name.name: getattr(record, name.name) for name in kind.fields} | {event.field: old}
        village_id, record_id, done = record.village_id, record.id, f"Đã khôi phục “{spec.label}”."
    if old is None and spec.required and record is not None:
        raise DomainError(f"Không khôi phục được: “{spec.label}” khi đó để trống, mà đây là ô bắt buộc.")
    plan = _plan_of(session, village_id, plan_id)
    if record is not None:
        write_record(uow, kind=kind.key, plan_id=plan, village_id=village_id, values=values, record_id=record_id)
        uow.commit()
        return done
    _saved, files = restore_deleted_record(uow, kind=kind.key, plan_id=plan, village_id=village_id,
                                           deleted_id=event.entity_id, values=values)
    if files:
        done = f"Đã khôi phục bản ghi “{kind.title}” đã xóa, cùng {files} tệp đính kèm."
    return done


def restore_deleted_record(uow: UnitOfWork, *, kind: str, plan_id: int, village_id: int, deleted_id: int,
                           values: dict, record_id: int | None = None,
                           expected_version: int | None = None) -> tuple[int, int]:
    """Write back the record `deleted_id` was, with `values`, and attach to it again the files its deletion removed,
    in one transaction, and commit; returns the record's id (a new one) and how many files came back. The history's
    restore of a deleted record and the window's undo of a deletion (or redo of an addition undone) both come
    here. All or nothing: refused as a new record is (domain/recording.write_record: the role, the rules, the lock
    of its year; a record with the same key added meanwhile, RecordConflict) or as a file attached again is (the
    lock, the village-year's limit: domain/attaching.restore_record_attachments), nothing is written.
    `record_id`, `expected_version`: the values are written over that record instead (the user chose to overwrite
    the one with the same key added meanwhile), the files attached to it."""
    saved = write_record(uow, kind=kind, plan_id=plan_id, village_id=village_id, values=values, record_id=record_id,
                         expected_version=expected_version)
    files = restore_record_attachments(uow.session, uow.user, plan_id=plan_id, table=KINDS[kind].table.__tablename__,
                                       deleted_id=deleted_id, record_id=saved)
    uow.commit()
    return saved, files
