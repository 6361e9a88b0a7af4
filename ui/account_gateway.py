"""The account dialogs' way to the database: how the window starts (alone, first account, sign-in), signing in,
the accounts and the plan's team leads, and saving an account through its use case. It hands the dialogs plain
objects: an account is an `AccountRow`, never the table's row (which carries the password hash)."""

from dataclasses import dataclass

from domain.access import Principal
from domain.accounts import (
    AccountForm,
    LeadCandidate,
    StartMode,
    accounts,
    create_first_account,
    lead_candidates,
    save_account,
    sign_in,
    start_mode,
    unlock_account,
)
from domain.text import fold
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

    @classmethod
    def of(cls, account: UserAccount) -> "AccountRow":
        return cls(account.id, account.username, account.full_name, account.role, account.active,
                   account.member_name, account.member_agency_id)


class AccountGateway:
    def __init__(self, database: Database, user: Principal | None = None) -> None:
        self.database = database
        self.user = user
        """Who changes accounts (the secretariat); None before anyone has signed in."""

    def start_mode(self) -> StartMode:
        with self.database.session() as session:
            return start_mode(session, shared=is_shared(self.database.url))

    def sign_in(self, username: str, password: str) -> Principal:
        with self.database.session() as session:
            return sign_in(session, username, password)

    def create_first_account(self, form: AccountForm) -> Principal:
        """The first secretariat account of a new shared database, audited as the person it is for."""
        with self.database.unit_of_work(Principal.local(fold(form.username))) as uow:
            return create_first_account(uow, form)

    def accounts(self, plan_id: int | None) -> tuple[list[AccountRow], list[LeadCandidate]]:
        """Every account, and the team leads of the plan an account may be linked to."""
        with self.database.session() as session:
            rows = [AccountRow.of(account) for account in accounts(session)]
            return rows, lead_candidates(session, plan_id) if plan_id is not None else []

    def save_account(self, form: AccountForm, account_id: int | None) -> int:
        with self.database.unit_of_work(self.user) as uow:
            return save_account(uow, form, account_id)

    def unlock_account(self, account_id: int) -> None:
        with self.database.unit_of_work(self.user) as uow:
            unlock_account(uow, account_id)
