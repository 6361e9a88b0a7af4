"""Folders of this run's temporary files, under the system's temporary folder: the copies of attached files handed to
the system's viewer (ui/attachment_files.py) and the PDFs written to be printed or previewed (ui/print_actions.py).

Each purpose has its own folder, named by its prefix, made at its first use and removed when the program quits.
A folder left by a program that was stopped (or whose file a viewer still held, on Windows) is removed at the first
use of its purpose in a later run, once older than LEFTOVER_AGE_S: a second program running meanwhile keeps its own.
Read-only files in them (the viewer's copies) are removed as well.
"""

from __future__ import annotations

import atexit
import logging
import shutil
import stat
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)

LEFTOVER_AGE_S = 24 * 3600
"""A folder of an earlier run older than this is removed."""

_folders: dict[str, Path] = {}


def scratch_folder(prefix: str) -> Path:
    """This run's folder for `prefix` ("langmoi-tep-"), made at its first use (older runs' leftovers removed then)."""
    folder = _folders.get(prefix)
    if folder is None:
        _remove_leftovers(Path(tempfile.gettempdir()), prefix)
        folder = _folders[prefix] = Path(tempfile.mkdtemp(prefix=prefix))
        atexit.register(remove_scratch_folder, prefix)
    return folder


def remove_scratch_folder(prefix: str) -> None:
    """Remove this run's folder for `prefix` and what it holds (at exit); the next use makes a new one."""
    folder = _folders.pop(prefix, None)
    if folder is not None:
        _remove(folder)


def _remove(folder: Path) -> None:
    def writable_then_again(function, path, _error) -> None:
        Path(path).chmod(stat.S_IRWXU)  # a read-only file (on Windows) or folder: made writable, removed
        function(path)

    try:
        shutil.rmtree(folder, onerror=writable_then_again)
    except OSError as error:  # a viewer still holds a file (Windows): removed at a later start
        log.warning("temporary files left in %s: %s", folder, error)


def _remove_leftovers(temporary: Path, prefix: str) -> None:
    now = time.time()
    for folder in temporary.glob(f"{prefix}*"):
        try:
            old = now - folder.stat().st_mtime > LEFTOVER_AGE_S
        except OSError:
            continue
        if old and folder.is_dir():
            _remove(folder)
