"""The reorganisation workbook: the template reads back as written, and each refusal says where and why, whole,
before anything is written (what needs the database is tested in tests/domain/test_reorganisation_import.py)."""

from datetime import date, datetime

import pytest
from openpyxl import Workbook, load_workbook

from domain.reorganisation_workbook_format import CHANGES, SHEET, Level, RowKind, UnitPath
from exports.reorganisation_workbook import template_reorganisation, write_reorganisation_workbook
from storage.errors import StorageError
from storage.plan_workbook import WorkbookRefused
from storage.reorganisation_workbook import read_reorganisation_workbook
from tests.hostile_workbooks import BILLION_LAUGHS, rewrite, with_cell

HEADERS = [column.header for column in SHEET.columns]
DECISION = ["12/NQ-HĐND", "HĐND tỉnh", datetime(2025, 6, 16), datetime(2025, 7, 1)]


def _row(level="Xã", kind="Sáp nhập", old=("Kon Tum", "Tu Mơ Rông", "Tê Xăng", None),
         new=("Quảng Ngãi", None, "Ngọk Yêu", None), decision=DECISION, note=None) -> list:
    return [*decision, level, kind, *old, *new, note]


def _write(tmp_path, rows, headers=HEADERS, title=CHANGES, name="sap_xep.xlsx"):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    workbook.save(path)
    return path


def _refused(tmp_path, rows, **kwargs) -> str:
    with pytest.raises(WorkbookRefused) as refusal:
        read_reorganisation_workbook(_write(tmp_path, rows, **kwargs))
    return str(refusal.value)


def test_the_template_reads_back_as_written_and_exports_the_same_rows(tmp_path):
    template = template_reorganisation()
    first = write_reorganisation_workbook([template], tmp_path / "mau.xlsx")
    read = read_reorganisation_workbook(first)
    assert len(read) == 1
    assert read[0].decision == template.decision
    assert [(c.level, c.kind, c.old, c.new) for c in read[0].changes] == [
        (c.level, c.kind, c.old, c.new) for c in template.changes]
    assert [c.row for c in read[0].changes] == list(range(2, len(template.changes) + 2))
    second = write_reorganisation_workbook(read, tmp_path / "xuat.xlsx")
    cells = [[list(row) for row in load_workbook(path)[CHANGES].iter_rows(values_only=True)]
             for path in (first, second)]
    assert cells[0] == cells[1]
    assert cells[0][0] == HEADERS
    assert cells[0][1][:6] == ["01/2025/NQ-MH (minh họa)", "Ủy ban Thường vụ Quốc hội", datetime(2025, 6, 16),
                               datetime(2025, 7, 1), "Tỉnh", "Nhập tỉnh"]
    assert load_workbook(first)["Danh mục"].sheet_state == "hidden"


def test_merged_decision_cells_two_decisions_and_text_dates(tmp_path):
    other = ["5/QĐ-UBND", "UBND tỉnh", "01/12/2024", "1/1/2025"]
    path = _write(tmp_path, [_row(), _row(old=("Kon Tum", "Tu Mơ Rông", "Ngọk Yêu", None), decision=[None] * 4),
                             _row(level="Thôn", kind="Chuyển thôn", old=(None, "Đăk Glei", "Xốp", "Làng  Mới"),
                                  new=(None, None, "Mường Hoong", None), decision=other)])
    workbook = load_workbook(path)
    for column in "ABCD":
        workbook[CHANGES].merge_cells(f"{column}2:{column}3")
    workbook.save(path)
    first, second = read_reorganisation_workbook(path)
    assert first.decision.number == "12/NQ-HĐND" and first.decision.effective_on == date(2025, 7, 1)
    assert [c.old.commune for c in first.changes] == ["Tê Xăng", "Ngọk Yêu"]
    assert second.decision.effective_on == date(2025, 1, 1) and second.decision.signed_on == date(2024, 12, 1)
    assert second.changes[0] == second.changes[0].__class__(
        Level.VILLAGE, RowKind.MOVE, UnitPath(None, "Đăk Glei", "Xốp", "Làng Mới"),
        UnitPath(None, None, "Mường Hoong", None), 4)


