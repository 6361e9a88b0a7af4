"""Update workbooks in tests: exported for an agency, filled as a team lead would with openpyxl, and the
assessments read back or changed meanwhile by an officer."""

from pathlib import Path

from openpyxl import load_workbook
from sqlmodel import select

from domain.access import Principal
from domain.admin_units import AdminUnit, Village
from domain.agency_sheet import find_agency
from domain.assessing import set_assessment
from domain.criteria import Assessment, Criterion
from domain.labels import STATUS
from domain.places import find_place
from exports.update_workbook import HEADER_ROW
from exports.updates_export import export_updates

FIRST_ROW = HEADER_ROW + 1
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


def export_for(database, plan, agency: str, target: Path, year: int = 2025) -> Path:
    with database.session() as session:
        agency_id = find_agency(session, plan.id, agency).agency_id
    export_updates(database.session, plan_id=plan.id, year=year, target=target, agency_id=agency_id)
    return target


def officer_sets(database, plan_id: int, village: str, number: int, actor: str = "officer", **values) -> None:
    """Someone at the secretariat changes criterion `number` of `village` ("Thôn 1, Xã Một") in 2025."""
    with database.session() as session:
        village_id = find_place(session, plan_id, village).village_id
        criterion_id = session.exec(select(Criterion.id).where(Criterion.number == number)).one()
    with database.unit_of_work(Principal.local(actor)) as uow:
        set_assessment(uow, plan_id=plan_id, village_id=village_id, criterion_id=criterion_id, year=2025, **values)
