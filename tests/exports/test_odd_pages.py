"""Each village's sheet starts on an odd page when several are in one file (a duplex printer then never prints a
village's first page on the back of the one before): read back per page with pdftotext."""

from sqlmodel import select

from domain.agencies import Agency
from domain.places import find_place
from exports.sheet_export import export_village_sheets
from tests.pdf import pdf_pages

HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM"


def _sheet_starts(pages: list[str]) -> list[int]:
    """The page numbers (1-based) a sheet's heading is on."""
    return [number for number, page in enumerate(pages, start=1) if HEADING in page]


def test_every_village_of_the_plan_starts_on_an_odd_page_by_default(database, tmp_path):
    from domain.plans import resolve_plan

    with database.session() as session:
        plan = resolve_plan(session, None)
    target = tmp_path / "tat_ca.pdf"
    result = export_village_sheets(database.session, plan_id=plan.id, year=2025, target=target)
    pages = pdf_pages(target)
    starts = _sheet_starts(pages)
    assert len(pages) == result.pages
    assert len(starts) == result.villages == 57
    assert [n for n in starts if n % 2 == 0] == []
    blanks = [n for n, page in enumerate(pages, start=1) if not page.strip()]
    assert blanks, "the sample's two-page and three-page sheets need some blank pages"
    assert all(n % 2 == 0 and n + 1 in starts for n in blanks)  # a blank page only just before a sheet
    for start, end in zip(starts, [*starts[1:], len(pages) + 1], strict=True):
        sheet = [page for page in pages[start - 1:end - 1] if page.strip()]  # a blank page is in no sheet's count
        assert [f"Trang {n}/{len(sheet)}" in page for n, page in enumerate(sheet, start=1)] == [True] * len(sheet)


def test_without_the_option_sheets_follow_on_the_next_page(database, tmp_path):
    from domain.plans import resolve_plan

    with database.session() as session:
        plan = resolve_plan(session, None)
    target = tmp_path / "tat_ca.pdf"
    result = export_village_sheets(database.session, plan_id=plan.id, year=2025, target=target, odd_pages=False)
    pages = pdf_pages(target)
    assert all(page.strip() for page in pages)
    assert any(n % 2 == 0 for n in _sheet_starts(pages))
    assert result.pages == len(pages)


def test_one_village_alone_gets_no_blank_page(empty_database, small_plan, tmp_path):
    target = tmp_path / "mot_thon.pdf"
    with empty_database.session() as session:
        ids = [find_place(session, small_plan.id, "Thôn 1, Xã Một").village_id]
    result = export_village_sheets(empty_database.session, plan_id=small_plan.id, year=2025, target=target,
                                   village_ids=ids)
    assert result.pages == len(pdf_pages(target)) == 2


def test_the_agency_file_starts_its_cover_and_each_village_on_an_odd_page(empty_database, small_plan, tmp_path):
    target = tmp_path / "co_quan.pdf"
    with empty_database.session() as session:
        agency_id = session.exec(select(Agency.id).where(Agency.name == "Sở Một")).one()
    export_village_sheets(empty_database.session, plan_id=small_plan.id, year=2025, target=target,
                          agency_id=agency_id)
    starts = _sheet_starts(pdf_pages(target))
    assert len(starts) >= 2 and starts[0] == 1
    assert all(n % 2 == 1 for n in starts)
