"""Workbooks someone sends us, made hostile for real, refused before openpyxl loads them with the exact
Vietnamese line, fast, and nothing written; and cells beyond their field's limit refused with their place."""

import shutil
import time

import pytest
from defusedxml import DTDForbidden, EntitiesForbidden
from openpyxl import load_workbook
from sqlmodel import func, select

from domain.audit import AuditEvent
from domain.plan import Plan
from storage.database import open_database
from tests.cli.run import run
from tests.conftest import ACTOR
from tests.hostile_workbooks import BILLION_LAUGHS, letters, one_sheet, rewrite, rows, with_cell, zeros
from tests.updates import assessments, fill
from tests.workbooks import annex, write_annex

SHEET = "xl/worksheets/sheet1.xml"
T1 = ("Thôn 1", "Xã Một")


def _import_plan(capsys, db_path, path) -> tuple[int, str]:
    started = time.perf_counter()
    status, out, err = run(capsys, "--db", str(db_path), "import-plan", str(path))
    assert time.perf_counter() - started < 5, "a hostile file must be refused in seconds, not minutes"
    assert out == ""
    return status, err


def _plans_and_events(db_path) -> tuple[list[str], int]:
    database = open_database(f"sqlite:///{db_path}", actor=ACTOR)
    with database.session() as session:
        plans = sorted(session.exec(select(Plan.code)))
        events = session.exec(select(func.count()).select_from(AuditEvent)).one()
    database.close()
    return plans, events


@pytest.fixture
def before(db_path, sample_database_file):
    """The sample database (a copy of the one made for the run) as it was before the import tried."""
    shutil.copy(sample_database_file, db_path)
    return _plans_and_events(db_path)


def _refused(capsys, db_path, path, before) -> str:
    status, err = _import_plan(capsys, db_path, path)
    assert status == 2
    assert _plans_and_events(db_path) == before
    return err


def test_a_million_rows_are_refused_by_the_sheet_dimension(db_path, tmp_path, capsys, before):
    path = rewrite(one_sheet(tmp_path / "a.xlsx", "Địa bàn"), tmp_path / "trieu_dong.xlsx",
                   {SHEET: rows(1_000_000, dimension=True)})
    assert _refused(capsys, db_path, path, before) == (
        "langmoi: Không đọc tệp “trieu_dong.xlsx”: sheet “Địa bàn” có 1.000.000 dòng, quá giới hạn 100.000 dòng; "
        "chưa ghi gì.\n")


def test_a_million_rows_without_a_dimension_are_refused_while_streaming(db_path, tmp_path, capsys, before):
    path = rewrite(one_sheet(tmp_path / "a.xlsx", "Địa bàn"), tmp_path / "trieu_dong.xlsx",
                   {SHEET: rows(1_000_000, dimension=False)})
    assert _refused(capsys, db_path, path, before) == (
        "langmoi: Không đọc tệp “trieu_dong.xlsx”: sheet “Địa bàn” có hơn 100.000 dòng, quá giới hạn 100.000 dòng; "
        "chưa ghi gì.\n")


def test_a_zip_bomb_of_one_gibibyte_is_refused_by_its_unzipped_size(db_path, tmp_path, capsys, before):
    path = rewrite(one_sheet(tmp_path / "a.xlsx", "Địa bàn"), tmp_path / "bom.xlsx",
                   {"xl/media/image1.png": zeros(1024 * 1024 * 1024)})
    assert _refused(capsys, db_path, path, before) == (
        "langmoi: Không đọc tệp “bom.xlsx”: giải nén ra 1.024 MB, quá giới hạn 50 MB của một bảng tính; chưa ghi gì.\n")


def test_a_part_compressed_a_thousand_times_is_refused(db_path, tmp_path, capsys, before):
    path = rewrite(one_sheet(tmp_path / "a.xlsx", "Địa bàn"), tmp_path / "nen.xlsx",
                   {"xl/media/image1.png": zeros(32 * 1024 * 1024)})
    err = _refused(capsys, db_path, path, before)
    assert err.startswith("langmoi: Không đọc tệp “nen.xlsx”: phần “xl/media/image1.png” nén ")
    assert err.endswith(" lần, quá tỉ lệ 100 lần của một bảng tính thật (có thể là tệp độc hại); chưa ghi gì.\n")


