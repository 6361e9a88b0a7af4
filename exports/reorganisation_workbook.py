"""Writing the reorganisation workbook (the format read by storage/reorganisation_workbook.py), and its template.

The plan workbook's habits (exports/plan_workbook.py): header styled and frozen, required columns shaded with a
note, dropdowns for Cấp and Loại thay đổi from the hidden sheet of choices, dates as dates, names kept as text.
"""

from datetime import date
from pathlib import Path

from openpyxl import Workbook

from domain.reorganisation_workbook_format import (
    KIND_LABEL,
    LEVEL_LABEL,
    LEVEL_ORDER,
    SHEET,
    ChangeRow,
    Decision,
    Level,
    ReorganisationRows,
    RowKind,
    UnitPath,
)
from exports.atomic import atomic_path
from exports.plan_workbook import LISTS, _write_lists, _write_sheet


def _row(decision: Decision, change: ChangeRow, note: str) -> dict:
    values = {"decision": decision.number, "body": decision.body, "signed_on": decision.signed_on,
              "effective_on": decision.effective_on, "level": LEVEL_LABEL[change.level],
              "kind": KIND_LABEL[change.kind], "note": note}
    for prefix, path in (("old", change.old), ("new", change.new)):
        values |= {f"{prefix}_{level.value}": path.name_at(level) for level in LEVEL_ORDER}
    return values


def write_reorganisation_workbook(reorganisations: list[ReorganisationRows], target: Path) -> Path:
    """Write the reorganisations to `target` (whole or not at all), one row per change, in their order; a decision's
    note on its first row."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    lists = _write_lists(workbook, (SHEET,))
    rows = [_row(item.decision, change, item.decision.note if index == 0 else "")
            for item in reorganisations for index, change in enumerate(item.changes)]
    _write_sheet(workbook, SHEET, rows, lists)
    workbook.move_sheet(LISTS, offset=1)
    workbook.active = 0
    with atomic_path(Path(target)) as temporary:
        workbook.save(temporary)
    return Path(target)


def template_reorganisation() -> ReorganisationRows:
    """One row of each kind, as the 2025 reform reads for part of Kon Tum (illustrative, for an office to
    overwrite: the real decisions list every commune)."""
    decision = Decision("1674/NQ-UBTVQH15 (ví dụ)", "Ủy ban Thường vụ Quốc hội", date(2025, 7, 1), date(2025, 6, 16),
                        "Ví dụ: kết quả năm 2025 ghi theo đơn vị cũ đến hết 30/6/2025")
    province, district = "Kon Tum", "Tu Mơ Rông"
    new = "Quảng Ngãi"
    rows = [
        ChangeRow(Level.PROVINCE, RowKind.PROVINCE_MERGED, UnitPath(province), UnitPath(new)),
        ChangeRow(Level.DISTRICT, RowKind.LEVEL_REMOVED, UnitPath(province, district), UnitPath(new)),
        ChangeRow(Level.COMMUNE, RowKind.MERGE, UnitPath(province, district, "Ngọk Yêu"),
                  UnitPath(new, None, "Ngọk Yêu")),
        ChangeRow(Level.COMMUNE, RowKind.MERGE, UnitPath(province, district, "Tê Xăng"),
                  UnitPath(new, None, "Ngọk Yêu")),
        ChangeRow(Level.COMMUNE, RowKind.RENAME, UnitPath(province, district, "Măng Ri"),
                  UnitPath(new, None, "Tu Mơ Rông")),
        ChangeRow(Level.VILLAGE, RowKind.MOVE, UnitPath(province, district, "Măng Ri", "Thôn Ví dụ"),
                  UnitPath(new, None, "Ngọk Yêu", "Thôn Ví dụ")),
    ]
    return ReorganisationRows(decision, rows)
