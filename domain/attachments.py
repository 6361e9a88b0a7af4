"""Evidence files (Tệp minh chứng) stored in the database, and the reads the window and the exports use.

A file's bytes are stored once per content, keyed by their SHA-256 (`FileContent`, its bytes in `ContentChunk`s
of CHUNK_BYTES), however many times it is attached; an `Attachment` links a content to a criterion of a village
in a year (the checklist row, whether or not an assessment row exists yet) or to one village record (any kind of
domain/recording.KINDS), with the file's name, its type as detected from the content, its size, who attached it
and when.

Why chunks: a row of at most 1 MiB keeps every read and copy bounded in memory (`copy-db` moves a few chunks at a
time, not a few thousand 20 MB rows), far under SQLite's 1 GB limit on a value and PostgreSQL's on a bytea, and
a file is read back piece by piece for the viewer's temporary copy.

Lifetime of a content: a content is never deleted by the program. Removing an attachment deletes the link and
writes the audit row that names the content's digest; the audit is append-only, so a removed file can always be
restored from the history (domain/attaching.restore_attachment) and every backup holds what the history names.
"""

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, Index, LargeBinary, func, or_
from sqlmodel import Field, Session, SQLModel, select

from domain.columns import NEVER_REUSED
from domain.errors import DomainError, NotFound
from domain.query_chunks import in_chunks

CHUNK_BYTES = 1024 * 1024
"""The most bytes of a content in one row."""


class FileContent(SQLModel, table=True):
    """The bytes of one file, stored once whatever the number of attachments naming it."""

    sha256: str = Field(primary_key=True, min_length=64, max_length=64, description="hex digest of the bytes")
    size: int = Field(sa_type=BigInteger)
    media_type: str = Field(max_length=100, description="as detected from the bytes: application/pdf, image/jpeg…")
    chunks: int = Field(description="the number of ContentChunk rows holding the bytes, seq 0 to chunks - 1")
    thumbnail: bytes | None = Field(default=None, sa_type=LargeBinary,
                                    description="a small JPEG of an image, made when it was stored; none otherwise")
    stored_at: datetime


class ContentChunk(SQLModel, table=True):
    """CHUNK_BYTES of a content (the last one shorter), in order by `seq`."""

    __table_args__ = {"info": {"copy_rows": 16}}  # storage/copy_database.py: 16 MiB at a time

    sha256: str = Field(foreign_key="filecontent.sha256", ondelete="CASCADE", primary_key=True, max_length=64)
    seq: int = Field(primary_key=True)
    data: bytes = Field(sa_type=LargeBinary)


class Attachment(SQLModel, table=True):
    """A file attached to a criterion of a village in a year, or to one of the village's records."""

    __table_args__ = (
        CheckConstraint("(criterion_id IS NOT NULL AND record_table IS NULL AND record_id IS NULL) OR "
                        "(criterion_id IS NULL AND record_table IS NOT NULL AND record_id IS NOT NULL)",
                        name="attachment_one_target"),
        Index("ix_attachment_village_year", "village_id", "year"),
        Index("ix_attachment_record", "record_table", "record_id"),
        NEVER_REUSED,
    )

    id: int | None = Field(default=None, primary_key=True)
    village_id: int = Field(foreign_key="village.id", ondelete="CASCADE")
    year: int = Field(description="the year it counts toward: the assessment's, or the record's own (its date's)")
    criterion_id: int | None = Field(default=None, foreign_key="criterion.id", ondelete="CASCADE")
    record_table: str | None = Field(default=None, max_length=60, description="the record's table: 'visit'…")
    record_id: int | None = None
    name: str = Field(max_length=255)
    media_type: str = Field(max_length=100)
    size: int = Field(sa_type=BigInteger)
    sha256: str = Field(foreign_key="filecontent.sha256", ondelete="RESTRICT", index=True, max_length=64)
    added_by: str = Field(max_length=100)
    added_at: datetime


