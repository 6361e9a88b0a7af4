"""Use cases and queries on whole plans: create one from a draft, pick one, remove the sample."""

from collections import Counter

from sqlalchemy import delete, exists, insert
from sqlmodel import Session, select

from domain.admin_units import AdminUnit, UnitKind, Village
from domain.agencies import Agency, Assignment, AssignmentRole
from domain.audit import record_change
from domain.criteria import Assessment, CriteriaSet, Criterion
from domain.errors import Ambiguous, DomainError, NotFound
from domain.plan import Plan, PlanVillage
from domain.plan_draft import PlaceKey, PlanDraft
from domain.teams import SupportTeam, TeamMember, TeamRole
from domain.text import fold, nfc
from domain.unit_of_work import UnitOfWork


def list_plans(session: Session) -> list[Plan]:
    """Every plan, real plans first, then by code."""
    return list(session.exec(select(Plan).order_by(Plan.is_sample, Plan.code)))


def resolve_plan(session: Session, code: str | None) -> Plan:
    """The plan a command works on: the one with `code`, else the only real plan, else the sample.

    Raises NotFound when `code` names no plan or there is none, Ambiguous when several real plans exist.
    """
    plans = list_plans(session)
    codes = ", ".join(plan.code for plan in plans)
    if code is not None:
        for plan in plans:
            if fold(plan.code) == fold(code):
                return plan
        raise NotFound(f"Không có kế hoạch số hiệu “{code}”. Các kế hoạch hiện có: {codes or 'không có'}.")
    real = [plan for plan in plans if not plan.is_sample]
    if len(real) == 1:
        return real[0]
    if len(real) > 1:
        raise Ambiguous(f"Cơ sở dữ liệu có nhiều kế hoạch; hãy chọn bằng --plan: {codes}.")
    if plans:
        return plans[0]
    raise NotFound("Cơ sở dữ liệu chưa có kế hoạch nào.")


def create_plan(uow: UnitOfWork, *, draft: PlanDraft) -> Plan:
    """Write a new plan with its places, agencies, assignments, teams and assessments, in one commit.

    Places and agencies already in the database (from another plan) are reused by name.
    """
    session = uow.session
    code = nfc(draft.code)
    if session.exec(select(Plan).where(Plan.code == code)).first() is not None:
        raise DomainError(f"Kế hoạch số hiệu “{code}” đã có trong cơ sở dữ liệu.")
    if draft.first_year > draft.last_year:
        raise DomainError(f"Từ năm {draft.first_year} sau đến năm {draft.last_year}.")
    _check_references(draft)

    criteria_set, criteria = _criteria_set(session, draft)
    plan = Plan(
        code=code, title=nfc(draft.title), issuer=nfc(draft.issuer), place=nfc(draft.place),
        issued_on=draft.issued_on, first_year=draft.first_year, last_year=draft.last_year,
        criteria_set_id=criteria_set.id, is_sample=draft.is_sample,
    )
    session.add(plan)
    session.flush()

    villages = _villages(session, plan, draft)
    agencies = _agencies(session, draft)
    for assignment in draft.assignments:
        session.add(Assignment(plan_id=plan.id, agency_id=agencies[fold(assignment.agency)],
                               village_id=villages[_key(assignment.place)], role=assignment.role))
    teams: dict[tuple, int] = {}
    for member in draft.members:
        key = _key(member.place)
        if key not in teams:
            team = SupportTeam(plan_id=plan.id, village_id=villages[key])
            session.add(team)
            session.flush()
            teams[key] = team.id
        session.add(TeamMember(
            team_id=teams[key], full_name=nfc(member.full_name), position=nfc(member.position),
            agency_id=agencies[fold(member.agency)] if member.agency else None, role=member.role,
            phone=nfc(member.phone),
        ))
    _add_assessments(session, draft, villages, criteria, uow.actor)
    record_change(session, actor=uow.actor, entity="plan", entity_id=plan.id, field="*", old=None, new=code,
                  context=f"tạo kế hoạch: {len(villages)} thôn, {len(set(agencies.values()))} cơ quan")
    uow.commit()
    return plan


