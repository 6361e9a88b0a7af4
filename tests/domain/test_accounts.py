"""Accounts: how a start begins, the first secretariat account, Argon2id hashes, signing in, the last secretariat."""

import pytest
from sqlmodel import select

from domain.access import Principal
from domain.accounts import (
    AccountForm,
    StartMode,
    create_first_account,
    lead_candidates,
    save_account,
    sign_in,
    start_mode,
)
from domain.audit import AuditEvent
from domain.errors import DomainError
from domain.history import HistoryFilter, history
from domain.users import Role, UserAccount
from tests.conftest import OFFICER

CHIEF = AccountForm("Chánh.VP", "Trần Văn Chánh", Role.SECRETARIAT, "mật khẩu dài")


def _first(db) -> Principal:
    with db.unit_of_work(Principal.local("chanh.vp")) as uow:
        return create_first_account(uow, CHIEF)


def test_logins_are_optional_alone_and_required_once_there_are_accounts(empty_database):
    with empty_database.session() as session:
        assert start_mode(session, shared=False) is StartMode.ALONE
        assert start_mode(session, shared=True) is StartMode.FIRST_ACCOUNT
    _first(empty_database)
    with empty_database.session() as session:
        assert start_mode(session, shared=False) is StartMode.SIGN_IN
        assert start_mode(session, shared=True) is StartMode.SIGN_IN


def test_the_first_account_is_a_secretariat_kept_as_an_argon2id_hash(empty_database):
    with pytest.raises(DomainError, match="phải là tài khoản Văn phòng"), \
            empty_database.unit_of_work(OFFICER) as uow:
        create_first_account(uow, AccountForm("xem", "Người Xem", Role.VIEWER, "mat-khau-dai"))
    principal = _first(empty_database)
    assert (principal.name, principal.role, principal.full_name) == ("chanh.vp", Role.SECRETARIAT, "Trần Văn Chánh")
    with empty_database.session() as session:
        account = session.exec(select(UserAccount)).one()
        events = session.exec(select(AuditEvent.field, AuditEvent.new_value).where(
            AuditEvent.entity == "useraccount")).all()
    assert account.password_hash.startswith("$argon2id$")
    assert "mật khẩu dài" not in account.password_hash
    assert ("password", "(đã đặt mật khẩu mới)") in events
    assert all("mật khẩu dài" not in (value or "") for _, value in events)
    with pytest.raises(DomainError, match="đã có tài khoản"):
        _first(empty_database)


def test_signing_in(empty_database):
    principal = _first(empty_database)
    with empty_database.unit_of_work(principal) as uow:
        save_account(uow, AccountForm("khoa", "Người Bị Khóa", Role.VIEWER, "mat-khau-dai", active=False))
    with empty_database.session() as session:
        assert sign_in(session, " CHÁNH.VP ", "mật khẩu dài") == principal
        for name, password in (("chanh.vp", "mật khẩu sai"), ("ai-do", "mật khẩu dài")):
            with pytest.raises(DomainError, match="^Sai tên đăng nhập hoặc mật khẩu.$"):
                sign_in(session, name, password)
        with pytest.raises(DomainError, match="đã bị khóa"):
            sign_in(session, "khoa", "mat-khau-dai")


def test_an_account_is_checked_before_it_is_saved(empty_database):
    principal = _first(empty_database)
    form = AccountForm("a b", "", Role.TEAM_LEAD, "ngan")
    with pytest.raises(DomainError) as refused, empty_database.unit_of_work(principal) as uow:
        save_account(uow, form)
    message = str(refused.value)
    for part in ("Tên đăng nhập: 3–60 chữ cái", "Họ và tên: ô bắt buộc", "Mật khẩu: ít nhất 8 ký tự",
                 "Tổ trưởng: chọn người"):
        assert part in message
    with pytest.raises(DomainError, match="“chanh.vp” đã có người dùng"), \
            empty_database.unit_of_work(principal) as uow:
        save_account(uow, AccountForm("chanh.vp", "Người Khác", Role.VIEWER, "mat-khau-dai"))
    with empty_database.session() as session:
        assert len(session.exec(select(UserAccount)).all()) == 1


def test_the_last_active_secretariat_stays(empty_database):
    principal = _first(empty_database)
    demoted = AccountForm("chanh.vp", "Trần Văn Chánh", Role.VIEWER)
    with pytest.raises(DomainError, match="cuối cùng còn hoạt động"), empty_database.unit_of_work(principal) as uow:
        save_account(uow, demoted, principal.user_id)
    with empty_database.unit_of_work(principal) as uow:
        save_account(uow, AccountForm("pho.vp", "Lê Thị Phó", Role.SECRETARIAT, "mat-khau-dai"))
    with empty_database.unit_of_work(principal) as uow:
        save_account(uow, demoted, principal.user_id)
    with empty_database.session() as session:
        assert sign_in(session, "chanh.vp", "mật khẩu dài").role is Role.VIEWER


def test_a_team_lead_account_is_linked_to_a_lead_of_the_plan(empty_database, small_plan):
    with empty_database.session() as session:
        leads = lead_candidates(session, small_plan.id)
    assert [(lead.name, lead.agency, lead.villages) for lead in leads] == [
        ("Đinh Văn Mới", "Sở Hai", 1), ("Nguyễn Văn Tổ", "Sở Một", 1), ("Phạm Đức Đắk", "Sở Một", 1),
        ("Võ Thị Hai", "Sở Hai", 1)]
    tổ = leads[1]
    with empty_database.unit_of_work(OFFICER) as uow:
        save_account(uow, AccountForm("nv.to", "Nguyễn Văn Tổ", Role.TEAM_LEAD, "mat-khau-dai", member_name=tổ.name,
                                      member_agency_id=tổ.agency_id))
    with empty_database.session() as session:
        principal = sign_in(session, "nv.to", "mat-khau-dai")
    assert (principal.role, principal.member_name, principal.member_agency_id) == (
        Role.TEAM_LEAD, "Nguyễn Văn Tổ", tổ.agency_id)


def test_the_history_of_an_account_tells_a_password_was_set_never_what_it_is(empty_database):
    principal = _first(empty_database)
    with empty_database.session() as session:
        rows = history(session, HistoryFilter(kind="useraccount"))
    lines = {(row.field, row.new) for row in rows}
    assert ("Mật khẩu", "(đã đặt mật khẩu mới)") in lines
    assert ("Vai trò", "Văn phòng (thư ký)") in lines
    assert all(principal.name in row.who for row in rows)
    assert not any("mật khẩu dài" in f"{row.old}{row.new}" for row in rows)
