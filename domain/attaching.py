"""Use cases for evidence files: attach, remove, and restore a removal (or an attachment) from the history.

Each is checked as every writer of a village is (domain/access.py: the secretariat, or the lead of the village's
team; the review's lock of the village-year, domain/review_locks.py), writes one audit row and commits once.
The audit row of an attachment and of a removal names the file (old or new value) and, in its context, the
content's digest, size, type and target, so that the history says what was removed and a removal can be undone
with the bytes the database still holds (domain/attachments.py: contents are never deleted).
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import Insert, insert, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from domain.access import Principal, require_lead_in_plan_years, require_village_editor
from domain.attachments import (
    CHUNK_BYTES,
    Attachment,
    AttachmentInfo,
    AttachTarget,
    ContentChunk,
    FileContent,
    attachment_info,
    content_chunks,
    village_year_bytes,
)
from domain.audit import AuditEvent, record_change
from domain.criteria import Criterion
from domain.errors import DomainError, NotFound
from domain.evidence_files import MAX_VILLAGE_YEAR_BYTES, CheckedFile, FileRefused, check_file, megabytes
from domain.formatting import format_moment
from domain.plan import Plan, PlanVillage
from domain.record_versions import person_name
from domain.recording import KINDS, YEAR_FIELD
from domain.review_locks import require_open_village_year
from domain.unit_of_work import UnitOfWork
from domain.vocabulary import Role

log = logging.getLogger(__name__)

ENTITY = "attachment"
FIELD = "name"
REMOVED = "gỡ tệp"
RESTORED = "khôi phục"
WITH_RECORD = f"{REMOVED} cùng bản ghi"
"""The note of a file removed because its record was deleted: restoring the record attaches it again."""
DELETED_RECORD = "deleted_record"
"""The context's part naming the deleted record a file came back with ('deleted_record=visit:12'; the history
does not show it): a restore of that file's removal says it is back already."""
_RECORD_KINDS = {kind.table.__tablename__: kind for kind in KINDS.values()}

Progress = Callable[[int, int], None]
"""progress(bytes stored, bytes in all); raising from it (a cancel) rolls the attachment back."""


@dataclass(frozen=True)
class _Place:
    """Where an attachment goes, found and checked: its village, year, and target columns."""

    village_id: int
    year: int
    criterion_id: int | None
    record_table: str | None
    record_id: int | None
    locked_by_year: bool
    said: str
    """'tiêu chí 3. Giao thông năm 2025', 'bản ghi “Đi cơ sở”': for sentences."""
    criterion_number: int | None = None


def _place(session: Session, plan: Plan, target: AttachTarget) -> _Place:
    if session.get(PlanVillage, (plan.id, target.village_id)) is None:
        raise NotFound("Thôn (làng) này không thuộc kế hoạch.")
    if target.is_criterion:
        criterion = session.get(Criterion, target.criterion_id)
        if criterion is None or criterion.criteria_set_id != plan.criteria_set_id:
            raise NotFound("Tiêu chí này không thuộc bộ tiêu chí của kế hoạch.")
        if target.year is None or not plan.first_year <= target.year <= plan.last_year:
            raise DomainError(f"Năm {target.year} nằm ngoài thời gian của kế hoạch ({plan.first_year}–"
                              f"{plan.last_year}).")
        return _Place(target.village_id, target.year, criterion.id, None, None, True,
                      f"tiêu chí {criterion.number}. {criterion.name} năm {target.year}", criterion.number)
    if target.kind not in KINDS:
        raise NotFound(f"Không có loại bản ghi “{target.kind}”.")
    kind = KINDS[target.kind]
    record = session.get(kind.table, target.record_id)
    if record is None or record.village_id != target.village_id:
        raise NotFound(f"Không còn bản ghi “{kind.title}” này của thôn (có thể vừa bị xóa).")
    table = kind.table.__tablename__
    field = YEAR_FIELD.get(target.kind)
    if field is None:  # a community model spans years, a contact has none: the year the file is attached, unlocked
        year, locked = datetime.now(UTC).astimezone().year, False
    else:
        value = getattr(record, field)
        year, locked = (value.year if isinstance(value, date) else value), True
    return _Place(target.village_id, year, None, table, record.id, locked, f"bản ghi “{kind.title}”")