def test_a_billion_laughs_is_refused_here_and_by_openpyxl_itself(db_path, tmp_path, capsys, before):
    path = rewrite(one_sheet(tmp_path / "a.xlsx", "Địa bàn"), tmp_path / "cuoi.xlsx", {SHEET: BILLION_LAUGHS})
    assert _refused(capsys, db_path, path, before) == (
        "langmoi: Không đọc tệp “cuoi.xlsx”: phần “xl/worksheets/sheet1.xml” có khai báo DOCTYPE, điều một bảng tính "
        "Excel thật không có (dạng tệp XML độc hại như “billion laughs”); chưa ghi gì.\n")
    with path.open("rb") as handle, pytest.raises(ValueError) as opened:
        load_workbook(handle)
    assert isinstance(opened.value.__context__, DTDForbidden | EntitiesForbidden)  # openpyxl uses defusedxml


def test_a_formula_without_its_value_is_refused_with_its_cell(db_path, tmp_path, capsys, before):
    sheets = annex()
    sheets["Tiêu chí"][1][3] = '=CONCATENATE("Đường ", "trục")'
    path = write_annex(tmp_path / "cong_thuc.xlsx", sheets)
    assert _refused(capsys, db_path, path, before) == (
        "langmoi: Không đọc tệp “cong_thuc.xlsx”: 1 ô không đọc được, chưa ghi gì.\n"
        "- Sheet “Tiêu chí”, ô D3: là công thức, không phải giá trị; hãy dán giá trị (Paste Values) rồi gửi lại.\n")


