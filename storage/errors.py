"""Errors of storage, with a Vietnamese message for the user."""

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window imports these errors before the database layer
    from sqlalchemy.exc import DBAPIError


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
    """The database driver's message on one line (psycopg's can run to several)."""
    lines = str(error.orig).strip().splitlines()
    return lines[0] if lines else type(error.orig).__name__
