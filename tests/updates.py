"""A team lead at work on an update workbook, with openpyxl: find a criterion's row, type into it, save."""

from pathlib import Path

from openpyxl import load_workbook
from sqlmodel import select

from domain.admin_units import AdminUnit, Village
from domain.criteria import Assessment, Criterion
from domain.labels import STATUS

FIRST_ROW = 9
COLUMN = {"status": 5, "evidence": 6, "note": 7}


def fill(path: Path, sheet: str, number: int, **typed: str) -> None:
    """Type into the row of criterion `number` on `sheet`: status=, evidence=, note= (as text, like Excel)."""
    workbook = load_workbook(path)
    worksheet = workbook[sheet]
    row = next(r for r in range(FIRST_ROW, worksheet.max_row + 1) if worksheet.cell(r, 1).value == number)
    for name, value in typed.items():
        cell = worksheet.cell(row, COLUMN[name])
        cell.value = value
        cell.data_type = "s"
    workbook.save(path)


def assessments(database, year: int) -> dict[tuple[str, str, int], tuple[str, str, str]]:
    """(village, commune, criterion number) → (status as printed, evidence, note) for the year."""
    with database.session() as session:
        rows = session.exec(
            select(Village.name, AdminUnit.name, Criterion.number, Assessment.status, Assessment.evidence,
                   Assessment.note)
            .join(Village, Village.id == Assessment.village_id).join(AdminUnit, AdminUnit.id == Village.commune_id)
            .join(Criterion, Criterion.id == Assessment.criterion_id).where(Assessment.year == year))
        return {(v, c, n): (STATUS[s], e, note) for v, c, n, s, e, note in rows}
