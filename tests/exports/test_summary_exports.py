"""The summary report as its reader checks it: the figures in the PDF's text, in the workbook's cells (real
numbers with their formats, frozen headers, print titles, fit to width), and the command that writes both."""

import shutil
import subprocess

import openpyxl
import pytest

from domain.plans import create_plan, list_plans
from exports.summary_export import export_summary
from storage.database import open_database
from tests.builders import small_plan_draft
from tests.cli.run import run
from tests.conftest import ACTOR, OFFICER
from tests.pdf import pdf_fonts, pdf_pages, pdf_text


@pytest.fixture
def report_2024(empty_database, small_plan, tmp_path):
    def write(suffix):
        target = tmp_path / f"tong_hop{suffix}"
        export_summary(empty_database.session, plan_id=small_plan.id, year=2024, target=target)
        return target

    return write


def test_the_pdf_carries_every_section_with_its_figures(report_2024):
    target = report_2024(".pdf")
    text = pdf_text(target)
    for expected in [
        "ĐẢNG CỘNG SẢN VIỆT NAM", "KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 1-KH/TEST NĂM 2024",
        "Năm 2024, 1/4 thôn (làng) đạt chuẩn nông thôn mới; bình quân mỗi thôn đạt 1,3 tiêu chí",
        "Số thôn đạt chuẩn theo huyện", "Số thôn đạt chuẩn theo xã", "Số thôn đạt chuẩn qua các năm",
        "Các tiêu chí ít thôn đạt nhất",
        "I. TIẾN ĐỘ THEO HUYỆN, XÃ", "Huyện A 3 1 1,7 3/3 (100,0%) 2/6 (33,3%)",
        "– Xã Một 2 1 2,0 2/2 (100,0%) 2/4 (50,0%)", "Toàn kế hoạch 4 1 1,3 3/4 (75,0%) 2/8 (25,0%)",
        "II. KẾT QUẢ THEO CƠ QUAN, ĐƠN VỊ PHỤ TRÁCH", "Sở Một 2 0 1/2 4/6 (66,7%)", "Sở Hai 2 1 1/3 4/9 (44,4%)",
        "III. KẾT QUẢ TỪNG TIÊU CHÍ", "2 Giao thông Hạ tầng 1/4 25,0%", "1 Quy hoạch Quy hoạch 3/4 75,0%",
        "IV. KẾT QUẢ PHONG TRÀO", "Chưa có thôn nào báo cáo số liệu hộ năm 2024.",
        "V. THÔN (LÀNG) CẦN QUAN TÂM", "2. Thôn chưa được đánh giá năm 2024", "Làng Mới Xã Ba",
        "Kế hoạch số 1-KH/TEST", "Số liệu đọc lúc",
    ]:
        assert expected in text, expected
    assert text.index("Giao thông Hạ tầng 1/4") < text.index("Quy hoạch Quy hoạch 3/4")  # weakest first
    pages = pdf_pages(target)
    assert all(f"Trang {n}/{len(pages)}" in page for n, page in enumerate(pages, start=1))
    assert all(embedded and "LiberationSerif" in name for name, embedded in pdf_fonts(target))


def test_wide_tables_get_landscape_pages(report_2024):
    target = report_2024(".pdf")
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(target)], check=True, capture_output=True,
                          text=True).stdout
    sizes = [line.split(":", 1)[1].split("pts")[0].split(" x ") for line in info.splitlines()
             if line.startswith("Page") and "size" in line]
    shapes = ["landscape" if float(w) > float(h) else "portrait" for w, h in sizes]
    pages = pdf_pages(target)
    assert shapes[0] == "portrait"
    assert shapes[[i for i, p in enumerate(pages) if "I. TIẾN ĐỘ THEO HUYỆN, XÃ" in p][0]] == "landscape"
    assert shapes[[i for i, p in enumerate(pages) if "III. KẾT QUẢ TỪNG TIÊU CHÍ" in p][0]] == "portrait"


