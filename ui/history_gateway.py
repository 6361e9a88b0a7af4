"""The history dialog's way to the database: who and what kinds of change a scope holds, and its changes a page
at a time. Each call opens and closes its own session; the dialog calls them off the GUI thread, each in a thread
of its own at the same time.

The people, kinds and count of a history of everything (or of one person, one kind) each read the whole audit
(~30–50 ms apiece at 300,000 changes): they come from a tally of the audit by person and kind instead
(domain/history.AuditTally), held for the window's session and kept in the figures cache's folder between starts
(storage/figures_cache.py), brought up to date from the audit rows written since it was counted. A village's, a
criterion's or a record's history is read through the indexes, as before.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from domain.history import (
    AuditTally,
    HistoryFilter,
    HistoryRow,
    audit_reader,
    audit_tally,
    history,
    history_count,
    history_kinds,
    history_people,
    tally_covers,
)

if TYPE_CHECKING:
    from sqlmodel import Session

    from storage.database import Database
    from storage.figures_cache import FiguresCache


@dataclass(frozen=True)
class HistoryPage:
    """A page of changes in the order asked for; `more` when others follow; `total` how many the filter selects
    (read with the first page only, None after)."""

    rows: list[HistoryRow]
    more: bool
    total: int | None = None


class HistoryGateway:
    def __init__(self, database: Database, cache: Callable[[], FiguresCache] | None = None) -> None:
        """`cache` gives the figures cache the tally is kept in between starts (called in a read's thread: it may
        ask the server who it is); without it the tally is held by this gateway only."""
        self.database = database
        self._cache = cache
        self._tally: tuple[str, AuditTally | None] = ("", None)
        """The tally held, with the account it was counted for."""
        self._tally_lock = threading.Lock()
        """One read brings the tally up to date; the others, beside it, wait for it and use it."""

    def people(self, scope: HistoryFilter) -> list[tuple[str, str]]:
        """The people (user name, shown name) who changed something in `scope`."""
        with self.database.session() as session:
            return history_people(session, scope, self._current_tally(session, scope))

    def kinds(self, scope: HistoryFilter) -> list[tuple[str, str]]:
        """The kinds (entity, label) of change that `scope` holds."""
        with self.database.session() as session:
            return history_kinds(session, scope, self._current_tally(session, scope))

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
                total = history_count(session, flt, self._current_tally(session, flt)) if more else len(rows)
            return HistoryPage(rows, more, total)

    def village_units(self, village_id: int) -> str:
        """The village's units through its reorganisations, a line a stretch ('' for one never reorganised), marked
        when the reorganisation is the sample's illustrative one."""
        from domain.reorganisation_import import former_with_mark
        from domain.unit_history import village_spells_said

        with self.database.session() as session:
            said = "\n".join(village_spells_said(session, village_id))
            return former_with_mark(session, {village_id: said})[village_id] if said else ""

    def warm(self) -> AuditTally | None:
        """Bring the audit's tally up to now (the whole audit counted when none is kept: ~100 ms at 300,000
        changes), before the history is first opened."""
        with self.database.session() as session:
            return self._current_tally(session, HistoryFilter(), count_all=True)

    def changes(self, flt: HistoryFilter, *, oldest_first: bool = False) -> list[HistoryRow]:
        """Every change of `flt`, newest (or oldest) first: what a workbook of the history holds."""
        with self.database.session() as session:
            return history(session, flt, None, oldest_first=oldest_first)

    def _current_tally(self, session: Session, flt: HistoryFilter, count_all: bool = False) -> AuditTally | None:
        """The audit's tally brought up to now, when `flt` is a filter it counts and a tally is held or kept (or
        `count_all`); else None: read in SQL."""
        if not tally_covers(flt):
            return None
        with self._tally_lock:
            reader = audit_reader(session)
            held = self._tally[1] if self._tally[0] == reader else None
            cache = self._cache() if self._cache is not None else None
            if held is None and cache is not None:
                held = cache.audit_tally(reader)
            if held is None and not count_all:
                return None  # read in SQL, as fast as counting it all (the window counts it once it is idle)
            tally = audit_tally(session, held)
            if cache is not None and tally is not None and (held is None or tally.mark != held.mark):
                cache.keep_audit_tally(reader, tally)
            self._tally = (reader, tally)
            return tally
