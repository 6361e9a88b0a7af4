"""Who may use a shared database: accounts with a role, and the team member a team lead is in the plan."""

from datetime import datetime

from sqlmodel import Field, SQLModel

from domain.columns import NEVER_REUSED, enum_column
from domain.vocabulary import Role  # re-exported: the same objects


class UserAccount(SQLModel, table=True):
    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=60, unique=True, index=True, description="folded: lower case, no diacritics")
    full_name: str = Field(max_length=200)
    role: Role = Field(sa_type=enum_column(Role))
    password_hash: str = Field(max_length=200)
    active: bool = True
    member_name: str = Field(default="", max_length=200,
                             description="a team lead's name as the plan's support teams write it")
    member_agency_id: int | None = Field(default=None, foreign_key="agency.id", ondelete="SET NULL")
    created_at: datetime
    version: int = 1
    failed_sign_ins: int = Field(default=0, description="wrong passwords in a row since the last right one")
    locked_until: datetime | None = Field(default=None, description="no password is checked before it")
    must_change_password: bool = Field(default=False, description="the user chooses a new password at the next "
                                       "sign-in (a server account given a temporary one)")