def _store_content(session: Session, checked: CheckedFile, content: bytes, progress: Progress | None) -> None:
    """Store the bytes under their digest unless they are there already (then they are read back and checked
    against it: rows changed outside the program are not linked to). Someone storing the same bytes at the same
    moment (a shared server) makes this insert fail on the digest once their transaction commits: theirs are then
    the bytes linked to."""
    if session.get(FileContent, checked.sha256) is None:
        chunks = (checked.size + CHUNK_BYTES - 1) // CHUNK_BYTES
        row = insert(FileContent).values(sha256=checked.sha256, size=checked.size, media_type=checked.media_type,
                                         chunks=chunks, thumbnail=checked.thumbnail, stored_at=datetime.now(UTC))
        if _inserted(session, row):
            for seq in range(chunks):
                session.execute(insert(ContentChunk).values(sha256=checked.sha256, seq=seq,
                                                            data=content[seq * CHUNK_BYTES:(seq + 1) * CHUNK_BYTES]))
                if progress is not None:
                    progress(min((seq + 1) * CHUNK_BYTES, checked.size), checked.size)
            return
    for _chunk in content_chunks(session, checked.sha256):  # DamagedContent if they no longer hash right
        pass
    if progress is not None:
        progress(checked.size, checked.size)


def _inserted(session: Session, row: Insert) -> bool:
    """Insert a content's row; False when another session has just stored the same digest. Only a server has
    others writing at the same time, and only there is a savepoint used: pysqlite begins no transaction before a
    SAVEPOINT, whose RELEASE would then commit on its own."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(row)
        return True
    try:
        with session.begin_nested():
            session.execute(row)
    except IntegrityError:
        log.info("a content was stored meanwhile by another session")
        return False
    return True


def _context(place: _Place, row: Attachment, note: str = "") -> str:
    parts = [f"village={place.village_id}", f"year={place.year}"]
    if place.criterion_id is not None:
        parts += [f"criterion={place.criterion_number}", f"criterion_id={place.criterion_id}"]
    else:
        parts.append(f"record={place.record_table}:{place.record_id}")
    parts += [f"sha256={row.sha256}", f"size={row.size}", f"type={row.media_type}"]
    return "; ".join(parts + ([note] if note else []))


def _check_new(session: Session, place: _Place, *, name: str, size: int, sha256: str) -> None:
    """The rules a new attachment obeys: the village-year open, the same content once per target, the
    village-year's limit."""
    if place.locked_by_year:
        require_open_village_year(session, place.village_id, place.year, doing="đính kèm")
    same_target = (Attachment.criterion_id == place.criterion_id if place.criterion_id is not None
                   else (Attachment.record_table == place.record_table) & (Attachment.record_id == place.record_id))
    twin = session.exec(select(Attachment.name).where(
        Attachment.village_id == place.village_id, Attachment.year == place.year, Attachment.sha256 == sha256,
        same_target)).first()
    if twin is not None:
        raise FileRefused(name, f"Tệp “{name}”: {place.said} đã có tệp này (cùng nội dung, tên “{twin}”); "
                                "không đính kèm lần nữa.")
    used = village_year_bytes(session, village_id=place.village_id, year=place.year)
    if used + size > MAX_VILLAGE_YEAR_BYTES:
        raise FileRefused(name, f"Tệp “{name}” ({megabytes(size)}): thôn đã có {megabytes(used)} tệp đính kèm năm "
                                f"{place.year}, thêm tệp này sẽ quá giới hạn {megabytes(MAX_VILLAGE_YEAR_BYTES)} "
                                "một thôn một năm.")


