"""SQLite's own refusals said to a person: "database is locked" (another program kept writing past the busy
timeout) and "attempt to write a readonly database" become a StorageError with a Vietnamese message, at the
engine, so the window's background jobs, its direct saves and the command line all show them as refusals
(nothing was written: the transaction is rolled back) and never as an unexpected error."""

import sqlite3

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext

from storage.errors import StorageError


class DatabaseBusy(StorageError):
    """Another program wrote the file for longer than the busy timeout."""


class ReadOnlyDatabase(StorageError):
    """A write reached a database opened read-only."""


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
    return None


def _translate(context: ExceptionContext) -> None:
    said = refusal(context.original_exception, context.engine.url.database if context.engine is not None else "")
    if said is not None:
        raise said from context.original_exception


def translate_refusals(engine: Engine) -> None:
    """Have `engine` raise DatabaseBusy or ReadOnlyDatabase instead of SQLite's OperationalError."""
    event.listen(engine, "handle_error", _translate)
