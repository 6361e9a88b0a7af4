"""Reading the plan annex: each kind of mess is read, each broken rule refused with sheet, row and column."""

import unicodedata
import zipfile

import pytest

from domain.agencies import AgencyKind, AssignmentRole
from domain.plan_draft import PlaceKey
from domain.teams import TeamRole
from storage.errors import StorageError
from storage.plan_workbook import WorkbookRefused, read_plan_workbook
from tests.workbooks import HEADERS, annex, write_annex


def _read(tmp_path, sheets=None, **kwargs):
    return read_plan_workbook(write_annex(tmp_path / "phu_luc.xlsx", sheets or annex(), **kwargs))


def _refused(tmp_path, sheets, **kwargs) -> list[str]:
    with pytest.raises(WorkbookRefused) as refusal:
        _read(tmp_path, sheets, **kwargs)
    return [str(problem) for problem in refusal.value.problems]


def test_a_clean_annex_reads_whole(tmp_path):
    reading = _read(tmp_path)
    draft = reading.draft
    assert (draft.code, draft.title, draft.first_year, draft.last_year) == ("1-KH/TEST", "Kế hoạch thử", 2024, 2026)
    assert draft.place == "Thử"
    assert draft.issued_on.isoformat() == "2024-01-15"
    assert [v.place.village for v in draft.villages] == ["Thôn 1", "Làng Đắk", "Thôn 1", "Làng Mới"]
    assert draft.villages[3].place == PlaceKey(None, "Xã Ba", "Làng Mới")
    assert draft.agencies[1].kind == AgencyKind.STATE
    assert [(c.group_order, c.number) for c in draft.criteria_set.criteria] == [(1, 1), (2, 2), (2, 3)]
    assert reading.warnings == []


def test_merged_district_and_commune_cells_are_filled_down(tmp_path):
    sheets = annex()
    for row in sheets["Địa bàn"][1:3]:
        row[0] = None
    sheets["Địa bàn"][2][1] = None
    for row in sheets["Tổ hỗ trợ"][3:5]:
        row[0:3] = [None, None, None]
    merges = {"Địa bàn": ["A2:A4", "B3:B4"], "Tổ hỗ trợ": ["A4:A6", "B4:B6", "C4:C6"]}
    draft = _read(tmp_path, sheets, merges=merges).draft
    assert [v.place for v in draft.villages[:3]] == [
        PlaceKey("Huyện A", "Xã Hai", "Thôn 1"), PlaceKey("Huyện A", "Xã Một", "Làng Đắk"),
        PlaceKey("Huyện A", "Xã Một", "Thôn 1")]
    members = [(m.place.village, m.full_name) for m in draft.members if m.place.commune == "Xã Một"]
    assert ("Thôn 1", "Lê Văn Viên") in members


def test_spaces_nfd_numbers_and_dates_typed_as_text(tmp_path):
    sheets = annex()
    sheets["Kế hoạch"][0][3] = "05/03/2024"
    sheets["Kế hoạch"][0][4] = " 2024 "
    commune = unicodedata.normalize("NFD", "Xã  Một")
    sheets["Địa bàn"][1] = ["  Huyện A ", commune, "Làng Đắk ", "1.234", "98", None, None]
    draft = _read(tmp_path, sheets).draft
    village = draft.villages[1]
    assert village.place == PlaceKey("Huyện A", "Xã Một", "Làng Đắk")
    assert unicodedata.is_normalized("NFC", village.place.commune)
    assert (village.households, village.minority_households) == (1234, 98)
    assert draft.issued_on.isoformat() == "2024-03-05"
    assert draft.first_year == 2024


def test_the_same_village_name_in_two_communes_and_an_agency_by_short_name(tmp_path):
    sheets = annex()
    sheets["Phân công"][2] = ["S1", None, "Xã Một", "Thôn 1", "Chủ trì"]
    draft = _read(tmp_path, sheets).draft
    assignment = draft.assignments[2]
    assert (assignment.agency, assignment.place.commune, assignment.role) == ("Sở Một", "Xã Một", AssignmentRole.LEAD)
    assert assignment.place.district == "Huyện A"


def test_headers_in_any_case_order_and_accents_with_extra_columns_and_sheets(tmp_path):
    sheets = annex()
    headers = dict(HEADERS)
    headers["Cơ quan"] = ["  ten co quan ", "LOẠI", "Tên viết tắt", "Địa chỉ", "Điện thoại", "Ghi chú riêng"]
    sheets["Cơ quan"] = [["Sở Hai", "cơ quan đảng", None, None, None, "x"],
                         ["Sở Một", "Cơ quan nhà nước", "S1", None, None, "y"]]
    sheets["Ghi chép"] = [["bất kỳ"]]
    headers["Ghi chép"] = ["Cột lạ"]
    draft = _read(tmp_path, sheets, headers=headers).draft
    assert [(a.name, a.short_name, a.kind) for a in draft.agencies] == [
        ("Sở Hai", "", AgencyKind.PARTY), ("Sở Một", "S1", AgencyKind.STATE)]


def test_names_differing_only_in_diacritics_stay_distinct_with_a_warning(tmp_path):
    sheets = annex()
    sheets["Địa bàn"].append(["Huyện A", "Xã Một", "Làng Đăk", None, None, None, None])
    sheets["Phân công"].append(["Sở Một", "Huyện A", "Xã Một", "Làng Đăk", "Chủ trì"])
    sheets["Tổ hỗ trợ"].append(["Huyện A", "Xã Một", "Làng Đăk", "Mai Văn Đăk", None, None, "Tổ trưởng", None])
    reading = _read(tmp_path, sheets)
    assert {v.place.village for v in reading.draft.villages} >= {"Làng Đắk", "Làng Đăk"}
    assert reading.warnings == ["Tên thôn “Làng Đăk” và “Làng Đắk” chỉ khác nhau ở dấu; được coi là 2 tên khác nhau."]


