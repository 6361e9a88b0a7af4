"""The update workbook names the files already attached to each criterion, in a locked column after the table, so
that the team lead knows what the secretariat holds; filled and read back, the workbook reads as before."""

from openpyxl import load_workbook
from sqlmodel import select

from domain.attaching import attach_file
from domain.attachments import AttachTarget
from domain.criteria import Criterion
from domain.places import find_place
from exports.update_workbook import FILES_HEADER, HEADER_ROW
from storage.update_workbook import read_update_workbook
from tests.conftest import OFFICER
from tests.evidence import jpeg_bytes, pdf_bytes
from tests.updates import export_for, fill


def test_the_files_of_each_criterion_are_listed_read_only_and_the_import_reads_as_before(empty_database, small_plan,
                                                                                       tmp_path):
    with empty_database.session() as session:
        village_id = find_place(session, small_plan.id, "Thôn 1, Xã Một").village_id
        criterion = session.exec(select(Criterion.id).where(Criterion.criteria_set_id == small_plan.criteria_set_id,
                                                            Criterion.number == 2)).one()
    for name, content, year in (("Biên bản nghiệm thu đường.pdf", pdf_bytes(), 2025),
                                ("Ảnh đường bê tông.jpg", jpeg_bytes(), 2025), ("Năm sau.pdf", pdf_bytes(2), 2026)):
        with empty_database.unit_of_work(OFFICER) as uow:
            attach_file(uow, plan_id=small_plan.id, target=AttachTarget.of_criterion(village_id, criterion, year),
                        name=name, content=content)
    path = export_for(empty_database, small_plan, "Sở Một", tmp_path / "so_mot.xlsx")
    village = load_workbook(path)["Thôn 1"]
    column = [village.cell(row, 8) for row in range(HEADER_ROW, HEADER_ROW + 4)]
    assert [cell.value for cell in column] == [
        FILES_HEADER, None, "Biên bản nghiệm thu đường.pdf\nẢnh đường bê tông.jpg", None]
    assert all(cell.protection.locked for cell in column) and village.protection.sheet
    assert village.row_dimensions[HEADER_ROW + 2].height >= 30  # both names shown
    assert [load_workbook(path)["Làng Đắk"].cell(row, 8).value for row in range(HEADER_ROW + 1, HEADER_ROW + 4)] == [
        None, None, None]

    fill(path, "Thôn 1", 2, status="Chưa đạt", evidence="Biên bản số 7")
    filled = read_update_workbook(path)
    sheet = next(sheet for sheet in filled.sheets if sheet.village == "Thôn 1")
    row = next(row for row in sheet.rows if row.number == "2")
    assert (row.status, row.evidence, row.note) == ("Chưa đạt", "Biên bản số 7", "")
