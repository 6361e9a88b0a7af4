"""Every export works on the longest values the domain accepts (issue 13, item 6), and carries them: a village
whose every text is at its column's limit (tests/exports/longest.py), one evidence a 4000-letter word.

PDFs are read back with pdftotext with the footers taken out and every space and line break removed on both
sides (a cell or a paragraph wraps its lines where it must); workbooks with openpyxl, the draft with python-docx.
"""

import re
import subprocess
from pathlib import Path

import docx
import openpyxl
import pytest
from sqlmodel import select

from domain.agencies import Agency
from domain.agency_sheet import find_agency
from domain.approval import FINAL_MARK, NOT_APPROVED_MARK
from domain.criteria import Assessment
from domain.history import HistoryFilter, history
from domain.places import find_place
from domain.plan import Plan
from domain.village_records import Concern
from exports.cells import MAX_ROW_HEIGHT
from exports.history_workbook import write_history_workbook
from exports.long_cells import LONG_CELL
from exports.review_export import export_review
from exports.sheet_export import export_village_sheets
from exports.summary_export import export_summary
from exports.updates_export import NAME_PART, export_updates
from tests.conftest import OFFICER
from tests.exports.longest import fill_to_the_brim
from tests.pdf import pdf_pages

YEAR = 2025
IN_THE_SHEET = ("village", "commune", "district", "agency", "member 0", "position 0", "phone 0", "plan code",
                "criterion", "one word", "evidence 1", "note 1", "evidence 3",
                "note 3", "model", "source", "purpose", "people", "activities", "agreed", "concern", "forwarded",
                "resolution", "contact", "contact phone", "contact note", "initiative", "initiative note")

CHECKLIST_HEADER = "TTTiêuchívàyêucầuKếtquảMinhchứngGhichú"
"""Repeated on every page the checklist runs over, between the two parts of a row split across pages."""


@pytest.fixture
def brim(empty_database, small_plan):
    """The small plan with Thôn 1 of Xã Một at every limit; (database, plan, what was written, its ids)."""
    long = fill_to_the_brim(empty_database, small_plan)
    with empty_database.session() as session:
        plan = session.get(Plan, small_plan.id)
        village_id = find_place(session, plan.id, f"{long.village}, {long.commune}").village_id
        agency_id = find_agency(session, plan.id, long.agency).agency_id
    return empty_database, plan, long, village_id, agency_id


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _pdf_body(path: Path, plan_code: str) -> str:
    """The PDF's text without its footers (and the approval mark every page carries), every space and line break
    removed."""
    footer = re.compile(rf"(?<!hiện )Kế hoạch số {re.escape(plan_code)}|Trang \d+/\d+|"
                        rf"Số liệu đọc lúc \d\d:\d\d ngày \d\d/\d\d/\d{{4}}|{NOT_APPROVED_MARK}|{FINAL_MARK}")
    return _squeezed(footer.sub("", " ".join(pdf_pages(path)))).replace(CHECKLIST_HEADER, "")


def _column(path: Path, left_mm: float, width_mm: float) -> str:
    """The text of one column of every page above the footer (pdftotext's crop at 72 dpi: points), spaces
    removed: a cell beside others reads whole only so."""
    points = 72 / 25.4
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-r", "72", "-x", str(round(left_mm * points)), "-y", "0",
                           "-W", str(round(width_mm * points)), "-H", str(round((297 - 18) * points)), str(path),
                           "-"],
                          check=True, capture_output=True, text=True).stdout
    return _squeezed(text.replace("Tiêu chí và yêu cầu", ""))


def _off_the_page(path: Path) -> list[str]:
    """The words drawn beyond a page's edge (or over the 15 mm right margin's outer half), from pdftotext's boxes."""
    boxes = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True).stdout
    outside, width = [], 0.0
    for line in boxes.splitlines():
        if page := re.search(r'<page width="([\d.]+)"', line):
            width = float(page.group(1))
        elif word := re.search(r'xMin="([-\d.]+)" yMin="[-\d.]+" xMax="([-\d.]+)".*>(.*)</word>', line):
            if float(word.group(1)) < 0 or float(word.group(2)) > width - 7.5 * 72 / 25.4:
                outside.append(word.group(3))
    return outside


def _missing(body: str, texts: dict[str, str], names) -> list[str]:
    return [name for name in names if _squeezed(texts[name]) not in body]


