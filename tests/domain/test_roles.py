"""Roles, enforced by the use cases themselves: what the secretariat, a team lead and a viewer may change."""

import dataclasses
from datetime import date

import pytest
from sqlmodel import func, select

from domain.access import Forbidden, Principal
from domain.accounts import AccountForm, save_account
from domain.agencies import Agency
from domain.assessing import set_assessment
from domain.audit import AuditEvent
from domain.criteria import Assessment, Criterion, CriterionStatus
from domain.places import find_place
from domain.plan_draft import MemberDraft
from domain.plan_import import import_plan
from domain.plans import remove_sample_plans
from domain.recording import delete_record, save_record
from domain.teams import TeamRole
from domain.users import Role
from domain.village_detail import checklist
from tests.builders import DAK, T1_MOT, small_plan_draft
from tests.conftest import OFFICER

TEAM_LEAD = Principal(name="to", role=Role.TEAM_LEAD, full_name="Nguyễn Văn Tổ", member_name="Nguyễn Văn Tổ")
VIEWER = Principal(name="xem", role=Role.VIEWER, full_name="Người Xem")


def _ids(db, plan, village: str, number: int = 2) -> tuple[int, int]:
    with db.session() as session:
        village_id = find_place(session, plan.id, village).village_id
        criterion_id = session.exec(select(Criterion.id).where(
            Criterion.criteria_set_id == plan.criteria_set_id, Criterion.number == number)).one()
    return village_id, criterion_id


def _assess(db, plan, user: Principal, village: str, **values):
    village_id, criterion_id = _ids(db, plan, village)
    with db.unit_of_work(user) as uow:
        return set_assessment(uow, plan_id=plan.id, village_id=village_id, criterion_id=criterion_id, year=2025,
                              **values)


def _visit(db, plan, user: Principal, village: str) -> int:
    village_id = _ids(db, plan, village)[0]
    with db.unit_of_work(user) as uow:
        return save_record(uow, kind="visits", plan_id=plan.id, village_id=village_id,
                           values={"day": date(2025, 3, 4), "people": "Tổ hỗ trợ", "activities": "Khảo sát"})


def _audit_count(db) -> int:
    """The audit rows of changes (a refused action writes a row of its own, entity "refusal", counted apart)."""
    with db.session() as session:
        return session.exec(select(func.count()).select_from(AuditEvent).where(AuditEvent.entity != "refusal")).one()


def _refusals(db) -> list[str]:
    with db.session() as session:
        return list(session.exec(select(AuditEvent.actor).where(AuditEvent.entity == "refusal")))


def test_a_team_lead_edits_the_village_whose_team_they_lead(empty_database, small_plan):
    assert _assess(empty_database, small_plan, TEAM_LEAD, "Thôn 1, Xã Một", status=CriterionStatus.NOT_MET,
                   note="Tổ trưởng ghi") is not None
    record_id = _visit(empty_database, small_plan, TEAM_LEAD, "Thôn 1, Xã Một")
    village_id = _ids(empty_database, small_plan, "Thôn 1, Xã Một")[0]
    with empty_database.unit_of_work(TEAM_LEAD) as uow:
        delete_record(uow, kind="visits", plan_id=small_plan.id, village_id=village_id, record_id=record_id)
    with empty_database.session() as session:
        village_id = find_place(session, small_plan.id, "Thôn 1, Xã Một").village_id
        row = next(r for r in checklist(session, small_plan, village_id, 2025) if r.number == 2)
        actors = set(session.exec(select(AuditEvent.actor).where(AuditEvent.entity != "plan")))
    assert (row.status, row.note, row.updated_by) == (CriterionStatus.NOT_MET, "Tổ trưởng ghi", "to")
    assert actors == {"to"}


