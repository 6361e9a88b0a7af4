"""The draft review (.docx) in the Party format, read back with python-docx: "ĐẢNG CỘNG SẢN VIỆT NAM" 15 bold and
underlined, the issuing body 14 bold with its superior body above, the place and date 14 italic, the signer from
the office's settings, the face Word is told to use."""

import docx
from docx.shared import Pt

from domain.document_settings import DocumentSettings, Typeface, save_settings
from exports.review_export import export_review
from tests.conftest import OFFICER


def _runs(cell) -> list[tuple[str, bool, bool, bool, float]]:
    return [(run.text, bool(run.bold), bool(run.italic), bool(run.underline), run.font.size.pt)
            for paragraph in cell.paragraphs for run in paragraph.runs]


def test_the_heading_is_underlined_and_sized_as_the_party_format_says(empty_database, small_plan, tmp_path):
    target = export_review(empty_database.session, plan_id=small_plan.id, first=2024, last=2024,
                           target=tmp_path / "bc.docx")
    document = docx.Document(str(target))
    heading = document.tables[0]
    assert _runs(heading.cell(0, 1)) == [("ĐẢNG CỘNG SẢN VIỆT NAM", True, False, True, 15)]
    assert _runs(heading.cell(0, 0)) == [("TỈNH ỦY THỬ", True, False, False, 14), ("*", True, False, False, 14)]
    [(place_date, bold, italic, _, size)] = _runs(heading.cell(1, 1))
    assert place_date.startswith("Thử, ngày ") and (bold, italic, size) == (False, True, 14)
    assert document.styles["Normal"].font.name == "Times New Roman"
    assert document.styles["Normal"].font.size == Pt(14)
    signer = document.tables[-1].cell(0, 1).text
    assert signer.startswith("T/M BAN THƯỜNG VỤ\n[chức vụ]") and signer.endswith("[họ và tên]")


def test_the_offices_settings_fill_the_heading_and_the_signer(empty_database, small_plan, tmp_path):
    with empty_database.unit_of_work(OFFICER) as uow:
        save_settings(uow, new=DocumentSettings(
            issuing_body="Ban Thường vụ Tỉnh ủy", superior_body="Tỉnh ủy Thử", place="Kon Tum",
            signer_capacity="T/M Ban Thường vụ", signer_title="Phó Bí thư Thường trực", signer_name="Nguyễn Văn Bình",
            typeface=Typeface.NOTO_SERIF))
    target = export_review(empty_database.session, plan_id=small_plan.id, first=2024, last=2024,
                           target=tmp_path / "bc.docx")
    document = docx.Document(str(target))
    heading = document.tables[0]
    assert _runs(heading.cell(0, 0)) == [("TỈNH ỦY THỬ", False, False, False, 14),
                                         ("BAN THƯỜNG VỤ TỈNH ỦY", True, False, False, 14),
                                         ("*", True, False, False, 14)]
    assert heading.cell(1, 1).text.startswith("Kon Tum, ngày ")
    assert document.tables[-1].cell(0, 1).text == "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\n\n\nNguyễn Văn Bình"
    assert document.styles["Normal"].font.name == "Noto Serif"
