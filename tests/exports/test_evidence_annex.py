"""The village sheet lists each criterion's attached files (name, type, date) and, when asked, prints the attached
images after it, a page each, scaled to the A4 page with a caption: read back with pdftotext and pdftoppm."""

import io
from datetime import date

from PIL import Image
from sqlmodel import select

from domain.attaching import attach_file
from domain.attachments import AttachTarget, content_bytes
from domain.criteria import Criterion
from domain.formatting import format_date
from domain.places import find_place
from domain.recording import save_record
from exports.sheet_export import export_village_sheets
from tests.conftest import OFFICER
from tests.evidence import pdf_bytes
from tests.pdf import pdf_pages, pdf_text
from tests.raster import DPI, page_greys


def _dark_picture(width: int, height: int, kind: str) -> bytes:
    """A dark picture with a light frame: on paper, a block of ink as large as the picture."""
    picture = Image.new("RGB", (width, height), "#202020")
    picture.paste((235, 235, 235), (width // 4, height // 4, width // 2, height // 2))
    out = io.BytesIO()
    picture.save(out, kind)
    return out.getvalue()


def _with_files(db, plan) -> int:
    with db.session() as session:
        village_id = find_place(session, plan.id, "Thôn 1, Xã Một").village_id
        criteria = dict(session.exec(select(Criterion.number, Criterion.id)
                                     .where(Criterion.criteria_set_id == plan.criteria_set_id)).all())
    files = [(2, "nha-van-hoa.jpg", _dark_picture(1600, 1200, "JPEG")),
             (2, "Biên bản nghiệm thu.pdf", pdf_bytes()),
             (3, "Sơ đồ lưới điện.png", _dark_picture(600, 800, "PNG"))]
    for number, name, content in files:
        with db.unit_of_work(OFFICER) as uow:
            attach_file(uow, plan_id=plan.id, target=AttachTarget.of_criterion(village_id, criteria[number], 2025),
                        name=name, content=content)
    return village_id


def _ink(page: tuple[int, int, bytes]) -> float:
    """The share of a page's pixels darker than a quarter grey."""
    return sum(1 for value in page[2] if value < 64) / len(page[2])


def test_the_sheet_lists_each_criterions_files_with_type_and_date(empty_database, small_plan, tmp_path):
    village_id = _with_files(empty_database, small_plan)
    target = tmp_path / "phieu.pdf"
    export_village_sheets(empty_database.session, plan_id=small_plan.id, year=2025, target=target,
                          village_ids=[village_id])
    text = pdf_text(target)
    today = format_date(date.today())
    for expected in ("TC Tệp minh chứng đính kèm Loại Ngày đính kèm", f"2 nha-van-hoa.jpg ảnh JPEG {today}",
                     f"2 Biên bản nghiệm thu.pdf PDF {today}", f"3 Sơ đồ lưới điện.png ảnh PNG {today}"):
        assert expected in text, expected
    assert "PHỤ LỤC" not in text


def _record_with_files(db, plan, village_id: int, kind: str, values: dict, files: dict[str, bytes]) -> int:
    with db.unit_of_work(OFFICER) as uow:
        record_id = save_record(uow, kind=kind, plan_id=plan.id, village_id=village_id, values=values)
    for name, content in files.items():
        with db.unit_of_work(OFFICER) as uow:
            attach_file(uow, plan_id=plan.id, target=AttachTarget.of_record(village_id, kind, record_id), name=name,
                        content=content)
    return record_id


def test_the_sheet_names_each_records_files_under_its_row(empty_database, small_plan, tmp_path):
    db, plan = empty_database, small_plan
    with db.session() as session:
        village_id = find_place(session, plan.id, "Thôn 1, Xã Một").village_id
    _record_with_files(db, plan, village_id, "visits", {"day": date(2025, 5, 6), "people": "Tổ hỗ trợ",
                                                        "activities": "Họp dân"},
                       {"Biên bản làm việc.pdf": pdf_bytes(), "ảnh buổi họp.jpg": _dark_picture(400, 300, "JPEG")})
    _record_with_files(db, plan, village_id, "visits", {"day": date(2025, 7, 1), "people": "Đoàn xã"}, {})
    _record_with_files(db, plan, village_id, "contributions", {
        "day": date(2025, 2, 1), "source_kind": "person", "source_name": "Ông A", "kind": "money",
        "amount": 5_000_000}, {"Giấy biên nhận.pdf": pdf_bytes(2)})
    _record_with_files(db, plan, village_id, "models", {  # its file counts in the year attached, shown on 2025's
        "name": "Tổ tự quản", "field": "economy", "year_started": 2024, "status": "built"},
        {"Quyết định thành lập.pdf": pdf_bytes(3)})
    _record_with_files(db, plan, village_id, "households", {"year": 2025, "minority_households": 100},
                       {"Danh sách hộ.pdf": pdf_bytes(4)})
    _record_with_files(db, plan, village_id, "visits", {"day": date(2024, 9, 9), "people": "Năm trước"},
                       {"Biên bản 2024.pdf": pdf_bytes(5)})
    target = tmp_path / "phieu.pdf"
    export_village_sheets(db.session, plan_id=plan.id, year=2025, target=target, village_ids=[village_id])
    text = pdf_text(target)
    for expected in ("Tệp đính kèm (2 tệp): Biên bản làm việc.pdf; ảnh buổi họp.jpg 2 01/07/2025",
                     "Tệp đính kèm (1 tệp): Giấy biên nhận.pdf", "Tệp đính kèm (1 tệp): Quyết định thành lập.pdf",
                     "Tệp đính kèm (1 tệp): Danh sách hộ.pdf"):
        assert expected in text, expected
    assert text.count("Tệp đính kèm (") == 4, "the visit without files has no line"
    assert "Biên bản 2024.pdf" not in text, "the visit of 2024 is not on the sheet of 2025"
    assert "Tệp minh chứng đính kèm" not in text, "no criterion has files: no table of them"


def test_the_annex_prints_each_image_on_its_own_a4_page_with_its_caption(empty_database, small_plan, tmp_path):
    village_id = _with_files(empty_database, small_plan)
    plain, annexed = tmp_path / "phieu.pdf", tmp_path / "phieu_phu_luc.pdf"
    without = export_village_sheets(empty_database.session, plan_id=small_plan.id, year=2025, target=plain,
                                    village_ids=[village_id])
    result = export_village_sheets(empty_database.session, plan_id=small_plan.id, year=2025, target=annexed,
                                   village_ids=[village_id], with_annex=True)
    assert result.pages == without.pages + 2  # the two images; the PDF is listed, not printed
    pages = pdf_pages(annexed)
    first, second = pages[-2:]
    today = format_date(date.today())
    assert first.startswith("PHỤ LỤC: ẢNH MINH CHỨNG")
    assert f"Hình 1. Tiêu chí 2. Giao thông — nha-van-hoa.jpg (đính kèm ngày {today})" in first
    assert f"Hình 2. Tiêu chí 3. Điện — Sơ đồ lưới điện.png (đính kèm ngày {today})" in second
    assert f"Trang {result.pages}/{result.pages}" in second
    assert "Biên bản nghiệm thu.pdf" not in first + second
    greys = page_greys(annexed)
    a4 = (round(210 / 25.4 * DPI), -(-297 * DPI // 25.4))  # pdftoppm rounds the height up
    assert {(width, height) for width, height, _ in greys} == {a4}
    sheet_ink = max(_ink(page) for page in greys[:-2])
    wide, tall = _ink(greys[-2]), _ink(greys[-1])
    # The landscape photo spans the text width (170 × 127 mm of 210 × 297: 35 % of the page, less its light
    # quarter); the portrait one, the page's height less title and caption (about 166 × 221 mm: 59 %, less 1/16).
    assert sheet_ink < 0.05
    assert 0.25 < wide < 0.35 and 0.45 < tall < 0.58


def test_a_photo_attached_to_several_criteria_and_villages_is_decoded_once(empty_database, small_plan, tmp_path,
                                                                           monkeypatch):
    import exports.evidence_annex as annex

    db, plan = empty_database, small_plan
    photo = _dark_picture(1600, 1200, "JPEG")
    with db.session() as session:
        villages = [find_place(session, plan.id, name).village_id for name in ("Thôn 1, Xã Một", "Làng Đắk")]
        criteria = dict(session.exec(select(Criterion.number, Criterion.id)
                                     .where(Criterion.criteria_set_id == plan.criteria_set_id)).all())
    for village, number in ((villages[0], 2), (villages[0], 3), (villages[1], 2)):
        with db.unit_of_work(OFFICER) as uow:
            attach_file(uow, plan_id=plan.id, target=AttachTarget.of_criterion(village, criteria[number], 2025),
                        name="nha-van-hoa.jpg", content=photo)
    read = []
    monkeypatch.setattr(annex, "content_bytes", lambda session, sha256: read.append(sha256) or content_bytes(
        session, sha256))
    target = tmp_path / "phieu.pdf"
    result = export_village_sheets(db.session, plan_id=plan.id, year=2025, target=target, village_ids=villages,
                                   with_annex=True)
    pages = pdf_pages(target)
    captions = [page for page in pages if "Hình " in page and "nha-van-hoa.jpg (đính kèm" in page]
    assert len(captions) == 3  # a page each: criteria 2 and 3 of Thôn 1, criterion 2 of Làng Đắk
    assert sum("Tiêu chí 2. Giao thông — nha-van-hoa.jpg" in page for page in captions) == 2
    assert sum("Tiêu chí 3. Điện — nha-van-hoa.jpg" in page for page in captions) == 1
    assert len(read) == 1 and result.villages == 2


def test_the_scaled_images_kept_are_bounded(monkeypatch):
    import exports.evidence_annex as annex

    pictures = {f"{n:064x}": _dark_picture(40 + n, 30, "PNG") for n in range(3)}
    read = []
    monkeypatch.setattr(annex, "content_bytes", lambda _session, sha256: read.append(sha256) or pictures[sha256])
    images = annex.ScaledImages(bound=2)
    first, second, third = pictures
    for digest in (first, second, first, third, first, second):
        assert images.scaled(None, digest)[1:] == (40 + list(pictures).index(digest), 30)
    assert read == [first, second, third, second]  # the second, least recently used, was let go for the third
