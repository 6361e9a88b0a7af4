"""import-plan, export plan and plan-template from the command line, and the round trips between them."""


import pytest
from openpyxl import load_workbook
from sqlmodel import select

from domain.assessing import set_assessment
from domain.criteria import Assessment, CriterionStatus
from domain.places import find_place
from domain.plan import Plan
from domain.plans import resolve_plan
from storage.database import open_database
from tests.cli.run import run
from tests.conftest import ACTOR, OFFICER
from tests.workbooks import HEADERS, annex, cells, write_annex


def _plans(db_path) -> list[str]:
    database = open_database(f"sqlite:///{db_path}", actor=ACTOR)
    with database.session() as session:
        codes = sorted(p.code for p in session.exec(select(Plan)))
    database.close()
    return codes


@pytest.fixture
def annex_file(tmp_path):
    return write_annex(tmp_path / "phu_luc.xlsx", annex())


def test_import_then_import_again_changes_nothing(db_path, annex_file, capsys):
    status, out, err = run(capsys, "--db", str(db_path), "import-plan", str(annex_file))
    assert (status, err) == (0, "")
    assert out.splitlines()[-1] == ("Đã tạo kế hoạch 1-KH/TEST: tạo mới 21, thay đổi 0, giữ nguyên 0, "
                                    "bỏ khỏi kế hoạch 0.")
    assert "  Địa bàn: tạo mới 4, thay đổi 0, giữ nguyên 0, bỏ khỏi kế hoạch 0" in out
    assert "Kế hoạch mẫu vẫn còn" in out
    status, out, _ = run(capsys, "--db", str(db_path), "import-plan", str(annex_file))
    assert status == 0
    assert out.splitlines()[-1] == ("Đã cập nhật kế hoạch 1-KH/TEST: tạo mới 0, thay đổi 0, giữ nguyên 21, "
                                    "bỏ khỏi kế hoạch 0.")


def test_a_dry_run_writes_nothing(db_path, annex_file, capsys):
    status, out, _ = run(capsys, "--db", str(db_path), "import-plan", str(annex_file), "--dry-run")
    assert status == 0
    assert out.splitlines()[-1].startswith("Chạy thử, chưa ghi gì. Kế hoạch 1-KH/TEST sẽ: tạo mới 21")
    assert _plans(db_path) == ["133-KH/TU (MẪU)"]


def test_a_refused_workbook_lists_its_problems_exits_2_and_writes_nothing(db_path, tmp_path, capsys):
    sheets = annex()
    sheets["Phân công"][0][0] = "Sở Không Có"
    sheets["Tổ hỗ trợ"][0][1] = "Xã Lạ"
    status, out, err = run(capsys, "--db", str(db_path), "import-plan",
                            str(write_annex(tmp_path / "sai.xlsx", sheets)))
    assert status == 2
    assert out == ""
    lines = err.splitlines()
    assert lines[0] == "langmoi: Không nhập tệp “sai.xlsx”: 4 lỗi, chưa ghi gì."
    assert [line.split(",")[0] for line in lines[1:]] == [
        "- sheet “Địa bàn”", "- sheet “Địa bàn”", "- sheet “Phân công”", "- sheet “Tổ hỗ trợ”"]
    assert "- sheet “Phân công”, dòng 2, cột “Cơ quan”: cơ quan “Sở Không Có” không có trong sheet Cơ quan" in lines
    assert "- sheet “Tổ hỗ trợ”, dòng 2, cột “Thôn/Làng”: thôn “Thôn 1” của Xã Lạ không có trong sheet Địa bàn" \
        in lines
    assert _plans(db_path) == ["133-KH/TU (MẪU)"]


def test_a_file_that_is_not_a_workbook_is_one_line(db_path, tmp_path, capsys):
    bogus = tmp_path / "bogus.xlsx"
    bogus.write_text("xin chào")
    status, _, err = run(capsys, "--db", str(db_path), "import-plan", str(bogus))
    assert status == 2
    assert err == "langmoi: Tệp “bogus.xlsx” không phải là bảng tính Excel (.xlsx).\n"


def test_an_edited_annex_keeps_recorded_assessments(db_path, annex_file, tmp_path, capsys):
    run(capsys, "--db", str(db_path), "import-plan", str(annex_file))
    database = open_database(f"sqlite:///{db_path}", actor=ACTOR)
    with database.session() as session:
        plan = resolve_plan(session, "1-KH/TEST")
        village = find_place(session, plan.id, "Làng Đắk")
    with database.unit_of_work(OFFICER) as uow:
        set_assessment(uow, plan_id=plan.id, village_id=village.village_id,
                       criterion_id=_criterion_id(database, plan), year=2025, status=CriterionStatus.MET)
    database.close()
    sheets = annex()
    sheets["Cơ quan"][1][0] = "Sở Một (tên mới)"
    sheets["Phân công"][1][0] = sheets["Phân công"][2][0] = "S1"
    sheets["Tổ hỗ trợ"][1][5] = sheets["Tổ hỗ trợ"][2][5] = sheets["Tổ hỗ trợ"][4][5] = "S1"
    sheets["Tiêu chí"][0][3] = "Quy hoạch được duyệt và công bố"
    status, out, _ = run(capsys, "--db", str(db_path), "import-plan", str(write_annex(tmp_path / "moi.xlsx", sheets)))
    assert status == 0
    assert "  Cơ quan: tạo mới 0, thay đổi 1, giữ nguyên 1" in out
    assert "  Tiêu chí: tạo mới 0, thay đổi 1, giữ nguyên 2" in out
    database = open_database(f"sqlite:///{db_path}", actor=ACTOR)
    with database.session() as session:
        statuses = session.exec(select(Assessment.status).where(Assessment.year == 2025,
                                                                Assessment.village_id == village.village_id)).all()
    database.close()
    assert statuses == [CriterionStatus.MET]


