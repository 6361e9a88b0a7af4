"""Rows of a table kept to a few lines of wrapped text, so that a page shows many of them.

A criterion's requirement runs to 200 characters: wrapped in its column at 1366×768 it made rows six lines tall
and the checklist showed two criteria. Capped here at `lines` lines, the last line ends in "…" (Qt elides the
last line that fits) and the whole text stays in the cell's tooltip.

The cap is measured once for each font, decoration and style a cell is drawn with, not for each cell: measuring
it styled every cell a second time (every role of the cell read again through the Python model), which was half
of the checklist's row fitting at each village shown (issue 14).
"""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget


class ShortRows(QStyledItemDelegate):
    """Measures a cell as the plain delegate does, but never taller than `lines` lines of its font."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self._caps: dict[tuple, int] = {}
        """The height of `lines` lines, by the cell's style, font and whether it has a decoration."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        """Overrides QStyledItemDelegate.sizeHint: the height capped at that of a cell of `lines` lines."""
        size = super().sizeHint(option, index)
        widget = option.widget
        if widget is None:
            return size
        font = index.data(Qt.ItemDataRole.FontRole)
        key = (widget.style(), (font if isinstance(font, QFont) else option.font).key(),
               index.data(Qt.ItemDataRole.DecorationRole) is not None)
        cap = self._caps.get(key)
        if cap is None:
            tallest = QStyleOptionViewItem(option)
            self.initStyleOption(tallest, index)
            tallest.text = "\n".join("X" * self.lines)  # exactly `lines` lines, measured as the cell's own text is
            cap = self._caps[key] = widget.style().sizeFromContents(
                QStyle.ContentsType.CT_ItemViewItem, tallest, QSize(), widget).height()
        return QSize(size.width(), min(size.height(), cap))
