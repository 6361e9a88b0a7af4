"""Team-lead workbooks out and back in through the command line, as the secretariat runs them.

The small plan (tests/builders.py): Sở Một leads Thôn 1 (Xã Một) and Làng Đắk; in 2025 Thôn 1 has
1 Đạt, 2 Đạt, 3 Chưa đạt ("Biên bản số 5", "Cần thêm kinh phí"), Làng Đắk nothing.
"""

import shutil

import pytest
from openpyxl import load_workbook
from sqlmodel import delete, func, select

from domain.agencies import Agency, Assignment
from domain.audit import AuditEvent
from domain.criteria import CriterionStatus
from domain.places import find_place
from domain.plan import Plan
from domain.plans import create_plan
from exports.plan_workbook import template_draft, write_plan_workbook
from storage.database import open_database
from tests.builders import small_plan_draft
from tests.cli.run import run
from tests.conftest import ACTOR, OFFICER
from tests.updates import assessments, fill, officer_sets

T1, DAK = ("Thôn 1", "Xã Một"), ("Làng Đắk", "Xã Một")


@pytest.fixture
def db(empty_database, small_plan):
    return empty_database


def _export(capsys, db, tmp_path, agency="Sở Một", year="2025", name="so_mot.xlsx"):
    target = tmp_path / name
    status, out, err = run(capsys, "--db", str(db.engine.url.database), "export", "updates", "--agency", agency,
                           "--year", year, "--out", str(target))
    assert (status, err) == (0, ""), err
    return target


def _import(capsys, db, path, *flags):
    return run(capsys, "--db", str(db.engine.url.database), "import-updates", str(path), *flags)


def _audit_count(db) -> int:
    with db.session() as session:
        return session.exec(select(func.count()).select_from(AuditEvent)).one()


def test_a_filled_workbook_is_previewed_then_imported_once(db, small_plan, tmp_path, capsys):
    path = _export(capsys, db, tmp_path)
    fill(path, "Thôn 1", 3, status="dat", evidence="Biên bản nghiệm thu 12/2025", note="-2 hộ chưa có điện")
    fill(path, "Làng Đắk", 2, status="  chua   DAT ", note="=Cần thêm xi măng")
    fill(path, "Làng Đắk", 1, status="Đang thực hiện")
    workbook = load_workbook(path)
    workbook["Làng Đắk"].title = "Dak (da sua)"
    sheet = workbook["Thôn 1"]
    first, last = [[cell.value for cell in sheet[row]] for row in (12, 14)]
    for column, (a, b) in enumerate(zip(first, last, strict=True), start=1):  # rows sorted the other way
        sheet.cell(12, column).value, sheet.cell(14, column).value = b, a
    sheet["C6"] = "Nguyễn Văn Tổ"
    workbook.save(path)
    before = assessments(db, 2025)

    status, out, err = _import(capsys, db, path, "--dry-run")
    assert (status, err) == (0, "")
    assert "3 thay đổi, 0 xung đột, 0 dòng không nhận, 3 dòng giữ nguyên" in out
    assert "Thôn 1 (Xã Một) – 3. Điện: Chưa đạt → Đạt; minh chứng: “Biên bản nghiệm thu 12/2025”" in out
    assert "sheet “Dak (da sua)”, dòng 13 – Làng Đắk (Xã Một) – 2. Giao thông: Chưa đánh giá → Chưa đạt" in out
    assert "Chạy thử, chưa ghi gì." in out
    assert assessments(db, 2025) == before

    status, out, err = _import(capsys, db, path)
    assert (status, err) == (0, "")
    assert "Đã ghi 3 tiêu chí từ tệp “so_mot.xlsx”" in out
    after = assessments(db, 2025)
    assert after[(*T1, 3)] == ("Đạt", "Biên bản nghiệm thu 12/2025", "-2 hộ chưa có điện")
    assert after[(*DAK, 2)] == ("Chưa đạt", "", "=Cần thêm xi măng")
    assert after[(*DAK, 1)] == ("Đang thực hiện", "", "")
    assert after[(*T1, 1)] == before[(*T1, 1)]
    with db.session() as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.entity == "assessment")).all()
    contexts = {event.context.split("; ", 3)[-1] for event in events}
    assert contexts == {"tệp “so_mot.xlsx”; người cập nhật: Nguyễn Văn Tổ",
                        "tệp “so_mot.xlsx”; người cập nhật: Phạm Đức Đắk"}
    assert {event.actor for event in events} != {""}

    audited = _audit_count(db)
    status, out, _ = _import(capsys, db, path)
    assert status == 0
    assert "0 thay đổi, 0 xung đột, 0 dòng không nhận, 6 dòng giữ nguyên" in out
    assert "Đã ghi 0 tiêu chí" in out
    assert (assessments(db, 2025), _audit_count(db)) == (after, audited)


