"""The reorganisation workbook's rows against the database: previewed without writing, refused whole with the row
named, applied in one audited transaction, imported twice without a change, and exported as they were imported
(template → import → export)."""

import dataclasses
from datetime import date

import pytest
from sqlmodel import func, select

from domain.admin_units import Village
from domain.audit import AuditEvent
from domain.reorganisation import Reorganisation
from domain.reorganisation_import import (
    ReorganisationRefused,
    import_reorganisations,
    preview_reorganisations,
    stored_reorganisations,
)
from domain.reorganisation_workbook_format import ChangeRow, Decision, Level, ReorganisationRows, RowKind, UnitPath
from exports.reorganisation_workbook import template_reorganisation
from tests.conftest import OFFICER

NAME = "sap_xep.xlsx"


def _numbered(rows: ReorganisationRows) -> ReorganisationRows:
    """The rows as the reader gives them: numbered from sheet row 2."""
    changes = [dataclasses.replace(change, row=number) for number, change in enumerate(rows.changes, start=2)]
    return ReorganisationRows(rows.decision, changes, first_row=2)


def _counts(database) -> tuple[int, int]:
    with database.session() as session:
        return (session.exec(select(func.count()).select_from(Reorganisation)).one(),
                session.exec(select(func.count()).select_from(AuditEvent)).one())


def _refused(database, *rows: ReorganisationRows) -> list[str]:
    before = _counts(database)
    with pytest.raises(ReorganisationRefused) as refusal, database.unit_of_work(OFFICER) as uow:
        import_reorganisations(uow, reorganisations=list(rows), file_name=NAME)
    assert _counts(database) == before
    lines = str(refusal.value).splitlines()
    assert lines[0] == f"Không nhập tệp “{NAME}”: {len(lines) - 1} lỗi, chưa ghi gì."
    return lines[1:]


def _rows(rows: list[ChangeRow]) -> list[str]:
    """The rows without their order (the export lists them in the order applied) or sheet row numbers."""
    return sorted(str((c.level, c.kind, c.old, c.new)) for c in rows)


def test_the_template_is_previewed_then_applied_once_and_exported_as_it_was(database):
    template = _numbered(template_reorganisation())
    with database.unit_of_work(OFFICER) as uow:
        preview = preview_reorganisations(uow, reorganisations=[template], file_name=NAME)
    assert _counts(database)[0] == 0, "a preview writes nothing"
    assert preview.summary() == "1 quyết định, 19 đơn vị thay đổi, 33 thôn chuyển xã hoặc đổi tên"
    assert preview.units[0].old == "tỉnh Kon Tum" and preview.units[0].new == "tỉnh Quảng Ngãi"
    assert [(u.kind, u.old, u.new) for u in preview.units[4:7]] == [
        ("Đổi tên", "Thôn 1, xã Tê Xăng, huyện Tu Mơ Rông, tỉnh Kon Tum",
         "Thôn 1 Tê Xăng, xã Ngọk Yêu, tỉnh Quảng Ngãi"),
        ("Sáp nhập", "xã Ngọk Yêu, huyện Tu Mơ Rông, tỉnh Kon Tum", "xã Ngọk Yêu, tỉnh Quảng Ngãi"),
        ("Sáp nhập", "xã Tê Xăng, huyện Tu Mơ Rông, tỉnh Kon Tum", "xã Ngọk Yêu, tỉnh Quảng Ngãi")]
    becomes = {v.before: v.after for v in preview.villages}
    assert becomes["Thôn 1, xã Tê Xăng, huyện Tu Mơ Rông"] == "Thôn 1 Tê Xăng, xã Ngọk Yêu, tỉnh Quảng Ngãi"
    assert becomes["Làng Đăk Ri Peng, xã Măng Ri, huyện Tu Mơ Rông"] == (
        "Làng Đăk Ri Peng, xã Ngọk Yêu, tỉnh Quảng Ngãi")
    assert becomes["Làng Đăk Lai, xã Đăk Nên, huyện Kon Plông"] == (
        "Làng Đăk Lai, xã Kon Plông, tỉnh Quảng Ngãi")

    with database.unit_of_work(OFFICER) as uow:
        done = import_reorganisations(uow, reorganisations=[template], file_name=NAME)
    assert done.summary() == preview.summary()
    with database.session() as session:
        assert session.exec(select(func.count()).select_from(Village)).one() == 57
        audited = session.exec(select(AuditEvent.context).where(AuditEvent.entity == "reorganisation")).all()
        exported = stored_reorganisations(session)
    assert any("từ sap_xep.xlsx" in context for context in audited)
    assert len(exported) == 1 and exported[0].decision == template.decision
    assert _rows(exported[0].changes) == _rows(template.changes)

    with database.unit_of_work(OFFICER) as uow:
        again = import_reorganisations(uow, reorganisations=[template], file_name=NAME)
    assert not again.changes_anything and [d.number for d in again.already] == [template.decision.number]
    assert _counts(database)[0] == 1


