"""URLs as people may read them. No password is kept by the program: on a shared server each person signs in with
their own account at each start (storage/signing_in.py) and the PC keeps only server, port and database; the
administrator's command line takes the owner's password as libpq does (PGPASSWORD, pgpass.conf) when the URL has
none. An OS keyring once held a shared application role's password here; with accounts as server roles there is no
shared password left to keep."""

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from storage.location import sqlite_path


def shown(url: str | URL) -> str:
    """A URL as people may read it: the password masked; an SQLite URL as its file path."""
    path = sqlite_path(str(url)) if isinstance(url, str) else None
    if path is not None:
        return str(path)
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(URL không đọc được)"
