"""Rows of a table kept to a few lines of wrapped text, so that a page shows many of them.

A criterion's requirement runs to 200 characters: wrapped in its column at 1366×768 it made rows six lines tall
and the checklist showed two criteria. Capped here at `lines` lines, the last line ends in "…" (Qt elides the
last line that fits) and the whole text stays in the cell's tooltip.

The cap is measured once for each font, decoration and style a cell is drawn with, not for each cell: measuring
it styled every cell a second time (every role of the cell read again through the Python model), which was half
of the checklist's row fitting at each village shown (issue 14). A cell's size is kept by what it depends on
(its text, font, decoration and column width), so rows of the same texts are not measured again.
"""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

MEASURES_KEPT = 4096
"""At most this many cells' sizes kept (cleared past it): a few criteria sets' texts at a few widths."""


class ShortRows(QStyledItemDelegate):
    """Measures a cell as the plain delegate does, but never taller than `lines` lines of its font."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self._caps: dict[tuple, int] = {}
        """The height of `lines` lines, by the cell's style, font and whether it has a decoration."""
        self._sizes: dict[tuple, QSize] = {}
        """Each cell's size by its style, font, decoration, column, width, text and check box: the same criterion's
        requirement in another village (or the same village shown again) is not wrapped and measured again."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        """Overrides QStyledItemDelegate.sizeHint: the height capped at that of a cell of `lines` lines."""
        widget = option.widget
        if widget is None:
            return super().sizeHint(option, index)
        font = index.data(Qt.ItemDataRole.FontRole)
        key = (widget.style(), (font if isinstance(font, QFont) else option.font).key(),
               index.data(Qt.ItemDataRole.DecorationRole) is not None)
        measured = (key, index.column(), option.rect.width(), index.data(Qt.ItemDataRole.DisplayRole),
                    index.data(Qt.ItemDataRole.CheckStateRole) is not None)
        size = self._sizes.get(measured)
        if size is None:
            if len(self._sizes) >= MEASURES_KEPT:
                self._sizes.clear()
            size = self._sizes[measured] = self._capped(super().sizeHint(option, index), key, option, index)
        return QSize(size)

    def _capped(self, size: QSize, key: tuple, option: QStyleOptionViewItem,
                index: QModelIndex | QPersistentModelIndex) -> QSize:
        widget = option.widget
        cap = self._caps.get(key)
        if cap is None:
            tallest = QStyleOptionViewItem(option)
            self.initStyleOption(tallest, index)
            tallest.text = "\n".join("X" * self.lines)  # exactly `lines` lines, measured as the cell's own text is
            cap = self._caps[key] = widget.style().sizeFromContents(
                QStyle.ContentsType.CT_ItemViewItem, tallest, QSize(), widget).height()
        return QSize(size.width(), min(size.height(), cap))
