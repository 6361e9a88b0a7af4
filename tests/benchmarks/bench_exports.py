"""How the exports scale from the 57-village sample to 1,000 and 10,000 villages, measured in one run.

The team-lead update workbook of the plan's first agency (5 sheets on the sample, 48 at 1,000, 476 at 10,000):
milliseconds a village sheet to write (build and save; not the domain query) and to read back (as the import
does, with its limits check), against floors written here — the same cells, values, styles, merges, widths,
heights, protection, print setup and data validation written with plain openpyxl (its named styles for the
formats many cells share), and every cell's value read with openpyxl's read-only mode. The summary report as
PDF and as .xlsx: the whole export, per village, and the writer's own time on summary()'s result.

The plans are built once (tests/benchmarks/bench_scale.large_draft and add_records) and kept under
/tmp/langmoi-bench-exports/; delete that folder to build them again. Run with
`uv run python -m tests.benchmarks.bench_exports`. It measures and prints; it never fails on a time.
"""

from copy import copy
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import NamedStyle
from openpyxl.worksheet.datavalidation import DataValidation

from domain.agency_overview import plan_agencies
from domain.plans import plan_in_year, resolve_plan
from domain.summary import summary
from domain.team_updates import UpdateWorkbook, update_workbook
from exports.summary_export import export_summary
from exports.summary_pdf import write_summary_pdf
from exports.summary_xlsx import write_summary_xlsx
from exports.update_workbook import build_update_workbook
from storage.database import Database, open_database
from storage.update_workbook import read_update_workbook
from tests.benchmarks.bench_scale import timed
from tests.benchmarks.plan_files import cached_plan_file

CACHE = Path("/tmp/langmoi-bench-exports")
SAMPLE = "133-KH/TU (MẪU)"
SIZES = (57, 1_000, 10_000)


@dataclass(frozen=True)
class Built:
    villages: int
    database: Database
    code: str


def built(villages: int) -> Built:
    """The database holding a plan of `villages` villages (the sample for 57), built on first use and kept."""
    path = cached_plan_file(CACHE, "plan", villages)
    code = SAMPLE if villages == 57 else f"LARGE-{villages}"
    return Built(villages, open_database(f"sqlite:///{path}", actor="bench"), code)


@dataclass
class SheetCopy:
    """One sheet of a written update workbook, as plain data for the floor to write again."""

    title: str
    state: str
    cells: list[tuple[int, int, object, str | None, bool]] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)
    widths: dict[str, float] = field(default_factory=dict)
    heights: dict[int, float] = field(default_factory=dict)
    validations: list[DataValidation] = field(default_factory=list)
    freeze: str | None = None
    print_titles: str | None = None
    footer: tuple[str | None, str | None, str | None] = (None, None, None)


def copied(path: Path) -> tuple[list[NamedStyle], list[SheetCopy]]:
    """What the written workbook carries: every cell's value and style (one named style per distinct format),
    merges, widths, heights, validations, panes, print titles and footer. Read outside the timing."""
    workbook = load_workbook(path)
    styles: dict[tuple, NamedStyle] = {}
    sheets = []
    for worksheet in workbook.worksheets:
        sheet = SheetCopy(worksheet.title, worksheet.sheet_state)
        for row in worksheet.iter_rows():
            for cell in row:
                if cell.coordinate in worksheet.merged_cells and cell.value is None:
                    continue
                name = None
                if cell.has_style:
                    key = tuple(cell._style)[:6]
                    if key not in styles:
                        styles[key] = NamedStyle(f"s{len(styles)}", font=copy(cell.font), fill=copy(cell.fill),
                                                 border=copy(cell.border), alignment=copy(cell.alignment),
                                                 protection=copy(cell.protection), number_format=cell.number_format)
                    name = styles[key].name
                if cell.value is not None or name:
                    sheet.cells.append((cell.row, cell.column, cell.value, name, bool(cell.quotePrefix)))
        sheet.merges = [str(merged) for merged in worksheet.merged_cells.ranges]
        sheet.widths = {letter: d.width for letter, d in worksheet.column_dimensions.items() if d.width}
        sheet.heights = {row: d.height for row, d in worksheet.row_dimensions.items() if d.height}
        sheet.validations = list(worksheet.data_validations.dataValidation)
        sheet.freeze, sheet.print_titles = worksheet.freeze_panes, worksheet.print_title_rows
        footer = worksheet.oddFooter
        sheet.footer = (footer.left.text, footer.center.text, footer.right.text)
        sheets.append(sheet)
    return list(styles.values()), sheets


