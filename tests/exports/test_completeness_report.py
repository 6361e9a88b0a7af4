"""The completeness report as its reader checks it, on the hand-counted round of tests/review_case.py: the figures
and the reminder list in the PDF's text, the workbook's rows read back, the reminder text copied, the command."""

import openpyxl
import pytest

from domain.completeness import completeness_report, reminder_text
from domain.plans import create_plan
from exports.completeness_export import export_completeness
from storage.database import open_database
from tests.backends import both_backends  # noqa: F401  (these tests on SQLite and PostgreSQL)
from tests.builders import small_plan_draft
from tests.cli.run import run
from tests.conftest import ACTOR, OFFICER
from tests.pdf import pdf_fonts, pdf_pages, pdf_text
from tests.review_case import PHONE, TODAY, YEAR, open_review_case


@pytest.fixture
def reviewed(empty_database, small_plan):
    open_review_case(empty_database, small_plan)
    return empty_database, small_plan


def test_the_pdf_gives_the_hand_counted_figures_and_who_to_remind(reviewed, tmp_path):
    database, plan = reviewed
    target = export_completeness(database.session, plan_id=plan.id, year=YEAR, target=tmp_path / "tien_do.pdf",
                                 today=TODAY)
    text = pdf_text(target)
    for expected in [
        "BÁO CÁO TIẾN ĐỘ RÀ SOÁT, ĐÁNH GIÁ", "THÔN (LÀNG) NÔNG THÔN MỚI NĂM 2025", "(Thực hiện Kế hoạch số 1-KH/TEST)",
        "Hạn gửi kết quả rà soát năm 2025: 30/11/2025. Đến ngày 10/12/2025: 2/4 thôn đã gửi (1 đúng hạn, 1 muộn), "
        "1 thôn đã duyệt, 1 thôn bị trả lại, 2 thôn chưa gửi (2 quá hạn).",
        "I. THEO HUYỆN, XÃ", "Huyện A 3 1 1 1 (1) 1 1", "– Xã Hai 1 0 0 1 (1) 0 1", "– Xã Một 2 1 1 0 (0) 1 0",
        "– Xã Ba 1 0 0 1 (1) 0 0", "Toàn kế hoạch 4 1 1 2 (2) 1 1",
        "II. THEO CƠ QUAN, ĐƠN VỊ CHỦ TRÌ", "Sở Hai 2 0 0 2 (2) 0 1", "Sở Một 2 1 1 0 (0) 1 0",
        "III. DANH SÁCH NHẮC GỬI KẾT QUẢ RÀ SOÁT", "1. Sở Hai (2 thôn)",
        f"1 Thôn 1 Xã Hai Trả lại, quá hạn Võ Thị Hai {PHONE}", "2 Làng Mới Xã Ba Đang rà soát, quá hạn Đinh Văn Mới",
    ]:
        assert expected in text, expected
    assert "Sở Một (" not in text  # every village it leads is sent: nobody of it to remind
    assert "chính thức" not in text  # the year is not closed
    pages = pdf_pages(target)
    assert all(f"Trang {n}/{len(pages)}" in page for n, page in enumerate(pages, start=1))
    assert all(embedded for _name, embedded in pdf_fonts(target))


def test_the_workbook_holds_the_same_figures_as_numbers_and_a_row_per_village_to_remind(reviewed, tmp_path):
    database, plan = reviewed
    target = export_completeness(database.session, plan_id=plan.id, year=YEAR, target=tmp_path / "tien_do.xlsx",
                                 today=TODAY)
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames == ["Theo địa bàn", "Theo cơ quan", "Danh sách nhắc"]
    areas = [[cell.value for cell in row] for row in workbook["Theo địa bàn"].iter_rows(min_row=4)]
    assert areas[0] == ["Địa bàn", "Cấp", "Số thôn phải rà soát", "Gửi đúng hạn", "Gửi muộn", "Chưa gửi",
                        "Trong đó quá hạn", "Đã duyệt", "Trả lại"]
    assert areas[1:] == [["Huyện A", "Huyện", 3, 1, 1, 1, 1, 1, 1], ["Xã Hai", "Xã", 1, 0, 0, 1, 1, 0, 1],
                         ["Xã Một", "Xã", 2, 1, 1, 0, 0, 1, 0], ["Xã Ba", "Xã", 1, 0, 0, 1, 1, 0, 0],
                         ["Toàn kế hoạch", None, 4, 1, 1, 2, 2, 1, 1]]
    agencies = [[cell.value for cell in row] for row in workbook["Theo cơ quan"].iter_rows(min_row=5)]
    assert agencies == [["Sở Hai", 2, 0, 0, 2, 2, 0, 1], ["Sở Một", 2, 1, 1, 0, 0, 1, 0]]
    reminders = [[cell.value for cell in row] for row in workbook["Danh sách nhắc"].iter_rows(min_row=5)]
    assert reminders == [["Sở Hai", "Thôn 1", "Xã Hai", "Huyện A", "Trả lại", "Có", "Võ Thị Hai", PHONE],
                         ["Sở Hai", "Làng Mới", "Xã Ba", None, "Đang rà soát", "Có", "Đinh Văn Mới", None]]
    for sheet in workbook:
        assert sheet.freeze_panes == "B5"
        assert sheet.print_title_rows == "$4:$4"
        assert sheet.page_setup.orientation == "landscape"
    workbook.close()