def test_a_missing_sheet_or_column(tmp_path):
    assert _refused(tmp_path, [_row()], title="Sheet1") == (
        "Không nhập tệp “sap_xep.xlsx”: 1 lỗi, chưa ghi gì.\n- sheet “Sắp xếp”: thiếu sheet bắt buộc")
    assert _refused(tmp_path, [_row()[:3] + _row()[4:]], headers=HEADERS[:3] + HEADERS[4:]) == (
        "Không nhập tệp “sap_xep.xlsx”: 1 lỗi, chưa ghi gì.\n"
        "- sheet “Sắp xếp”, dòng 1, cột “Ngày hiệu lực”: thiếu cột bắt buộc")
    assert _refused(tmp_path, []) == (
        "Không nhập tệp “sap_xep.xlsx”: 1 lỗi, chưa ghi gì.\n- sheet “Sắp xếp”, dòng 2: sheet chưa có dòng dữ liệu nào")


def test_every_broken_row_is_listed_with_its_place(tmp_path):
    text = _refused(tmp_path, [
        _row(decision=["12/NQ-HĐND", "", "x", None]),
        _row(level="Xã", kind="Nhập tỉnh"),
        _row(level="Làng", kind="Gộp"),
        _row(level="Thôn", kind="Chuyển thôn", old=("Kon Tum", "Tu Mơ Rông", None, "Thôn 1"), new=(None,) * 4),
        _row(level="Xã", kind="Đổi tên", new=("Quảng Ngãi", None, "tê xăng", None)),
        _row(level="Huyện", kind="Bỏ cấp huyện", old=("Kon Tum", "Tu Mơ Rông", None, None),
             new=("Quảng Ngãi", "Tu Mơ Rông", None, None)),
        _row(decision=["12/NQ-HĐND", "HĐND tỉnh", datetime(2025, 6, 16), datetime(2025, 8, 1)],
             old=("Kon Tum", "Tu Mơ Rông", "Măng Ri", None)),
    ])
    assert text.splitlines() == [
        "Không nhập tệp “sap_xep.xlsx”: 11 lỗi, chưa ghi gì.",
        "- sheet “Sắp xếp”, dòng 2, cột “Cơ quan quyết định”: ô bắt buộc đang để trống",
        "- sheet “Sắp xếp”, dòng 2, cột “Ngày hiệu lực”: ô bắt buộc đang để trống",
        "- sheet “Sắp xếp”, dòng 2, cột “Ngày quyết định”: “x” không phải là ngày (dd/mm/yyyy)",
        "- sheet “Sắp xếp”, dòng 3, cột “Loại thay đổi”: “Nhập tỉnh” chỉ dùng cho cấp Tỉnh, không dùng cho cấp Xã",
        "- sheet “Sắp xếp”, dòng 4, cột “Cấp”: “Làng” không có trong danh sách (Tỉnh / Huyện / Xã / Thôn)",
        "- sheet “Sắp xếp”, dòng 4, cột “Loại thay đổi”: “Gộp” không có trong danh sách (Sáp nhập / Chia tách / "
        "Đổi tên / Chuyển thôn / Bỏ cấp huyện / Nhập tỉnh)",
        "- sheet “Sắp xếp”, dòng 5, cột “Xã cũ”: cấp Thôn cần tên đơn vị cũ ở cột này",
        "- sheet “Sắp xếp”, dòng 5, cột “Xã mới”: “Chuyển thôn” cần tên đơn vị mới ở cột này",
        "- sheet “Sắp xếp”, dòng 6, cột “Xã mới”: tên mới “tê xăng” giống tên cũ",
        "- sheet “Sắp xếp”, dòng 7, cột “Huyện mới”: huyện bị bỏ thì các xã không còn huyện: để trống cột này",
        "- sheet “Sắp xếp”, dòng 8, cột “Ngày hiệu lực”: khác với dòng 3 của cùng quyết định 12/NQ-HĐND",
    ]


