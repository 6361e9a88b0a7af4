"""Reading a team lead's filled update workbook into cell texts; the domain judges them (domain/update_merge.py).

Everything is found by its label: the village sheet by its "Thôn (làng):", "Xã:", "Huyện:" cells, the checklist
by its header row, a criterion by its number. So a renamed or moved sheet, rows sorted differently or columns
widened are all still read. A file without the stamp sheet is not one of ours: one clear line, nothing read.

The workbook is opened read-only: each sheet is streamed once, row by row, as values (no cell objects, styles or
merges, which were two thirds of reading it). Its <dimension> is not trusted: a program may write it too small,
and openpyxl would then stop there.
"""

from collections.abc import Iterator
from pathlib import Path

from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from domain.bounds import value_fault
from domain.criteria import CriterionStatus
from domain.team_updates import Content, Stamp, StampRow, StampVillage
from domain.text import fold
from domain.update_merge import FilledRow, FilledSheet, FilledWorkbook
from domain.update_workbook_format import (
    COMMENT_LABEL,
    COMMUNE_LABEL,
    DISTRICT_LABEL,
    EVIDENCE,
    HEADER,
    NOTE,
    NUMBER,
    PLACE_LABELS,
    REVIEW_LABEL,
    SEND_LABEL,
    STAMP_FIELDS,
    STAMP_SHEET,
    STAMP_VILLAGE_COLUMN,
    STAMP_VILLAGE_HEADER,
    STATUS_COLUMN,
    UPDATED_BY_LABEL,
    VILLAGE_LABEL,
)
from storage.errors import StorageError
from storage.workbook_files import cell_text, damaged, open_workbook
from storage.workbook_limits import cells_refused

SEARCHED_ROWS = 40
READ_COLUMNS = (NUMBER, STATUS_COLUMN, EVIDENCE, NOTE)


def read_update_workbook(path: Path) -> FilledWorkbook:
    path = Path(path)
    workbook = open_workbook(path, read_only=True)
    try:
        stamp_sheet = next((workbook[name] for name in workbook.sheetnames if name == STAMP_SHEET), None)
        if stamp_sheet is None:
            raise StorageError(f"Tệp “{path.name}” không phải phiếu cập nhật do Làng Mới xuất (không có phần nhận "
                               "dạng ẩn; các sheet có thể đã bị chép sang tệp khác).")
        stamp, checksum = _stamp(list(_rows(stamp_sheet, path, STAMP_VILLAGE_COLUMN + len(STAMP_VILLAGE_HEADER) - 1)))
        sheets = [sheet for worksheet in workbook.worksheets if worksheet is not stamp_sheet
                  if (sheet := _village_sheet(worksheet.title, _rows(worksheet, path))) is not None]
    finally:
        workbook.close()
    problems = [f"Sheet “{sheet.name}”, dòng {row.row}, cột “{HEADER[key]}”: {fault}."
                for sheet in sheets for row in sheet.rows for key, value in ((EVIDENCE, row.evidence), (NOTE, row.note))
                if (fault := value_fault("assessment", key, value))]
    if problems:
        raise cells_refused(path.name, problems)
    return FilledWorkbook(path.name, stamp, checksum, sheets)


def _rows(worksheet: ReadOnlyWorksheet, path: Path, width: int | None = None) -> Iterator[tuple]:
    """The sheet's rows from row 1, as values (a missing row as an empty one; with `width`, every row that wide);
    what openpyxl cannot read in them said as a damaged file."""
    worksheet.reset_dimensions()
    try:
        yield from worksheet.iter_rows(max_col=width, values_only=True)
    except Exception as error:  # as in open_workbook: openpyxl raises many kinds for a damaged sheet
        raise damaged(path, error) from error


def _stamp(rows: list[tuple]) -> tuple[Stamp | None, str]:
    """The stamp as written, or None (with no checksum) when it cannot be read: the domain calls that edited."""
    fields = {cell_text(row[0]): row[1] for row in rows[:len(STAMP_FIELDS)] if len(row) > 1}
    try:
        lines = tuple(StampRow(int(row[0]), int(row[1]), int(row[2]),
                               Content(CriterionStatus(row[3]), cell_text(row[4]), cell_text(row[5])))
                      for row in rows[len(STAMP_FIELDS) + 1:] if row and row[0] is not None)
        at = STAMP_VILLAGE_COLUMN - 1
        villages = tuple(StampVillage(int(row[at]), cell_text(row[at + 1]), cell_text(row[at + 2]))
                         for row in rows[len(STAMP_FIELDS) + 1:] if len(row) > at and row[at] is not None)
        stamp = Stamp(plan_code=cell_text(fields["plan"]), agency_id=int(fields["agency_id"]),
                      agency=cell_text(fields["agency"]), year=int(fields["year"]),
                      exported_at=cell_text(fields["exported_at"]), rows=lines, format=cell_text(fields["format"]),
                      villages=villages)
    except (KeyError, TypeError, ValueError, IndexError):
        return None, ""
    return stamp, cell_text(fields.get("checksum"))


def _village_sheet(name: str, rows: Iterator[tuple]) -> FilledSheet | None:
    """The sheet's place (labels end with a colon) and checklist rows; None for a sheet that is neither (the
    guide, a scratch sheet)."""
    labels = {fold(label): label for label in PLACE_LABELS}
    place: dict[str, str] = {}
    header_row, positions = None, {}
    wanted = {fold(HEADER[key]): key for key in READ_COLUMNS}
    for number, row in enumerate(rows, start=1):
        texts = [(column, fold(cell_text(value))) for column, value in enumerate(row, start=1) if value is not None]
        found = {wanted[text]: column for column, text in texts if text in wanted}
        if len(found) == len(wanted):
            header_row, positions = number, found
            break
        for column, text in texts:
            text = text.removesuffix(":").strip() if text.endswith(":") else ""
            if text in labels and labels[text] not in place:
                place[labels[text]] = next((cell_text(value) for value in row[column:] if cell_text(value)), "")
        if number == SEARCHED_ROWS:
            break
    if header_row is None and VILLAGE_LABEL not in place:
        return None
    if header_row is None:
        return FilledSheet(name, "", "", "", "", [], problem="không tìm thấy dòng tiêu đề của bảng tiêu chí ("
                           + ", ".join(f"“{HEADER[key]}”" for key in READ_COLUMNS) + ").")
    if VILLAGE_LABEL not in place:
        return FilledSheet(name, "", "", "", "", [], problem=f"không tìm thấy ô “{VILLAGE_LABEL}:” ghi tên thôn.")
    filled = []
    for number, row in enumerate(rows, start=header_row + 1):
        values = {key: cell_text(row[column - 1] if column <= len(row) else None) for key, column in positions.items()}
        if any(values.values()):
            filled.append(FilledRow(number, values[NUMBER], values[STATUS_COLUMN], values[EVIDENCE], values[NOTE]))
    return FilledSheet(name, place[VILLAGE_LABEL], place.get(COMMUNE_LABEL, ""), place.get(DISTRICT_LABEL, ""),
                       place.get(UPDATED_BY_LABEL, ""), filled, review=place.get(REVIEW_LABEL),
                       comment=place.get(COMMENT_LABEL), send=place.get(SEND_LABEL, ""))
