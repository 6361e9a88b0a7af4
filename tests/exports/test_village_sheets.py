"""The village sheet as a reader sees it: text extracted from the PDF, fonts embedded, one sheet per village."""

import pytest

from domain.places import find_place
from exports.cancel import Cancelled, Progress
from exports.sheet_export import export_village_sheets
from tests.pdf import pdf_fonts, pdf_pages, pdf_text


def _export(db, plan, tmp_path, village=None, year=2025, **kwargs):
    target = tmp_path / "out" / "phieu.pdf"
    with db.session() as session:
        ids = [find_place(session, plan.id, village).village_id] if village else None
    result = export_village_sheets(db.session, plan_id=plan.id, year=year, target=target, village_ids=ids, **kwargs)
    return result, target


def test_a_village_sheet_carries_heading_place_team_checklist_and_signatures(empty_database, small_plan, tmp_path):
    result, target = _export(empty_database, small_plan, tmp_path, "Thôn 1, Xã Một")
    assert result.villages == 1
    text = pdf_text(target)
    for expected in [
        "TỈNH ỦY THỬ", "ĐẢNG CỘNG SẢN VIỆT NAM", "Thử, ngày",
        "NÔNG THÔN MỚI NĂM 2025", "Kế hoạch số 1-KH/TEST",
        "Thôn (làng): Thôn 1; Xã: Xã Một; Huyện: Huyện A", "Số hộ: 120; trong đó hộ đồng bào DTTS: 118",
        "Chủ trì: Sở Một", "Phối hợp: Sở Hai",
        "Nguyễn Văn Tổ", "Tổ trưởng", "Trần Thị Phó", "Tổ phó", "0900 111 001",
        "I. QUY HOẠCH", "II. HẠ TẦNG", "Giao thông", "Đường trục thôn cứng hóa",
        "Biên bản số 5", "Cần thêm kinh phí", "Chưa đạt",
        "đạt 2/3 tiêu chí", "chưa đạt chuẩn",
        "XÁC NHẬN CỦA UBND XÃ XÃ MỘT", "TỔ TRƯỞNG TỔ HỖ TRỢ", "Trang 1/1",
    ]:
        assert expected in text, expected


def test_every_font_is_embedded(empty_database, small_plan, tmp_path):
    _, target = _export(empty_database, small_plan, tmp_path, "Làng Đắk")
    fonts = pdf_fonts(target)
    assert fonts
    assert all(embedded for _, embedded in fonts), fonts
    assert all("NotoSerif" in name for name, _ in fonts), fonts


def test_a_village_meeting_the_standard_says_so(empty_database, small_plan, tmp_path):
    _, target = _export(empty_database, small_plan, tmp_path, "Thôn 1, Xã Một", year=2024)
    assert "đạt 3/3 tiêu chí" in pdf_text(target)
    assert "đạt chuẩn nông thôn mới" in pdf_text(target).replace("chưa đạt chuẩn", "")


def test_all_villages_each_start_a_new_sheet_with_their_own_page_numbers(database, tmp_path):
    from domain.plans import resolve_plan

    with database.session() as session:
        plan = resolve_plan(session, None)
    result, target = _export(database, plan, tmp_path)
    pages = pdf_pages(target)
    assert result.villages == 57
    assert len(pages) == result.pages
    starts = [page for page in pages if "ĐẢNG CỘNG SẢN VIỆT NAM" in page]
    assert len(starts) == 57
    assert all("Trang 1/" in page for page in starts)
    assert "Ngọk Yêu" in pdf_text(target)


def test_a_cancelled_export_writes_nothing(empty_database, small_plan, tmp_path):
    with pytest.raises(Cancelled):
        _export(empty_database, small_plan, tmp_path, progress=Progress(cancelled=lambda: True))
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_an_existing_file_survives_a_failed_export(empty_database, small_plan, tmp_path):
    target = tmp_path / "out" / "phieu.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old")
    with pytest.raises(Cancelled):
        _export(empty_database, small_plan, tmp_path, progress=Progress(cancelled=lambda: True))
    assert target.read_bytes() == b"old"
    assert [p.name for p in target.parent.iterdir()] == ["phieu.pdf"]
