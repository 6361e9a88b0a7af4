"""Use cases on accounts: how a start begins (alone, first account, sign-in), signing in, adding, changing and
removing accounts. On a one-PC database passwords are kept only as Argon2id hashes; on a shared server each account
is a login role of the server (domain/server_accounts.py), whose password the server alone keeps."""

import platform
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, func, select

from domain.access import ROLE_LABEL, Principal, require_secretariat
from domain.agencies import Agency
from domain.audit import record_change
from domain.errors import DomainError, NotFound
from domain.teams import SupportTeam, TeamMember, TeamRole
from domain.text import fold, name_key, nfc
from domain.unit_of_work import UnitOfWork
from domain.users import Role, UserAccount
from domain.vocabulary import StartMode  # re-exported: the same objects

MIN_PASSWORD = 8
USERNAME = re.compile(r"^[a-z0-9._-]{3,60}$")
_hasher = PasswordHasher()  # argon2-cffi's default type is Argon2id, with its recommended cost
# An unknown name is verified against this hash of the same parameters, so that it costs the same time as a known
# name with a wrong password and names cannot be told apart by how long the refusal takes.
_DUMMY_HASH = _hasher.hash("làng mới: không phải mật khẩu của ai")
FREE_TRIES = 5  # wrong passwords in a row before an account waits
FIRST_WAIT = timedelta(seconds=30)  # after the 5th; doubled per further failure
LONGEST_WAIT = timedelta(minutes=15)
WRONG = "Sai tên đăng nhập hoặc mật khẩu."
SIGN_IN_ACTOR = "Làng Mới (đăng nhập)"


@dataclass(frozen=True)
class AccountForm:
    """What the secretariat types for an account; `password` None keeps the current one."""

    username: str
    full_name: str
    role: Role
    password: str | None = None
    member_name: str = ""
    member_agency_id: int | None = None
    active: bool = True


class ServerLogins(Protocol):
    """The shared server's login roles, one per account and a member of its role's group, changed on the
    secretariat's own connection inside the unit of work's transaction (storage/account_logins.py), so that the
    account's row and its role commit together or not at all. Passwords are handed on, never kept."""

    def create(self, session: Session, username: str, password: str, role: Role) -> None: ...

    def set_password(self, session: Session, username: str, password: str) -> None: ...

    def set_role(self, session: Session, username: str, role: Role) -> None: ...

    def set_active(self, session: Session, username: str, active: bool) -> None: ...

    def drop(self, session: Session, username: str) -> None: ...

    def exists(self, session: Session, username: str) -> bool: ...

    def set_own_password(self, session: Session, password: str) -> None:
        """The signed-in user's own password, on their own connection; their account no longer must change it."""


@dataclass(frozen=True)
class LeadCandidate:
    """A team lead of the plan an account can be linked to."""

    name: str
    agency_id: int | None
    agency: str
    villages: int


def start_mode(session: Session, shared: bool) -> StartMode:
    """Logins are optional on a one-PC database: needed only once it has accounts; a shared one always has them."""
    if session.exec(select(func.count()).select_from(UserAccount)).one():
        return StartMode.SIGN_IN
    return StartMode.FIRST_ACCOUNT if shared else StartMode.ALONE


def principal_of(account: UserAccount) -> Principal:
    return Principal(name=account.username, role=account.role, full_name=account.full_name,
                     member_name=account.member_name, member_agency_id=account.member_agency_id, user_id=account.id)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def wait_after(failures: int) -> timedelta:
    """How long an account waits after `failures` wrong passwords in a row: none for the first four, 30 s after
    the 5th, doubling per further failure, at most 15 minutes."""
    if failures < FREE_TRIES:
        return timedelta(0)
    return min(FIRST_WAIT * 2 ** (failures - FREE_TRIES), LONGEST_WAIT)


def sign_in(session: Session, username: str, password: str,
            now: Callable[[], datetime] = _utc_now) -> Principal:
    """The account's principal when the password matches; one message for an unknown name or a wrong password.

    Every refusal costs one Argon2id verification (a dummy hash for an unknown name), so it takes the same time
    whether the name exists or not. Wrong passwords are counted per existing account only (counting typed names
    would let anyone lock names that do not exist and fill the table); a locked account answers "try again in …"
    without checking the password — this tells a guesser that the name exists only after 5 wrong passwords for
    it, which the audit shows the secretariat, and the wait (30 s doubling to 15 min) makes guessing useless.
    Each failure is audited with the name typed (cleaned, at most 60 characters) and the PC's name; the session
    is committed here (a sign-in has no unit of work of its own)."""
    typed = fold(username)
    account = session.exec(select(UserAccount).where(UserAccount.username == typed)).first()
    moment = now()
    if account is not None and account.locked_until is not None and account.locked_until > moment:
        _verify(_DUMMY_HASH, password)  # the same time as any other refusal
        _record_failure(session, typed, account, "tài khoản đang chờ sau nhiều lần sai mật khẩu")
        session.commit()
        raise DomainError(f"Đã sai mật khẩu nhiều lần. Thử lại sau {_waited(account.locked_until - moment)}.")
    if account is None or not _verify(account.password_hash, password):
        if account is None:
            _verify(_DUMMY_HASH, password)
        else:
            account.failed_sign_ins += 1
            wait = wait_after(account.failed_sign_ins)
            account.locked_until = moment + wait if wait else None
        _record_failure(session, typed, account, "sai tên đăng nhập hoặc mật khẩu")
        session.commit()
        raise DomainError(WRONG)
    if not account.active:
        raise DomainError(f"Tài khoản “{account.username}” đã bị khóa; hỏi Văn phòng (thư ký) để mở lại.")
    if account.failed_sign_ins or account.locked_until is not None or _hasher.check_needs_rehash(account.password_hash):
        if _hasher.check_needs_rehash(account.password_hash):
            account.password_hash = _hasher.hash(password)
            record_change(session, actor=account.username, entity="useraccount", entity_id=account.id,
                          field="password", old=None, new="(mã hóa lại theo tham số mới khi đăng nhập)",
                          context=f"tài khoản {account.username}")
        account.failed_sign_ins = 0
        account.locked_until = None
        session.commit()
    return principal_of(account)


