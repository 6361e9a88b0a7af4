"""The command line's reorganisation commands: the template, a dry run, the import (once), the export read back,
and a refused workbook's lines on stderr with nothing written."""

import shutil

from openpyxl import load_workbook

from domain.reorganisation_workbook_format import CHANGES
from tests.cli.run import run
from tests.pdf import pdf_text


def test_template_dry_run_import_twice_and_export(capsys, db_path, sample_database_file, tmp_path):
    shutil.copy(sample_database_file, db_path)
    db = ("--db", str(db_path))
    template = tmp_path / "mau.xlsx"
    assert run(capsys, "export", "reorg-template", str(template))[0] == 0
    status, out, err = run(capsys, *db, "import-reorg", str(template), "--dry-run")
    assert (status, err) == (0, "")
    assert "  Sáp nhập: xã Tê Xăng, huyện Tu Mơ Rông, tỉnh Kon Tum → xã Ngọk Yêu, tỉnh Quảng Ngãi" in out.splitlines()
    assert "  Thôn 1, xã Tê Xăng, huyện Tu Mơ Rông → Thôn 1 Tê Xăng, xã Ngọk Yêu, tỉnh Quảng Ngãi" in (
        out.splitlines())
    assert out.splitlines()[-1] == ("Chạy thử, chưa ghi gì. Tệp sẽ ghi: 1 quyết định, 19 đơn vị thay đổi, 33 thôn "
                                    "chuyển xã hoặc đổi tên.")
    status, out, err = run(capsys, *db, "import-reorg", str(template))
    assert (status, err) == (0, "")
    assert out.splitlines()[-1] == ("Đã ghi sắp xếp đơn vị hành chính từ “mau.xlsx”: 1 quyết định, 19 đơn vị thay "
                                    "đổi, 33 thôn chuyển xã hoặc đổi tên.")
    status, out, _ = run(capsys, *db, "import-reorg", str(template))
    assert out.splitlines() == ["  Quyết định 01/2025/NQ-MH (minh họa) đã ghi trước đây: giữ nguyên.",
                                "Không có gì thay đổi: mọi quyết định trong tệp đã được ghi."]
    exported = tmp_path / "da_ghi.xlsx"
    status, out, _ = run(capsys, *db, "export", "reorg", str(exported))
    assert out == f"Đã ghi 1 quyết định sắp xếp (19 dòng thay đổi) vào “{exported}”.\n"
    rows = list(load_workbook(exported)[CHANGES].iter_rows(min_row=2, values_only=True))
    assert len(rows) == 19 and {row[0] for row in rows} == {"01/2025/NQ-MH (minh họa)"}
    assert ("Xã", "Sáp nhập", "Kon Tum", "Tu Mơ Rông", "Tê Xăng", None, "Quảng Ngãi", None, "Ngọk Yêu", None) in {
        row[4:14] for row in rows}


def test_a_refused_workbook_lists_its_rows_and_writes_nothing(capsys, db_path, sample_database_file, tmp_path):
    shutil.copy(sample_database_file, db_path)
    path = tmp_path / "sai.xlsx"
    run(capsys, "export", "reorg-template", str(path))
    workbook = load_workbook(path)
    workbook[CHANGES]["I8"] = "Đăk Hà"
    workbook.save(path)
    status, out, err = run(capsys, "--db", str(db_path), "import-reorg", str(path))
    assert (status, out) == (2, "")
    assert err == ("langmoi: Không nhập tệp “sai.xlsx”: 1 lỗi, chưa ghi gì.\n- sheet “Sắp xếp”, dòng 8, cột “Xã cũ”: "
                   "không có xã “Đăk Hà” (xã Đăk Hà, huyện Tu Mơ Rông, tỉnh Kon Tum) đang có hiệu lực\n")
    status, out, _ = run(capsys, "--db", str(db_path), "export", "reorg", str(tmp_path / "trong.xlsx"))
    assert out.startswith("Đã ghi 0 quyết định sắp xếp")


def test_a_village_s_former_name_finds_its_sheet_and_is_said_to_be_it(capsys, db_path, sample_database_file,
                                                                       tmp_path):
    shutil.copy(sample_database_file, db_path)
    db = ("--db", str(db_path))
    template = tmp_path / "mau.xlsx"
    assert run(capsys, "export", "reorg-template", str(template))[0] == 0
    assert run(capsys, *db, "import-reorg", str(template))[0] == 0
    status, out, err = run(capsys, *db, "export", "sheets", "--year", "2025", "--village", "thon 1, te xang",
                           "--out", str(tmp_path / "phieu.pdf"))
    assert (status, err) == (0, "")
    assert out.splitlines()[0] == ("“thon 1, te xang” — trước 01/7/2025: Thôn 1, xã Tê Xăng, huyện Tu Mơ Rông; nay là "
                                   "Thôn 1 Tê Xăng, xã Ngọk Yêu.")
    assert "Thôn (làng): Thôn 1 Tê Xăng; Xã: Ngọk Yêu" in pdf_text(tmp_path / "phieu.pdf")


def test_the_summary_names_the_units_it_is_grouped_by(capsys, db_path, sample_database_file, tmp_path):
    shutil.copy(sample_database_file, db_path)
    db = ("--db", str(db_path))
    template = tmp_path / "mau.xlsx"
    assert run(capsys, "export", "reorg-template", str(template))[0] == 0
    assert run(capsys, *db, "import-reorg", str(template))[0] == 0
    assert run(capsys, *db, "export", "summary", "--year", "2024", "--out", str(tmp_path / "then.pdf"))[0] == 0
    then = pdf_text(tmp_path / "then.pdf")
    assert "(Số liệu theo đơn vị hành chính năm 2024)" in then and "Xốp" in then
    assert run(capsys, *db, "export", "summary", "--year", "2024", "--today-units",
               "--out", str(tmp_path / "today.xlsx"))[0] == 0
    workbook = load_workbook(tmp_path / "today.xlsx", read_only=True)
    try:
        rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    finally:
        workbook.close()
    assert rows[0][0] == "I. Tiến độ theo huyện, xã — Kế hoạch số 133-KH/TU (MẪU), năm 2024, số liệu theo đơn vị " \
                         "hành chính hiện nay"
    assert "Xốp" not in {row[0] for row in rows}
