"""Use cases that edit a plan in the window: its villages and communes, the agencies, a village's assignments and
its support team — what the plan workbook's import does for a whole annex, done one change at a time.

Each use case is one unit of work for the secretariat only (team leads and viewers are refused in
`require_secretariat`), audited field by field with `village_id` set when a village is concerned (the figures
cache re-reads a plan's layout on any such row). The importer's rules hold: names as the workbook reader keeps
them (NFC, single spaces), a village unique in its commune and a commune in its district (compared as the
importer matches them, `name_key`), agencies unique by name and short name, one lead agency per village, one
team lead per team, a member's name unique in the team, every text within its field's limits
(domain/bounds.stored_fault, the check the workbook reader makes cell by cell). A village with assessments or
records is never deleted: it leaves the plan, as a village the annex no longer lists does.

The audit's values are written as people read them (a commune's name, "Chủ trì", "Tổ trưởng"); `ENTITY_LABELS`
and `FIELD_LABELS` name the entities and fields in the history, and the event's context names the thing changed.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, exists, update
from sqlmodel import Session, func, select

from domain.access import require_secretariat
from domain.admin_units import AdminUnit, UnitKind, UnitPeriod, Village, VillageMembership
from domain.agencies import Agency, AgencyKind, Assignment, AssignmentRole
from domain.audit import record_change
from domain.bounds import label, stored_fault
from domain.criteria import Assessment
from domain.errors import DomainError, NotFound
from domain.labels import AGENCY_KIND, ASSIGNMENT_ROLE, TEAM_ROLE
from domain.plan import Plan, PlanVillage
from domain.plan_rules import team_lead_problem
from domain.recording import KINDS
from domain.teams import SupportTeam, TeamMember, TeamRole, role_order
from domain.text import fold, name_key, nfc
from domain.unit_of_work import UnitOfWork
from domain.unit_words import commune_said, district_said, province_said

WHAT = "sửa kế hoạch (địa bàn, cơ quan, phân công, tổ hỗ trợ)"
"""What a refused user is told they may not do."""

VILLAGE, COMMUNE, AGENCY, ASSIGNMENT, MEMBER, IN_PLAN = (
    "village", "adminunit", "agency", "assignment", "teammember", "planvillage")
ENTITY_LABELS = {VILLAGE: "Thôn (làng)", COMMUNE: "Xã, huyện", AGENCY: "Cơ quan", ASSIGNMENT: "Phân công",
                 MEMBER: "Tổ hỗ trợ", IN_PLAN: "Địa bàn của kế hoạch"}
FIELD_LABELS = {
    (VILLAGE, "name"): "Tên thôn (làng)", (VILLAGE, "commune_id"): "Xã", (VILLAGE, "*"): "Thôn (làng)",
    (COMMUNE, "name"): "Tên xã", (COMMUNE, "parent_id"): "Huyện", (COMMUNE, "*"): "Xã",
    (AGENCY, "name"): "Tên cơ quan", (AGENCY, "short_name"): "Tên viết tắt", (AGENCY, "kind"): "Loại",
    (AGENCY, "address"): "Địa chỉ", (AGENCY, "phone"): "Điện thoại", (AGENCY, "*"): "Cơ quan",
    (ASSIGNMENT, "role"): "Vai trò", (ASSIGNMENT, "*"): "Phân công",
    (MEMBER, "full_name"): "Họ và tên", (MEMBER, "position"): "Chức vụ", (MEMBER, "agency_id"): "Cơ quan",
    (MEMBER, "role"): "Vai trò trong tổ", (MEMBER, "phone"): "Điện thoại", (MEMBER, "*"): "Thành viên",
    (IN_PLAN, "plan"): "Trong kế hoạch",
}
NO_DISTRICT = "không có huyện"


@dataclass(frozen=True)
class CommuneRow:
    """A commune with its district (None: no district level) and how many villages it has, in any plan."""

    commune_id: int
    name: str
    district_id: int | None
    district: str | None
    villages: int


@dataclass(frozen=True)
class AgencyValues:
    """An agency as the Cơ quan sheet of the annex gives it; `agency_id` None for a new one."""

    name: str
    short_name: str = ""
    kind: AgencyKind = AgencyKind.OTHER
    address: str = ""
    phone: str = ""
    agency_id: int | None = None


@dataclass(frozen=True)
class MemberValues:
    """A support-team member as the Tổ hỗ trợ sheet gives one; `member_id` None for a new one."""

    full_name: str
    role: TeamRole = TeamRole.MEMBER
    position: str = ""
    agency_id: int | None = None
    phone: str = ""
    member_id: int | None = None


@dataclass(frozen=True)
class VillageAssignments:
    lead_agency_id: int | None
    co_agency_ids: tuple[int, ...]


# reads for the editors


def districts(session: Session) -> list[tuple[int, str]]:
    """Every district, by name (diacritics aside, as the tree orders them)."""
    rows = session.exec(select(AdminUnit.id, AdminUnit.name).where(AdminUnit.kind == UnitKind.DISTRICT))
    return sorted(rows.all(), key=lambda row: fold(row[1]))


def communes(session: Session) -> list[CommuneRow]:
    """Every commune with its district and number of villages, by district then name."""
    district = AdminUnit.__table__.alias("district")
    counts = (select(Village.commune_id, func.count().label("n")).group_by(Village.commune_id).subquery())
    rows = session.exec(
        select(AdminUnit.id, AdminUnit.name, district.c.id, district.c.name, func.coalesce(counts.c.n, 0))
        .outerjoin(district, (district.c.id == AdminUnit.parent_id) & (district.c.kind == UnitKind.DISTRICT))
        .outerjoin(counts, counts.c.commune_id == AdminUnit.id)
        .where(AdminUnit.kind == UnitKind.COMMUNE))
    found = [CommuneRow(*row) for row in rows]
    return sorted(found, key=lambda c: (c.district is None, fold(c.district or ""), fold(c.name)))


def agencies(session: Session) -> list[AgencyValues]:
    """Every agency, by name."""
    found = [AgencyValues(a.name, a.short_name, a.kind, a.address, a.phone, a.id)
             for a in session.exec(select(Agency))]
    return sorted(found, key=lambda a: fold(a.name))


def village_assignments(session: Session, plan_id: int, village_id: int) -> VillageAssignments:
    rows = session.exec(select(Assignment.agency_id, Assignment.role)
                        .where(Assignment.plan_id == plan_id, Assignment.village_id == village_id)).all()
    lead = next((agency_id for agency_id, role in rows if role == AssignmentRole.LEAD), None)
    return VillageAssignments(lead, tuple(sorted(a for a, role in rows if role == AssignmentRole.CO_SUPPORT)))


def village_team(session: Session, plan_id: int, village_id: int) -> list[MemberValues]:
    """The village's support team in the plan: the lead, the deputies, then the members."""
    members = session.exec(
        select(TeamMember).join(SupportTeam, SupportTeam.id == TeamMember.team_id)
        .where(SupportTeam.plan_id == plan_id, SupportTeam.village_id == village_id)
        .order_by(role_order(), TeamMember.id))
    return [MemberValues(m.full_name, m.role, m.position, m.agency_id, m.phone, m.id) for m in members]


