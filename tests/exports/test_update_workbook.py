"""The update workbook as a team lead opens it: what is locked, what can be picked, what is hidden, and the
text the database held written as text."""

import zipfile

import pytest
from openpyxl import load_workbook

from domain.criteria import CriterionStatus
from exports.cancel import Cancelled, Progress
from exports.updates_export import export_updates
from storage.update_workbook import read_update_workbook
from tests.updates import export_for, fill, officer_sets

FORMULA_LOOKING = {"evidence": "=HYPERLINK(\"http://x\")", "note": "+84 905 111 222"}


@pytest.fixture
def exported(empty_database, small_plan, tmp_path):
    return export_for(empty_database, small_plan, "Sở Một", tmp_path / "so_mot.xlsx")


def _locked_and_open(worksheet) -> set[str]:
    return {cell.coordinate for row in worksheet.iter_rows() for cell in row
            if cell.has_style and not cell.protection.locked}


def test_only_the_cells_to_fill_are_unlocked_and_the_sheets_protected_without_password(exported):
    workbook = load_workbook(exported)
    assert workbook.sheetnames == ["Hướng dẫn", "Làng Đắk", "Thôn 1", "_langmoi"]
    for name in ("Hướng dẫn", "Thôn 1", "Làng Đắk"):
        worksheet = workbook[name]
        assert worksheet.protection.sheet and not worksheet.protection.password
        assert worksheet.sheet_state == "visible"
    village = workbook["Thôn 1"]
    # C6:D6 and C9:D9 merged: who updated, and whether the team sends its review
    assert _locked_and_open(village) == {"C6", "D6", "C9", "D9", *(f"{c}{r}" for c in "EFG" for r in (12, 13, 14))}
    assert _locked_and_open(workbook["Hướng dẫn"]) == set()
    assert [village[f"A{r}"].value for r in range(3, 10)] == [
        "Thôn (làng):", "Xã:", "Huyện:", "Người cập nhật:", "Tình trạng rà soát:", "Ý kiến của Văn phòng:",
        "Gửi kết quả rà soát:"]
    assert [village[f"C{r}"].value for r in range(3, 10)] == [
        "Thôn 1", "Xã Một", "Huyện A", "Nguyễn Văn Tổ", "Chưa mở đợt rà soát năm 2025", None, None]
    rows = [[cell.value for cell in row] for row in village.iter_rows(min_row=11, max_row=14, max_col=7)]
    assert rows == [
        ["Số TT", "Nhóm", "Tiêu chí", "Yêu cầu", "Tình trạng", "Minh chứng", "Ghi chú"],
        [1, "Quy hoạch", "Quy hoạch", "Có quy hoạch được duyệt", "Đạt", None, None],
        [2, "Hạ tầng", "Giao thông", "Đường trục thôn cứng hóa", "Đạt", None, None],
        [3, "Hạ tầng", "Điện", "Từ 95% số hộ dùng điện", "Chưa đạt", "Biên bản số 5", "Cần thêm kinh phí"],
    ]
    sending, validation = village.data_validations.dataValidation
    assert (validation.type, str(validation.sqref)) == ("list", "E12:E14")
    assert validation.formula1 == '"Đạt,Chưa đạt,Đang thực hiện,Chưa đánh giá"'
    assert (str(sending.sqref), sending.formula1) == ("C9", '"Có,Chưa"')
    assert workbook["_langmoi"].sheet_state == "veryHidden"
    assert village.freeze_panes == "A12" and village.print_title_rows == "$11:$11"
    assert village.page_setup.orientation == "landscape"
    footer = village.oddFooter
    assert (footer.left.text, footer.right.text) == ("1-KH/TEST – Sở Một – năm 2025", "Trang &P/&N")


