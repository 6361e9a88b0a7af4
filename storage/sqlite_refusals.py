"""SQLite's own refusals said to a person: "database is locked" (another program kept writing past the busy
timeout), "attempt to write a readonly database", "database or disk is full", "disk I/O error" and "unable to
open database file" (a USB stick pulled out, a folder moved away) become a StorageError with a Vietnamese
message, at the engine, so the window's background jobs, its direct saves and the command line all show them as
refusals (nothing was written: the transaction is rolled back) and never as an unexpected error."""

import sqlite3

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext

from storage.errors import StorageError

BUSY_TIMEOUT_MS = 5000  # how long a write waits for another connection's; then this module says so


class DatabaseBusy(StorageError):
    """Another program wrote the file for longer than the busy timeout."""


class ReadOnlyDatabase(StorageError):
    """A write reached a database opened read-only."""


class DiskFull(StorageError):
    """The disk holding the file (or SQLite's own page limit) has no room for what the transaction wrote."""


class DiskError(StorageError):
    """The operating system could not read or write the file, or open it again: a failing or removed disk."""


# SQLite's primary result codes (the extended ones carry them in their low byte).
SQLITE_FULL, SQLITE_IOERR, SQLITE_CANTOPEN = 13, 10, 14


def refusal(error: BaseException, path: object) -> StorageError | None:
    """The Vietnamese refusal for SQLite's `error` on the file `path`, None when it is not one of these (a damaged
    file's "database disk image is malformed" is not: a busy file must never be taken for a damaged one)."""
    if not isinstance(error, sqlite3.OperationalError):
        return None
    text = str(error)
    if "database is locked" in text or "database table is locked" in text:
        return DatabaseBusy(f"Tệp “{path}” đang bận: một chương trình khác đang ghi vào đó và chưa xong. Chưa ghi gì; "
                            "thử lại sau ít phút.")
    if "readonly database" in text:
        return ReadOnlyDatabase(f"Chưa ghi gì: tệp “{path}” đang mở chỉ để xem.")
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    if code == SQLITE_FULL:
        return DiskFull(f"Ổ đĩa chứa tệp “{path}” đã đầy: chưa ghi gì. Giải phóng chỗ trống rồi thử lại.")
    if code == SQLITE_IOERR:
        return DiskError(f"Không đọc/ghi được tệp “{path}” (lỗi ổ đĩa): chưa ghi gì. Kiểm tra ổ đĩa (ổ USB còn cắm "
                         "không?) rồi thử lại.")
    if code == SQLITE_CANTOPEN:
        return DiskError(f"Không mở được tệp “{path}”: tệp hoặc ổ đĩa chứa nó không còn ở đó (ổ USB đã rút ra?), hoặc "
                         "không có quyền mở: chưa ghi gì. Cắm lại ổ đĩa hoặc chép tệp về chỗ cũ rồi thử lại.")
    return None


def _translate(context: ExceptionContext) -> None:
    said = refusal(context.original_exception, context.engine.url.database if context.engine is not None else "")
    if said is not None:
        raise said from context.original_exception


def translate_refusals(engine: Engine) -> None:
    """Have `engine` raise one of the StorageErrors above instead of SQLite's OperationalError."""
    event.listen(engine, "handle_error", _translate)