# villages


def add_village(uow: UnitOfWork, *, plan_id: int, commune_id: int, name: str) -> int:
    """A village added to the plan in a commune; one of that name already there, out of this plan (it left it),
    comes back with its history. Returns its id."""
    require_secretariat(uow.user, WHAT)
    session = uow.session
    plan, commune = _plan(session, plan_id), _commune(session, commune_id)
    name = _name(VILLAGE, "name", name)
    village = _same_village(session, commune.id, name)
    if village is not None:
        if session.get(PlanVillage, (plan.id, village.id)) is not None:
            raise _refused(VILLAGE, "name", f"thôn “{village.name}” đã có trong {_commune_said(commune)}")
    else:
        village = Village(name=name, commune_id=commune.id)
        session.add(village)
        session.flush()
        _audit(uow, VILLAGE, village.id, "*", None, name, _place(session, village), village.id)
    session.add(PlanVillage(plan_id=plan.id, village_id=village.id))
    _audit(uow, IN_PLAN, village.id, "plan", None, plan.code, _place(session, village), village.id)
    uow.commit()
    return village.id


def rename_village(uow: UnitOfWork, *, plan_id: int, village_id: int, name: str) -> None:
    require_secretariat(uow.user, WHAT)
    session = uow.session
    village = _village_in_plan(session, plan_id, village_id)
    name = _name(VILLAGE, "name", name)
    if name == village.name:
        return
    other = _same_village(session, village.commune_id, name)
    if other is not None and other.id != village.id:
        raise _refused(VILLAGE, "name", f"thôn “{other.name}” đã có trong "
                                        f"{_commune_said(session.get(AdminUnit, village.commune_id))}")
    _audit(uow, VILLAGE, village.id, "name", village.name, name, _place(session, village), village.id)
    village.name = name
    session.add(village)
    _correct_today(session, VillageMembership, VillageMembership.village_id, village.id, name=name)
    uow.commit()