@dataclass(frozen=True)
class AttachTarget:
    """What a file is attached to: a criterion of a village in a year, or a village record (`kind` a key of
    domain/recording.KINDS: "visits", "concerns"…)."""

    village_id: int
    criterion_id: int | None = None
    year: int | None = None
    kind: str | None = None
    record_id: int | None = None

    @classmethod
    def of_criterion(cls, village_id: int, criterion_id: int, year: int) -> "AttachTarget":
        return cls(village_id=village_id, criterion_id=criterion_id, year=year)

    @classmethod
    def of_record(cls, village_id: int, kind: str, record_id: int) -> "AttachTarget":
        return cls(village_id=village_id, kind=kind, record_id=record_id)

    @property
    def is_criterion(self) -> bool:
        return self.criterion_id is not None


@dataclass(frozen=True)
class AttachmentInfo:
    """An attachment as the window and the exports show it; never the bytes."""

    id: int
    village_id: int
    year: int
    criterion_id: int | None
    record_table: str | None
    record_id: int | None
    name: str
    media_type: str
    size: int
    sha256: str
    added_by: str
    added_at: datetime

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")


def attachment_info(row: Attachment) -> AttachmentInfo:
    return AttachmentInfo(row.id, row.village_id, row.year, row.criterion_id, row.record_table, row.record_id,
                          row.name, row.media_type, row.size, row.sha256, row.added_by, row.added_at)


def _record_table(kind: str) -> str:
    from domain.recording import KINDS  # here: recording's use cases come after this module's tables

    if kind not in KINDS:
        raise NotFound(f"Không có loại bản ghi “{kind}”.")
    return KINDS[kind].table.__tablename__


def _order():
    return Attachment.added_at, Attachment.id


def list_attachments(session: Session, *, target: AttachTarget) -> list[AttachmentInfo]:
    """The files attached to `target`, oldest first."""
    statement = select(Attachment).where(Attachment.village_id == target.village_id)
    if target.is_criterion:
        statement = statement.where(Attachment.criterion_id == target.criterion_id, Attachment.year == target.year)
    else:
        statement = statement.where(Attachment.record_table == _record_table(target.kind),
                                    Attachment.record_id == target.record_id)
    return [attachment_info(row) for row in session.exec(statement.order_by(*_order()))]


def village_year_attachments(session: Session, *, village_id: int, year: int) -> list[AttachmentInfo]:
    """Every file attached to the village's criteria in `year` and to its records counted in `year`, in one query
    (what the village-year's limit counts, file by file)."""
    statement = select(Attachment).where(Attachment.village_id == village_id, Attachment.year == year)
    return [attachment_info(row) for row in session.exec(statement.order_by(*_order()))]


def village_sheet_attachments(session: Session, *, village_id: int, year: int) -> list[AttachmentInfo]:
    """The files a village sheet of `year` names, in one query: those of its criteria in `year`, and every file of
    the village's records, whatever the year it counts toward (a community model's or a contact's count in the year
    they were attached, and the model is on every sheet from its start); the sheet picks those of the records it
    shows."""
    statement = select(Attachment).where(Attachment.village_id == village_id,
                                         or_(Attachment.year == year, Attachment.record_table.is_not(None)))
    return [attachment_info(row) for row in session.exec(statement.order_by(*_order()))]


def criterion_file_names(session: Session, *, village_ids: Iterable[int],
                         year: int) -> dict[tuple[int, int], list[str]]:
    """(village id, criterion id) -> the names of the files attached to it in `year`, oldest first: for the
    villages of an update workbook, one query per IN_LIMIT villages."""
    found = {}
    for chunk in in_chunks(village_ids):
        rows = session.exec(select(Attachment.village_id, Attachment.criterion_id, Attachment.name).where(
            Attachment.village_id.in_(chunk), Attachment.year == year,
            Attachment.criterion_id.is_not(None)).order_by(*_order()))
        for village_id, criterion_id, name in rows:
            found.setdefault((village_id, criterion_id), []).append(name)
    return found