def _page_sizes(path: Path) -> set[tuple[float, float]]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(path)], check=True, capture_output=True,
                          text=True).stdout
    return {tuple(float(v) for v in line.split(":", 1)[1].split("pts")[0].split(" x "))
            for line in info.splitlines() if line.startswith("Page") and "size" in line}


def test_the_domain_holds_every_text_at_its_limit(brim):
    db, plan, long, village_id, _ = brim
    with db.session() as session:
        lengths = sorted({(len(a.evidence), len(a.note)) for a in session.exec(
            select(Assessment).where(Assessment.village_id == village_id, Assessment.year == YEAR))})
        concern = session.exec(select(Concern).where(Concern.village_id == village_id)).one()
    assert lengths == [(4000, 4000)]
    assert (len(concern.text), len(concern.resolution), len(concern.forwarded_to)) == (2000, 2000, 300)
    assert " " not in long.texts["one word"] and len(long.texts["one word"]) == 4000
    assert "\n" in long.texts["evidence 1"] and "ệ" in long.texts["evidence 1"]


def test_the_village_sheet_carries_every_long_text_within_its_pages(brim, tmp_path):
    db, plan, long, village_id, _ = brim
    target = tmp_path / "phieu.pdf"
    result = export_village_sheets(db.session, plan_id=plan.id, year=YEAR, target=target, village_ids=[village_id])
    assert result.pages == len(pdf_pages(target)) > 1
    body = _pdf_body(target, long.texts["plan code"])
    assert _missing(body, long.texts, IN_THE_SHEET) == []
    assert _squeezed(long.texts["group"].upper()) in body  # the checklist's group row, in capitals
    assert _squeezed(long.texts["requirement"]) in _column(target, 25 + 9, 68)  # the checklist's second column
    assert _squeezed(long.texts["issuer"].upper()) in _column(target, 25, 71)  # the heading's left side
    assert _page_sizes(target) == {(595.276, 841.89)}  # A4 portrait only
    assert _off_the_page(target) == []
    pages = pdf_pages(target)
    assert max(page.count("Tiêu chí và yêu cầu Kết quả Minh chứng Ghi chú") for page in pages) == 1  # never twice
    text = " ".join(pdf_pages(target))
    assert "(xem tiếp (1) dưới bảng)" in text and "(1) Tiêu chí 1, Minh chứng:" in text
    assert "(3) Tiêu chí 2, Minh chứng:" in text  # the 4000-letter word, after the table
    assert "(2) Dòng 1, Nội dung làm việc:" in text and "(1) Dòng 1, Người đi:" in text


def test_a_text_within_the_cells_limit_stays_in_its_cell(brim, tmp_path):
    db, plan, long, village_id, _ = brim
    target = tmp_path / "phieu.pdf"
    export_village_sheets(db.session, plan_id=plan.id, year=YEAR, target=target, village_ids=[village_id])
    text = " ".join(pdf_pages(target))
    assert len(long.texts["forwarded"]) <= LONG_CELL < len(long.texts["concern"])
    assert "Dòng 1, Nội dung:" in text and "Chuyển đến:" not in text  # 300 characters: in the table
    with db.session() as session:
        dak = find_place(session, plan.id, "Làng Đắk").village_id
    export_village_sheets(db.session, plan_id=plan.id, year=YEAR, target=target, village_ids=[dak])
    assert "dưới bảng" not in " ".join(pdf_pages(target))


def test_the_all_villages_file_and_the_agency_sheet_are_written_whole(brim, tmp_path):
    db, plan, long, _, agency_id = brim
    every = tmp_path / "tat_ca.pdf"
    result = export_village_sheets(db.session, plan_id=plan.id, year=YEAR, target=every)
    assert result.villages == 4
    assert _missing(_pdf_body(every, long.texts["plan code"]), long.texts, IN_THE_SHEET) == []
    agency = tmp_path / "co_quan.pdf"
    result = export_village_sheets(db.session, plan_id=plan.id, year=YEAR, target=agency, agency_id=agency_id)
    assert result.villages == 2
    assert _off_the_page(every) == _off_the_page(agency) == []
    body = _pdf_body(agency, long.texts["plan code"])
    assert _missing(body, long.texts, IN_THE_SHEET) == []
    assert _squeezed(f"DO {long.agency.upper()}") in body  # the cover's title
    headed = [page for page in pdf_pages(agency) if "II. CÁN BỘ THAM GIA TỔ HỖ TRỢ" in page]
    assert len(headed) == 1 and "TT Họ và tên Chức vụ" in headed[0]  # the heading never alone at a page's foot
    assert body.count(_squeezed(long.texts["member 0"])) >= 3  # the cover's leader and people, the sheet's team