def _waited(left: timedelta) -> str:
    seconds = max(1, int(left.total_seconds() + 0.999))
    if seconds < 60:
        return f"{seconds} giây"
    return f"{(seconds + 59) // 60} phút"


def _record_failure(session: Session, typed: str, account: UserAccount | None, why: str) -> None:
    cleaned = "".join(ch for ch in typed if ch.isprintable())[:60]
    record_change(session, actor=SIGN_IN_ACTOR, entity="signin", entity_id=account.id if account else None,
                  field="failed", old=None, new=cleaned, context=f"{why}; máy {platform.node()[:100]}")


def unlock_account(uow: UnitOfWork, account_id: int) -> None:
    """The secretariat lets an account try again at once; audited."""
    require_secretariat(uow.user, "mở khóa tài khoản")
    account = uow.session.get(UserAccount, account_id)
    if account is None:
        raise NotFound("Không tìm thấy tài khoản này.")
    record_change(uow.session, actor=uow.actor, entity="useraccount", entity_id=account.id, field="failed_sign_ins",
                  old=account.failed_sign_ins, new=0, context=f"mở khóa tài khoản {account.username}")
    account.failed_sign_ins = 0
    account.locked_until = None
    account.version += 1
    uow.commit()


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def create_first_account(uow: UnitOfWork, form: AccountForm) -> Principal:
    """The first account of a database, which must be a secretariat account; refused once any account exists."""
    if uow.session.exec(select(func.count()).select_from(UserAccount)).one():
        raise DomainError("Cơ sở dữ liệu đã có tài khoản; hãy đăng nhập.")
    if form.role is not Role.SECRETARIAT:
        raise DomainError("Tài khoản đầu tiên phải là tài khoản Văn phòng (thư ký), để có người quản lý tài khoản.")
    account = _write(uow, form, None)
    uow.commit()
    return principal_of(account)


def save_account(uow: UnitOfWork, form: AccountForm, account_id: int | None = None,
                 logins: ServerLogins | None = None) -> int:
    """Add (account_id None) or change an account; only the secretariat may. Returns the account's id.

    On a shared server (`logins` given) the account's login role is created or changed with it; a password the
    secretariat sets for someone else is a temporary one: its user chooses their own at the next sign-in."""
    require_secretariat(uow.user, "quản lý tài khoản")
    account = _write(uow, form, account_id, logins)
    uow.commit()
    return account.id


def remove_account(uow: UnitOfWork, account_id: int, logins: ServerLogins | None = None) -> None:
    """Remove an account (and on a shared server its login role); the audit keeps what it did, by its name.
    Nobody removes their own account, nor the last active secretariat account."""
    require_secretariat(uow.user, "xóa tài khoản")
    account = uow.session.get(UserAccount, account_id)
    if account is None:
        raise NotFound("Không tìm thấy tài khoản này.")
    if account.username == uow.user.name:
        raise DomainError("Chưa xóa: không xóa được tài khoản mình đang đăng nhập.")
    if account.role is Role.SECRETARIAT and account.active and _active_secretariats(uow.session) == 1:
        raise DomainError(f"Chưa xóa: đây là tài khoản {ROLE_LABEL[Role.SECRETARIAT]} cuối cùng còn hoạt động.")
    record_change(uow.session, actor=uow.actor, entity="useraccount", entity_id=account.id, field="username",
                  old=account.username, new=None, context=f"xóa tài khoản {account.username} ({account.full_name})")
    uow.session.delete(account)
    uow.session.flush()
    if logins is not None:
        logins.drop(uow.session, account.username)
    uow.commit()