def move_village(uow: UnitOfWork, *, plan_id: int, village_id: int, commune_id: int) -> None:
    """The village moved to another commune (in every plan: a village is one identity)."""
    require_secretariat(uow.user, WHAT)
    session = uow.session
    village = _village_in_plan(session, plan_id, village_id)
    commune = _commune(session, commune_id)
    if commune.id == village.commune_id:
        return
    if _same_village(session, commune.id, village.name) is not None:
        raise _refused(VILLAGE, "commune_id", f"{_commune_said(commune)} đã có thôn “{village.name}”")
    old = session.get(AdminUnit, village.commune_id)
    _audit(uow, VILLAGE, village.id, "commune_id", _located(session, old), _located(session, commune),
           _place(session, village), village.id)
    village.commune_id = commune.id
    session.add(village)
    _correct_today(session, VillageMembership, VillageMembership.village_id, village.id, commune_id=commune.id)
    uow.commit()


def remove_village(uow: UnitOfWork, *, plan_id: int, village_id: int) -> bool:
    """The village leaves the plan with its assignments and support team; it is deleted too when nothing else
    holds it (no other plan, no assessment, no record). True when deleted."""
    require_secretariat(uow.user, WHAT)
    session = uow.session
    plan = _plan(session, plan_id)
    village = _village_in_plan(session, plan_id, village_id)
    place = _place(session, village)
    for assignment in session.exec(select(Assignment).where(Assignment.plan_id == plan.id,
                                                            Assignment.village_id == village.id)):
        _audit(uow, ASSIGNMENT, assignment.id, "*", _agency_name(session, assignment.agency_id), None,
               place, village.id)
        session.delete(assignment)
    team = _team(session, plan.id, village.id)
    if team is not None:
        for member in session.exec(select(TeamMember).where(TeamMember.team_id == team.id)):
            _audit(uow, MEMBER, member.id, "*", member.full_name, None, place, village.id)
            session.delete(member)
        session.flush()
        session.delete(team)
    session.execute(delete(PlanVillage).where(PlanVillage.plan_id == plan.id, PlanVillage.village_id == village.id))
    _audit(uow, IN_PLAN, village.id, "plan", plan.code, None, place, village.id)
    session.flush()
    deleted = not _village_held(session, village.id)
    if deleted:
        _audit(uow, VILLAGE, village.id, "*", village.name, None, place, village.id)
        session.delete(village)
    uow.commit()
    return deleted


# communes


def add_commune(uow: UnitOfWork, *, name: str, district_id: int | None) -> int:
    require_secretariat(uow.user, WHAT)
    session = uow.session
    district = _district(session, district_id)
    name = _name(COMMUNE, "name", name)
    _refuse_same_commune(session, name, district, None)
    commune = AdminUnit(name=name, kind=UnitKind.COMMUNE, parent_id=district.id if district else None)
    session.add(commune)
    session.flush()
    _audit(uow, COMMUNE, commune.id, "*", None, name, _commune_said(commune, district))
    uow.commit()
    return commune.id


