"""A shared server's refusals said to a person, as storage.sqlite_refusals does for a file: the connection to
PostgreSQL lost in the middle of a unit of work (the server restarted, the network cut, the session ended by an
administrator) and a privilege the account lacks become a StorageError with a Vietnamese message, at the engine,
so the window's background jobs, its direct saves and the command line show them as refusals.

SQLAlchemy still invalidates a lost connection after the message is raised (the next unit of work gets a new
one); the pre-ping of the pool (storage.database.make_engine) replaces the other stale ones silently, so a
failed ping is never said. Installed once the database is open: storage.database.open_database says its own,
more precise, refusals while opening and upgrading."""

import re

from sqlalchemy import Engine, event
from sqlalchemy.engine import URL, ExceptionContext
from sqlalchemy.exc import OperationalError

from storage.errors import StorageError

INSUFFICIENT_PRIVILEGE = "42501"  # SQLSTATE
_LOST_STATES = ("08", "57P")  # connection exceptions; the server shutting down or not accepting connections yet
_DENIED = re.compile(r"permission denied for (table|sequence|schema|function|database) (\S+)")
_OUT_OF_SCOPE = re.compile(r'new row violates row-level security policy for table "([^"]+)"')
_KINDS = {"table": "bảng", "sequence": "bộ đếm", "schema": "lược đồ", "function": "hàm", "database": "cơ sở dữ liệu"}


class ConnectionLost(StorageError):
    """The server's connection broke during a unit of work, or could not be made again."""


class NotPermitted(StorageError):
    """The account logged in has not been granted what the unit of work needed."""


def _lost(context: ExceptionContext) -> bool:
    if context.is_disconnect:
        return True
    state = getattr(context.original_exception, "sqlstate", None) or ""
    return isinstance(context.sqlalchemy_exception, OperationalError) and (not state or state.startswith(_LOST_STATES))


def _server_said(context: ExceptionContext) -> str:
    """The server's message (its primary line), "" without one."""
    return getattr(getattr(context.original_exception, "diag", None), "message_primary", None) or ""


def _denied_what(context: ExceptionContext) -> str:
    """“ghi vào bảng “visit”” from psycopg's English (or a general phrase when the server speaks another language)."""
    found = _DENIED.search(_server_said(context))
    verb = "đọc" if (context.statement or "").lstrip().upper().startswith("SELECT") else "ghi vào"
    return f"{verb} {_KINDS[found[1]]} “{found[2]}”" if found else "làm việc này"


def refusal(context: ExceptionContext, url: URL) -> StorageError | None:
    """The Vietnamese refusal for the driver's error in `context` on the server database `url`, or None."""
    if context.is_pre_ping:
        return None
    shown = url.render_as_string(hide_password=True)
    if _lost(context):
        # No statement on a connection that was made: at COMMIT (or ROLLBACK), when the server may have committed
        # just before the line broke. (A new connection that failed has no statement either, and sent nothing.)
        if context.statement is None and context.connection is not None:
            return ConnectionLost(f"Mất kết nối tới máy chủ cơ sở dữ liệu “{shown}” lúc kết thúc giao dịch: thay "
                                  "đổi có thể chưa được ghi. Kiểm tra mạng, xem lại dữ liệu rồi làm lại nếu thiếu.")
        return ConnectionLost(f"Mất kết nối tới máy chủ cơ sở dữ liệu “{shown}”: thay đổi chưa được ghi. Kiểm tra "
                              "mạng rồi thử lại.")
    if getattr(context.original_exception, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
        outside = _OUT_OF_SCOPE.search(_server_said(context))
        if outside:  # a team lead's row outside the villages it leads in a plan (storage/server_policies.lead_scope)
            return NotPermitted(f"Máy chủ “{shown}” không cho tài khoản “{url.username}” ghi dòng này vào bảng "
                                f"“{outside[1]}”: tổ trưởng chỉ ghi được thôn (làng) mà mình làm tổ trưởng tổ hỗ trợ, "
                                "trong kế hoạch có tổ đó; chưa ghi gì.")
        refused = (f"Tài khoản “{url.username}” không có quyền {_denied_what(context)} trên cơ sở dữ liệu “{shown}”: "
                   "chưa ghi gì.")
        return NotPermitted(f"{refused} Người quản trị (chủ sở hữu cơ sở dữ liệu) cấp quyền cho tài khoản này bằng "
                            f"lệnh setup-server --app-role {url.username}.",
                            in_window=f"{refused} Hãy báo người quản trị máy chủ cấp quyền cho tài khoản này.")
    return None


def translate_server_refusals(engine: Engine) -> None:
    """Have `engine` (PostgreSQL) raise ConnectionLost or NotPermitted instead of the driver's error."""

    def translate(context: ExceptionContext) -> None:
        said = refusal(context, engine.url)
        if said is not None:
            raise said from context.original_exception

    event.listen(engine, "handle_error", translate)
