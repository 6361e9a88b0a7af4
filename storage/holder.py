"""One writer per SQLite file: the first window or command that opens a file for writing holds it.

SQLite lets two processes write one file in turn without a word, so the program refuses the second one
itself. The hold is an operating-system lock on a side file `<db>.lock` (fcntl on POSIX, msvcrt on Windows),
which the system drops when the holding process ends, however it ends: a holder that died is recognised
because its lock is gone, and the next opener takes the hold over. The side file carries who holds it
(user, PC, process, since when) as JSON, for the refusal to name them.

The lock is one byte far past the JSON: Windows locks are mandatory, and readers must still read who holds it.
The side file is removed when the hold is released (on POSIX; Windows keeps it, empty).
Within one process the hold is re-entrant (a count per resolved path): the window reopens its file after a
sign-out, and tests open a file a fixture already has open. POSIX drops every fcntl lock a process has on a
file when any descriptor of it is closed, so a process opens each side file once and keeps it while held.
"""

import json
import os
import socket
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from storage.errors import DatabaseHeld, StorageError

LOCK_OFFSET = 1 << 20
REMOVE_ON_RELEASE = os.name != "nt"  # Windows refuses to delete a file another process has open: it stays, empty
READ_ATTEMPTS = 20  # a new holder writes its JSON right after locking: a reader in between waits a little
READ_PAUSE = 0.025

if os.name == "nt":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, LOCK_OFFSET)
        except (BlockingIOError, PermissionError):  # EAGAIN or EACCES: another process has it
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, LOCK_OFFSET)


@dataclass
class _Held:
    fd: int
    count: int


_held: dict[Path, _Held] = {}
_guard = threading.Lock()


def lock_file(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class Hold:
    """This process's hold on one file; `release()` once (again is harmless) when the database is closed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._released = False

    def release(self) -> None:
        with _guard:
            if self._released:
                return
            self._released = True
            held = _held[self.path]
            held.count -= 1
            if held.count == 0:
                del _held[self.path]
                os.ftruncate(held.fd, 0)  # nobody holds it now
                if REMOVE_ON_RELEASE:
                    lock_file(self.path).unlink(missing_ok=True)  # while still locked: see _open_locked
                _unlock(held.fd)
                os.close(held.fd)


def take_hold(db_path: Path, user: str) -> Hold:
    """Hold `db_path` for writing for this process, or raise DatabaseHeld naming the process that holds it."""
    path = db_path.resolve()
    with _guard:
        held = _held.get(path)
        if held is not None:
            held.count += 1
            return Hold(path)
        side = lock_file(path)
        fd = _open_locked(path, side)
        record = {"user": user, "host": socket.gethostname(), "pid": os.getpid(),
                  "since": datetime.now(UTC).isoformat(timespec="seconds")}
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(record, ensure_ascii=False).encode("utf-8"))
        _held[path] = _Held(fd, 1)
        return Hold(path)


def _open_locked(path: Path, side: Path) -> int:
    """The side file, opened and locked. A holder removes it on release while still holding its lock, so a lock
    won on a file no longer at that name (the previous holder just left) is dropped and the new file tried."""
    while True:
        try:
            fd = os.open(side, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        except OSError as error:
            raise StorageError(f"Không ghi được tệp “{side}” (cho biết ai đang mở tệp cơ sở dữ liệu để ghi): "
                               f"{error.strerror}. Tệp chỉ mở được để xem.") from error
        if not _try_lock(fd):
            os.close(fd)
            raise _held_by_other(path, side)
        if _still_named(fd, side):
            return fd
        os.close(fd)


def _still_named(fd: int, side: Path) -> bool:
    try:
        named = os.stat(side)
    except FileNotFoundError:
        return False
    opened = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


def _held_by_other(path: Path, side: Path) -> DatabaseHeld:
    """The refusal, with the holder's record (read again briefly while the new holder is still writing it)."""
    for _ in range(READ_ATTEMPTS):
        try:
            record = json.loads(side.read_bytes().decode("utf-8"))
            since = datetime.fromisoformat(record["since"])
            return DatabaseHeld(path, str(record["user"]), str(record["host"]), since)
        except (OSError, ValueError, KeyError, TypeError):
            time.sleep(READ_PAUSE)
    return DatabaseHeld(path, "một chương trình khác", "(không rõ)", None)


def held_here(db_path: Path) -> bool:
    """Whether this process holds the file."""
    with _guard:
        return db_path.resolve() in _held