def _write(uow: UnitOfWork, form: AccountForm, account_id: int | None,
           logins: ServerLogins | None = None) -> UserAccount:
    session = uow.session
    username = fold(form.username)
    account = None if account_id is None else session.get(UserAccount, account_id)
    if account_id is not None and account is None:
        raise NotFound("Không tìm thấy tài khoản này.")
    problems = _problems(session, form, username, account)
    if logins is not None and account is not None and username != account.username:
        problems.append(f"Tên đăng nhập: trên máy chủ dùng chung tên “{account.username}” không đổi được (đó là tên "
                        "tài khoản của máy chủ); tạo tài khoản mới với tên khác nếu cần.")
    if problems:
        raise DomainError("Chưa lưu. " + " ".join(problems))
    values = {"username": username, "full_name": nfc(form.full_name), "role": form.role, "active": form.active,
              "member_name": nfc(form.member_name) if form.role is Role.TEAM_LEAD else "",
              "member_agency_id": form.member_agency_id if form.role is Role.TEAM_LEAD else None}
    if account is None:
        account = UserAccount(**values, password_hash="", created_at=datetime.now(UTC))
        session.add(account)
        session.flush()
        old = dict.fromkeys(values)
        if logins is not None:
            logins.create(session, username, form.password or "", form.role)
    else:
        old = {name: getattr(account, name) for name in values}
        for name, value in values.items():
            setattr(account, name, value)
        account.version += 1
        if logins is not None:
            _change_login(session, logins, old, values)
            if form.password is not None:
                logins.set_password(session, username, form.password)
    for name, value in values.items():
        if old[name] != value:
            record_change(session, actor=uow.actor, entity="useraccount", entity_id=account.id, field=name,
                          old=_shown(old[name]), new=_shown(value), context=f"tài khoản {username}")
    if form.password is not None:
        if logins is None:
            account.password_hash = _hasher.hash(form.password)
        else:  # someone else's password set by the secretariat is a temporary one
            account.must_change_password = username != uow.user.name
        record_change(session, actor=uow.actor, entity="useraccount", entity_id=account.id, field="password",
                      old=None, new="(đã đặt mật khẩu mới)", context=f"tài khoản {username}")
    return account


def _change_login(session: Session, logins: ServerLogins, old: dict[str, object], new: dict[str, object]) -> None:
    """The login role follows the account's role and state."""
    if old["role"] != new["role"]:
        logins.set_role(session, new["username"], new["role"])
    if old["active"] != new["active"]:
        logins.set_active(session, new["username"], new["active"])


def _shown(value: object) -> object:
    return getattr(value, "value", value)


def _problems(session: Session, form: AccountForm, username: str, account: UserAccount | None) -> list[str]:
    problems = []
    if not USERNAME.match(username):
        problems.append("Tên đăng nhập: 3–60 chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.")
    clash = session.exec(select(UserAccount.id).where(UserAccount.username == username)).first()
    if clash is not None and (account is None or clash != account.id):
        problems.append(f"Tên đăng nhập “{username}” đã có người dùng.")
    if not nfc(form.full_name):
        problems.append("Họ và tên: ô bắt buộc đang để trống.")
    if account is None and form.password is None:
        problems.append("Mật khẩu: tài khoản mới cần mật khẩu.")
    if form.password is not None and len(form.password) < MIN_PASSWORD:
        problems.append(f"Mật khẩu: ít nhất {MIN_PASSWORD} ký tự.")
    if form.role is Role.TEAM_LEAD and not nfc(form.member_name):
        problems.append("Tổ trưởng: chọn người trong các tổ hỗ trợ của kế hoạch mà tài khoản này là.")
    if account is not None and account.role is Role.SECRETARIAT and account.active \
            and (form.role is not Role.SECRETARIAT or not form.active) and _active_secretariats(session) == 1:
        problems.append(f"Đây là tài khoản {ROLE_LABEL[Role.SECRETARIAT]} cuối cùng còn hoạt động; "
                        "thêm một tài khoản Văn phòng khác trước khi đổi vai trò hoặc khóa tài khoản này.")
    return problems


def _active_secretariats(session: Session) -> int:
    return session.exec(select(func.count()).select_from(UserAccount).where(
        UserAccount.role == Role.SECRETARIAT, UserAccount.active)).one()


def accounts(session: Session) -> list[UserAccount]:
    return list(session.exec(select(UserAccount).order_by(UserAccount.username)))


def lead_candidates(session: Session, plan_id: int) -> list[LeadCandidate]:
    """The plan's team leads, one per person (name and agency), with how many villages' teams they lead."""
    rows = session.exec(
        select(TeamMember.full_name, TeamMember.agency_id, Agency.name)
        .join(SupportTeam, SupportTeam.id == TeamMember.team_id)
        .outerjoin(Agency, Agency.id == TeamMember.agency_id)
        .where(SupportTeam.plan_id == plan_id, TeamMember.role == TeamRole.LEADER)).all()
    people: dict[tuple[str, int | None], LeadCandidate] = {}
    for name, agency_id, agency in rows:
        key = (name_key(name), agency_id)
        known = people.get(key)
        people[key] = LeadCandidate(name, agency_id, agency or "", (known.villages if known else 0) + 1)
    return sorted(people.values(), key=lambda lead: (fold(lead.name), fold(lead.agency)))
