"""Export the completeness and timeliness report of a plan-year's review round, as PDF or Excel by the file's
suffix: what the completeness page's buttons, File → Print on that page and `completeness --year` all run."""

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlmodel import Session

from domain.completeness import CompletenessReport, completeness_report
from domain.places import plan_places
from domain.plans import plan_in_year
from domain.review_rounds import RoundKind
from domain.unit_history import Grouping, units_on
from exports.cancel import Progress
from exports.completeness_pdf import write_completeness_pdf
from exports.completeness_xlsx import write_completeness_xlsx
from exports.report_export import export_report


def export_completeness(session_factory: Callable[[], Session], *, plan_id: int, year: int, target: Path,
                        progress: Progress | None = None, today: date | None = None,
                        kind: RoundKind = RoundKind.YEARLY) -> Path:
    """The round's report as of `today` (the calendar's day by default), by the administrative units of the year."""

    def read(session: Session) -> CompletenessReport:
        plan = plan_in_year(session, plan_id, year)
        places = plan_places(session, plan.id, on=units_on(session, year, Grouping.OF_THEIR_TIME))
        return completeness_report(session, plan, year, today or date.today(), places=places, kind=kind)

    return export_report(session_factory, target, what="báo cáo tiến độ rà soát", read=read,
                         pdf=write_completeness_pdf, xlsx=write_completeness_xlsx, progress=progress)
