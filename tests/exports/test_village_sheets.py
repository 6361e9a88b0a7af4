"""The village sheet as a reader sees it: text extracted from the PDF, fonts embedded, one sheet per village."""

import pytest
from sqlmodel import select

from domain.agencies import Agency
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
        "XÁC NHẬN CỦA UBND XÃ XÃ MỘT", "TỔ TRƯỞNG TỔ HỖ TRỢ", "Trang 1/2", "Trang 2/2",
    ]:
        assert expected in text, expected


def test_every_font_is_embedded(empty_database, small_plan, tmp_path):
    _, target = _export(empty_database, small_plan, tmp_path, "Làng Đắk")
    fonts = pdf_fonts(target)
    assert fonts
    assert all(embedded for _, embedded in fonts), fonts
    assert all("LiberationSerif" in name for name, _ in fonts), fonts  # the default face, like Times New Roman


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


def test_a_cancel_while_the_pages_are_laid_out_stops_there_and_writes_nothing(empty_database, small_plan, tmp_path):
    """The last step is reported before the pages are laid out (two thirds of the time): a cancel then still
    stops the export, rather than keeping a closing window waiting for the whole file."""
    read: list[int] = []
    progress = Progress(step=lambda done, total: read.append(done == total), cancelled=lambda: any(read))
    with pytest.raises(Cancelled):
        _export(empty_database, small_plan, tmp_path, progress=progress)
    assert read[-1] is True
    assert list((tmp_path / "out").iterdir()) == []


def test_an_existing_file_survives_a_failed_export(empty_database, small_plan, tmp_path):
    target = tmp_path / "out" / "phieu.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old")
    with pytest.raises(Cancelled):
        _export(empty_database, small_plan, tmp_path, progress=Progress(cancelled=lambda: True))
    assert target.read_bytes() == b"old"
    assert [p.name for p in target.parent.iterdir()] == ["phieu.pdf"]


def test_the_sheet_has_a_section_for_each_kind_of_village_record(empty_database, small_plan, tmp_path):
    from datetime import date

    from domain.recording import save_record
    from tests.conftest import OFFICER

    with empty_database.session() as session:
        village_id = find_place(session, small_plan.id, "Làng Mới").village_id
        so_hai = session.exec(select(Agency.id).where(Agency.name == "Sở Hai")).one()

    def save(record_kind, **values):
        with empty_database.unit_of_work(OFFICER) as uow:
            save_record(uow, kind=record_kind, plan_id=small_plan.id, village_id=village_id, values=values)

    save("households", year=2024, minority_households=80, reached=60, poor=20)
    save("households", year=2025, minority_households=80, reached=79, poor=12)
    save("models", name="Tổ hợp tác dệt thổ cẩm", field="economy", year_started=2024, status="replicated",
         households=18, agency_id=so_hai)
    save("contributions", day=date(2025, 4, 2), source_kind="agency", agency_id=so_hai, kind="money",
         amount=12_500_000, purpose="Bò giống")
    save("contributions", day=date(2025, 4, 9), source_kind="person", source_name="Ông Hùng", kind="workdays",
         amount=40)
    save("visits", day=date(2025, 5, 6), agency_id=so_hai, people="Đồng chí Đinh Văn Mới",
         activities="Họp dân bàn làm đường", agreed="Dân góp ngày công")
    save("concerns", raised_on=date(2024, 12, 1), text="Thiếu nước sạch mùa khô", status="open")
    save("contacts", full_name="A Blong", role="elder", phone="0900 333 444")
    save("initiatives", title="Quỹ xoay vòng con giống", year=2025, status="underway")

    _, target = _export(empty_database, small_plan, tmp_path, "Làng Mới")
    text = pdf_text(target)
    for expected in [
        "III. HỘ ĐỒNG BÀO DÂN TỘC THIỂU SỐ NĂM 2025", "Tổng số hộ đồng bào DTTS: 80",
        "Hộ được tuyên truyền 79 98,8% +23,8 +23,8", "Hộ nghèo 12 15,0% -10,0 -10,0",
        "IV. MÔ HÌNH “DÂN VẬN KHÉO”", "1 Tổ hợp tác dệt thổ cẩm Kinh tế", "2024 Tình trạng Nhân rộng",
        "Số hộ 18 Cơ quan giúp đỡ Sở Hai",
        "V. NGUỒN LỰC HUY ĐỘNG NĂM 2025", "02/04/2025 Sở Hai Tiền (đồng) 12.500.000 đồng", "Bò giống",
        "09/04/2025 Ông Hùng Ngày công 40 ngày công",
        "Cộng: tiền 12.500.000 đồng; hiện vật quy ra 0 đồng; 40 ngày công.",
        "VI. ĐI CƠ SỞ NĂM 2025", "Họp dân bàn làm đường", "Dân góp ngày công",
        "VII. KHÓ KHĂN, KIẾN NGHỊ", "Thiếu nước sạch mùa khô", "Chưa xử lý; quá 90 ngày",
        "VIII. NGƯỜI CÓ UY TÍN, GIÀ LÀNG, TRƯỞNG THÔN", "A Blong Già làng 0900 333 444",
        "IX. SÁNG KIẾN, KẾ HOẠCH PHÁT TRIỂN THÔN", "Quỹ xoay vòng con giống", "Đang thực hiện",
    ]:
        assert expected in text, expected


def test_a_village_with_no_records_says_so_in_each_section(empty_database, small_plan, tmp_path):
    _, target = _export(empty_database, small_plan, tmp_path, "Làng Mới")
    text = pdf_text(target)
    assert "Chưa có số liệu năm 2025." in text
    assert text.count("Không có.") == 6