def test_a_village_or_a_commune_mapped_twice(tmp_path):
    village = ("Kon Tum", "Tu Mơ Rông", "Măng Ri", "Thôn 1")
    text = _refused(tmp_path, [
        _row(level="Thôn", kind="Chuyển thôn", old=village, new=("Quảng Ngãi", None, "Ngọk Yêu", None)),
        _row(),
        _row(level="Thôn", kind="Chuyển thôn", old=village, new=("Quảng Ngãi", None, "Tê Xăng", None)),
        _row(level="Xã", kind="Đổi tên", new=("Quảng Ngãi", None, "Tê Xăng Mới", None)),
        _row(level="Xã", kind="Chia tách", old=("Kon Tum", "Đăk Glei", "Xốp", None), new=(None, None, "Xốp A", None)),
        _row(level="Xã", kind="Chia tách", old=("Kon Tum", "Đăk Glei", "Xốp", None), new=(None, None, "Xốp B", None)),
    ])
    assert text.splitlines()[1:] == [
        "- sheet “Sắp xếp”, dòng 4, cột “Thôn cũ”: thôn “Thôn 1” của xã Măng Ri đã được sắp xếp ở dòng 2; mỗi đơn "
        "vị cũ chỉ ghi một lần",
        "- sheet “Sắp xếp”, dòng 5, cột “Xã cũ”: xã Tê Xăng đã được sắp xếp ở dòng 3; mỗi đơn vị cũ chỉ ghi một lần",
    ]


def test_a_cycle_of_units_is_refused(tmp_path):
    text = _refused(tmp_path, [
        _row(level="Xã", kind="Đổi tên", old=("Kon Tum", "Tu Mơ Rông", "Tê Xăng", None),
             new=("Quảng Ngãi", None, "Măng Ri", None)),
        _row(level="Xã", kind="Sáp nhập", old=("Kon Tum", "Tu Mơ Rông", "Măng Ri", None),
             new=("Quảng Ngãi", None, "Tê Xăng", None)),
    ])
    assert text.splitlines()[1:] == [
        "- sheet “Sắp xếp”, dòng 2, cột “Xã mới”: vòng lặp Tê Xăng → Măng Ri → Tê Xăng (các dòng 2, 3): không đơn "
        "vị nào là đơn vị sau cùng"]


def test_hostile_workbooks_are_refused_before_reading(tmp_path):
    path = _write(tmp_path, [_row()])
    laughs = rewrite(path, tmp_path / "cuoi.xlsx", {"xl/worksheets/sheet1.xml": BILLION_LAUGHS})
    with pytest.raises(StorageError, match="có khai báo DOCTYPE"):
        read_reorganisation_workbook(laughs)
    formula = with_cell(path, tmp_path / "cong_thuc.xlsx", "xl/worksheets/sheet1.xml", "I2",
                        '<c r="I2"><f>H2&amp;""</f></c>')
    with pytest.raises(StorageError) as refusal:
        read_reorganisation_workbook(formula)
    assert str(refusal.value) == (
        "Không đọc tệp “cong_thuc.xlsx”: 1 ô không đọc được, chưa ghi gì.\n- Sheet “Sắp xếp”, ô I2: là công thức, "
        "không phải giá trị; hãy dán giá trị (Paste Values) rồi gửi lại.")
    macros = rewrite(path, tmp_path / "macro.xlsx", {"xl/vbaProject.bin": b"\0" * 10})
    with pytest.raises(StorageError, match="là bảng tính có macro"):
        read_reorganisation_workbook(macros)
    long_name = _refused(tmp_path, [_row(old=("Kon Tum", "Tu Mơ Rông", "X" * 201, None))])
    assert long_name.splitlines()[1] == (
        "- sheet “Sắp xếp”, dòng 2, cột “Xã cũ”: dài 201 ký tự, quá giới hạn 200 ký tự")