def _link(session: Session, user: Principal, place: _Place, *, name: str, media_type: str, size: int, sha256: str,
          note: str = "") -> Attachment:
    """Add the attachment of a stored content and its audit row (not committed)."""
    row = Attachment(village_id=place.village_id, year=place.year, criterion_id=place.criterion_id,
                     record_table=place.record_table, record_id=place.record_id, name=name, media_type=media_type,
                     size=size, sha256=sha256, added_by=user.name, added_at=datetime.now(UTC))
    session.add(row)
    session.flush()
    record_change(session, actor=user.name, entity=ENTITY, entity_id=row.id, field=FIELD, old=None, new=name,
                  context=_context(place, row, note), village_id=place.village_id)
    return row


def _plan(session: Session, plan_id: int) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise NotFound("Không tìm thấy kế hoạch.")
    return plan


def attach_file(uow: UnitOfWork, *, plan_id: int, target: AttachTarget, name: str, content: bytes,
                progress: Progress | None = None) -> AttachmentInfo:
    """Attach the file `name` with bytes `content` to `target`, and commit; returns what was attached.

    Refused, with nothing written: FileRefused (domain/evidence_files.py: name, size, type, damage; the same
    content already on the target; the village-year's limit), Forbidden, VillageYearLocked, NotFound. The same
    bytes attached anywhere else are stored once."""
    session = uow.session
    plan = _plan(session, plan_id)
    place = _place(session, plan, target)
    require_village_editor(session, uow.user, plan_id, place.village_id)
    if place.record_table is not None and place.locked_by_year:  # a dated record's file: the lead's years, as it
        require_lead_in_plan_years(session, uow.user, plan, place.village_id, place.year)
    checked = check_file(name, content)
    _check_new(session, place, name=checked.name, size=checked.size, sha256=checked.sha256)
    _store_content(session, checked, content, progress)
    row = _link(session, uow.user, place, name=checked.name, media_type=checked.media_type, size=checked.size,
                sha256=checked.sha256)
    info = attachment_info(row)
    uow.commit()
    return info


def _remove(session: Session, user: Principal, plan_id: int, row: Attachment, note: str) -> None:
    require_village_editor(session, user, plan_id, row.village_id)
    if row.criterion_id is not None and user.role is Role.TEAM_LEAD:
        # A lead's right to a criterion's file is the plan's, as to attach one (and as the shared server holds it):
        # the plan's years and criteria set; the secretariat removes any.
        _place(session, _plan(session, plan_id), AttachTarget.of_criterion(row.village_id, row.criterion_id, row.year))
    locked_by_year = row.criterion_id is not None or _RECORD_KINDS[row.record_table].key in YEAR_FIELD
    if row.criterion_id is None and locked_by_year:
        require_lead_in_plan_years(session, user, _plan(session, plan_id), row.village_id, row.year)
    if locked_by_year:
        require_open_village_year(session, row.village_id, row.year, doing="gỡ tệp")
    criterion = session.get(Criterion, row.criterion_id) if row.criterion_id is not None else None
    place = _Place(row.village_id, row.year, row.criterion_id, row.record_table, row.record_id, locked_by_year, "",
                   criterion.number if criterion else None)
    record_change(session, actor=user.name, entity=ENTITY, entity_id=row.id, field=FIELD, old=row.name, new=None,
                  context=_context(place, row, note), village_id=row.village_id)
    session.delete(row)


def remove_attachment(uow: UnitOfWork, *, plan_id: int, attachment_id: int) -> None:
    """Remove an attachment, and commit. Its content stays in the database (the history can put it back)."""
    session = uow.session
    row = session.get(Attachment, attachment_id)
    if row is None:
        raise NotFound("Không còn tệp đính kèm này (có thể vừa bị gỡ).")
    _remove(session, uow.user, plan_id, row, REMOVED)
    uow.commit()


