"""Errors of storage, with a Vietnamese message for the user. A database driver's own text (SQLite's, psycopg's,
in English) is never put into that message: `driver_reason` says the failure in Vietnamese and logs the text."""

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window imports these errors before the database layer
    from sqlalchemy.exc import DBAPIError

log = logging.getLogger(__name__)


class StorageError(Exception):
    """The database could not be opened, upgraded or written; `str(error)` is the message to show, and the command
    line's. `in_window`, when given, is said in the window instead: what to click or whom to ask, where the command
    line's message says what to type."""

    in_window: str | None = None

    def __init__(self, *args: object, in_window: str | None = None) -> None:
        super().__init__(*args)
        self.in_window = in_window

    def window_text(self) -> str:
        """The message as the window says it."""
        return self.in_window or str(self)


class DatabaseHeld(StorageError):
    """Another program (another window, a command) holds the SQLite file for writing: who, on which PC, since
    when (local time). The file may still be opened read-only."""

    def __init__(self, path: Path, user: str, host: str, since: datetime | None) -> None:
        self.path, self.user, self.host, self.since = path, user, host, since
        super().__init__(f"T{self.situation[1:]}; đóng chương trình ở đó rồi thử lại.")

    @property
    def situation(self) -> str:
        return f"tệp “{self.path}” đang được mở để ghi bởi {self.user} trên máy {self.host} từ {self.since_text}"

    @property
    def since_text(self) -> str:
        """dd/mm/yyyy HH:MM on this PC's clock."""
        return self.since.astimezone().strftime("%d/%m/%Y %H:%M") if self.since else "(không rõ lúc nào)"


class NetworkDrive(StorageError):
    """The SQLite file lies on a network share (`where` names it): refused for writing, may be opened read-only."""

    def __init__(self, path: Path, where: str) -> None:
        self.path, self.where = path, where
        super().__init__(
            f"T{self.situation[1:]}. Chương trình không ghi vào tệp SQLite trên ổ mạng: chế độ WAL "
            "của SQLite cần bộ nhớ dùng chung trên cùng một máy, và hai máy cùng ghi một tệp trên ổ dùng chung sẽ làm "
            "hỏng tệp. Để nhiều máy cùng làm việc, dùng máy chủ dùng chung (PostgreSQL, Hệ thống → Cơ sở dữ liệu…), "
            "hoặc chép tệp về ổ đĩa của máy này. Tệp trên ổ mạng chỉ mở được để xem.")

    @property
    def situation(self) -> str:
        return f"tệp “{self.path}” nằm trên ổ mạng ({self.where})"


class DatabaseDamaged(StorageError):
    """The SQLite file failed its check at open: it was renamed aside (`kept_aside`, with its -wal/-shm) and is
    never written again; `backup` is the newest verified backup (storage.backups.Backup) or None."""

    def __init__(self, message: str, kept_aside: Path, backup) -> None:
        self.kept_aside, self.backup = kept_aside, backup
        super().__init__(message)


class SchemaMismatch(StorageError):
    """The tables of the SQLite file are not those of the revision it records (left by a crashed upgrade of an
    older version); `backup` is the newest sound copy to go back to (storage.backups.Backup) or None."""

    def __init__(self, message: str, backup) -> None:
        self.backup = backup
        super().__init__(message)


def driver_detail(error: "DBAPIError") -> str:
    """The database driver's failure under SQLAlchemy's, said in Vietnamese (`driver_reason`)."""
    return driver_reason(error.orig)


_SQLITE_REASONS = {
    3: "không có quyền truy cập tệp", 5: "tệp đang bận (một chương trình khác đang ghi)",
    6: "tệp đang bận (một chương trình khác đang ghi)", 8: "tệp chỉ mở được để xem (không có quyền ghi)",
    10: "lỗi đọc/ghi ổ đĩa", 11: "dữ liệu bên trong tệp bị hỏng", 13: "ổ đĩa đã đầy",
    14: "không mở được tệp (tệp hoặc ổ đĩa không còn ở đó, hoặc không có quyền)", 23: "không có quyền truy cập tệp",
    26: "tệp không phải là cơ sở dữ liệu SQLite",
}
"""SQLite's primary result codes (the low byte of an extended one) a person can act on."""
_SERVER_REASONS = {
    "28": "máy chủ từ chối tài khoản hoặc mật khẩu", "3D": "máy chủ không có cơ sở dữ liệu này",
    "42501": "tài khoản không có quyền làm việc này trên máy chủ", "53": "máy chủ hết tài nguyên (bộ nhớ, ổ đĩa hoặc "
    "số kết nối)", "57": "máy chủ đang tắt hoặc khởi động lại", "08": "kết nối tới máy chủ bị ngắt",
    "40": "máy chủ hủy giao dịch vì xung đột với người khác cùng ghi; thử lại",
    "22003": "có số vượt quá giới hạn máy chủ nhận được",
    "22": "có giá trị (số, ngày hoặc chữ) máy chủ không nhận được",
}
"""PostgreSQL's SQLSTATE codes (the class, or the whole code) a person can act on."""
_CONNECT_REASONS = (
    ('role "', "máy chủ không có tài khoản (vai trò đăng nhập) này"),  # 'role "lan" does not exist'
    ("does not exist", "máy chủ không có cơ sở dữ liệu này"),
    ("timeout expired", "máy chủ không trả lời (sai địa chỉ, hoặc mạng hay tường lửa chặn)"),
    ("connection refused", "máy chủ không nhận kết nối (chưa chạy, hoặc sai cổng)"),
    ("could not translate host name", "không tìm thấy máy chủ (sai tên máy?)"),
    ("name or service not known", "không tìm thấy máy chủ (sai tên máy?)"),
    ("no route to host", "không tới được máy chủ qua mạng"),
    ("ssl", "kết nối mã hóa (SSL) tới máy chủ không được"),
)
"""What a connection the server never answered says (psycopg gives it no SQLSTATE), by a piece of its text."""


def driver_reason(error: BaseException) -> str:
    """Why SQLite or the PostgreSQL server refused, said in Vietnamese for a sentence ('ổ đĩa đã đầy'); the driver's
    own English text goes to the log, and the code it gave is named so that the log line can be found."""
    text = " ".join(str(error).split()) or type(error).__name__
    log.warning("database driver: %s: %s", type(error).__name__, text)
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return _SQLITE_REASONS.get(code & 0xFF, f"SQLite báo lỗi mã {code} (chi tiết ghi trong nhật ký)")
    state = getattr(error, "sqlstate", None)
    if state:
        reason = _SERVER_REASONS.get(state) or _SERVER_REASONS.get(state[:2])
        return reason or f"máy chủ báo lỗi mã {state} (chi tiết ghi trong nhật ký)"
    folded = text.lower()
    for piece, reason in _CONNECT_REASONS:
        if piece in folded:
            return reason
    return "cơ sở dữ liệu báo lỗi (chi tiết ghi trong nhật ký)"
