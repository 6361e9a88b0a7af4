"""Export the summary report for a plan and year, as PDF or Excel by the file's suffix: what the window's
File → Summary report and `export summary` both run."""

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlmodel import Session

from domain.places import plan_places
from domain.plans import plan_in_year
from domain.summary import Summary, summary
from domain.unit_days import grouping_said, units_day
from domain.unit_history import Grouping, reform_days
from exports.cancel import Progress
from exports.report_export import export_report
from exports.summary_pdf import write_summary_pdf
from exports.summary_xlsx import write_summary_xlsx


def export_summary(session_factory: Callable[[], Session], *, plan_id: int, year: int, target: Path,
                   progress: Progress | None = None, grouping: Grouping = Grouping.OF_THEIR_TIME) -> Path:
    """The year's summary by the administrative units of that year (a document of its time), or of today's."""

    def read(session: Session) -> Summary:
        plan = plan_in_year(session, plan_id, year)
        days = reform_days(session)
        places = plan_places(session, plan.id, on=units_day(days, year, grouping))
        return replace(summary(session, plan, year, date.today(), places=places),
                       units_said=grouping_said(days, year, grouping))

    return export_report(session_factory, target, what="báo cáo tổng hợp", read=read, pdf=write_summary_pdf,
                         xlsx=write_summary_xlsx, progress=progress)
