"""Recording an assessment: saved in one transaction with its audit, rules refused with a message."""

import pytest
from sqlmodel import select

from domain.assessing import set_assessment
from domain.audit import AuditEvent
from domain.criteria import Assessment, Criterion, CriterionStatus
from domain.errors import DomainError, NotFound
from domain.places import find_place
from domain.village_detail import checklist
from tests.conftest import ACTOR, OFFICER


def _ids(db, plan, village="Làng Mới", number=2):
    with db.session() as session:
        village_id = find_place(session, plan.id, village).village_id
        criterion_id = session.exec(select(Criterion.id).where(
            Criterion.criteria_set_id == plan.criteria_set_id, Criterion.number == number)).one()
    return village_id, criterion_id


def test_a_status_is_saved_and_audited(empty_database, small_plan):
    village_id, criterion_id = _ids(empty_database, small_plan)
    with empty_database.unit_of_work(OFFICER) as uow:
        changed = set_assessment(uow, plan_id=small_plan.id, village_id=village_id, criterion_id=criterion_id,
                                 year=2025, status=CriterionStatus.MET, evidence="Ảnh chụp đường")
    assert changed
    with empty_database.session() as session:
        rows = {row.number: row for row in checklist(session, small_plan, village_id, 2025)}
        events = session.exec(select(AuditEvent).where(AuditEvent.entity == "assessment")).all()
    assert rows[2].status == CriterionStatus.MET
    assert rows[2].evidence == "Ảnh chụp đường"
    assert rows[2].updated_by == ACTOR
    assert rows[1].status == CriterionStatus.NOT_ASSESSED
    assert sorted((e.field, e.old_value, e.new_value, e.actor) for e in events) == [
        ("evidence", "", "Ảnh chụp đường", ACTOR),
        ("status", "not_assessed", "met", ACTOR),
    ]


def test_the_same_value_again_changes_nothing(empty_database, small_plan):
    village_id, criterion_id = _ids(empty_database, small_plan)
    for _ in range(2):
        with empty_database.unit_of_work(OFFICER) as uow:
            changed = set_assessment(uow, plan_id=small_plan.id, village_id=village_id, criterion_id=criterion_id,
                                     year=2025, status=CriterionStatus.IN_PROGRESS)
    assert not changed
    with empty_database.session() as session:
        assert len(session.exec(select(AuditEvent).where(AuditEvent.entity == "assessment")).all()) == 1


def test_every_save_that_changes_something_raises_the_version(empty_database, small_plan):
    village_id, criterion_id = _ids(empty_database, small_plan)
    versions = []
    for status in (CriterionStatus.MET, CriterionStatus.MET, CriterionStatus.NOT_MET):
        with empty_database.unit_of_work(OFFICER) as uow:
            set_assessment(uow, plan_id=small_plan.id, village_id=village_id, criterion_id=criterion_id,
                           year=2025, status=status)
        with empty_database.session() as session:
            versions.append(session.exec(select(Assessment.version).where(
                Assessment.village_id == village_id, Assessment.criterion_id == criterion_id)).one())
    assert versions == [1, 1, 2]


def test_text_is_stored_in_nfc(empty_database, small_plan):
    village_id, criterion_id = _ids(empty_database, small_plan)
    with empty_database.unit_of_work(OFFICER) as uow:
        set_assessment(uow, plan_id=small_plan.id, village_id=village_id, criterion_id=criterion_id, year=2024,
                       note="Đu\u031bo\u031b\u0300ng  ")
    with empty_database.session() as session:
        note = session.exec(select(Assessment.note).where(Assessment.village_id == village_id,
                                                          Assessment.year == 2024)).one()
    assert note == "Đường"


@pytest.mark.parametrize("year", [2023, 2027])
def test_a_year_outside_the_plan_is_refused(empty_database, small_plan, year):
    village_id, criterion_id = _ids(empty_database, small_plan)
    with pytest.raises(DomainError, match="ngoài thời gian của kế hoạch"), empty_database.unit_of_work(OFFICER) as uow:
        set_assessment(uow, plan_id=small_plan.id, village_id=village_id, criterion_id=criterion_id, year=year,
                       status=CriterionStatus.MET)
    with empty_database.session() as session:
        assert session.exec(select(Assessment).where(Assessment.year == year)).all() == []


def test_a_criterion_of_another_set_is_refused(empty_database, small_plan):
    village_id, _ = _ids(empty_database, small_plan)
    with pytest.raises(NotFound, match="bộ tiêu chí"), empty_database.unit_of_work(OFFICER) as uow:
        set_assessment(uow, plan_id=small_plan.id, village_id=village_id, criterion_id=9999, year=2025,
                       status=CriterionStatus.MET)
