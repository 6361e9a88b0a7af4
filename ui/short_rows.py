"""Rows of a table kept to a few lines of wrapped text, so that a page shows many of them.

A criterion's requirement runs to 200 characters: wrapped in its column at 1366×768 it made rows six lines tall
and the checklist showed two criteria. Capped here at `lines` lines, the last line ends in "…" (Qt elides the
last line that fits) and the whole text stays in the cell's tooltip.
"""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget


class ShortRows(QStyledItemDelegate):
    """Measures a cell as the plain delegate does, but never taller than `lines` lines of its font."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        """Overrides QStyledItemDelegate.sizeHint: the height capped at that of a cell of `lines` lines."""
        size = super().sizeHint(option, index)
        widget = option.widget
        if widget is None:
            return size
        tallest = QStyleOptionViewItem(option)
        self.initStyleOption(tallest, index)
        tallest.text = "\n".join("X" * self.lines)  # exactly `lines` lines, measured as the cell's own text is
        cap = widget.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, tallest, QSize(), widget).height()
        return QSize(size.width(), min(size.height(), cap))
