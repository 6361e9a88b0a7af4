"""The locks of the review cycle (issue 19): an approved village-year and every village of a closed year are
refused to everyone — a checklist save, a record's save and delete, a restore from the history, a team workbook's
import — with the reason, until the secretariat reopens them; on SQLite and PostgreSQL."""

from datetime import date

import pytest
from sqlmodel import select

from domain.assessing import current_assessment, set_assessment
from domain.audit import AuditEvent
from domain.criteria import Criterion, CriterionStatus
from domain.errors import DomainError
from domain.plan import Plan
from domain.recording import delete_record, save_record
from domain.restoring import restore_value
from domain.review_locks import VillageYearLocked, locked_village_years, village_locks
from domain.review_rounds import RoundKind
from domain.reviewing import close_year, reopen_with_reason, reopen_year
from domain.update_merge import apply_updates, preview_updates
from storage.update_workbook import read_update_workbook
from tests.conftest import OFFICER
from tests.domain.review_case import DAK, LEAD_T1, T1, approved, opened, village_id
from tests.updates import export_for, fill

APPROVED = "Thôn 1 năm 2025 đã được duyệt lúc .* bởi tester; Văn phòng mở lại kèm lý do để sửa"
VISIT = {"people": "Tổ hỗ trợ", "activities": "Họp dân", "agreed": ""}
CONCERN = {"text": "Đường vào thôn sạt lở", "forwarded_to": "", "status": "open", "resolution": "", "resolved_on": None}


def _criterion(db, plan, number: int = 2) -> int:
    with db.session() as session:
        set_id = session.get(Plan, plan.id).criteria_set_id
        return session.exec(select(Criterion.id).where(Criterion.criteria_set_id == set_id,
                                                       Criterion.number == number)).one()


def _assess(db, plan, name: str, year: int, user=OFFICER, **values):
    with db.unit_of_work(user) as uow:
        return set_assessment(uow, plan_id=plan.id, village_id=village_id(db, plan, name),
                              criterion_id=_criterion(db, plan), year=year, **values)


def _save(db, plan, kind: str, values: dict, name: str = T1, record_id: int | None = None, user=OFFICER) -> int:
    with db.unit_of_work(user) as uow:
        return save_record(uow, kind=kind, plan_id=plan.id, village_id=village_id(db, plan, name), values=values,
                           record_id=record_id)


def _delete(db, plan, kind: str, record_id: int, name: str = T1) -> None:
    with db.unit_of_work(OFFICER) as uow:
        delete_record(uow, kind=kind, plan_id=plan.id, village_id=village_id(db, plan, name), record_id=record_id)


def _approve_t1_2025(db, plan, kind: RoundKind = RoundKind.YEARLY) -> tuple[int, int]:
    """Thôn 1's 2025 review approved; its version and the round."""
    round_id = opened(db, plan, kind=kind)
    return approved(db, plan, round_id, T1), round_id


def test_an_approved_village_year_refuses_every_checklist_save_with_the_reason(empty_database, small_plan):
    db, plan = empty_database, small_plan
    _approve_t1_2025(db, plan)
    for user in (OFFICER, LEAD_T1):
        with pytest.raises(VillageYearLocked, match=f"^Chưa lưu. {APPROVED}"):
            _assess(db, plan, T1, 2025, user, status=CriterionStatus.NOT_MET)
    with db.session() as session:
        assert current_assessment(session, village_id(db, plan, T1), _criterion(db, plan), 2025).status \
            is CriterionStatus.MET
        locks = village_locks(session, plan.id, 2025)
        assert set(locks) == locked_village_years(session, plan.id, 2025) == {village_id(db, plan, T1)}
    assert _assess(db, plan, T1, 2026, status=CriterionStatus.NOT_MET) is not None  # another year
    assert _assess(db, plan, DAK, 2025, status=CriterionStatus.NOT_MET) is not None  # another village


def test_a_mid_year_approval_locks_nothing(empty_database, small_plan):
    db, plan = empty_database, small_plan
    _approve_t1_2025(db, plan, RoundKind.MID_YEAR)
    assert _assess(db, plan, T1, 2025, status=CriterionStatus.NOT_MET) is not None