def test_a_row_changed_in_the_database_since_the_export_conflicts_and_is_not_written(db, small_plan, tmp_path,
                                                                                   capsys):
    path = _export(capsys, db, tmp_path)
    officer_sets(db, small_plan.id, "Thôn 1, Xã Một", 2, status=CriterionStatus.IN_PROGRESS, evidence="Đang làm đường")
    officer_sets(db, small_plan.id, "Thôn 1, Xã Một", 1, status=CriterionStatus.NOT_MET)
    fill(path, "Thôn 1", 2, status="Chưa đạt")
    fill(path, "Làng Đắk", 3, status="Đạt")
    status, out, _ = _import(capsys, db, path)
    assert status == 0
    assert "1 thay đổi, 1 xung đột" in out
    assert "Thôn 1 (Xã Một) – 2. Giao thông: Đang thực hiện → Chưa đạt — đã được officer sửa lúc" in out
    assert "Hiện là: Đang thực hiện; minh chứng “Đang làm đường”" in out
    after = assessments(db, 2025)
    assert after[(*T1, 2)] == ("Đang thực hiện", "Đang làm đường", "")
    assert after[(*T1, 1)] == ("Chưa đạt", "", "")  # untouched in the workbook: the database's change stays
    assert after[(*DAK, 3)] == ("Đạt", "", "")


def test_a_village_the_agency_no_longer_helps_conflicts(db, small_plan, tmp_path, capsys):
    path = _export(capsys, db, tmp_path, agency="Sở Hai", name="so_hai.xlsx")
    assert load_workbook(path).sheetnames == ["Hướng dẫn", "Thôn 1 - Xã Hai", "Làng Mới", "Thôn 1 - Xã Một",
                                              "_langmoi"]
    with db.session() as session:
        so_hai = session.exec(select(Agency.id).where(Agency.name == "Sở Hai")).one()
        village_id = find_place(session, small_plan.id, "Thôn 1, Xã Một").village_id
        session.exec(delete(Assignment).where(Assignment.agency_id == so_hai, Assignment.village_id == village_id))
        session.commit()
    fill(path, "Thôn 1 - Xã Một", 3, status="Đạt")
    fill(path, "Làng Mới", 1, status="Đạt")
    status, out, _ = _import(capsys, db, path)
    assert status == 0
    assert "1 thay đổi, 1 xung đột" in out
    assert "Sở Hai không (còn) giúp đỡ thôn này trong kế hoạch" in out
    assert assessments(db, 2025)[(*T1, 3)][0] == "Chưa đạt"


@pytest.mark.parametrize(("sheet", "number", "typed", "message"), [
    ("Thôn 1", 2, {"status": "Đạt rồi"}, "sheet “Thôn 1”, dòng 13, cột “Tình trạng” – Thôn 1 (Xã Một) – 2. Giao "
                                        "thông: “Đạt rồi” không có trong danh sách (Đạt, Chưa đạt, Đang thực hiện, "
                                        "Chưa đánh giá)."),
    ("Làng Đắk", None, {}, "sheet “Làng Đắk”, dòng 14, cột “Số TT” – Làng Đắk (Xã Một): không có tiêu chí số “99” "
                           "trong bộ tiêu chí"),
    ("Làng Đắk", 0, {}, "sheet “Làng Đắk”, dòng 14, cột “Số TT” – Làng Đắk (Xã Một) – 1. Quy hoạch: tiêu chí số 1 "
                        "đã có ở dòng 12."),
])
def test_a_refused_row_is_named_and_nothing_is_written(db, tmp_path, capsys, sheet, number, typed, message):
    path = _export(capsys, db, tmp_path)
    fill(path, "Thôn 1", 1, status="Chưa đạt")
    if typed:
        fill(path, sheet, number, **typed)
    else:
        workbook = load_workbook(path)
        workbook[sheet]["A14"] = 99 if number is None else 1
        workbook[sheet]["E14"] = "Đạt"
        workbook.save(path)
    before, audited = assessments(db, 2025), _audit_count(db)
    status, out, err = _import(capsys, db, path)
    assert status == 2
    assert message in err
    assert "Chưa ghi gì" in err
    assert (assessments(db, 2025), _audit_count(db)) == (before, audited)


