"""Copy a whole Làng Mới database into a new one: a one-PC SQLite file onto a shared PostgreSQL server, and back.

The target is always new: a file that does not exist yet, or a PostgreSQL database the administrator created and
that holds no Làng Mới rows. Every table is copied in chunks inside one transaction on the target, then counted
and digested on both sides; only when every table matches is the transaction committed (and an SQLite file
renamed into place). Anything else leaves the target as it was.
"""

import enum
import hashlib
import json
import sqlite3
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, Integer, Table, create_engine, insert, inspect, select, text
from sqlalchemy.engine import Row, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from domain.formatting import format_int
from domain.schema import metadata
from storage.credentials import shown
from storage.database import Database, make_engine, open_database
from storage.errors import StorageError, driver_detail
from storage.id_floor import given_out, raise_counters
from storage.integrity import SQLITE_HEADER
from storage.location import sqlite_path, sqlite_url
from storage.read_only import sqlite_uri
from storage.schema_version import stored_revision

CHUNK_ROWS = 5000
"""Rows read and inserted at a time: large enough for executemany to pay off, small enough for memory. A table of
large rows says fewer in its `info["copy_rows"]` (the evidence files' chunks of 1 MiB: 16 at a time)."""

VERSION_TABLE = "alembic_version"
OUT_OF_BOUNDS = ("22001", "22003")
"""PostgreSQL's SQLSTATEs for a text too long for its column and a number out of its type's range."""
CHECK_DATA = " Lệnh check-data liệt kê các giá trị đã lưu nằm ngoài giới hạn, để sửa trong chương trình."


@dataclass(frozen=True)
class TableDigest:
    """How many rows a table holds and the SHA-256 of their normalised content, in primary-key order."""

    rows: int
    sha256: str


@dataclass(frozen=True)
class TableCopy:
    name: str
    rows: int
    sha256: str


@dataclass(frozen=True)
class CopyReport:
    """What was copied: the tables in foreign-key order, and source and target as people may see them."""

    source: str
    target: str
    tables: tuple[TableCopy, ...]
    sha256: str
    seconds: float

    @property
    def rows(self) -> int:
        return sum(table.rows for table in self.tables)


@dataclass(frozen=True)
class _Location:
    url: str
    shown: str
    path: Path | None
    """The SQLite file, None for PostgreSQL."""


def _locate(url: str, role: str) -> _Location:
    """`role` is "nguồn" or "đích"; only an SQLite file or a PostgreSQL database can be copied."""
    try:
        backend = make_url(url).get_backend_name()
    except ArgumentError:
        # The text may hold a password: it is not repeated.
        raise StorageError(f"Không đọc được URL cơ sở dữ liệu {role} (dạng đúng: "
                           "postgresql+psycopg://NGƯỜI_DÙNG:MẬT_KHẨU@MÁY_CHỦ/TÊN_CSDL, hoặc đường dẫn tệp SQLite)."
                           ) from None
    path = sqlite_path(url)
    if backend == "sqlite" and path is not None:
        return _Location(url, str(path), path)
    if backend == "postgresql":
        return _Location(url, shown(url), None)
    raise StorageError(f"Cơ sở dữ liệu {role} “{shown(url)}”: chỉ chép được giữa tệp SQLite và PostgreSQL.")


# --- content digests ----------------------------------------------------------------------------------------------


def _normalised(value: object) -> object:
    """The same JSON value for the same content whichever backend returned it."""
    if isinstance(value, enum.Enum):  # before str: a StrEnum is a str
        return value.value
    if value is None or isinstance(value, bool | int | str | float):
        return value
    if isinstance(value, datetime):  # before date: a datetime is a date
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


class _Hasher:
    def __init__(self) -> None:
        self._sha = hashlib.sha256()
        self.rows = 0

    def update(self, rows: Iterable[Row]) -> None:
        for row in rows:
            line = json.dumps([_normalised(value) for value in row], ensure_ascii=False, separators=(",", ":"))
            self._sha.update(line.encode() + b"\n")
            self.rows += 1

    def digest(self) -> TableDigest:
        return TableDigest(self.rows, self._sha.hexdigest())


def _ordered(table: Table):
    return select(table).order_by(*table.primary_key.columns)


def _chunk_rows(table: Table) -> int:
    return table.info.get("copy_rows", CHUNK_ROWS)


def table_digest(connection: Connection, table: Table) -> TableDigest:
    """Count and digest a table's rows as `connection` sees them (inside its transaction, if one is open)."""
    hasher = _Hasher()
    for chunk in connection.execute(_ordered(table), execution_options={"yield_per": _chunk_rows(table)}).partitions():
        hasher.update(chunk)
    return hasher.digest()


