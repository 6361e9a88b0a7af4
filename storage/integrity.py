"""The checks an SQLite file passes at every open, and what happens to one that fails: it is kept aside.

At every open (by the program that holds the file): the header and the file's length, the WAL's frames, then
`PRAGMA quick_check`, and once a week a full `integrity_check` instead (the day of the last one is remembered in
the file's `PRAGMA user_version`, which nothing else uses). Then the schema must be that of the revision the
file records (storage.schema_check).

The WAL is read by this module before SQLite opens the file, because SQLite ends a WAL silently at the first
frame whose checksum is wrong: the committed transactions after it would be dropped, and overwritten by the
next write. A bad frame followed by a commit frame of the same WAL generation is therefore damage; bad frames
at the very end are the unfinished write of a crash, which SQLite rightly ignores. A clean close leaves no WAL
(the last connection checkpoints it and deletes it), so the WAL is read only after a crash.

A damaged file is renamed `<name>.damaged-YYYYMMDD-HHMMSS` (its -wal and -shm with it, so a read-only look sees
what SQLite can still read), made read-only and never written again; DatabaseDamaged names it and the newest
verified backup. While the kept-aside file is the newest thing there, opening the original name again raises
DatabaseDamaged again rather than quietly starting a new database with the sample plan.
"""

import logging
import os
import sqlite3
import stat
import struct
from datetime import date, datetime
from pathlib import Path

from storage.backups import Backup, backup_folder, integrity_problems, is_sound, list_backups
from storage.errors import DatabaseDamaged, SchemaMismatch, StorageError, driver_reason
from storage.read_only import connect_read_only
from storage.schema_check import file_schema_problem
from storage.sqlite_refusals import refusal

SQLITE_HEADER = b"SQLite format 3\x00"
FULL_CHECK_EVERY_DAYS = 7
WAL_MAGIC = {0x377F0682: "<", 0x377F0683: ">"}  # the byte order of the checksums
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26  # SQLite's primary result codes for a damaged file
CONTENT_DAMAGED = "kiểm tra toàn vẹn thấy dữ liệu bên trong tệp bị hỏng"
NOT_READABLE = "SQLite không còn đọc được tệp như một cơ sở dữ liệu"

log = logging.getLogger(__name__)


def looks_like_a_database(path: Path) -> bool:
    """An SQLite header, or what is left of one of ours (a zeroed header, or a file that has a WAL or backups):
    anything else (a document chosen by mistake) is refused and left alone."""
    with path.open("rb") as handle:
        header = handle.read(100)
    return (header.startswith(SQLITE_HEADER) or not header.strip(b"\x00") or _sibling(path, "-wal").exists()
            or any(backup_folder(path).glob(f"{path.name}.*.sqlite3")))


def can_be_looked_at(path: Path) -> bool:
    """A damaged copy whose SQLite header is whole, so SQLite opens it and reads what is left; a zeroed or
    overwritten header cannot be opened at all."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _sibling(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _header_problem(path: Path, has_wal: bool) -> str | None:
    size = path.stat().st_size
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_HEADER):
        return "phần đầu tệp đã bị xóa hoặc ghi đè" if not header.strip(b"\x00") else "phần đầu tệp bị hỏng"
    if len(header) < 100:
        return "tệp bị cắt ngắn"
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    counter, pages, valid_for = (struct.unpack(">I", header[offset:offset + 4])[0] for offset in (24, 28, 92))
    # A crash in the middle of a checkpoint may leave the file short while its WAL still holds the rest.
    if not has_wal and (size % page_size or (counter == valid_for and size < pages * page_size)):
        return "tệp bị cắt ngắn"
    return None


def _checksum(data: bytes, order: str, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for index in range(0, len(words), 2):
        s0 = (s0 + words[index] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[index + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def wal_problem(wal: Path) -> str | None:
    """A WAL frame that SQLite would silently stop at, with committed frames after it; None when sound."""
    data = wal.read_bytes()
    if len(data) < 32:
        return None
    magic, _, page_size, _, salt1, salt2, check1, check2 = struct.unpack(">8I", data[:32])
    order = WAL_MAGIC.get(magic)
    if order is None or _checksum(data[:24], order, 0, 0) != (check1, check2):
        return None  # no valid header: SQLite ignores the whole WAL, nothing committed lives in it
    s0, s1 = check1, check2
    frame = 24 + page_size
    broken = False
    for start in range(32, len(data) - frame + 1, frame):
        number, commit_size, frame_salt1, frame_salt2, sum1, sum2 = struct.unpack(">6I", data[start:start + 24])
        if (frame_salt1, frame_salt2) != (salt1, salt2):
            continue
        if broken:
            if commit_size:
                return f"nhật ký ghi (WAL) có khung hỏng trước trang {number}"
            continue
        s0, s1 = _checksum(data[start:start + 8] + data[start + 24:start + frame], order, s0, s1)
        broken = (s0, s1) != (sum1, sum2)
    return None


def _content_problem(path: Path, today: date) -> str | None:
    """quick_check, or integrity_check when the last full check is a week old (then remembered). Only what SQLite
    calls corrupt or not a database is damage; a busy file or a disk that cannot be read is said as it is. The
    damage is said in Vietnamese only: SQLite's own English lines ('On tree page 93 cell 44: Offset 37800 out of
    range') mean nothing to the person reading the message and go to the log."""
    try:
        connection = sqlite3.connect(path, timeout=5, isolation_level=None)
        try:
            last_full = connection.execute("PRAGMA user_version").fetchone()[0]
            full = today.toordinal() - last_full >= FULL_CHECK_EVERY_DAYS
            problems = integrity_problems(connection, "integrity_check" if full else "quick_check")
            if full and not problems:
                _remember_full_check(connection, today)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        busy = refusal(error, path)  # another program writing it: busy, not damaged
        if busy is not None:
            raise busy from error
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        if code not in (SQLITE_CORRUPT, SQLITE_NOTADB):
            raise StorageError(f"Không kiểm tra được tệp cơ sở dữ liệu “{path}”: {driver_reason(error)}.") from error
        log.warning("checking %s: SQLite says %s", path, error)
        return CONTENT_DAMAGED if code == SQLITE_CORRUPT else NOT_READABLE
    if not problems:
        return None
    log.warning("%s of %s: %s", "integrity_check" if full else "quick_check", path, " | ".join(
        " ".join(problem.split()) for problem in problems))
    return CONTENT_DAMAGED