def remove_record_attachments(session: Session, user: Principal, *, plan_id: int, table: str, record_id: int) -> int:
    """Remove, each with its audit row, the files attached to a record being deleted (not committed: the
    record's deletion commits); returns how many."""
    rows = list(session.exec(select(Attachment).where(Attachment.record_table == table,
                                                      Attachment.record_id == record_id)
                             .order_by(Attachment.added_at, Attachment.id)))
    for row in rows:
        _remove(session, user, plan_id, row, WITH_RECORD)
    return len(rows)


def restore_record_attachments(session: Session, user: Principal, *, plan_id: int, table: str, deleted_id: int,
                               record_id: int) -> int:
    """Attach to `record_id` (a deleted record just restored under a new id, not committed: the restore commits)
    the files the deletion of `deleted_id` removed with it, in the order they had, each a new attachment of the
    content the database kept, audited as a restore and checked as any other (the lock of the record's year, the
    same content once, the village-year's limit); returns how many. A file removed by itself before the deletion
    stays removed: its own removal can be restored. Ids are never reused, so the removals naming the deleted id
    are those of its deletion."""
    kind = _RECORD_KINDS[table]
    record = session.get(kind.table, record_id)
    removals = [event for event in session.exec(select(AuditEvent).where(
        AuditEvent.entity == ENTITY, AuditEvent.field == FIELD, AuditEvent.village_id == record.village_id,
        AuditEvent.new_value.is_(None), AuditEvent.context.contains(f"record={table}:{deleted_id};"))
        .order_by(AuditEvent.id)) if _removed_with_record(event, f"{table}:{deleted_id}")]
    if not removals:
        return 0
    place = _place(session, _plan(session, plan_id), AttachTarget.of_record(record.village_id, kind.key, record_id))
    note = f"{DELETED_RECORD}={table}:{deleted_id}; {RESTORED} cùng bản ghi"
    for event in removals:
        _attach_again(session, user, place, event, note=note, of=" của bản ghi")
    return len(removals)


def _attach_again(session: Session, user: Principal, place: _Place, event: AuditEvent, *, note: str,
                  of: str = "") -> None:
    """Attach to `place` the content and name a removal (`event`) took away, checked as a new file (not committed);
    `of` completes the refusal's 'the content of the file …' when the content is gone."""
    stored = session.get(FileContent, _context_parts(event)["sha256"])
    if stored is None:
        raise NotFound(f"Không khôi phục được: cơ sở dữ liệu không còn nội dung tệp “{event.old_value}”{of}.")
    _check_new(session, place, name=event.old_value, size=stored.size, sha256=stored.sha256)
    _link(session, user, place, name=event.old_value, media_type=stored.media_type, size=stored.size,
          sha256=stored.sha256, note=note)


def _removed_with_record(event: AuditEvent, record: str) -> bool:
    parts = [part.strip() for part in event.context.split(";")]
    return f"record={record}" in parts and WITH_RECORD in parts


def follow_record_year(session: Session, *, table: str, record_id: int, year: int) -> None:
    """A record moved to another year (a visit's day changed) takes its files there: the village-year's limit and
    the review's lock count them in that year (not committed: the record's save commits)."""
    session.execute(update(Attachment).where(Attachment.record_table == table, Attachment.record_id == record_id)
                    .values(year=year))


def _context_parts(event: AuditEvent) -> dict[str, str]:
    return dict(part.strip().split("=", 1) for part in event.context.split(";") if "=" in part)