def rename_commune(uow: UnitOfWork, *, commune_id: int, name: str) -> None:
    require_secretariat(uow.user, WHAT)
    session = uow.session
    commune = _commune(session, commune_id)
    name = _name(COMMUNE, "name", name)
    if name == commune.name:
        return
    parent = session.get(AdminUnit, commune.parent_id) if commune.parent_id is not None else None
    _refuse_same_commune(session, name, parent, commune.id)  # a province's, once the district level is gone
    _audit(uow, COMMUNE, commune.id, "name", commune.name, name, _commune_said(commune, parent))
    commune.name = name
    session.add(commune)
    _correct_today(session, UnitPeriod, UnitPeriod.unit_id, commune.id, name=name)
    uow.commit()


def move_commune(uow: UnitOfWork, *, commune_id: int, district_id: int | None) -> None:
    """The commune moved to another district (or to none, after the 2025 reform)."""
    require_secretariat(uow.user, WHAT)
    session = uow.session
    commune = _commune(session, commune_id)
    district = _district(session, district_id)
    if commune.parent_id == (district.id if district else None):
        return
    _refuse_same_commune(session, commune.name, district, commune.id, field="parent_id")
    old = _district(session, commune.parent_id)
    _audit(uow, COMMUNE, commune.id, "parent_id", _district_said(old), _district_said(district),
           _commune_said(commune, old))
    commune.parent_id = district.id if district else None
    session.add(commune)
    _correct_today(session, UnitPeriod, UnitPeriod.unit_id, commune.id, parent_id=commune.parent_id)
    uow.commit()


def _correct_today(session: Session, table: type, owner, owner_id: int, **values) -> None:
    """A village's or commune's name or place corrected by hand is corrected in the dated row holding today too
    (its newest VillageMembership or UnitPeriod, once a reorganisation gave it dated rows): today's columns and
    that row say the same, as domain/reorganisation_apply.py writes them, so its history and its places of a later
    day show the correction (they showed the name or commune it had before)."""
    session.execute(update(table).where(owner == owner_id, table.valid_until.is_(None)).values(**values))


def remove_commune(uow: UnitOfWork, *, commune_id: int) -> None:
    """A commune with no village (in any plan, or out of every plan) is deleted; one with villages is refused."""
    require_secretariat(uow.user, WHAT)
    session = uow.session
    commune = _commune(session, commune_id)
    held = session.exec(select(func.count()).select_from(Village).where(Village.commune_id == commune.id)).one()
    if held:
        raise DomainError(f"Chưa xóa: {_commune_said(commune)} còn {held} thôn (làng); hãy chuyển hoặc bỏ các thôn "
                          "trước.")
    _audit(uow, COMMUNE, commune.id, "*", commune.name, None,
           _commune_said(commune, _district(session, commune.parent_id)))
    session.delete(commune)
    uow.commit()


# agencies


def save_agency(uow: UnitOfWork, values: AgencyValues) -> int:
    """An agency added (`agency_id` None) or changed: name, short name, kind (the annex's Loại), address,
    phone. Returns its id."""
    require_secretariat(uow.user, WHAT)
    session = uow.session
    clean = {"name": _name(AGENCY, "name", values.name),
             "short_name": _name(AGENCY, "short_name", values.short_name, required=False),
             "kind": AgencyKind(values.kind),
             "address": _name(AGENCY, "address", values.address, required=False),
             "phone": _name(AGENCY, "phone", values.phone, required=False)}
    agency = None
    if values.agency_id is not None:
        agency = session.get(Agency, values.agency_id)
        if agency is None:
            raise NotFound("Không tìm thấy cơ quan (có thể vừa bị xóa).")
    _refuse_same_agency(session, clean, agency.id if agency else None)
    if agency is None:
        agency = Agency(**clean)
        session.add(agency)
        session.flush()
        _audit(uow, AGENCY, agency.id, "*", None, clean["name"], clean["name"])
    else:
        for field, value in clean.items():
            old = getattr(agency, field)
            if old != value:
                _audit(uow, AGENCY, agency.id, field, _said(field, old), _said(field, value), clean["name"])
                setattr(agency, field, value)
        session.add(agency)
    uow.commit()
    return agency.id