def _criterion_id(database, plan) -> int:
    from domain.criteria import Criterion

    with database.session() as session:
        return session.exec(select(Criterion.id).where(Criterion.criteria_set_id == plan.criteria_set_id,
                                                       Criterion.number == 1)).one()


def test_import_then_export_gives_back_the_same_cells(db_path, annex_file, tmp_path, capsys):
    run(capsys, "--db", str(db_path), "import-plan", str(annex_file))
    exported = tmp_path / "xuat.xlsx"
    status, out, _ = run(capsys, "--db", str(db_path), "export", "plan", str(exported), "--plan", "1-KH/TEST")
    assert status == 0
    assert out.startswith("Đã ghi kế hoạch 1-KH/TEST (4 thôn, 2 cơ quan)")
    assert cells(exported) == cells(annex_file)


def test_export_then_import_changes_nothing(db_path, tmp_path, capsys):
    exported = tmp_path / "mau.xlsx"
    assert run(capsys, "--db", str(db_path), "export", "plan", str(exported))[0] == 0
    status, out, _ = run(capsys, "--db", str(db_path), "import-plan", str(exported))
    assert status == 0
    assert "tạo mới 0, thay đổi 0" in out.splitlines()[-1]


def test_the_exported_workbook_is_made_for_people(db_path, tmp_path, capsys):
    exported = tmp_path / "mau.xlsx"
    run(capsys, "--db", str(db_path), "export", "plan", str(exported))
    workbook = load_workbook(exported)
    assert workbook.sheetnames == [*HEADERS, "Danh mục"]
    assert workbook["Danh mục"].sheet_state == "hidden"
    for worksheet in workbook.worksheets[:-1]:
        assert worksheet.freeze_panes == "A2"
        assert [c.value for c in worksheet[1]] == HEADERS[worksheet.title]
        assert all(c.font.bold for c in worksheet[1])
    validations = {ws.title: [dv.formula1 for dv in ws.data_validations.dataValidation] for ws in workbook}
    assert validations["Cơ quan"] == ["'Danh mục'!$A$2:$A$7"]
    assert validations["Phân công"] == ["'Danh mục'!$B$2:$B$3"]
    assert validations["Tổ hỗ trợ"] == ["'Danh mục'!$C$2:$C$4"]
    lists = workbook["Danh mục"]
    assert [c.value for c in lists["A"][1:]] == ["Cơ quan Đảng", "Cơ quan nhà nước", "Mặt trận, đoàn thể",
                                                 "Doanh nghiệp", "Lực lượng vũ trang", "Khác"]
    assert [c.value for c in lists["B"][1:3]] == ["Chủ trì", "Phối hợp"]
    assert [c.value for c in lists["C"][1:4]] == ["Tổ trưởng", "Tổ phó", "Thành viên"]
    assert workbook["Kế hoạch"].column_dimensions["B"].width == 60
    assert len(list(workbook["Địa bàn"].iter_rows(min_row=2))) == 57


def test_the_template_has_one_example_row_per_sheet_and_imports(tmp_path, db_path, capsys):
    template = tmp_path / "mau_trong.xlsx"
    status, out, _ = run(capsys, "export", "plan-template", str(template))
    assert status == 0
    assert {name: len(rows) for name, rows in cells(template).items()} == {name: 2 for name in HEADERS}
    status, out, _ = run(capsys, "--db", str(db_path), "import-plan", str(template), "--dry-run")
    assert status == 0


def test_text_that_looks_like_a_formula_stays_text(db_path, tmp_path, capsys):
    notes = ["=1+1 (ghi chú)", "-2 hộ chưa có điện", "+84 905 111 222", "@thôn"]
    sheets = annex()
    for row, note in zip(sheets["Địa bàn"], notes, strict=True):
        row[6] = note
    source = write_annex(tmp_path / "cong_thuc.xlsx", sheets)
    workbook = load_workbook(source)
    workbook["Địa bàn"]["G2"].data_type = "s"
    workbook.save(source)
    run(capsys, "--db", str(db_path), "import-plan", str(source))
    exported = tmp_path / "xuat.xlsx"
    run(capsys, "--db", str(db_path), "export", "plan", str(exported), "--plan", "1-KH/TEST")
    column = load_workbook(exported)["Địa bàn"]["G2:G5"]
    assert sorted((cell.value, cell.data_type, cell.quotePrefix) for (cell,) in column) == sorted(
        (note, "s", True) for note in notes)
