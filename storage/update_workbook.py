"""Reading a team lead's filled update workbook into cell texts; the domain judges them (domain/update_merge.py).

Everything is found by its label: the village sheet by its "Thôn (làng):", "Xã:", "Huyện:" cells, the checklist
by its header row, a criterion by its number. So a renamed or moved sheet, rows sorted differently or columns
widened are all still read. A file without the stamp sheet is not one of ours: one clear line, nothing read.
"""

from pathlib import Path

from openpyxl.worksheet.worksheet import Worksheet

from domain.bounds import value_fault
from domain.criteria import CriterionStatus
from domain.team_updates import Content, Stamp, StampRow
from domain.text import fold
from domain.update_merge import FilledRow, FilledSheet, FilledWorkbook
from domain.update_workbook_format import (
    COMMUNE_LABEL,
    DISTRICT_LABEL,
    EVIDENCE,
    HEADER,
    NOTE,
    NUMBER,
    PLACE_LABELS,
    STAMP_FIELDS,
    STAMP_SHEET,
    STATUS_COLUMN,
    UPDATED_BY_LABEL,
    VILLAGE_LABEL,
)
from storage.errors import StorageError
from storage.workbook_files import cell_text, open_workbook
from storage.workbook_limits import cells_refused

SEARCHED_ROWS = 40
READ_COLUMNS = (NUMBER, STATUS_COLUMN, EVIDENCE, NOTE)


def read_update_workbook(path: Path) -> FilledWorkbook:
    path = Path(path)
    workbook = open_workbook(path)
    stamp_sheet = next((workbook[name] for name in workbook.sheetnames if name == STAMP_SHEET), None)
    if stamp_sheet is None:
        raise StorageError(f"Tệp “{path.name}” không phải phiếu cập nhật do Làng Mới xuất (không có phần nhận dạng "
                           "ẩn; các sheet có thể đã bị chép sang tệp khác).")
    stamp, checksum = _stamp(stamp_sheet)
    sheets = [sheet for worksheet in workbook.worksheets if worksheet is not stamp_sheet
              if (sheet := _village_sheet(worksheet)) is not None]
    problems = [f"Sheet “{sheet.name}”, dòng {row.row}, cột “{HEADER[key]}”: {fault}."
                for sheet in sheets for row in sheet.rows for key, value in ((EVIDENCE, row.evidence), (NOTE, row.note))
                if (fault := value_fault("assessment", key, value))]
    if problems:
        raise cells_refused(path.name, problems)
    return FilledWorkbook(path.name, stamp, checksum, sheets)


def _stamp(worksheet: Worksheet) -> tuple[Stamp | None, str]:
    """The stamp as written, or None (with no checksum) when it cannot be read: the domain calls that edited."""
    rows = list(worksheet.iter_rows(values_only=True))
    fields = {cell_text(row[0]): row[1] for row in rows[:len(STAMP_FIELDS)] if len(row) > 1}
    try:
        lines = tuple(StampRow(int(row[0]), int(row[1]), int(row[2]),
                               Content(CriterionStatus(row[3]), cell_text(row[4]), cell_text(row[5])))
                      for row in rows[len(STAMP_FIELDS) + 1:] if row and row[0] is not None)
        stamp = Stamp(plan_code=cell_text(fields["plan"]), agency_id=int(fields["agency_id"]),
                      agency=cell_text(fields["agency"]), year=int(fields["year"]),
                      exported_at=cell_text(fields["exported_at"]), rows=lines, format=cell_text(fields["format"]))
    except (KeyError, TypeError, ValueError, IndexError):
        return None, ""
    return stamp, cell_text(fields.get("checksum"))


def _village_sheet(worksheet: Worksheet) -> FilledSheet | None:
    """The sheet's place (labels end with a colon) and checklist rows; None for a sheet that is neither (the
    guide, a scratch sheet)."""
    labels = {fold(label): label for label in PLACE_LABELS}
    place: dict[str, str] = {}
    header_row, positions = None, {}
    wanted = {fold(HEADER[key]): key for key in READ_COLUMNS}
    for row in worksheet.iter_rows(min_row=1, max_row=min(worksheet.max_row, SEARCHED_ROWS)):
        texts = [(cell.column, fold(cell_text(cell.value))) for cell in row if cell.value is not None]
        found = {wanted[text]: column for column, text in texts if text in wanted}
        if len(found) == len(wanted):
            header_row, positions = row[0].row, found
            break
        for column, text in texts:
            text = text.removesuffix(":").strip() if text.endswith(":") else ""
            if text in labels and labels[text] not in place:
                place[labels[text]] = next((cell_text(cell.value) for cell in row[column:]
                                            if cell_text(cell.value)), "")
    if header_row is None and VILLAGE_LABEL not in place:
        return None
    name = worksheet.title
    if header_row is None:
        return FilledSheet(name, "", "", "", "", [], problem="không tìm thấy dòng tiêu đề của bảng tiêu chí ("
                           + ", ".join(f"“{HEADER[key]}”" for key in READ_COLUMNS) + ").")
    if VILLAGE_LABEL not in place:
        return FilledSheet(name, "", "", "", "", [], problem=f"không tìm thấy ô “{VILLAGE_LABEL}:” ghi tên thôn.")
    rows = []
    for number in range(header_row + 1, worksheet.max_row + 1):
        values = {key: cell_text(worksheet.cell(number, column).value) for key, column in positions.items()}
        if any(values.values()):
            rows.append(FilledRow(number, values[NUMBER], values[STATUS_COLUMN], values[EVIDENCE], values[NOTE]))
    return FilledSheet(name, place[VILLAGE_LABEL], place.get(COMMUNE_LABEL, ""), place.get(DISTRICT_LABEL, ""),
                       place.get(UPDATED_BY_LABEL, ""), rows)
