"""The log file: where unexpected errors are written in full, so the user sees one sentence, not a traceback.

It rotates: at MAX_BYTES the file is renamed langmoi.log.1 (the older ones shift to .2 … .BACKUPS, the oldest is
dropped), so the logs never take more than (BACKUPS + 1) × MAX_BYTES, 6 MB, however long the program runs.
"""

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir

from storage.log_buffer import LOG_FILE, write_early_records

MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _LogFile(RotatingFileHandler):
    """The handler configure_file_logging installs, told apart from any other the root logger has."""

    def doRollover(self) -> None:
        """The standard rotation, except when the file cannot be renamed (Windows refuses while another Làng Mới
        has it open): then it goes on being written and is rotated at a later record, and no older file is
        shifted away meanwhile (the standard one shifts them before it tries, dropping one at each try)."""
        if self.stream:
            self.stream.close()
            self.stream = None
        moving = f"{self.baseFilename}.rotating"
        try:
            os.replace(self.baseFilename, moving)
        except OSError:
            pass
        else:
            for number in range(self.backupCount - 1, 0, -1):
                if os.path.exists(f"{self.baseFilename}.{number}"):
                    os.replace(f"{self.baseFilename}.{number}", f"{self.baseFilename}.{number + 1}")
            os.replace(moving, f"{self.baseFilename}.1")
        self.stream = self._open()


def log_file() -> Path:
    return Path(user_log_dir("LangMoi", appauthor=False)) / "langmoi.log"


def configure_file_logging() -> Path:
    """Send logging to the rotating log file (created with its folder); returns its path.

    Called by the window and by the command line, as often as they like: there is one such handler for the log
    file at a time (one for another path, as a test's, is replaced). When the file cannot be made, warnings go
    to stderr instead."""
    path = log_file()
    root = logging.getLogger()
    ours = [handler for handler in root.handlers if isinstance(handler, _LogFile)]
    for handler in ours:
        if Path(handler.baseFilename) == path.absolute():
            write_early_records(handler)
            return path
    for handler in ours:
        root.removeHandler(handler)
        handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _LogFile(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        write_early_records(None)  # before basicConfig, which adds its stderr handler only to a root without any
        logging.basicConfig(level=logging.WARNING)
        return path
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.set_name(LOG_FILE)
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    write_early_records(handler)
    return path
