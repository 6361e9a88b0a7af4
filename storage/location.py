"""Where the database lives: what --db or LANGMOI_DB say, else the one chosen in the window's database
settings (kept in database.json in the user's configuration folder, read by the command line too), else
langmoi.sqlite3 in the user's data folder.

An SQLite file's URL is built here and only here, by SQLAlchemy's URL.create, and read back by make_url: a
folder named "Báo cáo #2", "Hỏi?", "100%" or with spaces is escaped in the URL and comes back as the same path, where
a URL written by hand ("sqlite:///" + path) made SQLAlchemy open "…/Hỏi" with a query, or a path cut at "#".
SQLAlchemy is imported when a URL is made or read, not with the module: the window's dialogs import this module
before the database layer is loaded."""

import os
from pathlib import Path, PurePath

ENVIRONMENT_VARIABLE = "LANGMOI_DB"
CHOICE_FILE, DEFAULT_FILE = "database.json", "langmoi.sqlite3"


def choice_file() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("LangMoi", appauthor=False)) / CHOICE_FILE


def saved_choice(file: Path | None = None) -> str | None:
    """The database chosen in the settings (kept in `file`, else choice_file()), None when none was chosen or the
    file cannot be read."""
    import json

    try:
        return json.loads((file or choice_file()).read_text(encoding="utf-8")).get("url") or None
    except (OSError, ValueError, AttributeError):
        return None


def save_choice(url: str) -> None:
    """Keep the chosen database (a URL without its password) for the next start, written whole or not at all."""
    import json

    target = choice_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".json.part")
    partial.write_text(json.dumps({"url": url}, ensure_ascii=False), encoding="utf-8")
    partial.replace(target)


def default_database_path() -> Path:
    """langmoi.sqlite3 in the user's data folder (e.g. %LOCALAPPDATA%\\LangMoi on Windows)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("LangMoi", appauthor=False)) / DEFAULT_FILE


def chosen(choice: str | None = None, folders: tuple[Path, Path] | None = None) -> str:
    """The database as the user chose it, a path or a URL: `choice` (--db), else LANGMOI_DB, else the saved choice,
    else the default file. `folders` (the configuration and data folders of Làng Mới) when the caller knows them
    already: the window's first paint asks Qt (platformdirs is ~8 ms of a start)."""
    if choice or os.environ.get(ENVIRONMENT_VARIABLE):
        return choice or os.environ[ENVIRONMENT_VARIABLE]
    if folders is None:
        return saved_choice() or str(default_database_path())
    return saved_choice(folders[0] / CHOICE_FILE) or str(folders[1] / DEFAULT_FILE)


def database_url(choice: str | None = None) -> str:
    """An SQLAlchemy URL from a path or URL given by the user, else LANGMOI_DB, else the saved choice, else the
    default file."""
    choice = chosen(choice)
    if "://" not in choice:
        return sqlite_url(Path(choice).expanduser().resolve())
    if choice.startswith("sqlite"):  # written as URL.create writes it, so that one file has one URL
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            return make_url(choice).render_as_string(hide_password=False)
        except ArgumentError:
            return choice
    return choice


def sqlite_url(path: PurePath | str) -> str:
    """The SQLAlchemy URL of the SQLite file at `path` (absolute, or relative to the working folder)."""
    from sqlalchemy.engine import URL

    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, None for other databases or an in-memory SQLite."""
    if not url.startswith("sqlite:"):
        return None
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        database = make_url(url).database
    except ArgumentError:
        return None
    return None if database in (None, "", ":memory:") else Path(database)


def is_shared(url: str) -> bool:
    """A server database several PCs work on, as opposed to one PC's SQLite file."""
    return not url.startswith("sqlite")
