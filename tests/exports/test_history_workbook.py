"""The change history workbook as its reader opens it: title and filter, header, one row a change with a real
date-time on the reader's clock, autofilter and frozen header, typed text kept text, written whole or not at all."""

from datetime import UTC, datetime

import openpyxl
import pytest

from domain.history import HistoryRow
from exports.cancel import Cancelled, Progress
from exports.history_workbook import HEADERS, write_history_workbook

WHEN = datetime(2026, 11, 22, 7, 5, 30, tzinfo=UTC)


def _row(event_id: int = 1, **changes) -> HistoryRow:
    values = dict(
        event_id=event_id, when=WHEN, actor="bich", who="Trần Thị Bích (bich)", entity="assessment", entity_id=4,
        kind="Tiêu chí", village_id=2, village="Làng Kon Pia, xã Ngọk Yêu", subject="2. Giao thông – 2025",
        field_name="status", field="Tình trạng", old="Chưa đạt", new="Đạt",
        context="village=2; criterion=2; year=2025; tệp “bdv.xlsx”; người cập nhật: A Blong")
    return HistoryRow(**(values | changes))


def test_the_workbook_reads_back(tmp_path):
    target = tmp_path / "lich_su.xlsx"
    rows = [_row(), _row(2, field_name="note", field="Ghi chú", old="—", new="=1+1 hộ", context="village=2"),
            _row(3, new="-2 hộ\nthêm dòng\x0c", context="")]
    written = write_history_workbook(rows, target, "Làng Kon Pia, xã Ngọk Yêu",
                                     filter_text="Người thay đổi: Trần Thị Bích (bich)",
                                     written_at=datetime(2026, 11, 23, 8, 0))
    assert written == target
    sheet = openpyxl.load_workbook(target).active
    assert sheet.title == "Lịch sử thay đổi"
    assert sheet["A1"].value == "Lịch sử thay đổi: Làng Kon Pia, xã Ngọk Yêu"
    assert sheet["A2"].value == "Người thay đổi: Trần Thị Bích (bich); 3 thay đổi; xuất lúc 08:00 ngày 23/11/2026"
    assert [cell.value for cell in sheet[3]] == list(HEADERS)
    assert list(HEADERS[:8]) == ["Thời điểm", "Người thay đổi", "Loại", "Thôn (làng)", "Đối tượng", "Nội dung",
                                 "Giá trị cũ", "Giá trị mới"]
    first = [cell.value for cell in sheet[4]]
    assert isinstance(first[0], datetime)
    assert first[0] == WHEN.astimezone().replace(tzinfo=None, microsecond=0)
    assert sheet["A4"].number_format == "hh:mm dd/mm/yyyy"
    assert first[1:] == ["Trần Thị Bích (bich)", "Tiêu chí", "Làng Kon Pia, xã Ngọk Yêu", "2. Giao thông – 2025",
                         "Tình trạng", "Chưa đạt", "Đạt", "tệp “bdv.xlsx”; người cập nhật: A Blong"]
    formula_like = sheet["H5"]
    assert (formula_like.value, formula_like.data_type, formula_like.quotePrefix) == ("=1+1 hộ", "s", True)
    assert sheet["H6"].value == "-2 hộ\nthêm dòng"
    assert sheet["H6"].alignment.wrap_text
    assert sheet.auto_filter.ref == "A3:I6"
    assert sheet.freeze_panes == "A4"
    assert sheet.page_setup.orientation == "landscape"
    assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4
    assert sheet.column_dimensions["G"].width >= 30


def test_no_changes_still_make_a_readable_sheet(tmp_path):
    target = tmp_path / "trong.xlsx"
    write_history_workbook([], target, "")
    sheet = openpyxl.load_workbook(target).active
    assert sheet["A1"].value == "Lịch sử thay đổi"
    assert sheet["A2"].value.startswith("0 thay đổi; xuất lúc ")
    assert sheet.auto_filter.ref == "A3:I4"


def test_a_cancelled_export_leaves_the_old_file_alone(tmp_path):
    target = tmp_path / "lich_su.xlsx"
    target.write_bytes(b"old")
    rows = [_row(number) for number in range(1, 1200)]
    with pytest.raises(Cancelled):
        write_history_workbook(rows, target, "Làng Kon Pia", progress=Progress(cancelled=lambda: True))
    assert target.read_bytes() == b"old"
    assert [path.name for path in tmp_path.iterdir()] == ["lich_su.xlsx"]