def restore_attachment(uow: UnitOfWork, event: AuditEvent, plan_id: int | None = None) -> str:
    """Undo the change `event` made to an attachment, and commit; returns what was done, in words. A removal is
    undone by attaching the same content, under the same name, to the same target again (a new attachment, checked
    as any other: the role, the lock, the limit, the target still there); an attachment by removing it."""
    session = uow.session
    parts = _context_parts(event)
    if event.new_value is not None:  # the event attached the file: undo it by removing it
        row = session.get(Attachment, event.entity_id)
        if row is None:
            raise NotFound(f"Không khôi phục được: tệp “{event.new_value}” đã được gỡ rồi.")
        _remove(session, uow.user, _plan_holding(session, row.village_id, plan_id), row, RESTORED)
        uow.commit()
        return f"Đã gỡ tệp “{row.name}”."
    village_id = int(parts["village"])
    plan = _plan(session, _plan_holding(session, village_id, plan_id))
    if "criterion_id" in parts:
        target = AttachTarget.of_criterion(village_id, int(parts["criterion_id"]), int(parts["year"]))
    else:
        table, record_id = parts["record"].split(":")
        if table not in _RECORD_KINDS:
            raise NotFound("Không khôi phục được: không có loại bản ghi này.")
        kind = _RECORD_KINDS[table]
        if session.get(kind.table, int(record_id)) is None:
            raise NotFound(_record_gone(session, event, table, int(record_id)))
        target = AttachTarget.of_record(village_id, kind.key, int(record_id))
    place = _place(session, plan, target)
    require_village_editor(session, uow.user, plan.id, village_id)
    _attach_again(session, uow.user, place, event, note=RESTORED)
    uow.commit()
    return f"Đã khôi phục tệp “{event.old_value}”."


def _record_gone(session: Session, event: AuditEvent, table: str, record_id: int) -> str:
    """The refusal to restore the removal `event` of a file whose record was deleted since: the record named (its
    kind, year, who deleted it and when), and what brings the file back. A file removed with its record comes back
    with it (restoring the record's deletion, domain/restoring.py), or came back already; one removed by itself
    before the deletion does not, and is attached again to the record restored."""
    kind, parts, name = _RECORD_KINDS[table], _context_parts(event), event.old_value
    said = f"bản ghi “{kind.title}”" + (f" năm {parts['year']}" if kind.key in YEAR_FIELD else "")
    deletion = session.exec(select(AuditEvent).where(
        AuditEvent.entity == table, AuditEvent.entity_id == record_id, AuditEvent.new_value.is_(None),
        AuditEvent.context.contains("xóa")).order_by(AuditEvent.id.desc()).limit(1)).first()
    if deletion is not None:
        said += f" của tệp đã bị xóa ({person_name(session, deletion.actor)} xóa lúc {format_moment(deletion.at)})"
    else:
        said += " của tệp đã bị xóa"
    where = "(một dòng xóa của bản ghi trong lịch sử, hoặc Hoàn tác nếu vừa xóa)"
    if not _removed_with_record(event, f"{table}:{record_id}"):
        return (f"Không khôi phục được tệp “{name}”: {said}. Tệp này được gỡ riêng trước khi xóa bản ghi nên không "
                f"trở lại cùng bản ghi: hãy khôi phục bản ghi {where}, rồi đính kèm lại tệp vào bản ghi.")
    back = session.exec(select(AuditEvent.id).where(
        AuditEvent.entity == ENTITY, AuditEvent.field == FIELD, AuditEvent.village_id == event.village_id,
        AuditEvent.new_value == name, AuditEvent.context.contains(f"{DELETED_RECORD}={table}:{record_id};"))).first()
    if back is not None:
        return f"Không cần khôi phục tệp “{name}”: {said} rồi được khôi phục, tệp đã trở lại cùng bản ghi."
    return (f"Không khôi phục được riêng tệp “{name}”: {said}, tệp được gỡ cùng bản ghi. Hãy khôi phục bản ghi "
            f"{where}: bản ghi trở lại cùng các tệp đã gỡ cùng nó, có tệp này.")


def _plan_holding(session: Session, village_id: int, plan_id: int | None) -> int:
    plans = list(session.exec(select(PlanVillage.plan_id).where(PlanVillage.village_id == village_id)
                              .order_by(PlanVillage.plan_id)))
    if not plans:
        raise NotFound("Không khôi phục được: thôn (làng) này không còn thuộc kế hoạch nào.")
    return plan_id if plan_id in plans else plans[0]
