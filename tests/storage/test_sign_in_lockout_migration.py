"""Migration 0008 on databases an earlier version left: every account starts with no wrong password counted and
no wait, and signs in as before."""

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlmodel import select

from domain.accounts import sign_in
from domain.errors import DomainError
from domain.users import UserAccount
from storage.database import open_database
from storage.migrate import alembic_config
from tests.conftest import ACTOR

HASH = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0$Jm1XgQjyP2v1k6CcS0UhY7i3J9a7n0q7WcR3xq3cXlM"


def test_0008_gives_existing_accounts_no_failures_and_no_wait_on_both_backends(new_database_url):
    url = new_database_url("bare")
    engine = create_engine(url)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0007")
        connection.execute(text("INSERT INTO useraccount (username, full_name, role, password_hash, active, "
                                "member_name, created_at, version) VALUES ('chanh.vp', 'Trần Văn Chánh', "
                                "'secretariat', :h, true, '', '2025-01-01 00:00:00', 1)"), {"h": HASH})
    engine.dispose()
    database = open_database(url, actor=ACTOR)
    try:
        with database.session() as session:
            account = session.exec(select(UserAccount)).one()
            assert (account.username, account.failed_sign_ins, account.locked_until) == ("chanh.vp", 0, None)
            with pytest.raises(DomainError, match="^Sai tên đăng nhập hoặc mật khẩu.$"):
                sign_in(session, "chanh.vp", "sai mật khẩu")
        with database.session() as session:
            assert session.exec(select(UserAccount.failed_sign_ins)).one() == 1
    finally:
        database.close()
