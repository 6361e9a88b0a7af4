"""Verified, rotating backups of an SQLite database file, and restoring one.

A backup is a whole copy taken through SQLite's backup API (consistent while others read or write), switched to
a rollback journal so it is one self-contained file, checked with `PRAGMA integrity_check`, and kept with a JSON
sidecar of what it holds (taken at, reason, size, villages, assessments, revision) in a `backups` folder beside
the database. Beside, not in the user's data folder: the copies follow the file wherever the user keeps it
(another drive, a folder moved to a new PC), and several databases never share a folder of look-alike copies.

Retention (applied after every backup): the 10 newest; the newest of each of the last 12 days, 10 weeks and
9 months that have backups; and the 5 newest taken before an upgrade and before a restore.
"""

import json
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from itertools import count
from pathlib import Path

from domain.formatting import format_date, format_int
from storage.errors import StorageError, driver_reason
from storage.holder import take_hold
from storage.read_only import connect_read_only

FOLDER = "backups"
KEEP_NEWEST, KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS, KEEP_PER_SPECIAL_REASON = 10, 12, 10, 9, 5
SPECIAL_REASONS = ("upgrade", "restore")
STAMP = "%Y%m%d-%H%M%S"
LEFTOVER_AGE_S = 3600

REASONS = {
    "upgrade": "trước khi nâng cấp lược đồ",
    "import-plan": "trước khi nhập kế hoạch",
    "import-updates": "trước khi nhập phiếu cập nhật",
    "import-reorg": "trước khi ghi sắp xếp đơn vị hành chính",
    "remove-sample": "trước khi xóa kế hoạch mẫu",
    "copy-db": "trước khi chép cơ sở dữ liệu",
    "close": "khi đóng cửa sổ",
    "daily": "hằng ngày",
    "manual": "sao lưu theo yêu cầu",
    "restore": "trước khi khôi phục",
}


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # local time of the PC that took it
    reason: str  # a key of REASONS
    size: int
    villages: int
    assessments: int
    revision: str | None
    verified: bool  # integrity_check said ok on the copy when it was taken

    @property
    def reason_text(self) -> str:
        text = REASONS.get(self.reason, self.reason)
        return f"{text} (phiên bản {self.revision})" if self.reason == "upgrade" and self.revision else text

    @property
    def taken_text(self) -> str:
        """'22/11/2026 14:05'."""
        return f"{format_date(self.taken_at.date())} {self.taken_at:%H:%M}"

    def describe(self) -> str:
        """One line for a person: date, size, why, what it holds."""
        return (f"{self.taken_text}, {size_text(self.size)}, {self.reason_text}, {format_int(self.villages)} thôn, "
                f"{format_int(self.assessments)} đánh giá")


def size_text(size: int) -> str:
    """12.291 KB / 3,4 MB, as a person reads a file size."""
    if size < 1024 * 1024:
        return f"{format_int(max(1, round(size / 1024)))} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / FOLDER


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, timeout=5, isolation_level=None)


def _holding(connection: sqlite3.Connection) -> tuple[int, int, str | None]:
    """Villages, assessments and the schema revision a database holds (0 and None where a table is missing)."""
    tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

    def scalar(sql: str, table: str):
        return connection.execute(sql).fetchone()[0] if table in tables else None

    return (scalar("SELECT count(*) FROM village", "village") or 0,
            scalar("SELECT count(*) FROM assessment", "assessment") or 0,
            scalar("SELECT version_num FROM alembic_version", "alembic_version"))


def integrity_problems(connection: sqlite3.Connection, pragma: str = "integrity_check") -> list[str]:
    """What `PRAGMA integrity_check` (or quick_check) reports; empty when the database is sound."""
    rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}")]
    return [] if rows == ["ok"] else rows


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name == "posix":
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _reserve(folder: Path, base: str) -> Path:
    """A backup name nobody has taken, reserved by creating it empty (two backups in one second never collide,
    even from two processes)."""
    for number in count(1):
        path = folder / (f"{base}.sqlite3" if number == 1 else f"{base}-{number}.sqlite3")
        try:
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            return path
        except FileExistsError:
            continue
    raise AssertionError("unreachable")


