"""Use case: record the yearly assessment of one criterion in one village."""

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlmodel import Session, select

from domain.audit import record_change
from domain.criteria import Assessment, Criterion, CriterionStatus
from domain.errors import DomainError, NotFound
from domain.plan import Plan, PlanVillage
from domain.text import nfc
from domain.unit_of_work import UnitOfWork

_FIELDS = ("status", "evidence", "note")


@dataclass(frozen=True)
class AssessmentChange:
    """What one save asks of an assessment; None leaves a field as it is."""

    plan_id: int
    village_id: int
    criterion_id: int
    year: int
    status: CriterionStatus | None = None
    evidence: str | None = None
    note: str | None = None


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
    """Change the status, evidence or note of a criterion for a village and year, and commit.

    Each changed field gets an audit event. Returns False when nothing changed.
    """
    change = AssessmentChange(plan_id, village_id, criterion_id, year, status, evidence, note)
    if not apply_assessment(uow.session, uow.actor, change):
        return False
    uow.commit()
    return True


def apply_assessment(session: Session, actor: str, change: AssessmentChange, *, source: str = "") -> bool:
    """Write `change` and its audit events into the session without committing (the caller's unit of work
    commits, with other changes of the same action). `source` tells the audit where the change came from."""
    plan = session.get(Plan, change.plan_id)
    if plan is None:
        raise NotFound("Không tìm thấy kế hoạch.")
    if not plan.first_year <= change.year <= plan.last_year:
        raise DomainError(f"Năm {change.year} nằm ngoài thời gian của kế hoạch ({plan.first_year}–{plan.last_year}).")
    if session.get(PlanVillage, (change.plan_id, change.village_id)) is None:
        raise NotFound("Thôn (làng) này không thuộc kế hoạch.")
    criterion = session.get(Criterion, change.criterion_id)
    if criterion is None or criterion.criteria_set_id != plan.criteria_set_id:
        raise NotFound("Tiêu chí này không thuộc bộ tiêu chí của kế hoạch.")

    assessment = current_assessment(session, change.village_id, change.criterion_id, change.year)
    if assessment is None:
        assessment = Assessment(village_id=change.village_id, criterion_id=change.criterion_id, year=change.year,
                                version=0)
        session.add(assessment)
        session.flush()
    wanted = {"status": change.status, "evidence": None if change.evidence is None else nfc(change.evidence),
              "note": None if change.note is None else nfc(change.note)}
    context = f"village={change.village_id}; criterion={criterion.number}; year={change.year}"
    if source:
        context += f"; {source}"
    changed = False
    for name in _FIELDS:
        new = wanted[name]
        old = getattr(assessment, name)
        if new is None or new == old:
            continue
        record_change(
            session,
            actor=actor,
            entity="assessment",
            entity_id=assessment.id,
            field=name,
            old=old.value if isinstance(old, CriterionStatus) else old,
            new=new.value if isinstance(new, CriterionStatus) else new,
            context=context,
            village_id=change.village_id,
        )
        setattr(assessment, name, new)
        changed = True
    if changed:
        assessment.updated_by = actor
        assessment.updated_at = datetime.now(UTC)
        assessment.version += 1
    return changed


def current_assessment(session: Session, village_id: int, criterion_id: int, year: int) -> Assessment | None:
    return session.exec(
        select(Assessment).where(
            Assessment.village_id == village_id, Assessment.criterion_id == criterion_id, Assessment.year == year
        )
    ).one_or_none()
