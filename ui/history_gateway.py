"""The history dialog's way to the database: who and what kinds of change a scope holds, and its changes a page
at a time. Each call opens and closes its own session; the dialog calls them off the GUI thread, each in a thread
of its own at the same time (each of the people, the kinds and the count reads the whole audit of a wide scope:
~30–50 ms apiece at 300,000 changes)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from domain.history import HistoryFilter, HistoryRow, history, history_count, history_kinds, history_people

if TYPE_CHECKING:
    from storage.database import Database


@dataclass(frozen=True)
class HistoryPage:
    """A page of changes in the order asked for; `more` when others follow; `total` how many the filter selects
    (read with the first page only, None after)."""

    rows: list[HistoryRow]
    more: bool
    total: int | None = None


class HistoryGateway:
    def __init__(self, database: Database) -> None:
        self.database = database

    def people(self, scope: HistoryFilter) -> list[tuple[str, str]]:
        """The people (user name, shown name) who changed something in `scope`."""
        with self.database.session() as session:
            return history_people(session, scope)

    def kinds(self, scope: HistoryFilter) -> list[tuple[str, str]]:
        """The kinds (entity, label) of change that `scope` holds."""
        with self.database.session() as session:
            return history_kinds(session, scope)

    def page(self, flt: HistoryFilter, size: int, *, after: int | None = None,
             oldest_first: bool = False) -> HistoryPage:
        """`size` changes of `flt`, newest (or oldest) first, after the event `after` if given; with the count of
        them all when it is the first page."""
        with self.database.session() as session:
            rows = history(session, flt, size + 1, after=after, oldest_first=oldest_first)
            more = len(rows) > size
            rows = rows[:size]
            total = None
            if after is None:
                total = history_count(session, flt) if more else len(rows)
            return HistoryPage(rows, more, total)

    def changes(self, flt: HistoryFilter, *, oldest_first: bool = False) -> list[HistoryRow]:
        """Every change of `flt`, newest (or oldest) first: what a workbook of the history holds."""
        with self.database.session() as session:
            return history(session, flt, None, oldest_first=oldest_first)
