"""The rows of the change history dialog: the changes a filter selects, read a page at a time off the GUI thread.

The table asks for more as it is scrolled to its end (Qt's canFetchMore/fetchMore); each page is read by the
history gateway in a worker thread and appended when it arrives. A new filter or order supersedes the pages still
being read (ui/latest_read.py), so the newest choice is what the table shows. No session is held between reads:
the next page starts after the last event shown (a keyset), so changes saved meanwhile shift nothing.

The model sorts its rows itself, each row's key computed once (`_keyed`), and a page comes sorted from its
worker thread with its rows' keys: a QSortFilterProxyModel over it asked Python for two keys at each of the ~1,600
comparisons of a 200-row page, on the GUI thread (issue 14: 40-70 ms of the history's opening at 10,000 villages).
The model keeps the keys of the rows shown, so that a page read on, under an order of the user's, is merged into
the rows (a binary search a row, each run of rows that falls between the same two shown inserted at once), not the
whole of them sorted again with their keys computed again at every page (issue 14). A header clicked sorts the
rows read in a worker thread too, as a read of its own ("sort"), shown once sorted.
"""

from __future__ import annotations

import html
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from domain.formatting import format_moment
from domain.text import fold
from ui.labels import translate
from ui.latest_read import LatestRead
from ui.table_models import Column, RowTableModel

if TYPE_CHECKING:
    from domain.history import HistoryFilter, HistoryRow
    from ui.history_gateway import HistoryGateway, HistoryPage

PAGE_SIZE = 200
"""Changes read at a time: a screenful several times over, read in a few milliseconds whatever the audit's size."""
READ = "history"
SORT = "sort"


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
Order = tuple[int, Qt.SortOrder]
NEWEST_FIRST: Order = (TIME, Qt.SortOrder.DescendingOrder)


@dataclass(frozen=True)
class _Keyed:
    """Rows in an order with their sort keys, in that order."""

    rows: list[HistoryRow]
    keys: list[str]
    order: Order


def _keyed(rows: list[HistoryRow], order: Order) -> _Keyed:
    """The rows in the table's order: by the column's sort key, each row's computed once (stable, so rows of equal
    keys keep the order read)."""
    column = COLUMNS[order[0]]
    key = column.sort_key or column.text
    pairs = sorted(zip(map(key, rows), range(len(rows)), strict=True), key=lambda pair: pair[0],
                   reverse=order[1] == Qt.SortOrder.DescendingOrder)
    return _Keyed([rows[number] for _key, number in pairs], [key for key, _number in pairs], order)


def _after_equals(keys: Sequence[str], key: str, start: int, descending: bool) -> int:
    """Where `key` goes in `keys` (sorted, from `start` on): after every key equal to it, as a stable sort of the
    rows shown then the page puts it."""
    if not descending:
        return bisect_right(keys, key, start)
    low, high = start, len(keys)
    while low < high:
        middle = (low + high) // 2
        if keys[middle] < key:
            high = middle
        else:
            low = middle + 1
    return low


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
        self.order = NEWEST_FIRST
        """The column and the direction the user asked for (the rows are in it once a sort asked has come)."""
        self._shown_order = NEWEST_FIRST
        """The order the rows are in."""
        self._keys: list[str] = []
        """The rows' sort keys under `_shown_order`, in the rows' order."""
        self._last_read: int | None = None
        """The event read last (the rows are in the table's order, not always the order read): the next page's
        keyset."""

    def show_filter(self, flt: HistoryFilter, *, oldest_first: bool = False) -> None:
        """Read the first page of `flt` in the order asked (newest first unless `oldest_first`); the rows shown
        stay until it comes."""
        self.filter, self.oldest_first = flt, oldest_first
        gateway, order = self.gateway, self.order
        self.reads.request(READ, lambda: _sorted(gateway.page(flt, PAGE_SIZE, oldest_first=oldest_first), order),
                           self._first)

    def reading(self) -> bool:
        """Whether a page is being read, or the rows sorted."""
        return self.reads.pending()

    def complete(self) -> bool:
        """Whether every change of the filter is in the rows."""
        return not self._more and not self.reading()

    def close(self) -> None:
        """No page read any more, none still to come shown."""
        self.reads.close()

    def _first(self, read: tuple[HistoryPage, _Keyed, int | None]) -> None:
        page, keyed, self._last_read = read
        self.total = page.total or 0
        self._more = page.more
        self.reads.drop(SORT)  # of the rows shown before
        keyed = keyed if keyed.order == self.order else _keyed(keyed.rows, self.order)
        self._keys, self._shown_order = keyed.keys, keyed.order
        self.set_rows(keyed.rows)
        self.read.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        """Overrides QAbstractTableModel.canFetchMore: more changes follow, and none is being read."""
        return not parent.isValid() and self._more and not self.reading()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        """Overrides QAbstractTableModel.fetchMore: read the next page after the last change shown."""
        if not self.canFetchMore(parent):
            return
        flt, oldest_first, after, gateway = self.filter, self.oldest_first, self._last_read, self.gateway
        order = self.order
        self.reads.request(READ, lambda: _sorted(gateway.page(flt, PAGE_SIZE, after=after,
                                                              oldest_first=oldest_first), order), self._append)

    def _append(self, read: tuple[HistoryPage, _Keyed, int | None]) -> None:
        page, keyed, last_read = read
        self._more = page.more
        self._last_read = last_read if last_read is not None else self._last_read
        if keyed.rows:
            self._merge(keyed if keyed.order == self._shown_order else _keyed(keyed.rows, self._shown_order))
        self.read.emit()

    def _merge(self, page: _Keyed) -> None:
        """The page's rows (sorted, with their keys) put among the rows shown in their order: each run of them that
        falls between the same two rows shown inserted at once (the whole page at the end, in the order read)."""
        descending = self._shown_order[1] == Qt.SortOrder.DescendingOrder
        at, start = [], 0
        for key in page.keys:
            start = _after_equals(self._keys, key, start, descending)
            at.append(start)
        done = 0
        for position, run in groupby(at):
            count = len(list(run))
            first = position + done
            self.beginInsertRows(QModelIndex(), first, first + count - 1)
            self._rows[first:first] = page.rows[done:done + count]
            self._keys[first:first] = page.keys[done:done + count]
            self.endInsertRows()
            done += count

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Overrides QAbstractItemModel.sort (the table's header clicked): the rows read so far sorted in that order
        off the GUI thread (their keys' folding took ~100 ms at 10,000 rows read: issue 14), then shown in it; no
        page is read on meanwhile."""
        self.order = (column, order)
        if self.order == self._shown_order:
            self.reads.drop(SORT)
            return
        rows, wanted = list(self._rows), self.order
        self.reads.request(SORT, lambda: _keyed(rows, wanted), self._resorted)

    def _resorted(self, keyed: _Keyed) -> None:
        """The rows sorted in the order asked, shown in it, the selection kept on its rows; sorted again when a page
        read before came meanwhile."""
        if len(keyed.rows) != len(self._rows):
            self.sort(*self.order)
            return
        self._keys, self._shown_order = keyed.keys, keyed.order
        self.reorder(keyed.rows)
        self.read.emit()


def _sorted(page: HistoryPage, order: Order) -> tuple[HistoryPage, _Keyed, int | None]:
    """In the read's thread: the page, its rows in the table's order with their keys, and the event read last."""
    return page, _keyed(page.rows, order), page.rows[-1].event_id if page.rows else None
