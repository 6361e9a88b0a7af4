"""Writing the reorganisation workbook (the format read by storage/reorganisation_workbook.py), and its template.

The plan workbook's habits (exports/plan_workbook.py): header styled and frozen, required columns shaded with a
note, dropdowns for Cấp and Loại thay đổi from the hidden sheet of choices, dates as dates, names kept as text.
"""

from datetime import date
from pathlib import Path

from openpyxl import Workbook

from domain.reorganisation_workbook_format import (
    ILLUSTRATIVE,
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


SPLIT_PARTS = {"Mường Hoong": (), "Ngọc Nang": ("Làng Ba Ngói", "Làng Long Tôn", "Làng Đăk Gố", "Làng Kon Nang")}
"""The sample's split: xã Mường Hoong divided into itself (the villages not listed stay) and a new xã Ngọc Nang
(invented), four villages each."""


def template_reorganisation() -> ReorganisationRows:
    """The sample's reorganisation of Kon Tum's three districts on 1/7/2025: illustrative (the communes merged and
    split and their new names are invented to show the program, not the real decisions), rows of every kind.
    It is both the template (an office overwrites it) and resources/sample_reorganisation.xlsx, which is this
    written by `export reorg-template` (a test holds the two the same: after changing this, write the file again
    with `uv run main.py export reorg-template resources/sample_reorganisation.xlsx`)."""
    decision = Decision(f"01/2025/NQ-MH {ILLUSTRATIVE}", "Ủy ban Thường vụ Quốc hội", date(2025, 7, 1),
                        date(2025, 6, 16), "Minh họa, không phải quyết định thật: các xã sáp nhập và tên mới ở đây "
                        "được đặt ra để xem chương trình. Kết quả năm 2025 tính theo đơn vị mới (sau 01/7/2025).")
    old, new = "Kon Tum", "Quảng Ngãi"

    def commune(district: str, name: str, into: str, kind: RowKind = RowKind.MERGE) -> ChangeRow:
        return ChangeRow(Level.COMMUNE, kind, UnitPath(old, district, name), UnitPath(new, None, into))

    rows = [
        ChangeRow(Level.PROVINCE, RowKind.PROVINCE_MERGED, UnitPath(old), UnitPath(new)),
        *(ChangeRow(Level.DISTRICT, RowKind.LEVEL_REMOVED, UnitPath(old, district), UnitPath(new))
          for district in ("Tu Mơ Rông", "Đăk Glei", "Kon Plông")),
        ChangeRow(Level.VILLAGE, RowKind.RENAME, UnitPath(old, "Tu Mơ Rông", "Tê Xăng", "Thôn 1"),
                  UnitPath(new, None, "Ngọk Yêu", "Thôn 1 Tê Xăng")),
        commune("Tu Mơ Rông", "Ngọk Yêu", "Ngọk Yêu"),
        commune("Tu Mơ Rông", "Tê Xăng", "Ngọk Yêu"),
        commune("Tu Mơ Rông", "Măng Ri", "Tu Mơ Rông", RowKind.RENAME),
        commune("Đăk Glei", "Đăk Choong", "Đăk Choong"),
        commune("Đăk Glei", "Xốp", "Đăk Choong"),
        commune("Kon Plông", "Đăk Nên", "Kon Plông"),
        commune("Kon Plông", "Măng Bút", "Kon Plông"),
        ChangeRow(Level.VILLAGE, RowKind.MOVE, UnitPath(old, "Tu Mơ Rông", "Măng Ri", "Làng Đăk Ri Peng"),
                  UnitPath(new, None, "Ngọk Yêu")),
        *(commune("Đăk Glei", "Mường Hoong", part, RowKind.SPLIT) for part in SPLIT_PARTS),
        *(ChangeRow(Level.VILLAGE, RowKind.MOVE, UnitPath(old, "Đăk Glei", "Mường Hoong", village),
                    UnitPath(new, None, part)) for part, villages in SPLIT_PARTS.items() for village in villages),
    ]
    return ReorganisationRows(decision, rows)
