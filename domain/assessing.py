"""Use case: record the yearly assessment of one criterion in one village."""

from datetime import UTC, datetime

from sqlmodel import select

from domain.audit import record_change
from domain.criteria import Assessment, Criterion, CriterionStatus
from domain.errors import DomainError, NotFound
from domain.plan import Plan, PlanVillage
from domain.text import nfc
from domain.unit_of_work import UnitOfWork

_FIELDS = ("status", "evidence", "note")


def set_assessment(
    uow: UnitOfWork,
    *,
    plan_id: int,
    village_id: int,
    criterion_id: int,
    year: int,
    status: CriterionStatus | None = None,
    evidence: str | None = None,
    note: str | None = None,
) -> bool:
    """Change the status, evidence or note of a criterion for a village and year (None: leave as is).

    Each changed field gets an audit event; all is committed at once. Returns False when nothing changed.
    """
    session = uow.session
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise NotFound("Không tìm thấy kế hoạch.")
    if not plan.first_year <= year <= plan.last_year:
        raise DomainError(f"Năm {year} nằm ngoài thời gian của kế hoạch ({plan.first_year}–{plan.last_year}).")
    if session.get(PlanVillage, (plan_id, village_id)) is None:
        raise NotFound("Thôn (làng) này không thuộc kế hoạch.")
    criterion = session.get(Criterion, criterion_id)
    if criterion is None or criterion.criteria_set_id != plan.criteria_set_id:
        raise NotFound("Tiêu chí này không thuộc bộ tiêu chí của kế hoạch.")

    assessment = session.exec(
        select(Assessment).where(
            Assessment.village_id == village_id, Assessment.criterion_id == criterion_id, Assessment.year == year
        )
    ).one_or_none()
    if assessment is None:
        assessment = Assessment(village_id=village_id, criterion_id=criterion_id, year=year)
        session.add(assessment)
        session.flush()
    wanted = {"status": status, "evidence": None if evidence is None else nfc(evidence),
              "note": None if note is None else nfc(note)}
    changed = False
    for name in _FIELDS:
        new = wanted[name]
        old = getattr(assessment, name)
        if new is None or new == old:
            continue
        record_change(
            session,
            actor=uow.actor,
            entity="assessment",
            entity_id=assessment.id,
            field=name,
            old=old.value if isinstance(old, CriterionStatus) else old,
            new=new.value if isinstance(new, CriterionStatus) else new,
            context=f"village={village_id}; criterion={criterion.number}; year={year}",
        )
        setattr(assessment, name, new)
        changed = True
    if not changed:
        return False
    assessment.updated_by = uow.actor
    assessment.updated_at = datetime.now(UTC)
    uow.commit()
    return True
