"""The documents' heading and signatures in the Party format, as the office's settings give them: the text, the
sizes (from the words' boxes: one face, so a box's height is proportional to its size) and the embedded face."""

import re
import subprocess
from pathlib import Path

from domain.document_settings import DocumentSettings, Typeface, save_settings
from domain.places import find_place
from exports.document import plan_reference
from exports.sheet_export import export_village_sheets
from exports.summary_export import export_summary
from tests.conftest import OFFICER
from tests.pdf import pdf_fonts, pdf_pages

OFFICE = DocumentSettings(
    issuing_body="Ban Thường vụ Tỉnh ủy", superior_body="Tỉnh ủy Thử", place="Kon Tum",
    signer_capacity="T/M Ban Thường vụ", signer_title="Phó Bí thư Thường trực", signer_name="Nguyễn Văn Bình",
    preparer_title="Người tổng hợp", preparer_name="Trần Thị Lập")
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def _first_page_words(path: Path) -> dict[str, float]:
    """Each word of page 1 (its first occurrence) with its box's height."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    heights: dict[str, float] = {}
    for _x0, y0, _x1, y1, word in WORD.findall(html):
        heights.setdefault(word, float(y1) - float(y0))
    return heights


def _sheet(database, plan, tmp_path) -> Path:
    target = tmp_path / "phieu.pdf"
    with database.session() as session:
        village = find_place(session, plan.id, "Thôn 1, Xã Một").village_id
    export_village_sheets(database.session, plan_id=plan.id, year=2025, target=target, village_ids=[village])
    return target


def test_the_sheet_heading_follows_the_party_format_in_times_like_liberation_serif(empty_database, small_plan,
                                                                                 tmp_path):
    target = _sheet(empty_database, small_plan, tmp_path)
    first = pdf_pages(target)[0]
    assert first.startswith("TỈNH ỦY THỬ * ĐẢNG CỘNG SẢN VIỆT NAM Thử, ngày ")  # the plan's, nothing set
    heights = _first_page_words(target)
    place = heights["Thử,"]
    assert round(14 * heights["ĐẢNG"] / place) == 15  # 15 bold against the place-and-date line's 14
    assert round(14 * heights["TỈNH"] / place) == 14  # the issuing body 14
    assert round(14 * heights["PHIẾU"] / place) == 15  # the title 15
    assert {name.split("+")[1] for name, _ in pdf_fonts(target)} == {
        "LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic"}


def test_the_offices_settings_give_the_heading_and_the_face(empty_database, small_plan, tmp_path):
    with empty_database.unit_of_work(OFFICER) as uow:
        save_settings(uow, new=DocumentSettings(**{**OFFICE.__dict__, "typeface": Typeface.NOTO_SERIF}))
    target = _sheet(empty_database, small_plan, tmp_path)
    assert pdf_pages(target)[0].startswith(
        "TỈNH ỦY THỬ BAN THƯỜNG VỤ TỈNH ỦY * ĐẢNG CỘNG SẢN VIỆT NAM Kon Tum, ngày ")
    fonts = pdf_fonts(target)
    assert fonts and all(embedded and "NotoSerif" in name for name, embedded in fonts), fonts


def test_the_summary_carries_the_heading_and_the_signers(empty_database, small_plan, tmp_path):
    with empty_database.unit_of_work(OFFICER) as uow:
        save_settings(uow, new=OFFICE)
    target = export_summary(empty_database.session, plan_id=small_plan.id, year=2024, target=tmp_path / "th.pdf")
    pages = pdf_pages(target)
    assert pages[0].startswith("TỈNH ỦY THỬ BAN THƯỜNG VỤ TỈNH ỦY * ĐẢNG CỘNG SẢN VIỆT NAM Kon Tum, ngày ")
    assert "NGƯỜI TỔNG HỢP" in pages[-1]
    assert "T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ THƯỜNG TRỰC (Ký, ghi rõ họ tên) Trần Thị Lập Nguyễn Văn Bình" in pages[-1]
    assert all(embedded and "LiberationSerif" in name for name, embedded in pdf_fonts(target))


def test_a_code_with_its_own_brackets_is_not_bracketed_again(empty_database, tmp_path):
    from domain.plans import create_plan
    from tests.builders import small_plan_draft

    with empty_database.unit_of_work(OFFICER) as uow:
        plan = create_plan(uow, draft=small_plan_draft("133-KH/TU (MẪU)"))
    text = " ".join(pdf_pages(_sheet(empty_database, plan, tmp_path)))
    assert "NĂM 2025 Thực hiện Kế hoạch số 133-KH/TU (MẪU) SỐ LIỆU CHƯA DUYỆT Thôn (làng)" in text
    assert "(MẪU))" not in text
    assert plan_reference("1-KH/TEST") == "(Thực hiện Kế hoạch số 1-KH/TEST)"
