"""The team lead's update workbook and the review round (issue 19), on the hand-counted round of
tests/review_case.py: the village's state and the secretariat's comment go out read-only; a sheet sending its review
comes back marking the village Đã gửi, as the preview said; a change into an approved village is refused with the
lock's reason; an edit of the read-only cells is refused; a workbook of the format before issue 19 still imports."""

from datetime import UTC, datetime

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from domain.places import find_place
from domain.review_rounds import ReviewComment, ReviewState, ReviewStep, VillageReview
from domain.team_updates import Stamp
from domain.update_merge import all_changes, apply_updates, preview_updates
from domain.vocabulary import LineKind
from storage.update_workbook import read_update_workbook
from tests.backends import both_backends  # noqa: F401  (these tests on SQLite and PostgreSQL)
from tests.conftest import OFFICER
from tests.review_case import open_review_case
from tests.updates import export_for, fill

COMMENT = "Thiếu biên bản của tiêu chí 2"


@pytest.fixture
def reviewed(empty_database, small_plan):
    round_id = open_review_case(empty_database, small_plan)
    with empty_database.session() as session:
        village_id = find_place(session, small_plan.id, "Thôn 1, Xã Hai").village_id
        review = session.exec(select(VillageReview).where(VillageReview.village_id == village_id)).one()
        session.add(ReviewComment(review_id=review.id, village_id=village_id, step=ReviewStep.RETURN, author="officer",
                                  at=datetime(2025, 11, 28, 10, tzinfo=UTC), text=COMMENT))
        session.commit()
    return empty_database, small_plan, round_id


def _set(path, sheet: str, cell: str, value: str) -> None:
    workbook = load_workbook(path)
    workbook[sheet][cell] = value
    workbook.save(path)


def _states(database, plan) -> dict[str, ReviewState]:
    with database.session() as session:
        names = {find_place(session, plan.id, n).village_id: n for n in ("Thôn 1, Xã Hai", "Làng Mới", "Làng Đắk")}
        return {names[v]: state for v, state in session.exec(select(VillageReview.village_id, VillageReview.state))
                if v in names}


def test_the_state_and_the_comment_go_out_read_only(reviewed, tmp_path):
    database, plan, _ = reviewed
    target = export_for(database, plan, "Sở Hai", tmp_path / "so_hai.xlsx")
    workbook = load_workbook(target)
    sheet = workbook["Thôn 1 - Xã Hai"]
    assert [sheet[f"A{r}"].value for r in (7, 8, 9)] == ["Tình trạng rà soát:", "Ý kiến của Văn phòng:",
                                                         "Gửi kết quả rà soát:"]
    assert sheet["C7"].value == "Trả lại (hạn 30/11/2025)"
    assert sheet["C8"].value == f"{COMMENT} (trả lại ngày 28/11/2025)"
    assert sheet["C7"].protection.locked and sheet["C8"].protection.locked and not sheet["C9"].protection.locked
    assert workbook["Làng Mới"]["C7"].value == "Đang rà soát (hạn 30/11/2025)"
    assert workbook["Thôn 1 - Xã Một"]["C7"].value == "Đã duyệt (hạn 30/11/2025)"  # co-supported by Sở Hai
    assert workbook["Thôn 1 - Xã Một"]["C9"].value == "Có"
    workbook.close()


