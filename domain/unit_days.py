"""Which day's administrative units group a year's figures, from the reorganisations' effective days alone: plain
Python (no SQLAlchemy), so that the window decides without a read whether a year needs another layout."""

from collections.abc import Iterable
from datetime import date, timedelta

from domain.vocabulary import Grouping


def year_day(year: int) -> date:
    """The day whose units a year's figures belong to: its last (the yearly review is made at the end of the year,
    so 2025's is counted by the communes of after 1/7/2025)."""
    return date(year, 12, 31)


def units_day(reform_days: Iterable[date], year: int, grouping: Grouping) -> date | None:
    """The day whose units group `year`'s figures, None for today's units: by today's (OF_TODAY), or of their time
    when no reorganisation took effect after the year. Years between the same two reorganisations share one day (the
    eve of the next), so they share one layout."""
    if grouping == Grouping.OF_TODAY:
        return None
    after = [day for day in reform_days if day > year_day(year)]
    return min(after) - timedelta(days=1) if after else None


def grouping_said(reform_days: Iterable[date], year: int, grouping: Grouping) -> str:
    """The units a year's figures are grouped by, as a printed page names them ("theo đơn vị hành chính năm 2024",
    "… hiện nay"); '' while no reorganisation is recorded (every year has today's units, nothing to choose)."""
    if not tuple(reform_days):
        return ""
    return "theo đơn vị hành chính hiện nay" if grouping == Grouping.OF_TODAY else \
        f"theo đơn vị hành chính năm {year}"
