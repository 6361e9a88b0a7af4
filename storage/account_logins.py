"""The accounts' login roles on a shared server (domain.accounts.ServerLogins), through server-sql's functions in
storage/server_accounts.py on the session's own connection: the secretariat's, inside its unit of work, so that the
account's row and its role commit together. Each password is turned into a SCRAM-SHA-256 verifier on this PC
before it is sent; the server never receives it in plain text (nor do its logs)."""

from sqlalchemy import Connection, text
from sqlmodel import Session

from domain.users import Role
from storage import server_accounts as server


def _verifier(connection: Connection, username: str, password: str) -> str:
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    return server.scram_verifier(connection, server.login_role(database, username), password)


class AccountLogins:
    """domain.accounts.ServerLogins on the server the session is connected to."""

    def create(self, session: Session, username: str, password: str, role: Role) -> None:
        connection = session.connection()
        server.create_login(connection, username, _verifier(connection, username, password), role)

    def set_password(self, session: Session, username: str, password: str) -> None:
        connection = session.connection()
        server.set_password(connection, username, _verifier(connection, username, password))

    def set_role(self, session: Session, username: str, role: Role) -> None:
        server.set_group(session.connection(), username, role)

    def set_active(self, session: Session, username: str, active: bool) -> None:
        server.set_login(session.connection(), username, active)

    def drop(self, session: Session, username: str) -> None:
        server.drop_login(session.connection(), username)

    def exists(self, session: Session, username: str) -> bool:
        connection = session.connection()
        database = connection.execute(text("SELECT current_database()")).scalar_one()
        return connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :role"),
                                  {"role": server.login_role(database, username)}).first() is not None

    def set_own_password(self, session: Session, password: str) -> None:
        connection = session.connection()
        role = connection.execute(text("SELECT current_user")).scalar_one()
        server.change_own_password(connection, server.scram_verifier(connection, role, password))
