"""Export the summary report for a plan and year, as PDF or Excel by the file's suffix: what the window's
File → Summary report and `export summary` both run."""

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlmodel import Session

from domain.document_settings import settings
from domain.errors import DomainError
from domain.places import plan_places
from domain.plans import plan_in_year
from domain.summary import summary
from domain.unit_days import grouping_said, units_day
from domain.unit_history import Grouping, reform_days
from exports.cancel import Progress

FORMATS = (".pdf", ".xlsx")


def export_summary(session_factory: Callable[[], Session], *, plan_id: int, year: int, target: Path,
                   progress: Progress | None = None, grouping: Grouping = Grouping.OF_THEIR_TIME) -> Path:
    """The year's summary by the administrative units of that year (a document of its time), or of today's."""
    progress = progress or Progress()
    if target.suffix.lower() not in FORMATS:
        raise DomainError(f"Tệp “{target.name}”: báo cáo tổng hợp ghi ra .pdf hoặc .xlsx.")
    progress.advance(0, 3)
    with session_factory() as session:
        plan = plan_in_year(session, plan_id, year)
        days = reform_days(session)
        places = plan_places(session, plan.id, on=units_day(days, year, grouping))
        report = replace(summary(session, plan, year, date.today(), places=places),
                         units_said=grouping_said(days, year, grouping))
        document = settings(session)
    progress.advance(1, 3)
    if target.suffix.lower() == ".pdf":
        from exports.summary_pdf import write_summary_pdf

        write_summary_pdf(report, target, document=document)
    else:
        from exports.summary_xlsx import write_summary_xlsx

        write_summary_xlsx(report, target)
    progress.advance(3, 3)
    return target
