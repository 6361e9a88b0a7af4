"""Use cases on accounts: how a start begins (alone, first account, sign-in), signing in, adding and changing
accounts. Passwords are kept only as Argon2id hashes."""

import re
from dataclasses import dataclass
from datetime import UTC, datetime

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


def sign_in(session: Session, username: str, password: str) -> Principal:
    """The account's principal when the password matches; one message for an unknown name or a wrong password."""
    account = session.exec(select(UserAccount).where(UserAccount.username == fold(username))).first()
    if account is None or not _verify(account.password_hash, password):
        raise DomainError("Sai tên đăng nhập hoặc mật khẩu.")
    if not account.active:
        raise DomainError(f"Tài khoản “{account.username}” đã bị khóa; hỏi Văn phòng (thư ký) để mở lại.")
    return principal_of(account)


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


def save_account(uow: UnitOfWork, form: AccountForm, account_id: int | None = None) -> int:
    """Add (account_id None) or change an account; only the secretariat may. Returns the account's id."""
    require_secretariat(uow.user, "quản lý tài khoản")
    account = _write(uow, form, account_id)
    uow.commit()
    return account.id


def _write(uow: UnitOfWork, form: AccountForm, account_id: int | None) -> UserAccount:
    session = uow.session
    username = fold(form.username)
    account = None if account_id is None else session.get(UserAccount, account_id)
    if account_id is not None and account is None:
        raise NotFound("Không tìm thấy tài khoản này.")
    problems = _problems(session, form, username, account)
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
    else:
        old = {name: getattr(account, name) for name in values}
        for name, value in values.items():
            setattr(account, name, value)
        account.version += 1
    for name, value in values.items():
        if old[name] != value:
            record_change(session, actor=uow.actor, entity="useraccount", entity_id=account.id, field=name,
                          old=_shown(old[name]), new=_shown(value), context=f"tài khoản {username}")
    if form.password is not None:
        account.password_hash = _hasher.hash(form.password)
        record_change(session, actor=uow.actor, entity="useraccount", entity_id=account.id, field="password",
                      old=None, new="(đã đặt mật khẩu mới)", context=f"tài khoản {username}")
    return account


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
