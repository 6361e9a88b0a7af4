"""The account dialogs' way to the database: how the window starts (alone or sign-in), signing in,
the accounts and the plan's team leads, and saving, removing and unlocking an account through its use case. On a
shared server an account is a login role too (storage/account_logins.py), and who works is who the connection is.
It hands the dialogs plain objects: an account is an `AccountRow`, never the table's row (which carries the
password hash)."""

from dataclasses import dataclass
from datetime import UTC, datetime

from domain.access import Principal
from domain.accounts import (
    AccountForm,
    LeadCandidate,
    StartMode,
    accounts,
    lead_candidates,
    remove_account,
    save_account,
    sign_in,
    start_mode,
    unlock_account,
)
from domain.server_accounts import choose_own_password, connected_principal
from domain.users import Role, UserAccount
from storage.database import Database
from storage.location import is_shared


@dataclass(frozen=True)
class AccountRow:
    """An account as the list and the editor show it."""

    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    member_name: str
    member_agency_id: int | None
    waiting_until: datetime | None = None
    """After wrong passwords (one-PC database): no password is checked before this time (UTC)."""
    must_change_password: bool = False

    @classmethod
    def of(cls, account: UserAccount, now: datetime) -> "AccountRow":
        waiting = account.locked_until
        if waiting is not None and waiting.tzinfo is None:
            waiting = waiting.replace(tzinfo=UTC)
        return cls(account.id, account.username, account.full_name, account.role, account.active,
                   account.member_name, account.member_agency_id, waiting if waiting and waiting > now else None,
                   account.must_change_password)


class AccountGateway:
    def __init__(self, database: Database, user: Principal | None = None) -> None:
        self.database = database
        self.user = user
        """Who changes accounts (the secretariat); None before anyone has signed in."""
        self.shared = is_shared(database.url)
        if self.shared:
            from storage.account_logins import AccountLogins

            self.logins: AccountLogins | None = AccountLogins()
        else:
            self.logins = None

    def start_mode(self) -> StartMode:
        with self.database.session() as session:
            return start_mode(session, shared=is_shared(self.database.url))

    def sign_in(self, username: str, password: str) -> Principal:
        with self.database.session() as session:
            return sign_in(session, username, password)

    def accounts(self, plan_id: int | None) -> tuple[list[AccountRow], list[LeadCandidate]]:
        """Every account, and the team leads of the plan an account may be linked to."""
        now = datetime.now(UTC)
        with self.database.session() as session:
            rows = [AccountRow.of(account, now) for account in accounts(session)]
            return rows, lead_candidates(session, plan_id) if plan_id is not None else []

    def save_account(self, form: AccountForm, account_id: int | None) -> int:
        with self.database.unit_of_work(self.user) as uow:
            return save_account(uow, form, account_id, self.logins)

    def remove_account(self, account_id: int) -> None:
        with self.database.unit_of_work(self.user) as uow:
            remove_account(uow, account_id, self.logins)

    def connected_principal(self) -> Principal:
        """On a shared server: the account the connection signed in as."""
        from sqlalchemy.engine import make_url

        from storage.server_accounts import account_of_role

        parsed = make_url(self.database.url)
        username = account_of_role(parsed.database or "", parsed.username or "") or ""
        with self.database.session() as session:
            return connected_principal(session, username)

    def choose_own_password(self, password: str, repeat: str) -> None:
        """The signed-in user's own new password; the database's later connections sign in with it."""
        from storage.signing_in import reconnect_with

        with self.database.unit_of_work(self.user) as uow:
            choose_own_password(uow, password, repeat, self.logins)
        reconnect_with(self.database, password)

    def unlock_account(self, account_id: int) -> None:
        with self.database.unit_of_work(self.user) as uow:
            unlock_account(uow, account_id)