def test_a_stamp_edited_by_hand_is_refused_whole(db, tmp_path, capsys):
    path = _export(capsys, db, tmp_path)
    fill(path, "Thôn 1", 3, status="Đạt")
    workbook = load_workbook(path)
    workbook["_langmoi"]["C9"] = 7  # "the row was exported at version 7"
    workbook.save(path)
    status, _, err = _import(capsys, db, path)
    assert status == 2
    assert err.count("\n") == 1
    assert "phần nhận dạng ẩn của tệp đã bị sửa" in err
    assert assessments(db, 2025)[(*T1, 3)][0] == "Chưa đạt"


def test_a_workbook_of_another_plan_is_refused(db, tmp_path, capsys):
    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}", actor=ACTOR, with_sample=False)
    with other.unit_of_work(OFFICER) as uow:
        create_plan(uow, draft=small_plan_draft("2-KH/KHAC"))
    path = _export(capsys, other, tmp_path)
    other.close()
    fill(path, "Thôn 1", 3, status="Đạt")
    status, _, err = _import(capsys, db, path)
    assert status == 2
    assert "thuộc kế hoạch 2-KH/KHAC, không phải kế hoạch 1-KH/TEST" in err


def test_a_year_the_plan_no_longer_covers_is_refused(db, small_plan, tmp_path, capsys):
    path = _export(capsys, db, tmp_path, year="2026")
    fill(path, "Thôn 1", 3, status="Đạt")
    with db.session() as session:
        session.get(Plan, small_plan.id).last_year = 2025
        session.commit()
    status, _, err = _import(capsys, db, path)
    assert status == 2
    assert "là phiếu năm 2026, nằm ngoài thời gian của kế hoạch 1-KH/TEST (2024–2025)" in err
    assert assessments(db, 2026) == {}


@pytest.mark.parametrize(("content", "message"), [
    (b"PK\x03\x04 not really a zip", "không phải là bảng tính Excel"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "được đặt mật khẩu hoặc là tệp .xls cũ"),
    (None, "không phải phiếu cập nhật do Làng Mới xuất"),
])
def test_a_damaged_encrypted_or_foreign_file_gets_one_line(db, tmp_path, capsys, content, message):
    path = tmp_path / "gui_lai.xlsx"
    if content is None:
        write_plan_workbook(template_draft(), path)
    else:
        path.write_bytes(content)
    audited = _audit_count(db)
    status, out, err = _import(capsys, db, path)
    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and message in err
    assert _audit_count(db) == audited


def test_every_agency_gets_a_workbook_that_imports_as_unchanged(db, tmp_path, capsys):
    folder = tmp_path / "gui"
    status, out, err = run(capsys, "--db", str(db.engine.url.database), "export", "updates", "--all", "--year",
                           "2025", "--out", str(folder))
    assert (status, err) == (0, "")
    assert "Đã ghi 2 phiếu cập nhật năm 2025 (5 sheet thôn)" in out
    files = sorted(path.name for path in folder.iterdir())
    assert files == ["Cập nhật 2025 - S1.xlsx", "Cập nhật 2025 - Sở Hai.xlsx"]
    for name in files:
        status, out, _ = _import(capsys, db, folder / name)
        assert status == 0 and "0 thay đổi, 0 xung đột, 0 dòng không nhận" in out


def test_the_export_refuses_a_wrong_target(db, tmp_path, capsys):
    status, _, err = run(capsys, "--db", str(db.engine.url.database), "export", "updates", "--agency", "Sở Một",
                         "--year", "2025", "--out", str(tmp_path / "a.pdf"))
    assert status == 2 and "ghi ra tệp .xlsx" in err
    status, _, err = run(capsys, "--db", str(db.engine.url.database), "export", "updates", "--agency", "Sở Ba",
                         "--year", "2025", "--out", str(tmp_path / "a.xlsx"))
    assert status == 2 and "Không có cơ quan “Sở Ba”" in err
    status, _, err = run(capsys, "--db", str(db.engine.url.database), "export", "updates", "--agency", "Sở Một",
                         "--year", "2031", "--out", str(tmp_path / "a.xlsx"))
    assert status == 2 and not (tmp_path / "a.xlsx").exists()


def test_a_copied_workbook_imports_like_the_original(db, tmp_path, capsys):
    """Team leads forward the file; a copy saved under another name still reads (the name goes to the audit)."""
    path = _export(capsys, db, tmp_path)
    fill(path, "Thôn 1", 3, status="Đạt")
    copy = tmp_path / "Sở Một - đã điền.xlsx"
    shutil.copy(path, copy)
    status, out, _ = _import(capsys, db, copy)
    assert status == 0 and "Đã ghi 1 tiêu chí từ tệp “Sở Một - đã điền.xlsx”" in out
