"""The completeness page's way to the database: the review round's report, read in a session of its own. The page
calls it off the GUI thread (ui/latest_read.py); the report's PDF and workbook are written by the same export as
`completeness --year` (exports/completeness_export.py), in a background task."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from domain.completeness import CompletenessReport
    from domain.places import PlaceRow
    from domain.plan import Plan
    from domain.review_rounds import RoundKind
    from storage.database import Database


class CompletenessGateway:
    def __init__(self, database: Database) -> None:
        self.database = database

    def report(self, plan: Plan, year: int, places: list[PlaceRow] | None, kind: RoundKind) -> CompletenessReport:
        """The report of the `kind` round of `year` as of today, grouped by `places` (the tree's, of that year's
        units)."""
        from domain.completeness import completeness_report

        with self.database.session() as session:
            return completeness_report(session, plan, year, date.today(), places=places or None, kind=kind)
