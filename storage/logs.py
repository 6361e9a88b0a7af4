"""The log file: where unexpected errors are written in full, so the user sees one sentence, not a traceback."""

import logging
from pathlib import Path

from platformdirs import user_log_dir


def log_file() -> Path:
    return Path(user_log_dir("LangMoi", appauthor=False)) / "langmoi.log"


def configure_file_logging() -> Path:
    """Send logging to the log file (created with its folder); returns its path."""
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        logging.basicConfig(filename=path, level=logging.INFO, encoding="utf-8",
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    except OSError:
        logging.basicConfig(level=logging.WARNING)
    return path