def test_the_guide_lists_the_villages_and_says_how_to_fill(exported):
    guide = load_workbook(exported)["Hướng dẫn"]
    text = "\n".join(str(cell.value) for row in guide.iter_rows() for cell in row if cell.value)
    assert "PHIẾU CẬP NHẬT TIÊU CHÍ THÔN (LÀNG) NÔNG THÔN MỚI NĂM 2025" in text
    assert "Cơ quan: Sở Một." in text
    assert "chọn trong danh sách (Đạt, Chưa đạt, Đang thực hiện, Chưa đánh giá)" in text
    table = [[cell.value for cell in row] for row in guide.iter_rows(min_row=14, max_row=16)]
    assert table == [
        ["Sheet", "Thôn (làng)", "Xã", "Huyện", "Vai trò của cơ quan", "Tổ trưởng tổ hỗ trợ"],
        ["Làng Đắk", "Làng Đắk", "Xã Một", "Huyện A", "Chủ trì", "Phạm Đức Đắk"],
        ["Thôn 1", "Thôn 1", "Xã Một", "Huyện A", "Chủ trì", "Nguyễn Văn Tổ"],
    ]


def test_text_that_looks_like_a_formula_goes_out_and_comes_back_as_text(empty_database, small_plan, tmp_path):
    officer_sets(empty_database, small_plan.id, "Thôn 1, Xã Một", 1, status=CriterionStatus.MET, **FORMULA_LOOKING)
    target = export_for(empty_database, small_plan, "Sở Một", tmp_path / "so_mot.xlsx")
    village = load_workbook(target)["Thôn 1"]
    cells = [village["F12"], village["G12"]]
    assert [(c.value, c.data_type, c.quotePrefix) for c in cells] == [
        (FORMULA_LOOKING["evidence"], "s", True), (FORMULA_LOOKING["note"], "s", True)]
    with zipfile.ZipFile(target) as archive:
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
        assert not any(b"<f>" in archive.read(name) for name in sheets)
    fill(target, "Thôn 1", 2, note="@Trưởng thôn: -3 hộ")
    filled = read_update_workbook(target)
    [sheet] = [sheet for sheet in filled.sheets if sheet.village == "Thôn 1"]
    rows = {row.number: row for row in sheet.rows}
    assert (rows["1"].evidence, rows["1"].note) == (FORMULA_LOOKING["evidence"], FORMULA_LOOKING["note"])
    assert rows["2"].note == "@Trưởng thôn: -3 hộ"


def test_every_agency_gets_its_workbook_and_a_cancel_after_the_first_is_saved_writes_none(
        empty_database, small_plan, tmp_path):
    folder = tmp_path / "cap_nhat"
    result = export_updates(empty_database.session, plan_id=small_plan.id, year=2025, target=folder)
    assert sorted(path.name for path in folder.iterdir()) == sorted(path.name for path in result.files)
    assert len(result.files) == 2 and all(read_update_workbook(path).sheets for path in result.files)
    saved = []  # a step past the half: the workbooks are being saved
    progress = Progress(step=lambda done, total: saved.append(2 * done >= total), cancelled=lambda: any(saved))
    with pytest.raises(Cancelled):
        export_updates(empty_database.session, plan_id=small_plan.id, year=2025, target=tmp_path / "huy",
                       progress=progress)
    assert saved == [False, False, True]  # the first workbook was saved before the cancel
    assert list((tmp_path / "huy").iterdir()) == []


def test_an_export_killed_half_way_leaves_no_hidden_file_for_long(tmp_path):
    """A writer killed half-way (kill -9: nothing could clean up) leaves its temporary file; the next writing of
    the same file removes it once it is an hour old, and leaves a recent one (another export may be writing it)."""
    import os
    import time

    from exports.atomic import atomic_path

    target = tmp_path / "Cập nhật 2025 - Công an tỉnh.xlsx"
    old, recent = tmp_path / f".{target.name}.a1b2c3.part", tmp_path / f".{target.name}.d4e5f6.part"
    old.write_bytes(b"half")
    recent.write_bytes(b"half")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    with atomic_path(target) as temporary:
        temporary.write_bytes(b"whole")
    assert target.read_bytes() == b"whole"
    assert not old.exists()
    assert recent.exists()