def _remember_full_check(connection: sqlite3.Connection, today: date) -> None:
    """The day of the full check, in the file; when another connection writes just now, the next open checks."""
    try:
        connection.execute(f"PRAGMA user_version = {today.toordinal()}")
    except sqlite3.OperationalError:
        return


def _revision(path: Path) -> str | None:
    connection = connect_read_only(path)
    try:
        if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'").fetchone() is None:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        connection.close()


def newest_good_backup(db_path: Path) -> Backup | None:
    """The newest backup that still passes quick_check and whose schema is that of its revision."""
    for backup in list_backups(db_path):
        if is_sound(backup) and file_schema_problem(backup.path, backup.revision) is None:
            return backup
    return None


def kept_aside_copies(db_path: Path) -> list[Path]:
    return sorted(db_path.parent.glob(f"{db_path.name}.damaged-*[0-9]"))


def keep_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename the damaged file (with its -wal and -shm) to a name of its own, read-only from now on."""
    stamp = f"{(now or datetime.now()):%Y%m%d-%H%M%S}"
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    number = 1
    while aside.exists():
        number += 1
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{number}")
    for suffix in ("-wal", "-shm"):
        if _sibling(path, suffix).exists():
            os.replace(_sibling(path, suffix), _sibling(aside, suffix))
    os.replace(path, aside)
    os.chmod(aside, stat.S_IREAD)
    return aside


def damaged_message(path: Path, why: str, aside: Path, backup: Backup | None) -> str:
    offered = (f"Bản sao lưu gần nhất đã kiểm tra: {backup.taken_text}." if backup
               else "Không có bản sao lưu nào đã kiểm tra.")
    return (f"Tệp cơ sở dữ liệu “{path}” bị hỏng ({why}). Tệp đã được cất riêng thành “{aside}”, chương trình sẽ "
            f"không ghi vào đó nữa. {offered}")


def check_at_open(path: Path, today: date | None = None) -> None:
    """Raise DatabaseDamaged (the file kept aside) or SchemaMismatch; return quietly for a sound file or a new
    one. Called by the program that holds the file, before anything else opens it."""
    if not path.exists() or path.stat().st_size == 0:
        aside = kept_aside_copies(path) if not path.exists() else []
        if aside:
            backup = newest_good_backup(path)
            raise DatabaseDamaged(damaged_message(path, "đã được phát hiện trước đây", aside[-1], backup),
                                  aside[-1], backup)
        return
    wal = _sibling(path, "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    why = _header_problem(path, has_wal) or (wal_problem(wal) if has_wal else None)
    why = why or _content_problem(path, today or date.today())
    if why:
        aside = keep_aside(path)
        backup = newest_good_backup(path)
        raise DatabaseDamaged(damaged_message(path, why, aside, backup), aside, backup)
    revision = _revision(path)
    problem = file_schema_problem(path, revision)
    if problem:
        backup = newest_good_backup(path)
        offered = (f"Có thể khôi phục bản sao lưu {backup.reason_text} lúc {backup.taken_text}." if backup
                   else "Không có bản sao lưu nào để khôi phục.")
        raise SchemaMismatch(f"Cơ sở dữ liệu “{path}” ghi phiên bản lược đồ {revision} nhưng {problem}: một lần nâng "
                             f"cấp trước đây đã dừng giữa chừng. Chương trình không mở tệp này để tránh làm hỏng "
                             f"dữ liệu. {offered}", backup)


def start_afresh(path: Path) -> None:
    """After a damage, with nothing to restore: the next open makes a new database at `path` (the damaged copy
    stays kept aside)."""
    path.touch(exist_ok=False)