# a village's assignments and team


def set_assignments(uow: UnitOfWork, *, plan_id: int, village_id: int, lead_agency_id: int | None,
                    co_agency_ids: Sequence[int]) -> None:
    """The village's lead agency (exactly one, as the importer requires) and its co-supporting agencies."""
    require_secretariat(uow.user, WHAT)
    session = uow.session
    village = _village_in_plan(session, plan_id, village_id)
    if lead_agency_id is None:
        raise DomainError("Chưa lưu. Cơ quan chủ trì: hãy chọn cơ quan chủ trì (mỗi thôn có đúng một).")
    wanted = {agency_id: AssignmentRole.CO_SUPPORT for agency_id in co_agency_ids}
    wanted[lead_agency_id] = AssignmentRole.LEAD
    names = dict(session.exec(select(Agency.id, Agency.name).where(Agency.id.in_(list(wanted)))).all())
    if set(wanted) - set(names):
        raise NotFound("Không tìm thấy cơ quan (có thể vừa bị xóa).")
    place = _place(session, village)
    existing = {a.agency_id: a for a in session.exec(
        select(Assignment).where(Assignment.plan_id == plan_id, Assignment.village_id == village.id))}
    for agency_id, assignment in existing.items():
        if agency_id not in wanted:
            _audit(uow, ASSIGNMENT, assignment.id, "*", names.get(agency_id) or _agency_name(session, agency_id),
                   None, place, village.id)
            session.delete(assignment)
    session.flush()
    for agency_id, role in wanted.items():
        assignment = existing.get(agency_id)
        subject = f"{names[agency_id]} – {place}"
        if assignment is None:
            assignment = Assignment(plan_id=plan_id, agency_id=agency_id, village_id=village.id, role=role)
            session.add(assignment)
            session.flush()
            _audit(uow, ASSIGNMENT, assignment.id, "*", None, names[agency_id], subject, village.id)
            _audit(uow, ASSIGNMENT, assignment.id, "role", None, ASSIGNMENT_ROLE[role], subject, village.id)
        elif assignment.role != role:
            _audit(uow, ASSIGNMENT, assignment.id, "role", ASSIGNMENT_ROLE[assignment.role], ASSIGNMENT_ROLE[role],
                   subject, village.id)
            assignment.role = role
            session.add(assignment)
    uow.commit()


