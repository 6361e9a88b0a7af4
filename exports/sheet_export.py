"""Export village sheets for a plan and year: what the window's Print action and `export sheets` both run.

A sheet is a document of its year: its heading names the village's units as they stood then (a 2024 sheet of a
village merged on 1/7/2025 names its old commune and district), and a sheet naming today's units says what they
were before the reorganisation."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlmodel import Session

from domain.agency_sheet import agency_sheet
from domain.completeness import figures_approval
from domain.errors import DomainError
from domain.places import plan_places
from domain.plans import plan_in_year
from domain.reorganisation_import import former_with_mark
from domain.unit_history import Grouping, former_units_labels, units_on
from domain.village_detail import village_sheet
from exports.agency_cover import agency_cover
from exports.cancel import Progress
from exports.evidence_annex import ScaledImages, annex_pictures
from exports.village_sheets import write_village_sheets


@dataclass(frozen=True)
class SheetExportResult:
    villages: int
    pages: int
    path: Path


def export_village_sheets(
    session_factory: Callable[[], Session],
    *,
    plan_id: int,
    year: int,
    target: Path,
    village_ids: list[int] | None = None,
    agency_id: int | None = None,
    progress: Progress | None = None,
    odd_pages: bool | None = None,
    with_annex: bool = False,
) -> SheetExportResult:
    """Write the sheets of the given villages (all of the plan's when None), in the plan's order.

    With `agency_id`, the agency's sheet comes first and its villages follow, those it leads first. `odd_pages`:
    each sheet starts on an odd page (None: when the file holds more than one sheet). `with_annex`: each sheet is
    followed by the images attached to its criteria, a page each (exports/evidence_annex.py).
    """
    progress = progress or Progress()
    with session_factory() as session:
        plan = plan_in_year(session, plan_id, year)
        on = units_on(session, year, Grouping.OF_THEIR_TIME)
        places = plan_places(session, plan_id, on=on)  # the heading names the units of the sheet's year
        cover = None
        if agency_id is not None:
            agency = agency_sheet(session, plan, agency_id, year, date.today())
            cover = agency_cover(agency, figures_approval(session, plan_id, year))
            village_ids = [row.place.village_id for row in agency.villages]
            by_id = {p.village_id: p for p in places}
            places = [by_id[v] for v in village_ids]
        elif village_ids is not None:
            wanted = set(village_ids)
            places = [place for place in places if place.village_id in wanted]
        if not places:
            raise DomainError("Kế hoạch chưa có thôn (làng) nào để in.")
        formers = former_with_mark(session, former_units_labels(session, [p.village_id for p in places])
                                   if on is None else {})
        sheets = []
        for index, place in enumerate(places):
            progress.advance(index, 2 * len(places))
            sheets.append(village_sheet(session, plan, place, year, former=formers.get(place.village_id, "")))
        approved = figures_approval(session, plan_id, year)
        images = ScaledImages()
        annexes = ({sheet.place.village_id: annex_pictures(session, sheet, images) for sheet in sheets}
                   if with_annex else None)
    pages = write_village_sheets(sheets, target, cover=cover, odd_pages=odd_pages, approval=approved, progress=Progress(
        step=lambda done, total: progress.step(len(places) + done, len(places) + total),
        cancelled=progress.cancelled,
    ), annexes=annexes)
    return SheetExportResult(villages=len(sheets), pages=pages, path=target)