def overall_digest(tables: Sequence[TableCopy]) -> str:
    """One SHA-256 over every table's name, count and digest."""
    sha = hashlib.sha256()
    for table in tables:
        sha.update(f"{table.name}:{table.rows}:{table.sha256}\n".encode())
    return sha.hexdigest()


def database_digests(engine: Engine) -> dict[str, TableDigest]:
    """Every table's count and digest, read in one transaction."""
    with engine.connect() as connection:
        _snapshot(connection)
        return {table.name: table_digest(connection, table) for table in _tables()}


# --- the copy -----------------------------------------------------------------------------------------------------


def _tables() -> list[Table]:
    return [table for table in metadata.sorted_tables if table.name != VERSION_TABLE]


def _snapshot(connection: Connection) -> None:
    """Read every table from one consistent state even if the application writes meanwhile."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN")  # pysqlite would not begin a transaction for SELECTs alone
    else:
        connection.execution_options(isolation_level="REPEATABLE READ")


def _self_reference(table: Table) -> str | None:
    """The column of a foreign key from the table to itself (an admin unit's parent), if any."""
    for key in table.foreign_keys:
        if key.column.table is table:
            return key.parent.name
    return None


def _parents_first(rows: list[Row], column: str) -> list[Row]:
    """Rows ordered so that each comes after the row it refers to: foreign keys are checked as rows go in."""
    parent_of = {row.id: getattr(row, column) for row in rows}
    depth: dict[object, int] = {}

    def depth_of(key: object) -> int:
        path: list[object] = []
        while key in parent_of and key not in depth and len(path) <= len(parent_of):
            path.append(key)
            key = parent_of[key]
        level = depth.get(key, -1)  # -1 above a top row (no parent, or a parent outside the table)
        for item in reversed(path):
            level += 1
            depth[item] = level
        return level

    return sorted(rows, key=lambda row: (depth_of(row.id), row.id))


def _copy_table(source: Connection, target: Connection, table: Table) -> TableDigest:
    """Insert the table's rows into the target; the digest is of the rows read from the source, in key order,
    so that the source is read only once."""
    hasher = _Hasher()
    result = source.execute(_ordered(table), execution_options={"yield_per": _chunk_rows(table)})
    column = _self_reference(table)
    if column is not None:
        rows = result.all()
        hasher.update(rows)
        ordered = _parents_first(rows, column)
        chunks: Iterable[Sequence[Row]] = (ordered[i:i + CHUNK_ROWS] for i in range(0, len(ordered), CHUNK_ROWS))
    else:
        chunks = result.partitions()
    statement = insert(table)
    for chunk in chunks:
        if column is None:
            hasher.update(chunk)
        if chunk:
            target.execute(statement, [row._asdict() for row in chunk])
    return hasher.digest()


def _check_source(source: _Location) -> None:
    """Refuse a source that is not a Làng Mới database, before open_database would create or migrate one."""
    path = source.path
    if path is not None and not path.is_file():
        raise StorageError(f"Không có tệp cơ sở dữ liệu nguồn “{path}”.")
    if path is not None and path.stat().st_size > 0:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise StorageError(f"“{path}” không phải là tệp cơ sở dữ liệu.")
    # Without make_engine's pragmas, which would switch a file that is not ours to WAL; mode=rw never creates it.
    uri = sqlite_uri(path.resolve(), mode="rw") if path is not None else ""
    engine = (create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))
              if path is not None else make_engine(source.url))
    try:
        revision = stored_revision(engine)
    except DBAPIError as error:
        raise StorageError(f"Không mở được cơ sở dữ liệu nguồn “{source.shown}”: {driver_detail(error)}") from None
    finally:
        engine.dispose()
    if revision is None:
        raise StorageError(f"“{source.shown}” không phải là cơ sở dữ liệu của Làng Mới; không có gì để chép.")


def _check_server_target(target: _Location) -> None:
    """A PostgreSQL target must exist and hold no Làng Mới rows (no tables at all, or only empty ones)."""
    engine = make_engine(target.url)
    try:
        with engine.connect() as connection:
            present = set(inspect(connection).get_table_names())
            if present and VERSION_TABLE not in present:
                raise StorageError(f"Cơ sở dữ liệu đích “{target.shown}” đã có bảng nhưng không phải của Làng Mới; "
                                   "chỉ chép vào một cơ sở dữ liệu mới, trống.")
            known = [table.name for table in _tables()]
            quote = connection.dialect.identifier_preparer.quote
            for name in [n for n in known if n in present] + sorted(present - set(known) - {VERSION_TABLE}):
                if connection.execute(text(f"SELECT EXISTS (SELECT 1 FROM {quote(name)})")).scalar():
                    raise StorageError(f"Cơ sở dữ liệu đích “{target.shown}” đã có dữ liệu (bảng “{name}” có dòng); "
                                       "chỉ chép vào một cơ sở dữ liệu mới, trống.")
    except DBAPIError as error:
        raise StorageError(f"Không mở được cơ sở dữ liệu đích “{target.shown}” (người quản trị phải tạo nó trước "
                           f"trên máy chủ): {driver_detail(error)}") from None
    finally:
        engine.dispose()