def copy_database_file(source_path: Path, target: Path) -> None:
    """Copy `source_path` (with whatever its WAL holds) into `target` through the backup API, as one file in
    rollback-journal mode, flushed to disk. Raises StorageError when the copy does not pass integrity_check."""
    source = _connect(source_path)
    try:
        copy = _connect(target)
        try:
            copy.execute("PRAGMA synchronous=OFF")  # the copy is flushed once, at the end
            copy.execute("PRAGMA journal_mode=MEMORY")
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
            problems = integrity_problems(copy)
        finally:
            copy.close()
    except sqlite3.DatabaseError as error:
        raise StorageError(f"Không sao lưu được “{source_path}”: {driver_reason(error)}.") from error
    finally:
        source.close()
    if problems:
        raise StorageError(f"Bản sao của “{source_path}” không đạt kiểm tra toàn vẹn ({problems[0]}); "
                           "cơ sở dữ liệu có thể đã hỏng.")
    _fsync(target)


def take_backup(db_path: Path, reason: str, *, now: datetime | None = None) -> Backup:
    """Copy the database into its backups folder, verified, with its sidecar; then apply the retention.

    Raises StorageError when it cannot be taken or verified; nothing half-written is left behind."""
    now = now or datetime.now()
    folder = backup_folder(db_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        final = _reserve(folder, f"{db_path.name}.{now:{STAMP}}.{reason}")
    except OSError as error:
        raise StorageError(f"Không tạo được bản sao lưu trong “{folder}”: {error.strerror}.") from error
    partial = final.with_name(final.name + ".part")
    try:
        copy_database_file(db_path, partial)
        connection = _connect(partial)
        try:
            villages, assessments, revision = _holding(connection)
        finally:
            connection.close()
        backup = Backup(final, now, reason, partial.stat().st_size, villages, assessments, revision, verified=True)
        os.replace(partial, final)
        _fsync_folder(folder)
        _write_sidecar(backup)  # last: a backup is listed only once it is whole
    except BaseException as error:
        for leftover in (partial, final, _sidecar(final)):
            leftover.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise StorageError(f"Không ghi được bản sao lưu “{final}”: {error.strerror}.") from error
        raise
    apply_retention(db_path, now)
    return backup


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def _write_sidecar(backup: Backup) -> None:
    data = {"taken_at": backup.taken_at.isoformat(), "reason": backup.reason,
            "size": backup.size, "villages": backup.villages, "assessments": backup.assessments,
            "revision": backup.revision, "verified": backup.verified}
    target = _sidecar(backup.path)
    partial = target.with_name(target.name + ".part")
    partial.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    os.replace(partial, target)


def _read_sidecar(path: Path) -> Backup | None:
    try:
        data = json.loads(_sidecar(path).read_text(encoding="utf-8"))
        if path.stat().st_size != int(data["size"]):
            return None
        return Backup(path, datetime.fromisoformat(data["taken_at"]), data["reason"], path.stat().st_size,
                      int(data["villages"]), int(data["assessments"]), data.get("revision"), bool(data["verified"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _read_copy(path: Path, taken_at: datetime, reason: str) -> Backup | None:
    """A copy without a sidecar (e.g. the `.bak` older versions left beside the database): read what it holds."""
    try:
        connection = connect_read_only(path)
        try:
            villages, assessments, revision = _holding(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return None
    return Backup(path, taken_at, reason, path.stat().st_size, villages, assessments, revision, verified=False)


def _legacy_copies(db_path: Path) -> Iterable[Backup]:
    """`<name>.before-0001-20261122-140500.bak`, the pre-upgrade copies of earlier versions."""
    for path in db_path.parent.glob(f"{db_path.name}.before-*.bak"):
        try:
            taken_at = datetime.strptime("-".join(path.name.removesuffix(".bak").split("-")[-2:]), STAMP)
        except ValueError:
            continue
        backup = _read_copy(path, taken_at, "upgrade")
        if backup is not None:
            yield backup


def list_backups(db_path: Path) -> list[Backup]:
    """The backups of this database, newest first: the backups folder's, then older versions' `.bak` copies."""
    found = []
    folder = backup_folder(db_path)
    if folder.is_dir():
        for path in folder.glob(f"{db_path.name}.*.sqlite3"):
            backup = _read_sidecar(path)
            if backup is not None:
                found.append(backup)
    found += _legacy_copies(db_path)
    return sorted(found, key=lambda backup: backup.taken_at, reverse=True)


def to_keep(backups: list[Backup]) -> set[Path]:
    """The backups the retention keeps (see the module docstring)."""
    newest_first = sorted(backups, key=lambda backup: backup.taken_at, reverse=True)
    keep = {backup.path for backup in newest_first[:KEEP_NEWEST]}
    periods = ((KEEP_DAYS, lambda at: at.date()), (KEEP_WEEKS, lambda at: at.isocalendar()[:2]),
               (KEEP_MONTHS, lambda at: (at.year, at.month)))
    for how_many, period in periods:
        seen: list = []
        for backup in newest_first:
            key = period(backup.taken_at)
            if key not in seen:
                if len(seen) == how_many:
                    break
                seen.append(key)
                keep.add(backup.path)
    for reason in SPECIAL_REASONS:
        special = [backup for backup in newest_first if backup.reason == reason]
        keep |= {backup.path for backup in special[:KEEP_PER_SPECIAL_REASON]}
    return keep


def _leftovers(db_path: Path, now: datetime) -> list[Path]:
    """What a backup killed half-way left: a `.part`, or a reserved name without its sidecar, an hour old."""
    folder = backup_folder(db_path)
    found = [*folder.glob(f"{db_path.name}.*.part"),
             *(path for path in folder.glob(f"{db_path.name}.*.sqlite3") if not _sidecar(path).exists())]
    return [path for path in found if now.timestamp() - path.stat().st_mtime > LEFTOVER_AGE_S]


def apply_retention(db_path: Path, now: datetime | None = None) -> None:
    """Delete the backups (of the backups folder) the retention does not keep, and the leftovers of a backup
    that was killed. A copy that cannot be deleted now (open elsewhere) is left for the next time."""
    backups = [backup for backup in list_backups(db_path) if backup.path.parent == backup_folder(db_path)]
    keep = to_keep(backups)
    doomed = [path for backup in backups if backup.path not in keep for path in (backup.path, _sidecar(backup.path))]
    for path in doomed + _leftovers(db_path, now or datetime.now()):
        try:
            path.unlink(missing_ok=True)
        except OSError:
            continue


def is_sound(backup: Backup) -> bool:
    """The copy still opens and passes quick_check (a backup can be damaged on disk since it was taken)."""
    try:
        connection = connect_read_only(backup.path)
        try:
            return not integrity_problems(connection, "quick_check")
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False


def restore_backup(db_path: Path, backup: Backup, *, actor: str = "", now: datetime | None = None) -> Backup | None:
    """Put `backup` in place of the database file. The current file is backed up first (that safety copy is
    returned; None when there is no current file, e.g. it was kept aside as damaged). The copy is verified,
    written to a temporary file beside, flushed, and renamed over the database in one step; the old file's
    -wal and -shm are removed first, so they can never be applied to the restored file.

    The file is held meanwhile (DatabaseHeld when another program holds it); this program's own connections to
    it must be closed first (the window closes its database before restoring)."""
    if not is_sound(backup):
        raise StorageError(f"Bản sao lưu “{backup.path}” đã hỏng hoặc không đọc được; không khôi phục từ bản này.")
    hold = take_hold(db_path, actor)
    try:
        return _replace_with(db_path, backup, now)
    finally:
        hold.release()


def _replace_with(db_path: Path, backup: Backup, now: datetime | None) -> Backup | None:
    safety = None
    if db_path.exists() and db_path.stat().st_size > 0:
        safety = take_backup(db_path, "restore", now=now)
    partial = db_path.with_name(db_path.name + ".restoring")
    try:
        partial.unlink(missing_ok=True)
        copy_database_file(backup.path, partial)
        _checkpoint(db_path)
        for suffix in ("-wal", "-shm", "-journal"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        os.replace(partial, db_path)
        _fsync_folder(db_path.parent)
    except OSError as error:
        raise StorageError(f"Không khôi phục được “{db_path}”: {error.strerror}. Tệp cũ vẫn còn"
                           + (f"; bản sao an toàn: “{safety.path}”." if safety else ".")) from error
    finally:
        partial.unlink(missing_ok=True)
    return safety


def _checkpoint(db_path: Path) -> None:
    """Fold the old file's WAL into it and empty the WAL (its content is in the safety copy already)."""
    if not db_path.with_name(db_path.name + "-wal").exists():
        return
    try:
        connection = _connect(db_path)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return


def change_mark(db_path: Path) -> int:
    """A number that grows with every change saved (the newest audit event's id: every change is audited and ids
    are never reused), for the window to tell whether anything changed since its last backup."""
    try:
        connection = connect_read_only(db_path)
        try:
            return connection.execute("SELECT coalesce(max(id), 0) FROM auditevent").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return 0


def find_backup(db_path: Path, given: str) -> Backup:
    """The backup `given` names: its number in `list_backups` (from 1) or its path."""
    found = list_backups(db_path)
    if given.isdigit():
        if not 1 <= int(given) <= len(found):
            raise StorageError(f"Không có bản sao lưu số {given}: có {len(found)} bản (xem lệnh backups).")
        return found[int(given) - 1]
    path = Path(given).expanduser().resolve()
    for item in found:
        if item.path.resolve() == path:
            return item
    raise StorageError(f"“{given}” không phải là một bản sao lưu của “{db_path}” (xem lệnh backups).")
