"""Sign-in that resists guessing: the same time for an unknown name, a wait after 5 wrong passwords that grows,
the secretariat's unlock, failed sign-ins audited with the PC's name, an old hash upgraded at sign-in."""

import platform
import statistics
import time
from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlmodel import select

from domain.access import Principal
from domain.accounts import AccountForm, create_first_account, save_account, sign_in, unlock_account, wait_after
from domain.audit import AuditEvent
from domain.errors import DomainError
from domain.figures_mark import changes_since, newest_mark
from domain.history import kind_label
from domain.users import Role, UserAccount

CHIEF = AccountForm("chanh.vp", "Trần Văn Chánh", Role.SECRETARIAT, "mật khẩu dài")
LEAD = AccountForm("nv.to", "Nguyễn Văn Tổ", Role.TEAM_LEAD, "mat-khau-to", member_name="Nguyễn Văn Tổ")


class Clock:
    def __init__(self) -> None:
        self.at = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.at


def _accounts(db) -> tuple[Principal, int]:
    with db.unit_of_work(Principal.local("chanh.vp")) as uow:
        chief = create_first_account(uow, CHIEF)
    with db.unit_of_work(chief) as uow:
        lead_id = save_account(uow, LEAD)
    return chief, lead_id


def _try(db, name: str, password: str, clock: Clock) -> str:
    with db.session() as session:
        try:
            sign_in(session, name, password, now=clock)
        except DomainError as refusal:
            return str(refusal)
    return "ok"


def test_the_wait_after_five_wrong_passwords_doubles_up_to_fifteen_minutes():
    assert [wait_after(n).total_seconds() for n in range(1, 12)] == \
        [0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900]


def test_five_wrong_passwords_make_the_account_wait_and_the_wait_grows(empty_database):
    _accounts(empty_database)
    clock = Clock()
    for _ in range(5):
        assert _try(empty_database, "chanh.vp", "sai mật khẩu", clock) == "Sai tên đăng nhập hoặc mật khẩu."
    assert _try(empty_database, "chanh.vp", "mật khẩu dài", clock) == \
        "Đã sai mật khẩu nhiều lần. Thử lại sau 30 giây."
    clock.at += timedelta(seconds=20)
    assert _try(empty_database, "chanh.vp", "mật khẩu dài", clock) == \
        "Đã sai mật khẩu nhiều lần. Thử lại sau 10 giây."
    clock.at += timedelta(seconds=11)
    assert _try(empty_database, "chanh.vp", "sai lần sáu", clock) == "Sai tên đăng nhập hoặc mật khẩu."
    assert _try(empty_database, "chanh.vp", "mật khẩu dài", clock) == \
        "Đã sai mật khẩu nhiều lần. Thử lại sau 1 phút."
    clock.at += timedelta(seconds=61)
    assert _try(empty_database, "chanh.vp", "mật khẩu dài", clock) == "ok"
    with empty_database.session() as session:
        account = session.exec(select(UserAccount).where(UserAccount.username == "chanh.vp")).one()
        assert (account.failed_sign_ins, account.locked_until) == (0, None)
    for _ in range(4):
        _try(empty_database, "chanh.vp", "sai", clock)
    assert _try(empty_database, "chanh.vp", "mật khẩu dài", clock) == "ok"


def test_an_unknown_name_is_never_told_apart_by_the_message(empty_database):
    _accounts(empty_database)
    clock = Clock()
    answers = {_try(empty_database, "khong.co", "sai mật khẩu", clock) for _ in range(8)}
    assert answers == {"Sai tên đăng nhập hoặc mật khẩu."}


def test_failed_sign_ins_are_audited_with_the_name_typed_and_the_pc(empty_database):
    _accounts(empty_database)
    clock = Clock()
    _try(empty_database, "Khách\x07Lạ", "x", clock)
    _try(empty_database, "nv.to", "sai", clock)
    with empty_database.session() as session:
        rows = session.exec(select(AuditEvent).where(AuditEvent.entity == "signin")
                            .order_by(AuditEvent.id)).all()
    assert [row.new_value for row in rows] == ["khachla", "nv.to"]
    assert rows[0].entity_id is None and rows[1].entity_id is not None
    assert all(f"máy {platform.node()}" in row.context for row in rows)
    assert kind_label("signin") == "Đăng nhập không thành"  # how the history window names these rows