def test_the_summary_pdf_and_workbook_carry_the_long_names(brim, tmp_path):
    db, plan, long, _, _ = brim
    pdf, xlsx = tmp_path / "tong_hop.pdf", tmp_path / "tong_hop.xlsx"
    export_summary(db.session, plan_id=plan.id, year=YEAR, target=pdf)
    export_summary(db.session, plan_id=plan.id, year=YEAR, target=xlsx)
    body = _pdf_body(pdf, long.texts["plan code"])
    assert _off_the_page(pdf) == []  # the charts' labels too: cut with "…" to their room
    assert _missing(body, long.texts, ("commune", "district", "agency", "criterion", "group", "plan title")) == []
    cells = {cell.value for sheet in openpyxl.load_workbook(xlsx) for row in sheet.iter_rows() for cell in row}
    assert {long.texts[name] for name in ("commune", "district", "agency", "criterion", "group")} <= cells


def test_the_update_workbooks_carry_every_evidence_and_note_whole(brim, tmp_path):
    db, plan, long, _, agency_id = brim
    target = tmp_path / "cap_nhat.xlsx"
    export_updates(db.session, plan_id=plan.id, year=YEAR, target=target, agency_id=agency_id)
    workbook = openpyxl.load_workbook(target)
    sheet = next(s for s in workbook if s.title == long.village[:31])
    cells = {cell.value for row in sheet.iter_rows() for cell in row}
    names = ("one word", "evidence 1", "note 1", "note 2", "evidence 3", "note 3", "criterion", "group",
             "requirement", "village", "commune", "district")
    assert [name for name in names if long.texts[name] not in cells] == []
    assert all(dimension.height <= MAX_ROW_HEIGHT for dimension in sheet.row_dimensions.values()
               if dimension.height)
    footers = [part.text or "" for s in workbook for part in (s.oddFooter.left, s.oddFooter.center)]
    assert all(len(footer) <= 120 for footer in footers) and footers[0].endswith(f"– năm {YEAR}")
    with db.unit_of_work(OFFICER) as uow:  # no short name: the file is named after the 300-character name
        uow.session.get(Agency, agency_id).short_name = ""
        uow.commit()
    written = export_updates(db.session, plan_id=plan.id, year=YEAR, target=tmp_path / "moi_co_quan").files
    assert [path.name for path in written] == [f"Cập nhật {YEAR} - {long.agency[:NAME_PART].strip()}.xlsx",
                                               f"Cập nhật {YEAR} - Sở Hai.xlsx"]
    assert all(path.is_file() and len(path.name.encode()) <= 255 for path in written)


def test_the_review_draft_carries_the_long_names(brim, tmp_path):
    db, plan, long, _, _ = brim
    target = tmp_path / "du_thao.docx"
    export_review(db.session, plan_id=plan.id, first=2024, last=2026, target=target)
    document = docx.Document(str(target))
    text = "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for row in t.rows for c in row.cells])
    assert [name for name in ("plan code", "plan title", "commune", "district") if long.texts[name] not in text] == []
    assert long.texts["issuer"].upper() in text


def test_the_history_workbook_carries_the_long_values(brim, tmp_path):
    db, plan, long, village_id, _ = brim
    with db.session() as session:
        rows = history(session, HistoryFilter(village_id=village_id))
    target = write_history_workbook(rows, tmp_path / "lich_su.xlsx", f"{long.village}, xã {long.commune}")
    sheet = openpyxl.load_workbook(target).active
    cells = {cell.value for row in sheet.iter_rows() for cell in row}
    names = ("one word", "evidence 1", "note 3", "activities", "concern", "resolution", "purpose", "initiative note")
    assert [name for name in names if long.texts[name] not in cells] == []
    assert all(dimension.height <= MAX_ROW_HEIGHT for dimension in sheet.row_dimensions.values()
               if dimension.height)
    assert len(sheet.oddFooter.left.text) <= 120