def _new_file_beside(final: Path) -> Path:
    """A new file name in the target's folder, so that the last step is a rename on the same disk."""
    if final.exists():
        raise StorageError(f"Tệp đích “{final}” đã có; chỉ chép sang một tệp mới (chọn tên khác hoặc dời tệp cũ đi).")
    if not final.parent.is_dir():
        raise StorageError(f"Không có thư mục “{final.parent}” để ghi tệp đích.")
    return final.with_name(f".{final.name}.{uuid.uuid4().hex[:12]}.copying")


def _remove_file(path: Path) -> None:
    for leftover in (path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)


def _copy_all(source: Database, target: Database, shown_target: str) -> list[TableCopy]:
    """Copy every table inside one target transaction; commit only when counts and digests match."""
    copied: list[TableCopy] = []
    tables = _tables()
    with source.engine.connect() as reading, target.engine.connect() as writing:
        _snapshot(reading)
        with writing.begin():
            for table in tables:
                try:
                    digest = _copy_table(reading, writing, table)
                except DBAPIError as error:
                    out_of_bounds = getattr(error.orig, "sqlstate", None) in OUT_OF_BOUNDS
                    raise StorageError(f"Không chép được bảng “{table.name}” sang “{shown_target}”: "
                                       f"{driver_detail(error)}; chưa ghi gì."
                                       f"{CHECK_DATA if out_of_bounds else ''}") from None
                copied.append(TableCopy(table.name, digest.rows, digest.sha256))
            try:  # ids after the copied ones, and after every id the source ever gave (ids are never reused)
                with_ids = [table.name for table in tables
                            if "id" in table.columns and isinstance(table.columns["id"].type, Integer)]
                raise_counters(writing, with_ids, at_least={name: given_out(reading, name) for name in with_ids})
            except DBAPIError as error:
                raise StorageError(f"Không đặt lại được bộ đếm mã số (sequence) trên “{shown_target}”: "
                                   f"{driver_detail(error)}; chưa ghi gì. Hãy chép bằng tài khoản chủ sở hữu cơ sở "
                                   "dữ liệu.") from None
            for table, expected in zip(tables, copied, strict=True):
                found = table_digest(writing, table)
                if (found.rows, found.sha256) != (expected.rows, expected.sha256):
                    raise StorageError(
                        f"Kiểm tra sau khi chép không khớp ở bảng “{table.name}” (nguồn {format_int(expected.rows)} "
                        f"dòng, đích {format_int(found.rows)} dòng, mã kiểm tra SHA-256 khác nhau); đã hủy, chưa ghi "
                        f"gì vào “{shown_target}”.")
        reading.rollback()
        if writing.dialect.name == "sqlite":
            writing.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # every page in the file before the rename
    return copied


def copy_database(source_url: str, target_url: str, *, actor: str) -> CopyReport:
    """Copy every Làng Mới table of `source_url` into the new database `target_url` (see the module docstring).

    Raises StorageError, naming the database and the table, for every refusal; the target is then unchanged
    (an SQLite target file is not created; a PostgreSQL target has at most the empty tables of the schema).
    """
    started = time.perf_counter()
    source, target = _locate(source_url, "nguồn"), _locate(target_url, "đích")
    if source.url == target.url:
        raise StorageError(f"Nguồn và đích là cùng một cơ sở dữ liệu “{source.shown}”.")
    _check_source(source)
    if target.path is None:
        _check_server_target(target)
    working = _new_file_beside(target.path) if target.path is not None else None
    try:
        opened: list[Database] = []
        try:
            opened.append(open_database(source.url, actor=actor, with_sample=False))
            writing_url = sqlite_url(working) if working is not None else target.url
            opened.append(open_database(writing_url, actor=actor, with_sample=False))
            tables = _copy_all(opened[0], opened[1], target.shown)
        finally:
            for database in opened:
                database.close()
        if working is not None:
            if target.path.exists():
                raise StorageError(f"Tệp đích “{target.path}” vừa được tạo trong lúc chép; chưa ghi gì.")
            working.rename(target.path)
            _remove_file(working)  # a -wal or -shm left beside the temporary name, if any
            working = None
    finally:
        if working is not None:
            _remove_file(working)
    return CopyReport(source=source.shown, target=target.shown, tables=tuple(tables), sha256=overall_digest(tables),
                      seconds=time.perf_counter() - started)
