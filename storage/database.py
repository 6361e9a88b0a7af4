"""Opening the database: engine, pragmas, migrations, the sample plan in a new database, sessions."""

import platform
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlmodel import Session, create_engine

import domain.bounds  # noqa: F401  (its guard checks every row a session writes)
from domain.access import Principal
from domain.unit_of_work import UnitOfWork
from resources import program_command
from storage.backups import Backup, take_backup
from storage.errors import StorageError
from storage.holder import Hold, take_hold
from storage.integrity import check_at_open, looks_like_a_database
from storage.location import is_shared, sqlite_path
from storage.network_drive import network_share, refuse_network_drive
from storage.read_only import read_only_engine, sqlite_uri
from storage.sample import sample_loader
from storage.schema_version import SCHEMA_REVISION, stored_revision
from storage.server_refusals import INSUFFICIENT_PRIVILEGE, translate_server_refusals
from storage.sqlite_refusals import BUSY_TIMEOUT_MS, translate_refusals


@dataclass
class Database:
    url: str
    engine: Engine
    created: bool
    read_only: bool = False
    """Opened only to look (another program holds the SQLite file, or it is on a network drive): writes refused."""
    hold: Hold | None = None

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    @property
    def session_factory(self) -> Callable[[], Session]:
        return self.session

    def unit_of_work(self, user: Principal) -> UnitOfWork:
        return UnitOfWork(self.session, user.only_looking() if self.read_only else user)

    def backup(self, reason: str) -> "Backup | None":
        """A verified backup of the SQLite file (storage.backups.REASONS names `reason`); None on a server or
        when the file is open only to look. Raises StorageError when it cannot be taken."""
        path = sqlite_path(self.url)
        return None if path is None or self.read_only else take_backup(path, reason)

    def close(self) -> None:
        self.engine.dispose()
        if self.hold is not None:
            self.hold.release()


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(url: str, *, existing: Path | None = None) -> Engine:
    """An engine for `url`; SQLite gets foreign keys on, WAL and a busy timeout on every connection. With
    `existing`, the SQLite file the program opened: each connection opens it without creating it, so a file that
    vanished under the program (a drive pulled out, a folder moved) is said, never replaced by an empty one."""
    if url.startswith("sqlite"):
        if existing is None:
            engine = create_engine(url, connect_args={"check_same_thread": False})
        else:
            uri = sqlite_uri(existing, mode="rw")
            engine = create_engine(url, creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))
        event.listen(engine, "connect", _sqlite_pragmas)
        translate_refusals(engine)
        return engine
    # Timestamps are stored as UTC without a zone on every backend; the session's zone must not shift them. The
    # application name (printable ASCII, 63 bytes at most) names the PC in the server's audit rows and its logs.
    return create_engine(url, pool_pre_ping=True, connect_args={
        "options": "-c timezone=UTC", "application_name": f"LangMoi {platform.node()}"[:63]})


def _give_up(engine: Engine, hold: Hold | None) -> None:
    engine.dispose()
    if hold is not None:
        hold.release()


def _check_sqlite_file(path: Path, read_only: bool = False) -> None:
    """Refuse, before SQLite touches it, a file that exists and is not an SQLite database (or, to look at it
    only, a file that does not exist)."""
    if read_only and not path.is_file():
        raise StorageError(f"Không có tệp cơ sở dữ liệu “{path}”.")
    if path.is_dir():
        raise StorageError(f"“{path}” là một thư mục, không phải tệp cơ sở dữ liệu.")
    if path.exists() and path.stat().st_size > 0:
        if not looks_like_a_database(path):
            raise StorageError(f"“{path}” không phải là tệp cơ sở dữ liệu.")
    path.parent.mkdir(parents=True, exist_ok=True)


