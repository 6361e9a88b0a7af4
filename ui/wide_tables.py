"""Wide tables that fit the window: headers wrapped on a few lines, and which columns are shown.

The agency and campaign tables hold 12 and 17 columns under long Vietnamese headings ("Hộ được tuyên truyền
(điểm % so với năm đầu)"): at 1366×768 they needed sideways scrolling, the agencies' even at 1920. Here a heading
wraps within HEADER_WIDTH; the most-read columns are shown by default, the others ticked in the header's context
menu, the choice remembered in QSettings (`columns/<table's object name>`); the first column (the names) takes
the width the others leave, elided, its whole text in the tooltip.

A village's records lists (ui/records_page.py) show all their columns, fitted instead (`FittedColumns`): each as wide
as its contents, then, when together they are wider than the table, the widest cut to one width so that they fit
(at 1366×768 the visits', difficulties' and contributions' lists scrolled sideways by a column; a fixed limit of
260 px elided an initiative's name beside an empty note): their long texts elided, the whole text in the cell's
tooltip; numbers and short columns (dates, years) are not cut.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

HEADER_WIDTH = 130
"""The widest a heading makes its column: longer headings wrap onto more lines."""
NARROWEST_CUT = 80
"""A fitted column is never cut narrower than this: with too many columns for the table it scrolls sideways."""


class WrappingHeader(QHeaderView):
    """A horizontal header whose sections' headings wrap to at most HEADER_WIDTH pixels wide."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(Qt.Orientation.Horizontal, table)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.setSectionsClickable(True)
        self.setHighlightSections(False)
        self._measured: dict[tuple, QSize] = {}
        """Each heading's size by what it depends on: a table's filling and showing asked Qt's styled measure of
        each heading ~10 times over (~45 ms of the Agencies page's first opening at 10,000 villages, issue 14)."""

    def sectionSizeFromContents(self, logical_index: int) -> QSize:  # noqa: N802
        """Overrides QHeaderView.sectionSizeFromContents: the heading measured wrapped, not on one line."""
        text = str(self.model().headerData(logical_index, self.orientation()) or "") if self.model() else ""
        sorted_here = self.isSortIndicatorShown() and self.sortIndicatorSection() == logical_index
        key = (text, sorted_here, self.font().key(), id(self.style()))
        size = self._measured.get(key)
        if size is None:
            size = self._measured[key] = self._wrapped_size(logical_index, text)
        return QSize(size)

    def _wrapped_size(self, logical_index: int, text: str) -> QSize:
        size = super().sectionSizeFromContents(logical_index)
        metrics = self.fontMetrics()
        extra_width = size.width() - metrics.horizontalAdvance(text)
        extra_height = size.height() - metrics.height()
        room = max(40, HEADER_WIDTH - extra_width)
        wrapped = metrics.boundingRect(QRect(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(min(size.width(), wrapped.width() + extra_width),
                     max(size.height(), wrapped.height() + extra_height))


def wrap_headings(table: QTableView) -> None:
    """`table` given a wrapping header, keeping the header's settings."""
    old = table.horizontalHeader()
    header = WrappingHeader(table)
    header.setResizeContentsPrecision(old.resizeContentsPrecision())
    header.setStretchLastSection(old.stretchLastSection())
    table.setHorizontalHeader(header)


def fitting_table(table: QTableView, hidden_by_default: Collection[int]) -> ColumnChoice:
    """`table` given a wrapping header and the column choice."""
    wrap_headings(table)
    return ColumnChoice(table, hidden_by_default)


def cut_to(widths: list[int], room: int) -> int | None:
    """The one width to cut the widest of `widths` to so that together they take `room`, the narrower ones kept as
    they are (None: they fit as they are)."""
    left = room
    for taken, width in enumerate(sorted(widths)):
        others = len(widths) - taken
        if width * others > left:
            return left // others
        left -= width
    return None


class FittedColumns(QObject):
    """`table`'s columns fitted to its width (see the module's docstring): at `fit()` (after its rows are set) and
    whenever its width changes. The headings wrap, so that a long heading over a short number does not widen its
    column; right-aligned columns (numbers) are never cut."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        wrap_headings(table)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._fitted_width = -1
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Overrides QObject.eventFilter: the columns fitted again when the table's width changed."""
        if event.type() == QEvent.Type.Resize and self.table.viewport().width() != self._fitted_width:
            self.fit()
        return False

    def fit(self) -> None:
        table, header = self.table, self.table.horizontalHeader()
        self._fitted_width = table.viewport().width()
        table.resizeColumnsToContents()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        numbers = {c for c in shown if self._right_aligned(c)}
        widths = {c: header.sectionSize(c) for c in shown}
        room = self._fitted_width - sum(widths[c] for c in numbers)
        cut = cut_to([widths[c] for c in shown if c not in numbers], room)
        for column in shown:
            width = widths[column]
            if cut is not None and column not in numbers:
                width = min(width, max(cut, NARROWEST_CUT))
            header.resizeSection(column, width)

    def _right_aligned(self, column: int) -> bool:
        model = self.table.model()
        if model.rowCount() == 0:
            return False
        alignment = model.index(0, column).data(Qt.ItemDataRole.TextAlignmentRole)
        return alignment is not None and bool(int(alignment) & int(Qt.AlignmentFlag.AlignRight))


class ColumnChoice(QObject):
    """Hides `hidden_by_default` of `table`'s columns until the user ticks them in the header's menu."""

    def __init__(self, table: QTableView, hidden_by_default: Collection[int]) -> None:
        super().__init__(table)
        self.table = table
        self.default = frozenset(hidden_by_default)
        self.settings: QSettings | None = None
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu)
        self._hide(self.default)

    @property
    def key(self) -> str:
        return f"columns/{self.table.objectName()}"

    def hidden(self) -> set[int]:
        return {c for c in range(self.table.model().columnCount()) if self.table.isColumnHidden(c)}

    def remember(self, settings: QSettings) -> None:
        """From now on the choice is kept in `settings`; the one kept there is shown."""
        self.settings = settings
        kept = settings.value(self.key)
        if kept is not None:
            columns = self.table.model().columnCount()
            self._hide({int(c) for c in str(kept).split(",") if c.isdigit() and 0 < int(c) < columns})

    def _hide(self, columns: Collection[int]) -> None:
        for column in range(1, self.table.model().columnCount()):
            self.table.setColumnHidden(column, column in columns)

    def _menu(self, position: QPoint) -> None:
        self.menu().exec(self.table.horizontalHeader().viewport().mapToGlobal(position))

    def menu(self) -> QMenu:
        """The header's context menu: a ticked entry per column but the first, and the usual choice back."""
        model = self.table.model()
        menu = QMenu(self.table)
        for column in range(1, model.columnCount()):
            action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda shown, column=column: self._set_shown(column, shown))
        menu.addSeparator()
        menu.addAction(self.tr("Show the usual columns"), lambda: self._choose(self.default))
        return menu

    def _set_shown(self, column: int, shown: bool) -> None:
        self._choose(self.hidden() - {column} if shown else self.hidden() | {column})

    def _choose(self, hidden: Collection[int]) -> None:
        self._hide(hidden)
        for column in range(1, self.table.model().columnCount()):
            if column not in hidden:
                self.table.resizeColumnToContents(column)
        if self.settings is not None:
            self.settings.setValue(self.key, ",".join(str(c) for c in sorted(hidden)))
