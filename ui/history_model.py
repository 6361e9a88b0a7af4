"""The rows of the change history dialog: the changes a filter selects, read a page at a time off the GUI thread.

The table asks for more as it is scrolled to its end (Qt's canFetchMore/fetchMore); each page is read by the
history gateway in a worker thread and appended when it arrives. A new filter or order supersedes the pages still
being read (ui/latest_read.py), so the newest choice is what the table shows. No session is held between reads:
the next page starts after the last event shown (a keyset), so changes saved meanwhile shift nothing.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal

from domain.formatting import format_moment
from domain.text import fold
from ui.labels import translate
from ui.latest_read import LatestRead
from ui.table_models import Column, RowTableModel

if TYPE_CHECKING:
    from domain.history import HistoryFilter
    from ui.history_gateway import HistoryGateway, HistoryPage

PAGE_SIZE = 200
"""Changes read at a time: a screenful several times over, read in a few milliseconds whatever the audit's size."""
READ = "history"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _tooltip(text: str) -> str:
    """The whole text, wrapped: Qt wraps a rich-text tooltip, never a plain one."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def _text_column(title, value) -> Column:
    return Column(title, lambda row: _one_line(value(row)), lambda row: f"{fold(value(row))}\0{value(row)}",
                  tooltip=lambda row: _tooltip(value(row)))


TIME, WHO, KIND, VILLAGE, SUBJECT, FIELD, OLD, NEW, NOTE = range(9)
COLUMNS = (
    Column(lambda: translate("HistoryDialog", "Time"), lambda row: format_moment(row.when),
           lambda row: f"{row.when.isoformat()}#{row.event_id:012d}"),
    _text_column(lambda: translate("HistoryDialog", "Changed by"), lambda row: row.who),
    _text_column(lambda: translate("HistoryDialog", "Kind"), lambda row: row.kind),
    _text_column(lambda: translate("HistoryDialog", "Village"), lambda row: row.village),
    _text_column(lambda: translate("HistoryDialog", "Subject"), lambda row: row.subject),
    _text_column(lambda: translate("HistoryDialog", "What changed"), lambda row: row.field),
    _text_column(lambda: translate("HistoryDialog", "Old value"), lambda row: row.old),
    _text_column(lambda: translate("HistoryDialog", "New value"), lambda row: row.new),
    _text_column(lambda: translate("HistoryDialog", "Note"), lambda row: row.note),
)

Index = QModelIndex | QPersistentModelIndex


class HistoryModel(RowTableModel):
    """The changes, one row each: the HistoryRow under ROW_ROLE, a sort key under SORT_ROLE (times by time, texts
    without diacritics), the whole text of a cell as its tooltip. `read` after each page is shown; `failed` with
    the message when a read was refused."""

    read = Signal()
    failed = Signal(str)

    def __init__(self, gateway: HistoryGateway, parent=None) -> None:
        super().__init__(COLUMNS, parent)
        self.gateway = gateway
        self.reads = LatestRead(self)
        self.reads.failed.connect(lambda _kind, message: self.failed.emit(message))
        self.filter: HistoryFilter | None = None
        self.oldest_first = False
        self.total = 0
        """How many changes the filter selects (the rows hold those read so far)."""
        self._more = False

    def show_filter(self, flt: HistoryFilter, *, oldest_first: bool = False) -> None:
        """Read the first page of `flt` in the order asked (newest first unless `oldest_first`); the rows shown
        stay until it comes."""
        self.filter, self.oldest_first = flt, oldest_first
        gateway = self.gateway
        self.reads.request(READ, lambda: gateway.page(flt, PAGE_SIZE, oldest_first=oldest_first), self._first)

    def reading(self) -> bool:
        """Whether a page is being read."""
        return self.reads.pending(READ)

    def complete(self) -> bool:
        """Whether every change of the filter is in the rows."""
        return not self._more and not self.reading()

    def close(self) -> None:
        """No page read any more, none still to come shown."""
        self.reads.close()

    def _first(self, page: HistoryPage) -> None:
        self.total = page.total or 0
        self._more = page.more
        self.set_rows(page.rows)
        self.read.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        """Overrides QAbstractTableModel.canFetchMore: more changes follow, and none is being read."""
        return not parent.isValid() and self._more and not self.reading()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        """Overrides QAbstractTableModel.fetchMore: read the next page after the last change shown."""
        if not self.canFetchMore(parent):
            return
        flt, oldest_first, after, gateway = self.filter, self.oldest_first, self._rows[-1].event_id, self.gateway
        self.reads.request(READ, lambda: gateway.page(flt, PAGE_SIZE, after=after, oldest_first=oldest_first),
                           self._append)

    def _append(self, page: HistoryPage) -> None:
        self._more = page.more
        if page.rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self.read.emit()