def _not_granted(url: str, shown: object, revision: str | None) -> StorageError:
    """The refusal a PostgreSQL application role gets when only the database's owner may create or upgrade it: on
    the command line the owner's command; in the window whom to ask, and what to click meanwhile."""
    user = make_url(url).username or ""
    why = (f"có lược đồ phiên bản {revision}, cũ hơn phiên bản {SCHEMA_REVISION} chương trình này cần, và tài khoản "
           f"“{user}” không có quyền nâng cấp" if revision else f"chưa cấp quyền cho tài khoản “{user}”")
    return StorageError(
        f"Cơ sở dữ liệu “{shown}” {why}. Người quản trị (chủ sở hữu cơ sở dữ liệu) cần chạy: {program_command()} "
        f"--db postgresql+psycopg://CHỦ_SỞ_HỮU@MÁY_CHỦ/TÊN_CSDL setup-server --app-role {user}",
        in_window=f"Cơ sở dữ liệu “{shown}” {why}. Hãy báo người quản trị máy chủ (chủ sở hữu cơ sở dữ liệu) "
                  f"{'nâng cấp' if revision else 'cấp quyền cho'} cơ sở dữ liệu này. Trong lúc chờ, bấm “Chọn cơ sở "
                  "dữ liệu khác…” để làm việc với một tệp dữ liệu trên máy này.")


def open_database(url: str, *, actor: str, with_sample: bool | None = None, read_only: bool = False,
                  loading_sample: Callable[[], None] | None = None, sample_reform: bool = False) -> Database:
    """Open (creating if need be) and upgrade the database. A new one receives the bundled sample plan when
    `with_sample` says so; by default only a new one-PC (SQLite) database does: a shared server starts empty,
    for the secretariat's own plan (imported, or copied from a one-PC database with copy-db).

    An SQLite file is held for writing by this process (DatabaseHeld when another one holds it) and refused on
    a network drive (NetworkDrive); `read_only` opens an existing SQLite file only to look, without either.
    `loading_sample()` is called (in the opening thread) when the sample plan begins to load; with `sample_reform`
    (the window's new database) the sample also crosses its illustrative 2025 reorganisation into a continuation
    plan (storage/sample.py)."""
    path = sqlite_path(url)
    read_only = read_only and path is not None
    hold = None
    if path is not None:
        _check_sqlite_file(path, read_only)
        if not read_only:
            refuse_network_drive(path)
            hold = take_hold(path, actor)
    engine = read_only_engine(path, immutable=bool(network_share(path))) if read_only else make_engine(
        url, existing=path)
    revision = None
    try:
        created = False
        if hold is not None:
            check_at_open(path)  # DatabaseDamaged (kept aside) or SchemaMismatch
            path.touch()  # an empty file is a new database to SQLite; from here on the engine never creates it
        revision = stored_revision(engine)
        if revision != SCHEMA_REVISION and read_only:
            held = f"có lược đồ phiên bản {revision}, chương trình cần {SCHEMA_REVISION}" if revision else "còn trống"
            raise StorageError(f"Tệp “{path}” {held}; tệp mở chỉ để xem nên không tạo hay nâng cấp được.")
        if revision != SCHEMA_REVISION:
            from storage import migrate  # Alembic is imported only when there is something to migrate

            sample = with_sample if with_sample is not None else not is_shared(url)
            created = migrate.upgrade(engine, path, on_new=sample_loader(actor, loading_sample, reform=sample_reform)
                                     if sample else None)
    except StorageError:
        _give_up(engine, hold)
        raise
    except (DatabaseError, OperationalError) as error:
        _give_up(engine, hold)
        shown = path or make_url(url).render_as_string(hide_password=True)
        if getattr(error.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
            raise _not_granted(url, shown, revision) from error
        raise StorageError(f"Không mở được cơ sở dữ liệu “{shown}”: {error.orig}") from error
    if path is None:
        translate_server_refusals(engine)  # only now: opening says its own refusals, above
    return Database(url=url, engine=engine, created=created, read_only=read_only, hold=hold)
