"""Where the first screen's snapshot of a database file is kept, and the file's stamp (ui/first_screen.py): what a
start reads before its first paint, so no Qt but its folders, no SQLAlchemy (the file found as storage/location.py
finds it), no json, no hashlib (~10 ms to import: a CRC of the path names the snapshot, the path inside it decides)."""

from __future__ import annotations

import os
import sys
import zlib
from pathlib import Path
from typing import Any
from urllib.parse import unquote

SNAPSHOT_MAX_BYTES = 2_000_000
"""A snapshot's file at most: a larger one is neither kept nor read."""
SNAPSHOT_VERSION = 2
"""The snapshots' version (ui/first_screen.capture): its JSON begins with it, so that the window's picture can tell a
snapshot of another version's (which the first screen will not show) by its first bytes, without json."""


def snapshot_folder() -> Path:
    from ui.application import cache_folder

    return cache_folder() / "first-screen"


def _qt_folder(location: str) -> Path:
    from PySide6.QtCore import QStandardPaths

    return Path(QStandardPaths.writableLocation(getattr(QStandardPaths.StandardLocation, location)))


def url_path(url: str) -> Path | None:
    """The file of an SQLite URL as storage.location writes it (URL.create: the path %-escaped), None for any other
    (a server, an in-memory SQLite, a query or a dialect named)."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url or len(url) == len(prefix):
        return None
    return Path(unquote(url[len(prefix):]))


def chosen_file(db_choice: str | None) -> Path | None:
    """The SQLite file the start will open, found by storage.location.chosen with the folders asked of Qt; None for
    a server, or where the folders Qt names are not platformdirs' (only Windows' and Linux's are the same)."""
    from storage.location import ENVIRONMENT_VARIABLE, chosen

    if not (db_choice or os.environ.get(ENVIRONMENT_VARIABLE)) and sys.platform not in ("win32", "linux"):
        return None
    choice = chosen(db_choice, (_qt_folder("GenericConfigLocation") / "LangMoi",
                                _qt_folder("GenericDataLocation") / "LangMoi"))
    path = url_path(choice) if "://" in choice else Path(choice).expanduser()
    try:
        return path.resolve() if path is not None else None
    except OSError:
        return None


def stamp(path: Path) -> dict[str, Any] | None:
    """The file's path, size and modification time (ns); None when it is missing or a -journal file or a -wal with
    content beside it says it is being written (an empty -wal holds nothing: what a checkpoint that truncated it
    left while a connection was still open)."""
    try:
        status = os.stat(path)
        if os.path.exists(f"{path}-journal") or (os.path.exists(f"{path}-wal") and os.stat(f"{path}-wal").st_size):
            return None
    except OSError:
        return None
    return {"path": str(path), "size": status.st_size, "mtime_ns": status.st_mtime_ns}


def snapshot_file(path: Path) -> Path:
    return snapshot_folder() / f"{zlib.crc32(str(path).encode('utf-8')):08x}.json"


def read_kept(target: Path, limit: int) -> bytes | None:
    """A kept file's bytes (a snapshot, a picture), None when there is none; ValueError, unread, over `limit`."""
    if not target.exists():
        return None
    if target.stat().st_size > limit:
        raise ValueError("too large")
    return target.read_bytes()


def write_whole(target: Path, data: bytes) -> None:
    """`data` written to `target` whole or not at all (a snapshot, a picture): a temporary file beside it renamed
    over it, removed when the writing fails (a full disk) or is interrupted."""
    partial = target.with_name(target.name + ".part")
    try:
        partial.write_bytes(data)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