def _add_assessments(session: Session, draft: PlanDraft, villages: dict[tuple, int], criteria: dict[int, int],
                     actor: str) -> None:
    """Insert the draft's assessments in bulk, keeping any already recorded for the same village, criterion
    and year (a village and criteria set shared with an earlier plan)."""
    if not draft.assessments:
        return
    existing = set(session.exec(select(Assessment.village_id, Assessment.criterion_id, Assessment.year).where(
        Assessment.village_id.in_(set(villages.values())), Assessment.criterion_id.in_(set(criteria.values())))))
    rows = [
        {"village_id": villages[_key(a.place)], "criterion_id": criteria[a.criterion_number], "year": a.year,
         "status": a.status, "evidence": nfc(a.evidence), "note": nfc(a.note), "updated_by": actor}
        for a in draft.assessments
    ]
    rows = [row for row in rows if (row["village_id"], row["criterion_id"], row["year"]) not in existing]
    if rows:
        session.execute(insert(Assessment), rows)


def _key(place: PlaceKey) -> tuple[str, str, str]:
    return (fold(place.district or ""), fold(place.commune), fold(place.village))


def _check_references(draft: PlanDraft) -> None:
    """Refuse a draft whose assignments or members name places or agencies it does not define."""
    places = {_key(v.place) for v in draft.villages}
    agencies = {fold(a.name) for a in draft.agencies} | {fold(a.short_name) for a in draft.agencies if a.short_name}
    problems = []
    for item in [*draft.assignments, *draft.members, *draft.assessments]:
        if _key(item.place) not in places:
            problems.append(f"thôn “{item.place.village}” (xã {item.place.commune}) không có trong danh sách địa bàn")
    for item in [*draft.assignments, *draft.members]:
        if item.agency and fold(item.agency) not in agencies:
            problems.append(f"cơ quan “{item.agency}” không có trong danh sách cơ quan")
    leads = Counter(_key(a.place) for a in draft.assignments if a.role == AssignmentRole.LEAD)
    leaders = Counter(_key(m.place) for m in draft.members if m.role == TeamRole.LEADER)
    for place in places:
        if not leads[place]:
            problems.append(f"thôn “{place[2]}” chưa có cơ quan chủ trì")
        if leaders[place] != 1:
            problems.append(f"thôn “{place[2]}” có {leaders[place]} tổ trưởng (cần đúng 1)")
    if problems:
        raise DomainError("Kế hoạch không hợp lệ: " + "; ".join(sorted(set(problems))) + ".")


def _criteria_set(session: Session, draft: PlanDraft) -> tuple[CriteriaSet, dict[int, int]]:
    """The criteria set named by the draft, created when new; returns it with criterion ids by number."""
    source = draft.criteria_set
    criteria_set = session.exec(select(CriteriaSet).where(CriteriaSet.code == nfc(source.code))).first()
    if criteria_set is None:
        criteria_set = CriteriaSet(code=nfc(source.code), title=nfc(source.title),
                                   is_template=source.is_template, note=nfc(source.note))
        session.add(criteria_set)
        session.flush()
        session.add_all([
            Criterion(criteria_set_id=criteria_set.id, group_order=c.group_order, group_name=nfc(c.group_name),
                      number=c.number, name=nfc(c.name), requirement=nfc(c.requirement))
            for c in source.criteria
        ])
        session.flush()
    rows = session.exec(select(Criterion.number, Criterion.id).where(Criterion.criteria_set_id == criteria_set.id))
    return criteria_set, dict(rows.all())


def _unit(session: Session, cache: dict[tuple, int], name: str, kind: UnitKind, parent_id: int | None) -> int:
    """The id of the unit, created when new; `cache` spares a query per village for known units."""
    key = (name, kind, parent_id)
    if key not in cache:
        unit = session.exec(select(AdminUnit).where(
            AdminUnit.name == name, AdminUnit.kind == kind, AdminUnit.parent_id == parent_id)).first()
        if unit is None:
            unit = AdminUnit(name=name, kind=kind, parent_id=parent_id)
            session.add(unit)
            session.flush()
        cache[key] = unit.id
    return cache[key]


