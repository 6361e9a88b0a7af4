"""The plan template as an office fills it: dropdowns whose choices hold commas, and groups the annex numbers itself."""

from openpyxl import load_workbook

from domain.agencies import AgencyKind
from domain.places import find_place
from domain.plan_import import import_plan
from exports.plan_workbook import LISTS, template_draft, write_plan_workbook
from exports.sheet_export import export_village_sheets
from storage.plan_workbook import read_plan_workbook
from tests.conftest import OFFICER
from tests.pdf import pdf_text
from tests.workbooks import annex, write_annex


def test_the_template_dropdowns_refer_to_a_hidden_range_holding_each_choice_whole(tmp_path):
    target = write_plan_workbook(template_draft(), tmp_path / "mau.xlsx")
    workbook = load_workbook(target)
    assert workbook.sheetnames[-1] == LISTS and workbook[LISTS].sheet_state == "hidden"
    assert workbook.active.title == "Kế hoạch"
    (kind,) = workbook["Cơ quan"].data_validations.dataValidation
    assert str(kind.sqref) == "C2:C2000"
    assert kind.formula1 == f"'{LISTS}'!$A$2:$A$7"
    choices = [cell.value for cell in workbook[LISTS]["A"][1:7]]
    assert choices == ["Cơ quan Đảng", "Cơ quan nhà nước", "Mặt trận, đoàn thể", "Doanh nghiệp",
                       "Lực lượng vũ trang", "Khác"]
    assert "," not in kind.formula1.replace("$A$2:$A$7", "")


def test_a_filled_template_with_a_mass_organisation_imports(tmp_path):
    target = write_plan_workbook(template_draft(), tmp_path / "mau.xlsx")
    workbook = load_workbook(target)
    workbook["Cơ quan"]["C2"] = "Mặt trận, đoàn thể"
    workbook.save(target)
    draft = read_plan_workbook(target).draft
    assert [(a.name, a.kind) for a in draft.agencies] == [("Ban Dân vận Tỉnh ủy", AgencyKind.MASS_ORGANISATION)]


def test_groups_the_annex_numbers_itself_are_stored_without_their_numeral(tmp_path):
    sheets = annex()
    sheets["Tiêu chí"] = [["I. Quy hoạch", 1, "Quy hoạch", "Có quy hoạch được duyệt"],
                          ["II - Hạ tầng", 2, "Giao thông", "Đường trục thôn cứng hóa"],
                          ["2) Hạ tầng", 3, "Điện", "Từ 95% số hộ dùng điện"]]
    draft = read_plan_workbook(write_annex(tmp_path / "phu_luc.xlsx", sheets)).draft
    assert [(c.group_order, c.group_name) for c in draft.criteria_set.criteria] == [
        (1, "Quy hoạch"), (2, "Hạ tầng"), (2, "Hạ tầng")]


def test_a_numbered_group_prints_once_numbered_in_the_window_and_on_the_sheet(empty_database, tmp_path, qtbot):
    from domain.plans import resolve_plan
    from domain.village_detail import village_sheet
    from ui.checklist_model import ChecklistModel

    sheets = annex()
    sheets["Tiêu chí"][0][0] = "I. Quy hoạch"
    draft = read_plan_workbook(write_annex(tmp_path / "phu_luc.xlsx", sheets)).draft
    with empty_database.unit_of_work(OFFICER) as uow:
        import_plan(uow, draft=draft)
    with empty_database.session() as session:
        plan = resolve_plan(session, None)
        place = find_place(session, plan.id, "Thôn 1, Xã Một")
        rows = village_sheet(session, plan, place, 2025, with_records=False).checklist
    model = ChecklistModel(saver=lambda *args: None)
    model.set_rows(rows, editable=False)
    groups = [model.index(r, ChecklistModel.COL_GROUP).data() for r in range(model.rowCount())]
    assert groups == ["I. Quy hoạch", "II. Hạ tầng", "II. Hạ tầng"]
    target = tmp_path / "phieu.pdf"
    export_village_sheets(empty_database.session, plan_id=plan.id, year=2025, target=target,
                          village_ids=[place.village_id])
    text = pdf_text(target)
    assert "I. QUY HOẠCH" in text and "I. I." not in text


def test_the_summaries_number_the_groups_as_the_window_and_the_sheet_do(empty_database, small_plan, tmp_path):
    import docx

    from exports.review_export import export_review
    from exports.summary_export import export_summary

    pdf = export_summary(empty_database.session, plan_id=small_plan.id, year=2024, target=tmp_path / "th.pdf")
    assert "I. Quy hoạch (1 tiêu chí)" in pdf_text(pdf) and "II. Hạ tầng (2 tiêu chí)" in pdf_text(pdf)
    xlsx = export_summary(empty_database.session, plan_id=small_plan.id, year=2024, target=tmp_path / "th.xlsx")
    cells = {str(c.value) for ws in load_workbook(xlsx).worksheets for row in ws.iter_rows() for c in row}
    assert "I. Quy hoạch (1 tiêu chí): tỉ lệ đạt" in cells
    review = export_review(empty_database.session, plan_id=small_plan.id, first=2024, last=2024,
                           target=tmp_path / "bc.docx")
    headers = [cell.text for cell in docx.Document(str(review)).tables[1].rows[0].cells]
    assert headers[-2:] == ["I. Quy hoạch", "II. Hạ tầng"]