def _decision(day: date = date(2025, 7, 1), note: str = "kết quả năm 2025 theo đơn vị mới") -> Decision:
    return Decision("12/NQ-HĐND", "HĐND tỉnh", day, None, note)


def _commune(old: tuple, new: str, kind: RowKind = RowKind.MERGE, row: int = 2) -> ChangeRow:
    return ChangeRow(Level.COMMUNE, kind, UnitPath(None, *old), UnitPath(None, None, new), row)


def test_units_and_villages_that_do_not_exist_and_a_date_inside_a_plan_year(database):
    rows = ReorganisationRows(_decision(note=""), [
        _commune(("Tu Mơ Rông", "Đăk Hà"), "Ngọk Yêu", row=2),
        _commune(("Đăk Glei", "Ngọk Yêu"), "Xốp", row=3),
        ChangeRow(Level.VILLAGE, RowKind.MOVE, UnitPath(None, "Tu Mơ Rông", "Măng Ri", "Làng Không Có"),
                  UnitPath(None, None, "Ngọk Yêu"), 4),
        ChangeRow(Level.DISTRICT, RowKind.LEVEL_REMOVED, UnitPath(None, "Sa Thầy"), UnitPath(), 5),
    ], first_row=2)
    assert _refused(database, rows) == [
        "- sheet “Sắp xếp”, dòng 2, cột “Ngày hiệu lực”: ngày hiệu lực 01/7/2025 nằm giữa năm 2025 của kế hoạch "
        "133-KH/TU (MẪU): hãy ghi ở cột “Ghi chú” kết quả năm 2025 tính theo đơn vị nào (Làng Mới tính cả năm theo "
        "đơn vị có hiệu lực ngày 31/12/2025)",
        "- sheet “Sắp xếp”, dòng 2, cột “Xã cũ”: không có xã “Đăk Hà” (xã Đăk Hà, huyện Tu Mơ Rông) đang có hiệu lực",
        "- sheet “Sắp xếp”, dòng 3, cột “Xã cũ”: không có xã “Ngọk Yêu” (xã Ngọk Yêu, huyện Đăk Glei) đang có hiệu lực",
        "- sheet “Sắp xếp”, dòng 4, cột “Thôn cũ”: xã Măng Ri không có thôn “Làng Không Có”",
        "- sheet “Sắp xếp”, dòng 5, cột “Huyện cũ”: không có huyện “Sa Thầy” (huyện Sa Thầy) đang có hiệu lực",
    ]


def test_a_date_on_the_first_of_january_needs_no_word_and_history_is_written_forwards(database):
    first = ReorganisationRows(_decision(date(2026, 1, 1), note=""), [
        _commune(("Tu Mơ Rông", "Măng Ri"), "Măng Ri Mới", RowKind.RENAME)], first_row=2)
    with database.unit_of_work(OFFICER) as uow:
        import_reorganisations(uow, reorganisations=[first], file_name=NAME)
    earlier = ReorganisationRows(dataclasses.replace(_decision(), number="3/NQ-HĐND"), [
        _commune(("Tu Mơ Rông", "Tê Xăng"), "Tê Xăng Mới", RowKind.RENAME)], first_row=2)
    assert _refused(database, earlier) == [
        "- sheet “Sắp xếp”, dòng 2, cột “Ngày hiệu lực”: trước sắp xếp đã ghi có hiệu lực ngày 01/01/2026: lịch sử "
        "chỉ ghi tiếp về sau"]


def test_what_only_applying_finds_is_refused_whole_too(database):
    """Merging two communes that each have a "Thôn 1" without renaming one: the apply step's refusal, with the
    rows of that change, nothing written."""
    rows = ReorganisationRows(_decision(), [_commune(("Tu Mơ Rông", "Tê Xăng"), "Ngọk Yêu", row=2),
                                            _commune(("Tu Mơ Rông", "Măng Ri"), "Ngọk Yêu", row=3)], first_row=2)
    assert _refused(database, rows) == [
        "- sheet “Sắp xếp”, dòng 2: Quyết định 12/NQ-HĐND, thay đổi 1 (Sáp nhập): xã Ngọk Yêu sẽ có hai thôn “Thôn 1”; "
        "đổi tên một thôn trước (Đổi tên thôn, trong cùng quyết định). (các dòng 2, 3)"]