def write_floor(styles: list[NamedStyle], sheets: list[SheetCopy], target: Path) -> None:
    """The floor: the same workbook written with openpyxl the plainest way — its documented named styles for
    formats many cells share, the values as they are, then save."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for style in styles:
        workbook.add_named_style(style)
    for sheet in sheets:
        worksheet = workbook.create_sheet(sheet.title)
        for row, column, value, style, quoted in sheet.cells:
            cell = worksheet.cell(row, column, value)
            if style:
                cell.style = style
            if quoted:
                cell.quotePrefix = True
        for merged in sheet.merges:
            worksheet.merge_cells(merged)
        for letter, width in sheet.widths.items():
            worksheet.column_dimensions[letter].width = width
        for row, height in sheet.heights.items():
            worksheet.row_dimensions[row].height = height
        for validation in sheet.validations:
            worksheet.add_data_validation(copy(validation))
        worksheet.freeze_panes, worksheet.print_title_rows = sheet.freeze, sheet.print_titles
        worksheet.page_setup.orientation, worksheet.page_setup.paperSize = "landscape", worksheet.PAPERSIZE_A4
        worksheet.page_setup.fitToWidth, worksheet.page_setup.fitToHeight = 1, 0
        worksheet.sheet_properties.pageSetUpPr.fitToPage = True
        left, center, right = sheet.footer
        worksheet.oddFooter.left.text, worksheet.oddFooter.center.text = left, center
        worksheet.oddFooter.right.text = right
        worksheet.protection.sheet = True
        worksheet.sheet_state = sheet.state
    workbook.save(target)


def read_floor(path: Path) -> int:
    """The floor of reading: openpyxl's read-only load of every sheet's values."""
    workbook = load_workbook(path, read_only=True, data_only=True)
    values = sum(1 for worksheet in workbook.worksheets for row in worksheet.iter_rows(values_only=True)
                 for value in row if value is not None)
    workbook.close()
    return values


def first_agency_content(plan_of: Built) -> UpdateWorkbook:
    with plan_of.database.session() as session:
        plan = plan_in_year(session, resolve_plan(session, plan_of.code).id, 2025)
        agency = plan_agencies(session, plan.id)[0]
        return update_workbook(session, plan, agency.agency_id, 2025, datetime(2026, 1, 2, tzinfo=UTC))


def measure_updates(plan_of: Built) -> dict[str, float]:
    """Milliseconds a village sheet: written (build and save, not the query), the floor; read, its floor."""
    content = first_agency_content(plan_of)
    sheets = len(content.sheets)
    ours, floor = CACHE / f"updates-{plan_of.villages}.xlsx", CACHE / f"updates-{plan_of.villages}-floor.xlsx"
    repeat = 3 if sheets < 100 else 1
    write = timed(lambda: build_update_workbook(content).save(ours), repeat)
    styles, copies = copied(ours)
    write_raw = timed(lambda: write_floor(styles, copies, floor), repeat)
    read = timed(lambda: read_update_workbook(ours), repeat)
    read_raw = timed(lambda: read_floor(ours), repeat)
    return {"sheets": sheets, "write": write / sheets * 1000, "write floor": write_raw / sheets * 1000,
            "read": read / sheets * 1000, "read floor": read_raw / sheets * 1000}


def measure_summary(plan_of: Built) -> dict[str, float]:
    """Seconds: the domain's summary(), each writer alone on its result, and each whole export."""
    repeat = 3 if plan_of.villages < 1000 else 1
    with plan_of.database.session() as session:
        plan_id = resolve_plan(session, plan_of.code).id
        plan = plan_in_year(session, plan_id, 2025)
        report = summary(session, plan, 2025, date.today())
        figures = {"summary()": timed(lambda: summary(session, plan, 2025, date.today()), repeat)}
    for suffix, writer in ((".pdf", write_summary_pdf), (".xlsx", write_summary_xlsx)):
        target = CACHE / f"summary-{plan_of.villages}{suffix}"
        figures[f"{suffix} writer"] = timed(lambda w=writer, t=target: w(report, t), repeat)
        figures[f"{suffix} export"] = timed(
            lambda t=target: export_summary(plan_of.database.session, plan_id=plan_id, year=2025, target=t), repeat)
    return figures


def main() -> None:
    updates, summaries = {}, {}
    for villages in SIZES:
        plan_of = built(villages)
        updates[villages] = measure_updates(plan_of)
        summaries[villages] = measure_summary(plan_of)
        plan_of.database.close()
    print(f"\nUpdate workbook of the first agency, ms a village sheet (files in {CACHE})")
    print(f"{'villages':>9}{'sheets':>8}{'write':>9}{'floor':>9}{'ratio':>7}{'read':>9}{'floor':>9}{'ratio':>7}")
    for villages, u in updates.items():
        print(f"{villages:>9,}{u['sheets']:>8.0f}{u['write']:>9.2f}{u['write floor']:>9.2f}"
              f"{u['write'] / u['write floor']:>6.2f}×{u['read']:>9.2f}{u['read floor']:>9.2f}"
              f"{u['read'] / u['read floor']:>6.2f}×")
    print("\nSummary report, year 2025: seconds; ms a village; the writer's share of the whole export")
    print(f"{'villages':>9}{'summary()':>11}" + "".join(f"{f'{kind} export':>13}{'ms/village':>11}{'writer':>9}"
                                                       f"{'share':>7}" for kind in ("pdf", "xlsx")))
    for villages, s in summaries.items():
        line = f"{villages:>9,}{s['summary()']:>11.2f}"
        for suffix in (".pdf", ".xlsx"):
            total, writer = s[f"{suffix} export"], s[f"{suffix} writer"]
            line += f"{total:>13.2f}{total / villages * 1000:>11.2f}{writer:>9.2f}{writer / total:>6.0%} "
        print(line)


if __name__ == "__main__":
    main()
