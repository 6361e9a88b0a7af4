"""Use cases and queries on whole plans: create one from a draft, pick one, remove the sample."""

from sqlalchemy import delete, exists
from sqlmodel import Session, select

from domain.access import require_secretariat
from domain.admin_units import AdminUnit, UnitPeriod, Village, VillageMembership
from domain.agencies import Agency, Assignment
from domain.audit import record_change
from domain.criteria import Assessment, CriteriaSet, Criterion
from domain.errors import Ambiguous, DomainError, NotFound
from domain.plan import Plan, PlanVillage
from domain.plan_draft import PlanDraft
from domain.plan_import import apply_draft
from domain.reorganisation import Reorganisation
from domain.reorganisation_workbook_format import ILLUSTRATIVE
from domain.teams import SupportTeam, TeamMember
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
    require_secretariat(uow.user, "tạo kế hoạch")
    code = nfc(draft.code)
    if uow.session.exec(select(Plan).where(Plan.code == code)).first() is not None:
        raise DomainError(f"Kế hoạch số hiệu “{code}” đã có trong cơ sở dữ liệu.")
    plan, _ = apply_draft(uow.session, draft, uow.actor)
    uow.commit()
    return plan


def remove_sample_plans(uow: UnitOfWork) -> int:
    """Delete the sample plans and whatever only they used (places, agencies, criteria set, assessments), with
    the sample's illustrative reorganisation (its decision number says "(minh họa)").

    Returns the number of plans removed. Data that a real plan shares is kept.
    """
    require_secretariat(uow.user, "xóa kế hoạch mẫu")
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
    for reorganisation in session.exec(select(Reorganisation).where(
            Reorganisation.decision_number.contains(ILLUSTRATIVE))):
        record_change(session, actor=uow.actor, entity="reorganisation", entity_id=reorganisation.id, field="*",
                      old=reorganisation.decision_number, new=None, context="xóa sắp xếp minh họa của kế hoạch mẫu")
        session.delete(reorganisation)
    session.flush()
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
    for _ in range(4):  # communes first, then districts, then provinces (and those a dated row still names)
        session.execute(delete(AdminUnit).where(
            ~exists().where(Village.commune_id == AdminUnit.id),
            ~exists().where(child.c.parent_id == AdminUnit.id),
            ~exists().where(UnitPeriod.parent_id == AdminUnit.id),
            ~exists().where(VillageMembership.commune_id == AdminUnit.id),
        ))


def plan_in_year(session: Session, plan_id: int, year: int, *, refused: str = "") -> Plan:
    """The plan, refusing a year outside its time: what every yearly export, report and round checks first;
    `refused` says what was not done ('Chưa khóa sổ') ahead of the reason."""
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise NotFound("Không tìm thấy kế hoạch.")
    if not plan.first_year <= year <= plan.last_year:
        outside = f"năm {year} nằm ngoài thời gian của kế hoạch ({plan.first_year}–{plan.last_year})."
        raise DomainError(f"{refused}: {outside}" if refused else outside[0].upper() + outside[1:])
    return plan
