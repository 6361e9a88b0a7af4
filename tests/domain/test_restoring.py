"""Restoring a value from the history (domain/restoring.py): a criterion's status and a record's field put back as
a new audited change; a deleted record restored whole; refused per role as the use cases refuse."""

from datetime import date

import pytest
from sqlmodel import select

from domain.access import Forbidden, Principal
from domain.assessing import current_assessment, set_assessment
from domain.audit import AuditEvent
from domain.criteria import Criterion, CriterionStatus
from domain.places import find_place
from domain.plan import Plan
from domain.recording import delete_record, save_record, village_records
from domain.restoring import can_restore, restore_value
from domain.users import Role
from tests.conftest import ACTOR, OFFICER

VIEWER = Principal(name="xem", role=Role.VIEWER, full_name="Người Xem")
VISIT = {"day": date(2025, 5, 6), "people": "Tổ hỗ trợ", "activities": "Họp dân", "agreed": ""}


def _village(db, plan, name="Làng Mới"):
    with db.session() as session:
        return find_place(session, plan.id, name).village_id


def _events(db, entity, field):
    with db.session() as session:
        return session.exec(select(AuditEvent).where(AuditEvent.entity == entity, AuditEvent.field == field)
                            .order_by(AuditEvent.id)).all()


def _criterion(db, plan):
    with db.session() as session:
        set_id = session.get(Plan, plan.id).criteria_set_id
        return session.exec(select(Criterion).where(Criterion.criteria_set_id == set_id)
                            .order_by(Criterion.number)).first()


def _assess(db, plan, village_id, criterion, status):
    with db.unit_of_work(OFFICER) as uow:
        set_assessment(uow, plan_id=plan.id, village_id=village_id, criterion_id=criterion.id, year=2025,
                       status=status)


def test_a_status_restored_is_a_new_audited_change(empty_database, small_plan):
    village_id, criterion = _village(empty_database, small_plan), _criterion(empty_database, small_plan)
    _assess(empty_database, small_plan, village_id, criterion, CriterionStatus.MET)
    _assess(empty_database, small_plan, village_id, criterion, CriterionStatus.NOT_MET)
    first, second = _events(empty_database, "assessment", "status")
    with empty_database.unit_of_work(OFFICER) as uow:
        said = restore_value(uow, second.id, small_plan.id)
    assert said == f"Đã khôi phục tiêu chí {criterion.number} – 2025."
    with empty_database.session() as session:
        assert current_assessment(session, village_id, criterion.id, 2025).status == CriterionStatus.MET
    *_, restored = _events(empty_database, "assessment", "status")
    assert (restored.old_value, restored.new_value, restored.actor, restored.village_id) == (
        "not_met", "met", ACTOR, village_id)
    assert first.old_value == "not_assessed"


def test_a_record_field_restored_and_a_deleted_record_restored_whole(empty_database, small_plan):
    village_id = _village(empty_database, small_plan)
    with empty_database.unit_of_work(OFFICER) as uow:
        visit_id = save_record(uow, kind="visits", plan_id=small_plan.id, village_id=village_id, values=VISIT)
    with empty_database.unit_of_work(OFFICER) as uow:
        save_record(uow, kind="visits", plan_id=small_plan.id, village_id=village_id,
                    values={**VISIT, "people": "Tổ hỗ trợ và xã"}, record_id=visit_id)
    changed = _events(empty_database, "visit", "people")[-1]
    with empty_database.unit_of_work(OFFICER) as uow:
        assert restore_value(uow, changed.id) == "Đã khôi phục “Người đi”."
    [visit] = village_records(empty_database.session(), "visits", village_id)
    assert visit.people == "Tổ hỗ trợ"
    assert [(e.old_value, e.new_value) for e in _events(empty_database, "visit", "people")][-1] == (
        "Tổ hỗ trợ và xã", "Tổ hỗ trợ")

    with empty_database.unit_of_work(OFFICER) as uow:
        delete_record(uow, kind="visits", plan_id=small_plan.id, village_id=village_id, record_id=visit_id)
    deleted = _events(empty_database, "visit", "activities")[-1]
    assert deleted.new_value is None
    with empty_database.unit_of_work(OFFICER) as uow:
        assert restore_value(uow, deleted.id) == "Đã khôi phục bản ghi “Đi cơ sở” đã xóa."
    [back] = village_records(empty_database.session(), "visits", village_id)
    assert (back.day, back.people, back.activities) == (date(2025, 5, 6), "Tổ hỗ trợ", "Họp dân")
    assert back.id != visit_id
    assert [(e.old_value, e.new_value) for e in _events(empty_database, "visit", "day")][-1] == (None, "2025-05-06")


def test_a_viewer_is_refused_and_nothing_changes(empty_database, small_plan):
    village_id, criterion = _village(empty_database, small_plan), _criterion(empty_database, small_plan)
    _assess(empty_database, small_plan, village_id, criterion, CriterionStatus.MET)
    [event] = _events(empty_database, "assessment", "status")
    with pytest.raises(Forbidden), empty_database.unit_of_work(VIEWER) as uow:
        restore_value(uow, event.id, small_plan.id)
    with empty_database.session() as session:
        assert current_assessment(session, village_id, criterion.id, 2025).status == CriterionStatus.MET
    assert len(_events(empty_database, "assessment", "status")) == 1


def test_only_assessments_and_records_can_be_restored():
    assert can_restore("assessment", "status") and can_restore("visit", "people")
    assert not can_restore("plan", "*") and not can_restore("useraccount", "role")
    assert not can_restore("visit", "version")
