"""Plan annexes built with openpyxl as an office would type them, for the import tests.

`annex()` is the small plan of tests/builders.py (without assessments), rows in the order the export writes them.
"""

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook, load_workbook

HEADERS = {
    "Kế hoạch": ["Số hiệu", "Tên kế hoạch", "Cơ quan ban hành", "Ngày ban hành", "Từ năm", "Đến năm", "Bộ tiêu chí",
                 "Tiếp nối kế hoạch"],
    "Địa bàn": ["Huyện", "Xã", "Thôn/Làng", "Số hộ", "Số hộ DTTS", "Dân tộc", "Ghi chú"],
    "Cơ quan": ["Tên cơ quan", "Tên viết tắt", "Loại", "Địa chỉ", "Điện thoại"],
    "Phân công": ["Cơ quan", "Huyện", "Xã", "Thôn/Làng", "Vai trò"],
    "Tổ hỗ trợ": ["Huyện", "Xã", "Thôn/Làng", "Họ và tên", "Chức vụ", "Cơ quan", "Vai trò trong tổ", "Điện thoại"],
    "Tiêu chí": ["Nhóm", "Số TT", "Tên tiêu chí", "Yêu cầu / chỉ tiêu"],
}


def annex() -> dict[str, list[list]]:
    return {
        "Kế hoạch": [["1-KH/TEST", "Kế hoạch thử", "Tỉnh ủy Thử", datetime(2024, 1, 15), 2024, 2026, "TEST"]],
        "Địa bàn": [
            ["Huyện A", "Xã Hai", "Thôn 1", None, None, None, None],
            ["Huyện A", "Xã Một", "Làng Đắk", 80, None, None, None],
            ["Huyện A", "Xã Một", "Thôn 1", 120, 118, None, None],
            [None, "Xã Ba", "Làng Mới", None, None, None, None],
        ],
        "Cơ quan": [
            ["Sở Hai", None, "Cơ quan Đảng", None, None],
            ["Sở Một", "S1", "Cơ quan nhà nước", None, None],
        ],
        "Phân công": [
            ["Sở Hai", "Huyện A", "Xã Hai", "Thôn 1", "Chủ trì"],
            ["Sở Một", "Huyện A", "Xã Một", "Làng Đắk", "Chủ trì"],
            ["Sở Một", "Huyện A", "Xã Một", "Thôn 1", "Chủ trì"],
            ["Sở Hai", "Huyện A", "Xã Một", "Thôn 1", "Phối hợp"],
            ["Sở Hai", None, "Xã Ba", "Làng Mới", "Chủ trì"],
        ],
        "Tổ hỗ trợ": [
            ["Huyện A", "Xã Hai", "Thôn 1", "Võ Thị Hai", None, "Sở Hai", "Tổ trưởng", None],
            ["Huyện A", "Xã Một", "Làng Đắk", "Phạm Đức Đắk", None, "Sở Một", "Tổ trưởng", None],
            ["Huyện A", "Xã Một", "Thôn 1", "Nguyễn Văn Tổ", "Phó Giám đốc", "Sở Một", "Tổ trưởng", "0900 111 001"],
            ["Huyện A", "Xã Một", "Thôn 1", "Trần Thị Phó", "Trưởng phòng", "Sở Hai", "Tổ phó", None],
            ["Huyện A", "Xã Một", "Thôn 1", "Lê Văn Viên", "Chuyên viên", "Sở Một", "Thành viên", None],
            [None, "Xã Ba", "Làng Mới", "Đinh Văn Mới", None, "Sở Hai", "Tổ trưởng", None],
        ],
        "Tiêu chí": [
            ["Quy hoạch", 1, "Quy hoạch", "Có quy hoạch được duyệt"],
            ["Hạ tầng", 2, "Giao thông", "Đường trục thôn cứng hóa"],
            ["Hạ tầng", 3, "Điện", "Từ 95% số hộ dùng điện"],
        ],
    }


def write_annex(path: Path, sheets: dict[str, list[list]], headers: dict[str, list[str]] | None = None,
                merges: dict[str, list[str]] | None = None) -> Path:
    """Write `sheets` (rows under the headers of HEADERS, or `headers`) and merge the given cell ranges."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        worksheet = workbook.create_sheet(name)
        worksheet.append((headers or {}).get(name, HEADERS.get(name)))
        for row in rows:
            worksheet.append(row)
        for cell_range in (merges or {}).get(name, []):
            worksheet.merge_cells(cell_range)
    workbook.save(path)
    return path


def cells(path: Path) -> dict[str, list[list]]:
    """Every visible sheet's values, header included, as a person reads them (the dropdowns' hidden list is not
    shown)."""
    workbook = load_workbook(path)
    return {ws.title: [list(row) for row in ws.iter_rows(values_only=True)] for ws in workbook.worksheets
            if ws.sheet_state == "visible"}