def set_team(uow: UnitOfWork, *, plan_id: int, village_id: int, members: Sequence[MemberValues]) -> None:
    """The village's support team as listed: members added, changed and removed; exactly one team lead and a
    name once in the team (the importer's rules), each row's texts within their limits (the row named)."""
    require_secretariat(uow.user, WHAT)
    session = uow.session
    village = _village_in_plan(session, plan_id, village_id)
    rows = [_member_row(number, member) for number, member in enumerate(members, start=1)]
    seen: dict[str, int] = {}
    for number, row in enumerate(rows, start=1):
        first = seen.setdefault(name_key(row["full_name"]), number)
        if first != number:
            raise DomainError(f"Chưa lưu. Dòng {number}, {FIELD_LABELS[MEMBER, 'full_name']}: "
                              f"“{row['full_name']}” đã có trong tổ của thôn này (dòng {first}).")
    problem = team_lead_problem(village.name, sum(row["role"] == TeamRole.LEADER for row in rows))
    if problem is not None:
        raise DomainError(f"Chưa lưu. {FIELD_LABELS[MEMBER, 'role']}: {problem}.")
    agency_ids = {row["agency_id"] for row in rows if row["agency_id"] is not None}
    names = dict(session.exec(select(Agency.id, Agency.name).where(Agency.id.in_(list(agency_ids)))).all())
    if agency_ids - set(names):
        raise NotFound("Không tìm thấy cơ quan (có thể vừa bị xóa).")
    team = _team(session, plan_id, village.id)
    if team is None:
        team = SupportTeam(plan_id=plan_id, village_id=village.id)
        session.add(team)
        session.flush()
    place = _place(session, village)
    existing = {m.id: m for m in session.exec(select(TeamMember).where(TeamMember.team_id == team.id))}
    kept = {member.member_id for member in members if member.member_id is not None}
    if kept - set(existing):
        raise NotFound("Không tìm thấy thành viên của tổ (có thể vừa được sửa ở máy khác); hãy mở lại tổ hỗ trợ.")
    for member_id, member in existing.items():
        if member_id not in kept:
            _audit(uow, MEMBER, member.id, "*", member.full_name, None, place, village.id)
            session.delete(member)
    session.flush()
    for source, row in zip(members, rows, strict=True):
        member = existing.get(source.member_id) if source.member_id is not None else None
        if member is None:
            member = TeamMember(team_id=team.id, **row)
            session.add(member)
            session.flush()
            _audit(uow, MEMBER, member.id, "*", None, row["full_name"], place, village.id)
            changed = {field: (None, value) for field, value in row.items() if value not in (None, "")}
        else:
            changed = {field: (getattr(member, field), value) for field, value in row.items()
                       if getattr(member, field) != value}
            for field, value in row.items():
                setattr(member, field, value)
            session.add(member)
        for field, (old, new) in changed.items():
            if field == "full_name" and old is None:
                continue
            _audit(uow, MEMBER, member.id, field, _member_said(session, field, old),
                   _member_said(session, field, new), f"{row['full_name']} – {place}", village.id)
    uow.commit()


# helpers


def _name(table: str, column: str, text: str | None, *, required: bool = True) -> str:
    """A name as the workbook reader keeps it (NFC, single spaces), refused when empty or beyond its limits."""
    value = " ".join(nfc(text).split())
    if required and not value:
        raise _refused(table, column, "ô bắt buộc đang để trống")
    fault = stored_fault(f"{table}.{column}", value)
    if fault:
        raise _refused(table, column, fault)
    return value


def _refused(table: str, column: str, problem: str) -> DomainError:
    return DomainError(f"Chưa lưu. {FIELD_LABELS.get((table, column)) or label(table, column)}: {problem}.")


def _member_row(number: int, member: MemberValues) -> dict:
    """A member's stored values; a refusal names the row of the team's table."""
    try:
        return {"full_name": _name(MEMBER, "full_name", member.full_name),
                "position": _name(MEMBER, "position", member.position, required=False),
                "agency_id": member.agency_id, "role": TeamRole(member.role),
                "phone": _name(MEMBER, "phone", member.phone, required=False)}
    except DomainError as error:
        raise DomainError(str(error).replace("Chưa lưu. ", f"Chưa lưu. Dòng {number}, ", 1)) from None


def _audit(uow: UnitOfWork, entity: str, entity_id: int | None, field: str, old: object, new: object,
           subject: str, village_id: int | None = None) -> None:
    record_change(uow.session, actor=uow.actor, entity=entity, entity_id=entity_id, field=field, old=old, new=new,
                  context=subject, village_id=village_id)


def _said(field: str, value: object) -> object:
    return AGENCY_KIND[value] if field == "kind" else value


def _member_said(session: Session, field: str, value: object) -> object:
    if value is None:
        return None
    if field == "role":
        return TEAM_ROLE[value]
    if field == "agency_id":
        return _agency_name(session, value)
    return value


def _agency_name(session: Session, agency_id: int) -> str:
    agency = session.get(Agency, agency_id)
    return agency.name if agency is not None else f"cơ quan số {agency_id}"


def _plan(session: Session, plan_id: int) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise NotFound("Không tìm thấy kế hoạch.")
    return plan


def _village_in_plan(session: Session, plan_id: int, village_id: int) -> Village:
    village = session.get(Village, village_id)
    if village is None or session.get(PlanVillage, (plan_id, village_id)) is None:
        raise NotFound("Thôn (làng) này không còn trong kế hoạch (có thể vừa được sửa ở máy khác).")
    return village