def test_a_sheet_sent_back_marks_its_village_submitted_as_the_preview_says(reviewed, tmp_path):
    database, plan, _ = reviewed
    target = export_for(database, plan, "Sở Hai", tmp_path / "so_hai.xlsx")
    _set(target, "Thôn 1 - Xã Hai", "C9", "Có")
    _set(target, "Làng Mới", "C9", "Chưa")
    fill(target, "Thôn 1 - Xã Hai", 2, status="Đạt", evidence="Biên bản 9")
    filled = read_update_workbook(target)
    with database.session() as session:
        preview = preview_updates(session, plan.id, filled)
    assert [label for _, label in preview.to_submit] == ["Thôn 1 (Xã Hai)"]
    assert not preview.refused
    with database.unit_of_work(OFFICER) as uow:
        assert apply_updates(uow, plan.id, filled, all_changes(preview)) == 1
    assert _states(database, plan) == {"Thôn 1, Xã Hai": ReviewState.SUBMITTED, "Làng Đắk": ReviewState.SUBMITTED}
    with database.session() as session:
        again = preview_updates(session, plan.id, read_update_workbook(target))
    assert again.to_submit == []  # sent already: the same workbook imported twice marks nothing


def test_a_change_into_an_approved_village_is_refused_with_the_reason(reviewed, tmp_path):
    database, plan, _ = reviewed
    target = export_for(database, plan, "Sở Một", tmp_path / "so_mot.xlsx")
    fill(target, "Thôn 1", 3, status="Đạt")
    fill(target, "Làng Đắk", 1, status="Đạt", evidence="Quyết định 12")
    with database.session() as session:
        preview = preview_updates(session, plan.id, read_update_workbook(target))
    [refused] = preview.refused
    assert (refused.kind, refused.village, refused.criterion) == (LineKind.REFUSED, "Thôn 1 (Xã Một)", "3. Điện")
    assert refused.reason.startswith("không ghi: ")
    assert "đã được duyệt" in refused.reason
    assert [line.village for line in preview.changes] == ["Làng Đắk (Xã Một)"]
    assert preview.to_submit == []  # both are sent or approved already


def test_an_edit_of_the_read_only_cells_is_refused(reviewed, tmp_path):
    database, plan, _ = reviewed
    target = export_for(database, plan, "Sở Hai", tmp_path / "so_hai.xlsx")
    _set(target, "Thôn 1 - Xã Hai", "C8", "Đã bổ sung")
    _set(target, "Thôn 1 - Xã Hai", "C7", "Đã duyệt")
    with database.session() as session:
        preview = preview_updates(session, plan.id, read_update_workbook(target))
    assert sorted(line.column for line in preview.refused) == ["Tình trạng rà soát", "Ý kiến của Văn phòng"]
    assert all("chỉ để xem nhưng đã bị sửa" in line.reason for line in preview.refused)


def test_a_workbook_of_the_format_before_the_review_round_still_imports(reviewed, tmp_path):
    """A workbook of format 1 (no state, comment or sending, the stamp without villages) as earlier versions wrote."""
    database, plan, _ = reviewed
    target = export_for(database, plan, "Sở Hai", tmp_path / "so_hai.xlsx")
    fill(target, "Làng Mới", 1, status="Đạt")
    workbook = load_workbook(target)
    for name in ("Thôn 1 - Xã Hai", "Làng Mới", "Thôn 1 - Xã Một"):
        workbook[name].delete_rows(7, 3)
    stamp_sheet = workbook["_langmoi"]
    stamp = read_update_workbook(target).stamp
    old = Stamp(stamp.plan_code, stamp.agency_id, stamp.agency, stamp.year, stamp.exported_at, stamp.rows,
                format="langmoi-cap-nhat/1")
    stamp_sheet["B1"] = old.format
    stamp_sheet["B7"] = old.checksum()
    stamp_sheet.delete_cols(8, 3)
    workbook.save(target)
    filled = read_update_workbook(target)
    assert filled.stamp.villages == () and all(sheet.review is None for sheet in filled.sheets)
    with database.session() as session:
        preview = preview_updates(session, plan.id, filled)
    assert not preview.refusal and not preview.refused and preview.to_submit == []
    assert [(line.village, line.criterion) for line in preview.changes] == [("Làng Mới (Xã Ba)", "1. Quy hoạch")]
    with database.unit_of_work(OFFICER) as uow:
        assert apply_updates(uow, plan.id, filled, all_changes(preview)) == 1
