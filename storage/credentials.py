"""Database passwords live in the operating system's keyring (Windows Credential Manager, macOS Keychain,
Secret Service), never in a file or in QSettings; URLs are kept and shown without them."""

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from storage.errors import StorageError
from storage.location import sqlite_path

SERVICE = "LangMoi"


def keyring_entry(url: str | URL) -> str:
    """The name a server's password is kept under: user@host:port/database."""
    parsed = make_url(url)
    return f"{parsed.username or ''}@{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database or ''}"


def without_password(url: str | URL) -> str:
    return make_url(url).set(password=None).render_as_string(hide_password=False)


def shown(url: str | URL) -> str:
    """A URL as people may read it: the password masked; an SQLite URL as its file path."""
    path = sqlite_path(str(url)) if isinstance(url, str) else None
    if path is not None:
        return str(path)
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(URL không đọc được)"


def store_password(url: str, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        keyring.set_password(SERVICE, keyring_entry(url), password)
    except NoKeyringError as error:
        raise StorageError("Không lưu được mật khẩu: máy này không có kho mật khẩu của hệ điều hành (trên Windows là "
                           "Windows Credential Manager). Mật khẩu không được ghi vào tệp; để trống ô mật khẩu và dùng "
                           "tệp pgpass của PostgreSQL, hoặc hỏi người quản trị.") from error
    except KeyringError as error:
        raise StorageError(f"Không lưu được mật khẩu vào kho mật khẩu của hệ điều hành: {error}") from error


def with_password(url: str) -> str:
    """A server URL completed with the password kept in the keyring; unchanged for SQLite, for a URL that
    carries its own password, or when the keyring has none (the driver may then find one in PGPASSWORD)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" or parsed.password:
        return url
    import keyring
    from keyring.errors import KeyringError

    try:
        password = keyring.get_password(SERVICE, keyring_entry(parsed))
    except KeyringError:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False) if password else url