def _villages(session: Session, plan: Plan, draft: PlanDraft) -> dict[tuple, int]:
    ids: dict[tuple, int] = {}
    units: dict[tuple, int] = {}
    for source in draft.villages:
        place = source.place
        district_id = _unit(session, units, nfc(place.district), UnitKind.DISTRICT, None) if place.district else None
        commune_id = _unit(session, units, nfc(place.commune), UnitKind.COMMUNE, district_id)
        village = session.exec(select(Village).where(
            Village.commune_id == commune_id, Village.name == nfc(place.village))).first()
        if village is None:
            village = Village(name=nfc(place.village), commune_id=commune_id, households=source.households,
                              minority_households=source.minority_households,
                              ethnic_groups=nfc(source.ethnic_groups), note=nfc(source.note))
            session.add(village)
            session.flush()
        session.add(PlanVillage(plan_id=plan.id, village_id=village.id))
        ids[_key(place)] = village.id
    return ids


def _agencies(session: Session, draft: PlanDraft) -> dict[str, int]:
    """Agency ids by folded name and by folded short name."""
    ids: dict[str, int] = {}
    for source in draft.agencies:
        agency = session.exec(select(Agency).where(Agency.name == nfc(source.name))).first()
        if agency is None:
            agency = Agency(name=nfc(source.name), short_name=nfc(source.short_name), kind=source.kind,
                            address=nfc(source.address), phone=nfc(source.phone))
            session.add(agency)
            session.flush()
        ids[fold(source.name)] = agency.id
        if source.short_name:
            ids[fold(source.short_name)] = agency.id
    return ids


def remove_sample_plans(uow: UnitOfWork) -> int:
    """Delete the sample plans and whatever only they used (places, agencies, criteria set, assessments).

    Returns the number of plans removed. Data that a real plan shares is kept.
    """
    session = uow.session
    samples = list(session.exec(select(Plan).where(Plan.is_sample)))
    if not samples:
        return 0
    set_ids = {plan.criteria_set_id for plan in samples}
    sample_ids = [plan.id for plan in samples]
    for plan in samples:
        record_change(session, actor=uow.actor, entity="plan", entity_id=plan.id, field="*", old=plan.code,
                      new=None, context="xóa kế hoạch mẫu")
    session.execute(delete(TeamMember).where(TeamMember.team_id.in_(
        select(SupportTeam.id).where(SupportTeam.plan_id.in_(sample_ids)))))
    for table in (SupportTeam, Assignment, PlanVillage):
        session.execute(delete(table).where(table.plan_id.in_(sample_ids)))
    session.execute(delete(Plan).where(Plan.id.in_(sample_ids)))
    unused_sets = [set_id for set_id in set_ids
                   if session.exec(select(Plan.id).where(Plan.criteria_set_id == set_id)).first() is None]
    if unused_sets:
        session.execute(delete(Assessment).where(Assessment.criterion_id.in_(
            select(Criterion.id).where(Criterion.criteria_set_id.in_(unused_sets)))))
        session.execute(delete(Criterion).where(Criterion.criteria_set_id.in_(unused_sets)))
        session.execute(delete(CriteriaSet).where(CriteriaSet.id.in_(unused_sets)))
    _remove_orphans(session)
    uow.commit()
    return len(samples)


def _remove_orphans(session: Session) -> None:
    """Delete villages, units and agencies that no plan, assessment, team or unit refers to any more."""
    session.execute(delete(Village).where(
        ~exists().where(PlanVillage.village_id == Village.id),
        ~exists().where(Assessment.village_id == Village.id),
    ))
    session.execute(delete(Agency).where(
        ~exists().where(Assignment.agency_id == Agency.id),
        ~exists().where(TeamMember.agency_id == Agency.id),
    ))
    child = AdminUnit.__table__.alias("child")
    for _ in range(3):  # communes first, then districts, then provinces
        session.execute(delete(AdminUnit).where(
            ~exists().where(Village.commune_id == AdminUnit.id),
            ~exists().where(child.c.parent_id == AdminUnit.id),
        ))
