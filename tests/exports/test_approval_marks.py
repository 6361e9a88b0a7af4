"""'Chưa duyệt' on what is printed, as a reader sees it in the PDF's text (the hand-counted round of
tests/review_case.py: only Thôn 1 of Xã Một is approved in 2025): a sheet not approved says so under its title and
at the foot of each page, an approved one does not; the summary marks each row summing a village not approved and
every page; a closed year prints as final."""

from datetime import UTC, datetime

import openpyxl
import pytest

from domain.agency_sheet import find_agency
from domain.places import find_place
from domain.review_rounds import YearClosure
from exports.sheet_export import export_village_sheets
from exports.summary_export import export_summary
from tests.backends import both_backends  # noqa: F401  (these tests on SQLite and PostgreSQL)
from tests.pdf import pdf_pages, pdf_text
from tests.review_case import YEAR, open_review_case


@pytest.fixture
def reviewed(empty_database, small_plan):
    open_review_case(empty_database, small_plan)
    return empty_database, small_plan


def _sheet_pages(database, plan, name, target):
    with database.session() as session:
        village_id = find_place(session, plan.id, name).village_id
    export_village_sheets(database.session, plan_id=plan.id, year=YEAR, target=target, village_ids=[village_id])
    return pdf_pages(target)


def _close_year(database, plan) -> None:
    with database.session() as session:
        session.add(YearClosure(plan_id=plan.id, year=YEAR, closed_by="officer", closed_at=datetime.now(UTC)))
        session.commit()


def pdf_text_of(pages: list[str]) -> str:
    return " ".join(pages)


def test_a_sheet_not_approved_says_so_under_its_title_and_on_every_page(reviewed, tmp_path):
    database, plan = reviewed
    pages = _sheet_pages(database, plan, "Làng Đắk", tmp_path / "dak.pdf")
    assert ("NÔNG THÔN MỚI NĂM 2025 (Thực hiện Kế hoạch số 1-KH/TEST) SỐ LIỆU CHƯA DUYỆT Thôn (làng): Làng Đắk"
            in pages[0])
    assert all(page.count("SỐ LIỆU CHƯA DUYỆT") >= 1 for page in pages)
    assert pdf_text(tmp_path / "dak.pdf").count("SỐ LIỆU CHƯA DUYỆT") == len(pages) + 1


def test_an_agencys_sheet_marks_its_villages_not_approved(reviewed, tmp_path):
    database, plan = reviewed
    with database.session() as session:
        agency_id = find_agency(session, plan.id, "Sở Một").agency_id
    target = tmp_path / "so_mot.pdf"
    export_village_sheets(database.session, plan_id=plan.id, year=YEAR, target=target, agency_id=agency_id)
    cover = pdf_pages(target)[0]
    assert "PHỤ TRÁCH, GIÚP ĐỠ NĂM 2025 (Thực hiện Kế hoạch số 1-KH/TEST) SỐ LIỆU CHƯA DUYỆT" in cover
    assert cover.count("chưa duyệt") == 1  # Làng Đắk's row; Thôn 1 (Xã Một) is approved


def test_an_approved_sheet_carries_no_mark_and_a_closed_year_prints_as_final(reviewed, tmp_path):
    database, plan = reviewed
    approved = pdf_text_of(_sheet_pages(database, plan, "Thôn 1, Xã Một", tmp_path / "t1.pdf"))
    assert "CHƯA DUYỆT" not in approved and "CHÍNH THỨC" not in approved
    _close_year(database, plan)
    for name in ("Thôn 1, Xã Một", "Làng Đắk"):
        pages = _sheet_pages(database, plan, name, tmp_path / "closed.pdf")
        assert "SỐ LIỆU CHÍNH THỨC" in pages[0]
        assert all("SỐ LIỆU CHÍNH THỨC" in page for page in pages)
        assert "CHƯA DUYỆT" not in pdf_text_of(pages)


def test_the_summary_marks_every_row_summing_a_village_not_approved(reviewed, tmp_path):
    database, plan = reviewed
    target = export_summary(database.session, plan_id=plan.id, year=YEAR, target=tmp_path / "th.pdf")
    text = pdf_text(target)
    assert "Số liệu chưa duyệt: 1/4 thôn đã được duyệt; số liệu ghi “chưa duyệt” còn có thể thay đổi." in text
    assert "chưa duyệt (1/3 thôn đã duyệt)" in text  # Huyện A
    assert "chưa duyệt (1/2 thôn đã duyệt)" in text  # Xã Một
    assert "chưa duyệt (0/1 thôn đã duyệt)" in text  # Xã Hai, Xã Ba, and Sở Hai's row of 3 villages below
    assert "chưa duyệt (1/4 thôn đã duyệt)" in text  # the whole plan
    assert all("SỐ LIỆU CHƯA DUYỆT" in page for page in pdf_pages(target))
    workbook = openpyxl.load_workbook(export_summary(database.session, plan_id=plan.id, year=YEAR,
                                                     target=tmp_path / "th.xlsx"))
    areas = {row[0].value: row[-1].value for row in workbook["Tiến độ"].iter_rows(min_row=4)}
    assert areas == {"Huyện A": "chưa duyệt (1/3 thôn đã duyệt)", "Xã Hai": "chưa duyệt (0/1 thôn đã duyệt)",
                     "Xã Một": "chưa duyệt (1/2 thôn đã duyệt)", "Xã Ba": "chưa duyệt (0/1 thôn đã duyệt)",
                     "Toàn kế hoạch": "chưa duyệt (1/4 thôn đã duyệt)"}
    agencies = {row[0].value: row[-1].value for row in workbook["Cơ quan"].iter_rows(min_row=4)}
    assert agencies == {"Sở Hai": "chưa duyệt (1/3 thôn đã duyệt)", "Sở Một": "chưa duyệt (1/2 thôn đã duyệt)"}
    workbook.close()


def test_a_closed_years_summary_prints_as_final(reviewed, tmp_path):
    database, plan = reviewed
    _close_year(database, plan)
    target = export_summary(database.session, plan_id=plan.id, year=YEAR, target=tmp_path / "th.pdf")
    text = pdf_text(target)
    assert "Năm 2025 đã khóa sổ: số liệu chính thức." in text
    assert "chưa duyệt" not in text.lower()
    assert all("SỐ LIỆU CHÍNH THỨC" in page for page in pdf_pages(target))