def test_a_missing_sheet_and_a_missing_column(tmp_path):
    sheets = annex()
    del sheets["Tiêu chí"]
    headers = dict(HEADERS)
    headers["Phân công"] = ["Cơ quan", "Huyện", "Xã", "Thôn/Làng", "Ghi chú"]
    assert _refused(tmp_path, sheets, headers=headers) == [
        "sheet “Phân công”, dòng 1, cột “Vai trò”: thiếu cột bắt buộc",
        "sheet “Tiêu chí”: thiếu sheet bắt buộc",
    ]


def test_every_broken_rule_is_listed_with_its_place(tmp_path):
    sheets = annex()
    sheets["Kế hoạch"][0][4:6] = [2027, 2025]
    sheets["Địa bàn"][0][2] = None
    sheets["Phân công"][4] = ["Sở Ba", None, "Xã Ba", "Làng Mới", "Chủ trì"]
    sheets["Phân công"].append(["Sở Một", "Huyện A", "Xã Chín", "Thôn 9", "Chủ trì"])
    sheets["Tổ hỗ trợ"][3][6] = "Tổ trưởng"
    sheets["Tổ hỗ trợ"][1][6] = "Đội trưởng"
    problems = _refused(tmp_path, sheets)
    assert problems == [
        "sheet “Kế hoạch”, dòng 2, cột “Từ năm”: từ năm 2027 sau đến năm 2025",
        "sheet “Địa bàn”, dòng 2, cột “Thôn/Làng”: ô bắt buộc đang để trống",
        "sheet “Địa bàn”, dòng 3, cột “Thôn/Làng”: thôn “Làng Đắk” chưa có tổ trưởng trong sheet Tổ hỗ trợ",
        "sheet “Địa bàn”, dòng 5, cột “Thôn/Làng”: thôn “Làng Mới” chưa có cơ quan chủ trì trong sheet Phân công",
        "sheet “Phân công”, dòng 2, cột “Thôn/Làng”: thôn “Thôn 1” của Xã Hai không có trong sheet Địa bàn",
        "sheet “Phân công”, dòng 6, cột “Cơ quan”: cơ quan “Sở Ba” không có trong sheet Cơ quan",
        "sheet “Phân công”, dòng 7, cột “Thôn/Làng”: thôn “Thôn 9” của Xã Chín không có trong sheet Địa bàn",
        "sheet “Tổ hỗ trợ”, dòng 2, cột “Thôn/Làng”: thôn “Thôn 1” của Xã Hai không có trong sheet Địa bàn",
        "sheet “Tổ hỗ trợ”, dòng 3, cột “Vai trò trong tổ”: “Đội trưởng” không có trong danh sách "
        "(Tổ trưởng / Tổ phó / Thành viên)",
        "sheet “Tổ hỗ trợ”, dòng 5, cột “Vai trò trong tổ”: thôn “Thôn 1” đã có tổ trưởng ở dòng 4",
    ]


def test_a_village_without_a_lead_agency(tmp_path):
    sheets = annex()
    sheets["Phân công"][1][4] = "Phối hợp"
    assert _refused(tmp_path, sheets) == [
        "sheet “Địa bàn”, dòng 3, cột “Thôn/Làng”: thôn “Làng Đắk” chưa có cơ quan chủ trì trong sheet Phân công"]


def test_a_required_cell_left_empty(tmp_path):
    sheets = annex()
    sheets["Tổ hỗ trợ"][0][3] = "   "
    sheets["Tiêu chí"][1][1] = "hai"
    assert _refused(tmp_path, sheets) == [
        "sheet “Địa bàn”, dòng 2, cột “Thôn/Làng”: thôn “Thôn 1” chưa có tổ trưởng trong sheet Tổ hỗ trợ",
        "sheet “Tổ hỗ trợ”, dòng 2, cột “Họ và tên”: ô bắt buộc đang để trống",
        "sheet “Tiêu chí”, dòng 3, cột “Số TT”: “hai” không phải là số nguyên",
    ]


def test_files_that_are_not_workbooks_get_one_line(tmp_path):
    text = tmp_path / "ghi_chu.xlsx"
    text.write_text("không phải bảng tính")
    with pytest.raises(StorageError, match="không phải là bảng tính Excel"):
        read_plan_workbook(text)
    encrypted = tmp_path / "mat_khau.xlsx"
    encrypted.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    with pytest.raises(StorageError, match="đặt mật khẩu"):
        read_plan_workbook(encrypted)
    damaged = tmp_path / "hong.xlsx"
    with zipfile.ZipFile(damaged, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook")
    with pytest.raises(StorageError, match="bị hỏng") as error:
        read_plan_workbook(damaged)
    assert "\n" not in str(error.value)


def test_team_roles_and_members_are_read(tmp_path):
    draft = _read(tmp_path).draft
    leaders = [m.full_name for m in draft.members if m.role == TeamRole.LEADER]
    assert leaders == ["Võ Thị Hai", "Phạm Đức Đắk", "Nguyễn Văn Tổ", "Đinh Văn Mới"]