def test_the_reminders_copied_are_plain_lines_with_names_and_phones(reviewed):
    database, plan = reviewed
    with database.session() as session:
        text = reminder_text(completeness_report(session, plan, YEAR, TODAY))
    assert text.splitlines() == [
        "Thôn (làng) chưa gửi kết quả rà soát năm 2025 (kế hoạch 1-KH/TEST, hạn 30/11/2025):",
        "",
        "Sở Hai (2 thôn):",
        f"- Thôn 1, Xã Hai, Huyện A (Trả lại, quá hạn): tổ trưởng Võ Thị Hai, ĐT {PHONE}",
        "- Làng Mới, Xã Ba (Đang rà soát, quá hạn): tổ trưởng Đinh Văn Mới",
    ]


def test_before_the_deadline_nothing_is_late_or_overdue(reviewed):
    database, plan = reviewed
    with database.session() as session:
        report = completeness_report(session, plan, YEAR, TODAY.replace(month=11, day=1))
    whole = report.whole
    assert (whole.expected, whole.on_time, whole.not_submitted, whole.overdue) == (4, 1, 2, 0)
    assert whole.late == 1  # sent on 05/12 after the deadline: the report reads the rows as they are


def test_a_year_without_a_round_expects_every_village_and_says_no_round_is_open(empty_database, small_plan):
    with empty_database.session() as session:
        report = completeness_report(session, small_plan, 2026, TODAY)
    assert report.deadline is None
    assert report.whole.expected == report.whole.not_submitted == 4
    assert report.whole.overdue == 0
    assert sum(len(agency.reminders) for agency in report.reminders) == 4


def test_the_command_writes_the_report_the_window_prints(db_path, tmp_path, capsys):
    database = open_database(f"sqlite:///{db_path}", actor=ACTOR)
    with database.unit_of_work(OFFICER) as uow:
        plan = create_plan(uow, draft=small_plan_draft())
    open_review_case(database, plan)
    database.close()
    for suffix in (".pdf", ".xlsx"):
        target = tmp_path / f"tien_do{suffix}"
        status, out, err = run(capsys, "--db", str(db_path), "completeness", "--year", "2025", "--out", str(target))
        assert (status, err) == (0, "")
        assert f"Đã ghi báo cáo tiến độ rà soát năm 2025 của kế hoạch 1-KH/TEST vào {target}" in out
    assert "III. DANH SÁCH NHẮC GỬI KẾT QUẢ RÀ SOÁT" in pdf_text(tmp_path / "tien_do.pdf")
    status, out, err = run(capsys, "--db", str(db_path), "completeness", "--year", "2025", "--mid-year",
                           "--out", str(tmp_path / "giua_nam.pdf"))
    assert (status, err) == (0, "")
    assert "Chưa mở đợt rà soát 6 tháng đầu năm 2025; mọi thôn đang rà soát." in pdf_text(tmp_path / "giua_nam.pdf")
    status, _, err = run(capsys, "--db", str(db_path), "completeness", "--year", "2025",
                         "--out", str(tmp_path / "tien_do.docx"))
    assert status == 2
    assert err.strip() == "langmoi: Tệp “tien_do.docx”: báo cáo tiến độ rà soát ghi ra .pdf hoặc .xlsx."


def test_the_signers_never_stand_alone_on_the_last_page(reviewed, tmp_path):
    """Whatever the length of the reminder list, the last page carries its last rows with the signers: a list
    ending at a page's foot takes its last rows over with them."""
    from dataclasses import replace

    from domain.completeness import AgencyReminders
    from exports.completeness_pdf import write_completeness_pdf

    database, plan = reviewed
    with database.session() as session:
        report = completeness_report(session, plan, YEAR, TODAY)
    awaited = report.reminders[0].reminders[0]
    signed_alone = []
    for count in range(1, 46):  # from a part of a page to more than a page of rows
        reminders = [replace(awaited, leader=f"Tổ trưởng số {n}") for n in range(1, count + 1)]
        target = tmp_path / f"tien_do_{count}.pdf"
        write_completeness_pdf(replace(report, reminders=[AgencyReminders("Sở Hai", reminders)]), target)
        last = pdf_pages(target)[-1]
        assert "NGƯỜI LẬP BIỂU" in last
        if f"Tổ trưởng số {count} " not in last:
            signed_alone.append(count)
    assert signed_alone == []