def attachment_counts(session: Session, *, village_id: int, year: int) -> dict[int, int]:
    """criterion id -> number of files attached to it in the village and year (the checklist's paperclip)."""
    rows = session.exec(select(Attachment.criterion_id, func.count()).where(
        Attachment.village_id == village_id, Attachment.year == year, Attachment.criterion_id.is_not(None))
        .group_by(Attachment.criterion_id))
    return dict(rows.all())


def record_attachment_counts(session: Session, *, village_id: int) -> dict[str, dict[int, int]]:
    """kind ("visits"…) -> record id -> number of files attached to it, for every record of the village: one query
    for all the kinds (a kind with no files attached is absent)."""
    from domain.recording import KINDS  # here: recording's use cases come after this module's tables

    kinds = {kind.table.__tablename__: key for key, kind in KINDS.items()}
    rows = session.exec(select(Attachment.record_table, Attachment.record_id, func.count()).where(
        Attachment.village_id == village_id, Attachment.record_table.is_not(None))
        .group_by(Attachment.record_table, Attachment.record_id))
    found: dict[str, dict[int, int]] = {}
    for table, record_id, count in rows:
        if table in kinds:
            found.setdefault(kinds[table], {})[record_id] = count
    return found


def village_year_bytes(session: Session, *, village_id: int, year: int) -> int:
    """The size of every file attached in the village-year, each attachment counted (what the limit counts)."""
    return session.exec(select(func.coalesce(func.sum(Attachment.size), 0)).where(
        Attachment.village_id == village_id, Attachment.year == year)).one()


class DamagedContent(DomainError):
    """The stored bytes do not have the digest they are stored under (a row changed outside the program)."""


def content_chunks(session: Session, sha256: str) -> Iterator[bytes]:
    """The bytes of a content piece by piece, each chunk read in its own query (bounded memory), checked against
    the digest at the end: DamagedContent when they differ or a chunk is missing."""
    stored = session.get(FileContent, sha256)
    if stored is None:
        raise NotFound("Không còn nội dung của tệp này trong cơ sở dữ liệu.")
    digest, size = hashlib.sha256(), 0
    for seq in range(stored.chunks):
        data = session.exec(select(ContentChunk.data).where(ContentChunk.sha256 == sha256,
                                                            ContentChunk.seq == seq)).first()
        if data is None:
            raise DamagedContent(f"Nội dung tệp đã lưu bị thiếu phần {seq + 1}/{stored.chunks}.")
        digest.update(data)
        size += len(data)
        yield data
    if digest.hexdigest() != sha256 or size != stored.size:
        raise DamagedContent("Nội dung tệp đã lưu không còn đúng mã kiểm tra SHA-256 của nó (đã bị sửa ngoài "
                             "chương trình); báo Văn phòng.")


def content_bytes(session: Session, sha256: str) -> bytes:
    """The whole content, checked (see content_chunks)."""
    return b"".join(content_chunks(session, sha256))


def attachment_content(session: Session, attachment_id: int) -> bytes:
    """The bytes of an attachment, checked against their digest."""
    row = session.get(Attachment, attachment_id)
    if row is None:
        raise NotFound("Không còn tệp đính kèm này (có thể vừa bị gỡ).")
    return content_bytes(session, row.sha256)


def thumbnails(session: Session, digests: Iterable[str]) -> dict[str, bytes]:
    """digest -> the small JPEG made when the image was stored, for the images among `digests` (one query per
    IN_LIMIT digests; nothing for a PDF or a document)."""
    found = {}
    for chunk in in_chunks(digests):
        rows = session.exec(select(FileContent.sha256, FileContent.thumbnail).where(
            FileContent.sha256.in_(chunk), FileContent.thumbnail.is_not(None)))
        found.update(rows.all())
    return found