def test_the_workbook_has_a_sheet_a_section_with_real_numbers(report_2024):
    workbook = openpyxl.load_workbook(report_2024(".xlsx"))
    assert workbook.sheetnames == ["Tiến độ", "Cơ quan", "Tiêu chí", "Phong trào", "Cần quan tâm"]
    areas = workbook["Tiến độ"]
    rows = {row[0].value: row for row in areas.iter_rows(min_row=4)}
    district = [cell.value for cell in rows["Huyện A"]]
    assert district[:5] == ["Huyện A", "Huyện", 3, 1, pytest.approx(5 / 3)]
    assert district[5:7] == [1.0, pytest.approx(2 / 6)]
    assert rows["Huyện A"][2].number_format == "#,##0"
    assert rows["Huyện A"][5].number_format == "0.0%"
    assert [cell.value for cell in rows["Toàn kế hoạch"]][2:5] == [4, 1, 1.25]
    for sheet in workbook:
        assert sheet.freeze_panes == "B4"
        assert sheet.print_title_rows == "$3:$3"
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1
        assert sheet.oddFooter.left.text == "Kế hoạch số 1-KH/TEST"
        assert sheet.oddFooter.center.text.startswith("Số liệu đọc lúc")
        assert sheet.oddFooter.right.text == "Trang &P/&N"
    criteria = [[c.value for c in row] for row in workbook["Tiêu chí"].iter_rows(min_row=4)]
    assert [row[0] for row in criteria] == [2, 3, 1]
    assert criteria[2][3:] == [3, 4, 0.75]
    agencies = {row[0].value: [c.value for c in row] for row in workbook["Cơ quan"].iter_rows(min_row=4)}
    assert agencies["Sở Hai"][1:7] == [2, 1, 1, 3, 4, pytest.approx(4 / 9)]
    attention = [[c.value for c in row] for row in workbook["Cần quan tâm"].iter_rows(min_row=4)]
    assert attention == [["Làng Mới", "Xã Ba", None, "Chưa đánh giá năm 2024", None, None]]  # no district


def test_the_command_writes_pdf_or_xlsx_and_refuses_other_files(db_path, tmp_path, capsys):
    database = open_database(f"sqlite:///{db_path}", actor=ACTOR)
    with database.unit_of_work(OFFICER) as uow:
        create_plan(uow, draft=small_plan_draft())
    database.close()
    for suffix in (".pdf", ".xlsx"):
        target = tmp_path / f"bc{suffix}"
        status, out, err = run(capsys, "--db", str(db_path), "export", "summary", "--year", "2024",
                               "--out", str(target))
        assert (status, err) == (0, "")
        assert "Đã ghi báo cáo tổng hợp năm 2024 của kế hoạch 1-KH/TEST" in out
        assert target.stat().st_size > 0
    status, _, err = run(capsys, "--db", str(db_path), "export", "summary", "--year", "2024",
                         "--out", str(tmp_path / "bc.docx"))
    assert status == 2
    assert err.strip() == "langmoi: Tệp “bc.docx”: báo cáo tổng hợp ghi ra .pdf hoặc .xlsx."
    assert not (tmp_path / "bc.docx").exists()
    status, _, err = run(capsys, "--db", str(db_path), "export", "summary", "--year", "2030",
                         "--out", str(tmp_path / "x.pdf"))
    assert (status, err.strip()) == (2, "langmoi: Năm 2030 nằm ngoài thời gian của kế hoạch (2024–2026).")


def test_the_workbooks_campaign_line_writes_its_total_as_vietnamese_read_it(sample_database_file, tmp_path):
    """The sample's 5.582 minority households (57 villages, 2025) in the campaign sheet's text line, with the
    thousands dot a Vietnamese reader expects, as the PDF writes it."""
    copy = tmp_path / "langmoi.sqlite3"
    shutil.copy(sample_database_file, copy)
    database = open_database(f"sqlite:///{copy}", actor=ACTOR)
    try:
        with database.session() as session:
            plan = list_plans(session)[0]
        target = tmp_path / "tong_hop.xlsx"
        export_summary(database.session, plan_id=plan.id, year=2025, target=target)
    finally:
        database.close()
    line = openpyxl.load_workbook(target)["Phong trào"].cell(2, 1).value
    assert line.endswith("thôn có báo cáo; tổng số hộ đồng bào DTTS: 5.582")


def test_the_signers_never_stand_alone_on_the_last_page(empty_database, small_plan, tmp_path):
    """Whatever the length of the list of villages not assessed (the report's last table), the last page carries
    its last rows with the signers."""
    from dataclasses import replace
    from datetime import date

    from domain.plans import plan_in_year
    from domain.summary import summary
    from exports.summary_pdf import write_summary_pdf

    with empty_database.session() as session:
        report = summary(session, plan_in_year(session, small_plan.id, 2024), 2024, date(2025, 6, 1))
    place = report.places[0]
    signed_alone = []
    for count in range(1, 46):  # from a part of a page to more than a page of rows
        villages = [replace(place, village=f"Thôn số {n}") for n in range(1, count + 1)]
        target = tmp_path / f"tong_hop_{count}.pdf"
        write_summary_pdf(replace(report, not_assessed=villages), target)
        last = pdf_pages(target)[-1]
        assert "NGƯỜI LẬP BIỂU" in last
        if f"Thôn số {count} " not in last:
            signed_alone.append(count)
    assert signed_alone == []