def test_a_team_lead_only_reads_the_other_villages(empty_database, small_plan):
    before = _audit_count(empty_database)
    with pytest.raises(Forbidden, match="tổ trưởng chỉ sửa được thôn .* mà mình làm tổ trưởng"):
        _assess(empty_database, small_plan, TEAM_LEAD, "Làng Đắk", status=CriterionStatus.MET)
    with pytest.raises(Forbidden, match="Nguyễn Văn Tổ"):
        _visit(empty_database, small_plan, TEAM_LEAD, "Làng Đắk")
    officer_visit = _visit(empty_database, small_plan, OFFICER, "Làng Đắk")
    with pytest.raises(Forbidden), empty_database.unit_of_work(TEAM_LEAD) as uow:
        delete_record(uow, kind="visits", plan_id=small_plan.id,
                      village_id=_ids(empty_database, small_plan, "Làng Đắk")[0], record_id=officer_visit)
    with pytest.raises(Forbidden, match="chỉ Văn phòng \\(thư ký\\) được nhập hoặc cập nhật kế hoạch"), \
            empty_database.unit_of_work(TEAM_LEAD) as uow:
        import_plan(uow, draft=small_plan_draft())
    with pytest.raises(Forbidden, match="quản lý tài khoản"), empty_database.unit_of_work(TEAM_LEAD) as uow:
        save_account(uow, AccountForm("moi", "Người Mới", Role.VIEWER, "mat-khau-dai"))
    assert _audit_count(empty_database) == before + 4  # only the officer's visit: its four filled fields
    assert _refusals(empty_database) == [TEAM_LEAD.name] * 5


def test_a_team_lead_of_the_same_name_in_another_agency_is_not_the_lead(empty_database, small_plan):
    with empty_database.session() as session:
        other_agency = session.exec(select(Agency.id).where(Agency.name == "Sở Hai")).one()
    namesake = dataclasses.replace(TEAM_LEAD, member_agency_id=other_agency)
    with pytest.raises(Forbidden):
        _assess(empty_database, small_plan, namesake, "Thôn 1, Xã Một", status=CriterionStatus.MET)


def test_a_viewer_reads_and_changes_nothing(empty_database, small_plan):
    before = _audit_count(empty_database)
    with pytest.raises(Forbidden, match="tài khoản chỉ xem không sửa được dữ liệu"):
        _assess(empty_database, small_plan, VIEWER, "Thôn 1, Xã Một", status=CriterionStatus.MET)
    with pytest.raises(Forbidden):
        _visit(empty_database, small_plan, VIEWER, "Thôn 1, Xã Một")
    with pytest.raises(Forbidden), empty_database.unit_of_work(VIEWER) as uow:
        remove_sample_plans(uow)
    with empty_database.session() as session:
        village_id = find_place(session, small_plan.id, "Thôn 1, Xã Một").village_id
        assert len(checklist(session, small_plan, village_id, 2025)) == 3
        assert session.exec(select(func.count()).select_from(Assessment).where(Assessment.updated_by == "xem")).one() \
            == 0
    assert _audit_count(empty_database) == before
    assert _refusals(empty_database) == [VIEWER.name] * 3


def test_the_secretariat_edits_everything(empty_database, small_plan):
    for village in ("Thôn 1, Xã Một", "Làng Đắk", "Làng Mới"):
        assert _assess(empty_database, small_plan, OFFICER, village, evidence=f"Biên bản {village}") is not None
        _visit(empty_database, small_plan, OFFICER, village)
    with empty_database.unit_of_work(OFFICER) as uow:
        report = import_plan(uow, draft=small_plan_draft())
    assert report.plan_code == small_plan.code


def test_a_re_imported_plan_moves_the_right_with_the_team(empty_database, small_plan):
    draft = small_plan_draft()
    moved = [MemberDraft(m.place, m.full_name, m.role, m.position, m.agency, m.phone) for m in draft.members
             if m.full_name not in ("Nguyễn Văn Tổ", "Phạm Đức Đắk")]
    moved += [MemberDraft(T1_MOT, "Phạm Đức Đắk", TeamRole.LEADER, agency="Sở Một"),
              MemberDraft(DAK, "Nguyễn Văn Tổ", TeamRole.LEADER, agency="Sở Một")]
    with empty_database.unit_of_work(OFFICER) as uow:
        import_plan(uow, draft=dataclasses.replace(draft, members=moved))
    assert _assess(empty_database, small_plan, TEAM_LEAD, "Làng Đắk", status=CriterionStatus.MET) is not None
    with pytest.raises(Forbidden):
        _assess(empty_database, small_plan, TEAM_LEAD, "Thôn 1, Xã Một", status=CriterionStatus.NOT_MET)
