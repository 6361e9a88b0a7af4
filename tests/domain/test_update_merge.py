"""Merging a team lead's workbook: the officer's choice, a conflict overwritten on purpose, and a row changed
by someone else between the preview and the apply."""

import pytest

from domain.criteria import CriterionStatus
from domain.errors import DomainError
from domain.update_merge import apply_updates, preview_updates, status_from_text
from storage.update_workbook import read_update_workbook
from tests.conftest import OFFICER
from tests.updates import assessments, export_for, fill, officer_sets


@pytest.fixture
def workbook(empty_database, small_plan, tmp_path):
    return export_for(empty_database, small_plan, "Sở Một", tmp_path / "so_mot.xlsx")


def _set(db, plan, number, actor="officer", **values):
    officer_sets(db, plan.id, "Thôn 1, Xã Một", number, actor, **values)


def _preview(db, plan, path):
    filled = read_update_workbook(path)
    with db.session() as session:
        return filled, preview_updates(session, plan.id, filled)


@pytest.mark.parametrize(("typed", "status"), [
    ("Đạt", CriterionStatus.MET), ("dat", CriterionStatus.MET), ("  CHƯA   ĐẠT ", CriterionStatus.NOT_MET),
    ("chua dat", CriterionStatus.NOT_MET), ("Đang thực hiện.", CriterionStatus.IN_PROGRESS),
    ("", CriterionStatus.NOT_ASSESSED), ("chưa đánh giá", CriterionStatus.NOT_ASSESSED), ("Đạt rồi", None),
    ("x", None),
])
def test_a_status_is_read_as_typed(typed, status):
    assert status_from_text(typed) == status


def test_a_conflict_overwritten_on_purpose_writes_only_what_the_team_lead_changed(empty_database, small_plan,
                                                                                 workbook):
    _set(empty_database, small_plan, 3, note="Đã có kinh phí")
    fill(workbook, "Thôn 1", 3, status="Đạt")
    filled, preview = _preview(empty_database, small_plan, workbook)
    [conflict] = preview.conflicts
    assert conflict.overwritable and "đã được officer sửa lúc" in conflict.reason
    with empty_database.unit_of_work(OFFICER) as uow:
        assert apply_updates(uow, small_plan.id, filled, {conflict.key: conflict.version}) == 1
    assert assessments(empty_database, 2025)[("Thôn 1", "Xã Một", 3)] == ("Đạt", "Biên bản số 5", "Đã có kinh phí")


def test_a_row_changed_between_the_preview_and_the_apply_refuses_the_whole_apply(empty_database, small_plan,
                                                                                workbook):
    fill(workbook, "Thôn 1", 2, status="Chưa đạt")
    fill(workbook, "Thôn 1", 1, evidence="Quyết định 12/QĐ-UBND")
    filled, preview = _preview(empty_database, small_plan, workbook)
    chosen = {line.key: line.version for line in preview.changes}
    assert len(chosen) == 2
    _set(empty_database, small_plan, 2, actor="another window", status=CriterionStatus.IN_PROGRESS)
    before = assessments(empty_database, 2025)
    with empty_database.unit_of_work(OFFICER) as uow, pytest.raises(DomainError, match="vừa được sửa trong lúc xem"):
        apply_updates(uow, small_plan.id, filled, chosen)
    assert assessments(empty_database, 2025) == before


def test_rows_not_chosen_are_left(empty_database, small_plan, workbook):
    fill(workbook, "Thôn 1", 2, status="Chưa đạt")
    fill(workbook, "Làng Đắk", 1, status="Đạt")
    filled, preview = _preview(empty_database, small_plan, workbook)
    first = next(line for line in preview.changes if line.village.startswith("Làng Đắk"))
    with empty_database.unit_of_work(OFFICER) as uow:
        assert apply_updates(uow, small_plan.id, filled, {first.key: first.version}) == 1
    after = assessments(empty_database, 2025)
    assert after[("Làng Đắk", "Xã Một", 1)][0] == "Đạt"
    assert after[("Thôn 1", "Xã Một", 2)][0] == "Đạt"