def test_records_of_a_locked_year_are_refused_by_their_date_and_the_others_are_not(empty_database, small_plan):
    db, plan = empty_database, small_plan
    visit_2025 = _save(db, plan, "visits", VISIT | {"day": date(2025, 3, 4)})
    visit_2026 = _save(db, plan, "visits", VISIT | {"day": date(2026, 1, 5)})
    concern = _save(db, plan, "concerns", CONCERN | {"raised_on": date(2025, 4, 1)})
    _approve_t1_2025(db, plan)
    refused = [
        lambda: _save(db, plan, "households", {"year": 2025, "minority_households": 100}),
        lambda: _save(db, plan, "contributions", {"day": date(2025, 8, 1), "source_kind": "person",
                                                  "source_name": "Ông A", "kind": "money", "amount": 1_000_000}),
        lambda: _save(db, plan, "initiatives", {"title": "Nước sạch", "year": 2025, "status": "planned"}),
        lambda: _save(db, plan, "visits", VISIT | {"day": date(2025, 3, 4), "people": "Đoàn khác"},
                      record_id=visit_2025),
        lambda: _save(db, plan, "visits", VISIT | {"day": date(2025, 12, 30)}, record_id=visit_2026),  # moved into
        lambda: _save(db, plan, "concerns", CONCERN | {"raised_on": date(2025, 4, 1), "text": "Khác"},
                      record_id=concern),
    ]
    for save in refused:
        with pytest.raises(VillageYearLocked, match=f"^Chưa lưu. {APPROVED}"):
            save()
    with pytest.raises(VillageYearLocked, match=f"^Chưa xóa. {APPROVED}"):
        _delete(db, plan, "visits", visit_2025)
    # the 2026 visit, a difficulty of 2025 followed up, a model and a contact (no year locks them) are taken
    _save(db, plan, "visits", VISIT | {"day": date(2026, 2, 1)}, record_id=visit_2026)
    _save(db, plan, "concerns", CONCERN | {"raised_on": date(2025, 4, 1), "status": "resolved",
                                          "resolution": "Đã sửa đường", "resolved_on": date(2026, 1, 2)},
          record_id=concern)
    _save(db, plan, "models", {"name": "Tổ hợp tác dệt", "field": "economy", "year_started": 2024,
                               "status": "built"})
    _save(db, plan, "contacts", {"full_name": "A Lâm", "role": "elder"})


def test_a_restore_from_the_history_into_a_locked_year_is_refused(empty_database, small_plan):
    db, plan = empty_database, small_plan
    _assess(db, plan, T1, 2025, status=CriterionStatus.NOT_MET)
    visit = _save(db, plan, "visits", VISIT | {"day": date(2025, 3, 4)})
    _delete(db, plan, "visits", visit)
    _approve_t1_2025(db, plan)
    with db.session() as session:
        events = session.exec(select(AuditEvent.id).where(
            AuditEvent.entity.in_(("assessment", "visit")), AuditEvent.field.in_(("status", "people")))
            .order_by(AuditEvent.id)).all()
    for event_id in events:
        with pytest.raises(VillageYearLocked, match=APPROVED), db.unit_of_work(OFFICER) as uow:
            restore_value(uow, event_id, plan.id)


def test_a_team_workbook_row_into_a_village_approved_since_the_preview_is_refused(empty_database, small_plan,
                                                                                 tmp_path):
    """The preview marks the rows of a village already locked (rv-report's domain/update_merge.py); here the village
    is approved between the preview and the apply: the apply is refused whole with the lock's reason, nothing
    written."""
    db, plan = empty_database, small_plan
    workbook = export_for(db, plan, "Sở Một", tmp_path / "so_mot.xlsx")
    fill(workbook, "Thôn 1", 2, status="Chưa đạt")
    filled = read_update_workbook(workbook)
    with db.session() as session:
        chosen = {line.key: line.version for line in preview_updates(session, plan.id, filled).changes}
    assert len(chosen) == 1
    _approve_t1_2025(db, plan)
    with pytest.raises(DomainError, match=APPROVED), db.unit_of_work(OFFICER) as uow:
        apply_updates(uow, plan.id, filled, chosen)
    with db.session() as session:
        assert current_assessment(session, village_id(db, plan, T1), _criterion(db, plan), 2025).status \
            is CriterionStatus.MET


def test_reopening_with_a_reason_unlocks_the_village_year(empty_database, small_plan):
    db, plan = empty_database, small_plan
    version, round_id = _approve_t1_2025(db, plan)
    with db.unit_of_work(OFFICER) as uow:
        reopen_with_reason(uow, round_id=round_id, village_id=village_id(db, plan, T1), reason="Số hộ sai",
                           expected_version=version)
    assert _assess(db, plan, T1, 2025, LEAD_T1, status=CriterionStatus.NOT_MET) is not None


def test_a_closed_year_locks_every_village_of_the_plan_until_reopened(empty_database, small_plan):
    db, plan = empty_database, small_plan
    with db.unit_of_work(OFFICER) as uow:
        close_year(uow, plan_id=plan.id, year=2025)
    closed = "Năm 2025 của kế hoạch 1-KH/TEST đã khóa sổ lúc .* bởi tester .*Văn phòng mở lại năm kèm lý do để sửa"
    for name in (T1, DAK):
        with pytest.raises(VillageYearLocked, match=closed):
            _assess(db, plan, name, 2025, status=CriterionStatus.NOT_MET)
    with pytest.raises(VillageYearLocked, match=closed):
        _save(db, plan, "households", {"year": 2025, "minority_households": 100}, name=DAK)
    with db.session() as session:
        assert len(locked_village_years(session, plan.id, 2025)) == 4
    with db.unit_of_work(OFFICER) as uow:
        reopen_year(uow, plan_id=plan.id, year=2025, reason="Bổ sung")
    assert _assess(db, plan, DAK, 2025, status=CriterionStatus.NOT_MET) is not None
