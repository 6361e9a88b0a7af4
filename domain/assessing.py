"""Use case: record the yearly assessment of one criterion in one village."""

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, select

from domain.access import Principal, require_village_editor
from domain.audit import record_change
from domain.criteria import Assessment, Criterion, CriterionStatus
from domain.errors import DomainError, EditConflict, NotFound
from domain.formatting import format_moment
from domain.labels import STATUS
from domain.plan import Plan, PlanVillage
from domain.record_versions import person_name
from domain.review_locks import require_open_village_year
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
    expected_version: int | None = None
    """The version the user saw (0: no assessment yet); None saves whatever the database holds now."""


@dataclass(frozen=True)
class AssessmentState:
    """An assessment as the database holds it now, for a user whose save came too late."""

    status: CriterionStatus
    evidence: str
    note: str
    version: int
    updated_by: str
    updated_at: datetime | None


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
    expected_version: int | None = None,
) -> int | None:
    """Change the status, evidence or note of a criterion for a village and year, and commit.

    Each changed field gets an audit event. Returns the assessment's new version, None when nothing changed.
    With `expected_version`, a save made after somebody else's raises EditConflict instead of overwriting it.
    """
    change = AssessmentChange(plan_id, village_id, criterion_id, year, status, evidence, note, expected_version)
    if not apply_assessment(uow.session, uow.user, change):
        return None
    version = current_assessment(uow.session, village_id, criterion_id, year).version
    uow.commit()
    return version


def apply_assessment(session: Session, user: Principal, change: AssessmentChange, *, source: str = "") -> bool:
    """Write `change` and its audit events into the session without committing (the caller's unit of work
    commits, with other changes of the same action). `source` tells the audit where the change came from.

    The version is raised by an UPDATE that names the version read: if another session saved in between,
    no row matches and the save becomes an EditConflict, on SQLite as on PostgreSQL."""
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
    require_village_editor(session, user, change.plan_id, change.village_id)

    assessment = current_assessment(session, change.village_id, change.criterion_id, change.year)
    wanted = {"status": change.status, "evidence": None if change.evidence is None else nfc(change.evidence),
              "note": None if change.note is None else nfc(change.note)}
    old_values = {name: getattr(assessment, name) if assessment else Assessment.model_fields[name].default
                  for name in _FIELDS}
    changes = [name for name in _FIELDS if wanted[name] is not None and wanted[name] != old_values[name]]
    if not changes:
        return False
    require_open_village_year(session, change.village_id, change.year)
    seen = assessment.version if assessment else 0
    if change.expected_version is not None and change.expected_version != seen:
        raise _conflict(session, criterion, assessment)
    if assessment is None:
        assessment = Assessment(village_id=change.village_id, criterion_id=change.criterion_id, year=change.year,
                                version=0)
        session.add(assessment)
        try:
            session.flush()
        except IntegrityError as error:  # someone saved the first assessment in between: theirs is the one kept
            session.rollback()  # the failed flush ended the transaction; read what they wrote in a new one
            winner = current_assessment(session, change.village_id, change.criterion_id, change.year)
            if winner is None:
                raise DomainError(f"Tiêu chí {criterion.number}. {criterion.name} vừa được người khác ghi cùng lúc; "
                                  "chưa lưu. Mở lại thôn để xem rồi sửa.") from error
            raise _conflict(session, criterion, winner) from error
    bumped = session.execute(update(Assessment).where(Assessment.id == assessment.id, Assessment.version == seen)
                             .values(version=seen + 1).execution_options(synchronize_session=False))
    if bumped.rowcount != 1:
        session.refresh(assessment)
        raise _conflict(session, criterion, assessment)
    context = f"village={change.village_id}; criterion={criterion.number}; year={change.year}"
    if source:
        context += f"; {source}"
    for name in changes:
        new = wanted[name]
        old = getattr(assessment, name)
        record_change(
            session,
            actor=user.name,
            entity="assessment",
            entity_id=assessment.id,
            field=name,
            old=old.value if isinstance(old, CriterionStatus) else old,
            new=new.value if isinstance(new, CriterionStatus) else new,
            context=context,
            village_id=change.village_id,
        )
        setattr(assessment, name, new)
    assessment.updated_by = user.name
    assessment.updated_at = datetime.now(UTC)
    set_committed_value(assessment, "version", seen + 1)
    return True


def _conflict(session: Session, criterion: Criterion, assessment: Assessment) -> EditConflict:
    current = AssessmentState(assessment.status, assessment.evidence, assessment.note, assessment.version,
                              assessment.updated_by, assessment.updated_at)
    who = person_name(session, current.updated_by)
    when = f" lúc {format_moment(current.updated_at)}" if current.updated_at else ""
    message = (f"Tiêu chí {criterion.number}. {criterion.name} đã được {who} sửa{when}, sau khi bạn mở. "
               f"Hiện là: {STATUS[current.status]}; minh chứng: “{current.evidence}”; ghi chú: “{current.note}”.")
    return EditConflict(message, current)


def current_assessment(session: Session, village_id: int, criterion_id: int, year: int) -> Assessment | None:
    return session.exec(
        select(Assessment).where(
            Assessment.village_id == village_id, Assessment.criterion_id == criterion_id, Assessment.year == year
        )
    ).one_or_none()
