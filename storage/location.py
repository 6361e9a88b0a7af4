"""Where the database lives: the user's data folder by default, or what --db or LANGMOI_DB say."""

import os
from pathlib import Path

from platformdirs import user_data_dir

ENVIRONMENT_VARIABLE = "LANGMOI_DB"


def default_database_path() -> Path:
    """langmoi.sqlite3 in the user's data folder (e.g. %LOCALAPPDATA%\\LangMoi on Windows)."""
    return Path(user_data_dir("LangMoi", appauthor=False)) / "langmoi.sqlite3"


def database_url(choice: str | None = None) -> str:
    """An SQLAlchemy URL from a path or URL given by the user, else LANGMOI_DB, else the default file."""
    choice = choice or os.environ.get(ENVIRONMENT_VARIABLE) or str(default_database_path())
    if "://" in choice:
        return choice
    return f"sqlite:///{Path(choice).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, None for other databases or an in-memory SQLite."""
    if not url.startswith("sqlite:///"):
        return None
    path = url.removeprefix("sqlite:///")
    return None if path in ("", ":memory:") else Path(path)
