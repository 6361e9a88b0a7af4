"""Opening an SQLite file only to look at it: when another program holds it for writing, or it lies on a
network drive.

A held file is opened with SQLite's `mode=ro`: in WAL mode it then shares the holder's -shm and sees every
transaction the holder committed. A file on a network drive is opened `immutable=1`: SQLite then takes no
lock and uses no shared memory (neither works across PCs), reads the main file only and changes nothing,
neither the journal mode nor a -wal beside it; what another PC is writing at that moment is not seen.
`PRAGMA query_only` refuses writes on both, besides the read-only file handle.
"""

import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, event
from sqlmodel import create_engine

from storage.location import sqlite_url
from storage.sqlite_refusals import BUSY_TIMEOUT_MS, translate_refusals


def sqlite_uri(path: Path, *, mode: str = "ro", immutable: bool = False) -> str:
    """An SQLite URI filename: file:///C:/…, file:////server/share/… (SQLite refuses an authority), file:///tmp/…;
    `mode` "ro" (read only) or "rw" (read and write, never create)."""
    posix = path.as_posix()
    prefix = "file://" if posix.startswith("/") else "file:///"
    return prefix + quote(posix, safe="/:") + f"?mode={mode}" + ("&immutable=1" if immutable else "")


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection that only reads `path` (a check, a backup's contents) and never creates it."""
    return sqlite3.connect(sqlite_uri(path.resolve()), uri=True)


def _pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def read_only_engine(path: Path, *, immutable: bool) -> Engine:
    """An engine that reads `path` and refuses every write with a Vietnamese message."""
    uri = sqlite_uri(path, immutable=immutable)
    engine = create_engine(sqlite_url(path), creator=lambda: sqlite3.connect(uri, uri=True,
                                                                            check_same_thread=False))
    event.listen(engine, "connect", _pragmas)
    translate_refusals(engine)
    return engine
