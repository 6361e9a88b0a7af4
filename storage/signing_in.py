"""Signing in on a shared server is connecting to it as the account's login role (`username@database`, storage/
server_accounts.py): the server checks the password. A wrong password, a locked account (a role that may not log
in) and an unknown name are told the same; a server that cannot be reached, or a database it does not have, is said
as such. The PC keeps only the server, port and database; the password lives in this process's connection."""

import psycopg
from sqlalchemy.engine import make_url

from domain.accounts import USERNAME, WRONG
from domain.errors import DomainError
from domain.text import fold
from storage.credentials import shown
from storage.database import Database, make_engine, open_database
from storage.errors import StorageError, driver_reason
from storage.server_accounts import login_role

CONNECT_SECONDS = 5


def signed_in_url(url: str, username: str, password: str) -> str:
    """The server's URL as the account `username` connects: its login role and password."""
    parsed = make_url(url)
    return parsed.set(username=login_role(parsed.database or "", fold(username)), password=password) \
        .render_as_string(hide_password=False)


def check_sign_in(url: str, username: str, password: str) -> None:
    """Connect once as the account; DomainError (one message) when the server refuses the name or password,
    StorageError when the server cannot be reached or has no such database."""
    if not USERNAME.match(fold(username)) or not password:
        raise DomainError(WRONG)  # a name no account can have: nothing to ask the server
    target = make_url(signed_in_url(url, username, password))
    try:
        psycopg.connect(host=target.host, port=target.port or 5432, dbname=target.database, user=target.username,
                        password=password, connect_timeout=CONNECT_SECONDS).close()
    except psycopg.OperationalError as error:
        detail = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        failed = getattr(error, "pgconn", None)
        asked_password = failed is not None and failed.used_password
        if asked_password and not ('database "' in detail and "does not exist" in detail):
            # The server answered the password (wrong, unknown role, or a role that may not log in): one answer.
            raise DomainError(WRONG) from None
        raise StorageError(f"Không kết nối được cơ sở dữ liệu “{shown(url)}”: {driver_reason(error)}.") from None


def open_signed_in(url: str, username: str, password: str) -> Database:
    """Open the shared database connected as the account; refusals as check_sign_in's."""
    check_sign_in(url, username, password)
    return open_database(signed_in_url(url, username, password), actor=fold(username))


def reconnect_with(database: Database, password: str) -> None:
    """After the user changed their password: the pool's connections (opened with the old one) are closed and the
    next ones sign in with the new one. Called before the window works on the database."""
    from storage.server_refusals import translate_server_refusals

    url = make_url(database.url).set(password=password).render_as_string(hide_password=False)
    database.engine.dispose()
    database.url = url
    database.engine = make_engine(url)
    translate_server_refusals(database.engine)
