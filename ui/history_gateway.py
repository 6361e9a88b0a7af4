"""The history dialog's way to the database: who and what kinds of change a scope holds, and its changes."""

from domain.history import (
    HISTORY_LIMIT,
    HistoryFilter,
    HistoryRow,
    history,
    history_count,
    history_kinds,
    history_people,
)
from storage.database import Database


class HistoryGateway:
    def __init__(self, database: Database) -> None:
        self.database = database

    def choices(self, scope: HistoryFilter) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """The people (user name, shown name) and the kinds (entity, label) of change that `scope` holds."""
        with self.database.session() as session:
            return history_people(session, scope), history_kinds(session, scope)

    def changes(self, flt: HistoryFilter) -> tuple[list[HistoryRow], int]:
        """The newest HISTORY_LIMIT changes of `flt`, and how many there are in all."""
        with self.database.session() as session:
            rows = history(session, flt, limit=HISTORY_LIMIT)
            return rows, history_count(session, flt) if len(rows) >= HISTORY_LIMIT else len(rows)