def test_the_secretariat_unlocks_an_account_audited_and_a_team_lead_is_refused(empty_database):
    chief, lead_id = _accounts(empty_database)
    clock = Clock()
    for _ in range(5):
        _try(empty_database, "nv.to", "sai", clock)
    assert _try(empty_database, "nv.to", "mat-khau-to", clock).startswith("Đã sai mật khẩu nhiều lần.")
    assert _try(empty_database, "chanh.vp", "mật khẩu dài", clock) == "ok"  # only the guessed account waits
    lead = Principal(name="nv.to", role=Role.TEAM_LEAD, member_name="Nguyễn Văn Tổ", user_id=lead_id)
    with pytest.raises(DomainError, match="mở khóa tài khoản"), empty_database.unit_of_work(lead) as uow:
        unlock_account(uow, lead_id)
    with empty_database.unit_of_work(chief) as uow:
        unlock_account(uow, lead_id)
    assert _try(empty_database, "nv.to", "mat-khau-to", clock) == "ok"
    with empty_database.session() as session:
        event = session.exec(select(AuditEvent).where(AuditEvent.field == "failed_sign_ins")).one()
    assert (event.actor, event.entity_id, event.old_value, event.new_value) == ("chanh.vp", lead_id, "5", "0")
    assert event.context == "mở khóa tài khoản nv.to"


def test_an_old_hash_is_upgraded_at_a_right_sign_in_and_the_hash_is_never_audited(empty_database):
    _accounts(empty_database)
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash("mat-khau-to")
    with empty_database.session() as session:
        account = session.exec(select(UserAccount).where(UserAccount.username == "nv.to")).one()
        account.password_hash = weak
        session.commit()
    assert _try(empty_database, "nv.to", "mat-khau-to", Clock()) == "ok"
    with empty_database.session() as session:
        account = session.exec(select(UserAccount).where(UserAccount.username == "nv.to")).one()
        values = session.exec(select(AuditEvent.new_value)).all()
    assert account.password_hash != weak and not PasswordHasher().check_needs_rehash(account.password_hash)
    assert "(mã hóa lại theo tham số mới khi đăng nhập)" in values
    assert all("$argon2" not in (value or "") for value in values)


def test_an_unknown_name_costs_the_same_time_as_a_wrong_password(empty_database):
    _accounts(empty_database)

    def refusal(name: str) -> float:
        """The CPU this thread spends refusing one try: the hash's work, which is what a guesser could time; CPU
        time rather than the wall clock, so that other programs on a busy machine do not count."""
        clock = Clock()  # the wait is not what is timed: every try starts before any lock
        with empty_database.session() as session:
            account = session.exec(select(UserAccount).where(UserAccount.username == name)).first()
            if account is not None:
                account.failed_sign_ins, account.locked_until = 0, None
                session.commit()
        start = time.thread_time()
        _try(empty_database, name, "sai mật khẩu", clock)
        return time.thread_time() - start

    times: dict[str, list[float]] = {"khong.co.ai": [], "nv.to": []}
    for _ in range(20):  # the two kinds taken in turn, so that a slower stretch of the machine falls on both
        for name, taken in times.items():
            taken.append(refusal(name))
    unknown, known = (statistics.median(taken) for taken in times.values())
    ratio = max(unknown, known) / min(unknown, known)
    print(f"sign-in refusal, CPU median of 20: unknown name {unknown * 1000:.1f} ms, known name {known * 1000:.1f} ms, "
          f"ratio {ratio:.2f}")
    assert ratio <= 1.5


def test_a_refused_action_is_audited_and_still_rolled_back(empty_database):
    _chief, lead_id = _accounts(empty_database)
    lead = Principal(name="nv.to", role=Role.TEAM_LEAD, member_name="Nguyễn Văn Tổ", user_id=lead_id)
    with pytest.raises(DomainError, match="chỉ Văn phòng"), empty_database.unit_of_work(lead) as uow:
        save_account(uow, AccountForm("ke.gian", "Kẻ Gian", Role.SECRETARIAT, "mat-khau-dai"))
    with empty_database.session() as session:
        assert session.exec(select(UserAccount).where(UserAccount.username == "ke.gian")).first() is None
        event = session.exec(select(AuditEvent).where(AuditEvent.entity == "refusal")).one()
    assert (event.actor, event.entity_id, event.field) == ("nv.to", lead_id, "forbidden")
    assert event.new_value.startswith("Chưa làm: chỉ Văn phòng (thư ký) được quản lý tài khoản.")
    assert event.context == f"máy {platform.node()}"


def test_failed_sign_ins_and_refusals_leave_the_kept_figures_valid(empty_database):
    """Their audit rows change no figure: the figures cache (domain/figures_mark) keeps its figures as they are,
    rather than reading a 10,000-village plan again after each mistyped password."""
    _chief, lead_id = _accounts(empty_database)
    with empty_database.session() as session:
        mark = newest_mark(session)
    _try(empty_database, "chanh.vp", "sai mật khẩu", Clock())
    lead = Principal(name="nv.to", role=Role.TEAM_LEAD, member_name="Nguyễn Văn Tổ", user_id=lead_id)
    with pytest.raises(DomainError), empty_database.unit_of_work(lead) as uow:
        save_account(uow, AccountForm("ke.gian", "Kẻ Gian", Role.SECRETARIAT, "mat-khau-dai"))
    with empty_database.session() as session:
        assert {e.entity for e in session.exec(select(AuditEvent).where(AuditEvent.id > mark.id))} == \
            {"signin", "refusal"}
        assert changes_since(session, mark).nothing