def _commune(session: Session, commune_id: int) -> AdminUnit:
    commune = session.get(AdminUnit, commune_id)
    if commune is None or commune.kind != UnitKind.COMMUNE:
        raise NotFound("Không tìm thấy xã (có thể vừa bị xóa).")
    return commune


def _district(session: Session, district_id: int | None) -> AdminUnit | None:
    if district_id is None:
        return None
    district = session.get(AdminUnit, district_id)
    if district is None or district.kind != UnitKind.DISTRICT:
        raise NotFound("Không tìm thấy huyện.")
    return district


def _team(session: Session, plan_id: int, village_id: int) -> SupportTeam | None:
    return session.exec(select(SupportTeam).where(SupportTeam.plan_id == plan_id,
                                                  SupportTeam.village_id == village_id)).first()


def _same_village(session: Session, commune_id: int, name: str) -> Village | None:
    """The commune's village of that name as the importer matches names (case aside, diacritics kept)."""
    wanted = name_key(name)
    return next((v for v in session.exec(select(Village).where(Village.commune_id == commune_id))
                 if name_key(v.name) == wanted), None)


def _refuse_same_commune(session: Session, name: str, district: AdminUnit | None, commune_id: int | None,
                         field: str = "name") -> None:
    parent_id = district.id if district else None
    siblings = session.exec(select(AdminUnit).where(AdminUnit.kind == UnitKind.COMMUNE,
                                                    AdminUnit.parent_id == parent_id if parent_id is not None
                                                    else AdminUnit.parent_id.is_(None)))
    if any(name_key(c.name) == name_key(name) and c.id != commune_id for c in siblings):
        where = "(không thuộc huyện nào)" if district is None else f"ở {_district_said(district)}" \
            if district.kind == UnitKind.DISTRICT else f"ở {province_said(district.name)}"
        raise _refused(COMMUNE, field, f"“{name}” đã có {where}")


def _refuse_same_agency(session: Session, clean: dict, agency_id: int | None) -> None:
    """Names and short names identify agencies in the annex: each names one agency only."""
    for other in session.exec(select(Agency).where(Agency.id != agency_id) if agency_id else select(Agency)):
        keys = {name_key(other.name)} | ({name_key(other.short_name)} if other.short_name else set())
        if name_key(clean["name"]) in keys:
            raise _refused(AGENCY, "name", f"“{clean['name']}” đã là tên hoặc tên viết tắt của cơ quan "
                                           f"“{other.name}”")
        if clean["short_name"] and name_key(clean["short_name"]) in keys:
            raise _refused(AGENCY, "short_name", f"“{clean['short_name']}” đã là tên hoặc tên viết tắt của cơ quan "
                                                 f"“{other.name}”")


def _village_held(session: Session, village_id: int) -> bool:
    """Whether anything but this plan holds the village: another plan (its villages, assignments, teams), an
    assessment, a record."""
    tables = [PlanVillage, Assignment, SupportTeam, Assessment, *(kind.table for kind in KINDS.values())]
    return any(session.exec(select(exists().where(table.village_id == village_id))).one() for table in tables)


def _place(session: Session, village: Village) -> str:
    """'Thôn 1, xã Một, huyện Một', as the history names the thing changed."""
    return f"{village.name}, {_located(session, session.get(AdminUnit, village.commune_id))}"


def _located(session: Session, commune: AdminUnit) -> str:
    """'xã Một, huyện Một': the commune with its district."""
    parent = session.get(AdminUnit, commune.parent_id) if commune.parent_id is not None else None
    return _commune_said(commune, parent)


def _commune_said(commune: AdminUnit, district: AdminUnit | None = None) -> str:
    said = commune_said(commune.name)
    if district is None or district.kind != UnitKind.DISTRICT:
        return said
    return f"{said}, {_district_said(district)}"


def _district_said(district: AdminUnit | None) -> str:
    """'huyện Tu Mơ Rông'; one already called 'Huyện …' (or a town, a city) is not called so twice."""
    if district is None:
        return NO_DISTRICT
    return district_said(district.name)
