"""One number for one fact on the village sheet: the ethnic-minority households of the heading are the year's
reported figure when there is one (section III shows the same), else the plan annex's."""

from domain.places import find_place
from domain.recording import save_record
from exports.sheet_export import export_village_sheets
from tests.conftest import OFFICER
from tests.pdf import pdf_text


def _sheet_text(database, plan, tmp_path, year: int) -> str:
    target = tmp_path / f"phieu_{year}.pdf"
    with database.session() as session:
        village = find_place(session, plan.id, "Thôn 1, Xã Một").village_id
    export_village_sheets(database.session, plan_id=plan.id, year=year, target=target, village_ids=[village])
    return pdf_text(target)


def test_the_heading_and_section_iii_give_the_same_minority_households(empty_database, small_plan, tmp_path):
    with empty_database.session() as session:
        village = find_place(session, small_plan.id, "Thôn 1, Xã Một").village_id
    with empty_database.unit_of_work(OFFICER) as uow:
        save_record(uow, kind="households", plan_id=small_plan.id, village_id=village,
                    values={"year": 2025, "minority_households": 96, "reached": 50})
    text = _sheet_text(empty_database, small_plan, tmp_path, 2025)
    assert "Số hộ: 120; trong đó hộ đồng bào DTTS: 96" in text  # the annex says 118; the year's report 96
    assert "Tổng số hộ đồng bào DTTS: 96" in text
    assert "118" not in text
    assert "Số hộ: 120; trong đó hộ đồng bào DTTS: 118" in _sheet_text(empty_database, small_plan, tmp_path, 2024)