def test_a_workbook_with_macros_is_refused(db_path, tmp_path, capsys, before):
    xlsm = write_annex(tmp_path / "macro.xlsm", annex())
    assert _refused(capsys, db_path, xlsm, before) == (
        "langmoi: Tệp “macro.xlsm” là bảng tính có macro: Làng Mới không mở tệp có macro. Hãy mở tệp bằng Excel, "
        "chọn Lưu thành (Save As) kiểu “Excel Workbook (*.xlsx)” rồi gửi lại.\n")
    renamed = rewrite(write_annex(tmp_path / "a.xlsx", annex()), tmp_path / "doi_ten.xlsx",
                      {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0 macros"})
    assert "“doi_ten.xlsx” là bảng tính có macro" in _refused(capsys, db_path, renamed, before)


def test_a_ten_megabyte_cell_is_refused_before_loading(db_path, tmp_path, capsys, before):
    huge = letters(10 * 1024 * 1024)
    source = write_annex(tmp_path / "a.xlsx", annex())
    path = with_cell(source, tmp_path / "o_lon.xlsx", "xl/worksheets/sheet2.xml", "A2",
                     f'<c r="A2" t="inlineStr"><is><t>{huge}</t></is></c>')
    assert _refused(capsys, db_path, path, before) == (
        "langmoi: Không đọc tệp “o_lon.xlsx”: 1 ô không đọc được, chưa ghi gì.\n"
        "- Sheet “Địa bàn”, ô A2: dài 10.485.760 ký tự, quá giới hạn 32.767 ký tự của một ô Excel.\n")


def test_cells_beyond_their_field_are_refused_with_sheet_row_and_column(db_path, tmp_path, capsys, before):
    sheets = annex()
    sheets["Địa bàn"][0][3:7] = [10**15, 10, "Ba Na", "x" * 1001]
    sheets["Địa bàn"][1][3:5] = [100, 200]
    sheets["Tổ hỗ trợ"][0][7] = "0" * 61
    sheets["Kế hoạch"][0][4] = 1900
    path = write_annex(tmp_path / "qua_gioi_han.xlsx", sheets)
    err = _refused(capsys, db_path, path, before)
    lines = err.splitlines()
    assert lines[0] == "langmoi: Không nhập tệp “qua_gioi_han.xlsx”: 5 lỗi, chưa ghi gì."
    assert sorted(lines[1:]) == sorted([
        "- sheet “Kế hoạch”, dòng 2, cột “Từ năm”: 1900 nhỏ hơn mức thấp nhất 1990",
        "- sheet “Địa bàn”, dòng 2, cột “Số hộ”: 1.000.000.000.000.000 vượt quá giới hạn 100.000 hộ",
        "- sheet “Địa bàn”, dòng 2, cột “Ghi chú”: dài 1.001 ký tự, quá giới hạn 1.000 ký tự",
        "- sheet “Địa bàn”, dòng 3, cột “Số hộ DTTS”: 200 lớn hơn số hộ (100)",
        "- sheet “Tổ hỗ trợ”, dòng 2, cột “Điện thoại”: dài 61 ký tự, quá giới hạn 60 ký tự",
    ])


@pytest.fixture
def small(empty_database, small_plan):
    return empty_database


def _export_updates(capsys, db, tmp_path):
    target = tmp_path / "so_mot.xlsx"
    status, _, err = run(capsys, "--db", str(db.engine.url.database), "export", "updates", "--agency", "Sở Một",
                         "--year", "2025", "--out", str(target))
    assert (status, err) == (0, "")
    return target


def _evidence_cell(path, number: int) -> str:
    """The evidence cell ("F11") of criterion `number` on the sheet Thôn 1."""
    worksheet = load_workbook(path)["Thôn 1"]
    row = next(r for r in range(9, worksheet.max_row + 1) if worksheet.cell(r, 1).value == number)
    return f"F{row}"


def test_an_uncomputed_formula_never_erases_stored_evidence(small, tmp_path, capsys):
    path = _export_updates(capsys, small, tmp_path)
    cell = _evidence_cell(path, 3)
    workbook = load_workbook(path)
    workbook["Thôn 1"][cell] = '=""'
    workbook.save(path)
    before = assessments(small, 2025)
    status, out, err = run(capsys, "--db", str(small.engine.url.database), "import-updates", str(path))
    assert status == 2
    assert err == ("langmoi: Không đọc tệp “so_mot.xlsx”: 1 ô không đọc được, chưa ghi gì.\n"
                   f"- Sheet “Thôn 1”, ô {cell}: là công thức, không phải giá trị; hãy dán giá trị (Paste Values) "
                   "rồi gửi lại.\n")
    assert assessments(small, 2025) == before
    assert before[(*T1, 3)][1] == "Biên bản số 5"


def test_a_formula_with_its_computed_value_is_read_as_that_value(small, tmp_path, capsys):
    exported = _export_updates(capsys, small, tmp_path)
    cell = _evidence_cell(exported, 3)
    part = f"xl/worksheets/sheet{load_workbook(exported).sheetnames.index('Thôn 1') + 1}.xml"
    path = with_cell(exported, tmp_path / "tinh_roi.xlsx", part, cell,
                     f'<c r="{cell}" t="str"><f>"Biên bản "&amp;"số 7"</f><v>Biên bản số 7</v></c>')
    status, _, err = run(capsys, "--db", str(small.engine.url.database), "import-updates", str(path))
    assert (status, err) == (0, "")
    assert assessments(small, 2025)[(*T1, 3)][1] == "Biên bản số 7"


def test_evidence_beyond_its_limit_refuses_the_whole_update_workbook(small, tmp_path, capsys):
    path = _export_updates(capsys, small, tmp_path)
    fill(path, "Thôn 1", 1, evidence="Ảnh " * 1250)
    fill(path, "Thôn 1", 2, note="Ghi chú hợp lệ")
    before = assessments(small, 2025)
    status, _, err = run(capsys, "--db", str(small.engine.url.database), "import-updates", str(path))
    assert status == 2
    row = int(_evidence_cell(path, 1)[1:])
    assert err == ("langmoi: Không đọc tệp “so_mot.xlsx”: 1 ô không đọc được, chưa ghi gì.\n"
                   f"- Sheet “Thôn 1”, dòng {row}, cột “Minh chứng”: dài 4.999 ký tự, quá giới hạn 4.000 ký tự.\n")
    assert assessments(small, 2025) == before
