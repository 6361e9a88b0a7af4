"""How the window's plan tree is shown: columns that never measure the tree, and expanding only what is cheap.

Issue 14: the progress column resized to its contents, so every change signal made Qt measure it over up to
the whole tree (~150 ms each at 1,000 villages), and every search keystroke re-expanded all 10,000 villages.
Here the progress column has a fixed width, the widest text it can show measured once from the font (again
when the font or style changes), and a large tree opens at its top level only; the window reveals the chosen
village with `QTreeView.scrollTo`, which expands its commune.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTreeView

from ui.labels import progress_text, translate
from ui.plan_tree_model import NodeKind, PlanTreeModel, Roles, group_text

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

EXPAND_ALL_UP_TO = 500
"""Villages shown up to which the whole tree is expanded. Expanding walks every node through the Python model
(about 0.04 ms a node); 500 villages and their communes lay out within a few ms, the whole 10,000 in ~0.5 s."""

WIDEST_COUNT = 8888
"""A district or commune's village count whose text is the widest the column is made for (four digits)."""


def progress_width(tree: QTreeView) -> int:
    """The width of the widest progress text (a village meeting the standard is written bold), with margins and
    room for the review's mark beside it."""
    from PySide6.QtWidgets import QStyle  # not before the first paint: see _measure_when_filled

    bold = QFont(tree.font())
    bold.setBold(True)
    texts = [(QFontMetrics(bold), f"★ {progress_text(88, 88)}"),
             (tree.fontMetrics(), group_text(WIDEST_COUNT, WIDEST_COUNT)),
             (tree.header().fontMetrics(), translate("PlanTreeModel", "Progress"))]
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    mark = tree.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, tree) + 4  # a review's mark (issue 19)
    return max(metrics.horizontalAdvance(text) for metrics, text in texts) + 2 * margin + 12 + mark


class _FontWatcher(QObject):
    """Sets the progress column's width again when the tree's font or style changes (the theme applied)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Overrides QObject.eventFilter."""
        from PySide6.QtCore import QEvent

        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and isinstance(watched, QTreeView):
            watched.header().resizeSection(PlanTreeModel.COL_PROGRESS, progress_width(watched))
        return False


def configure_plan_tree(tree: QTreeView) -> None:
    """Uniform rows, no animation, the names stretched and the figures at a fixed width: no column is ever sized
    by measuring the tree's rows."""
    tree.setUniformRowHeights(True)
    tree.setAnimated(False)
    tree.setAutoExpandDelay(-1)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(40)
    header.setSectionResizeMode(PlanTreeModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(PlanTreeModel.COL_PROGRESS, QHeaderView.ResizeMode.Fixed)
    _measure_when_filled(tree)


def _measure_when_filled(tree: QTreeView) -> None:
    """The progress column's width set when the tree's model is first reset (its first plan shown), then at each
    change of font or style; not before the window's first paint, for which the tree is empty: measuring asks the
    style, and the first QStyle handed to Python builds its enums (~10 ms of a start)."""
    model = tree.model()

    def filled() -> None:
        model.modelReset.disconnect(filled)
        tree.header().resizeSection(PlanTreeModel.COL_PROGRESS, progress_width(tree))
        tree.installEventFilter(_FontWatcher(tree))

    model.modelReset.connect(filled)


def expand_sensibly(tree: QTreeView) -> None:
    """Everything when the tree shows up to EXPAND_ALL_UP_TO villages, else its top level (the districts)."""
    model = tree.model()
    if model.shown_villages() <= EXPAND_ALL_UP_TO:
        tree.expandAll()
        return
    for row in range(model.rowCount()):
        tree.expand(model.index(row, 0))


def first_village(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()) -> QModelIndex:
    """The first village of `model` in the tree's order (depth first, stopping there), or an invalid index."""
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data(Roles.KIND) == NodeKind.VILLAGE:
            return index
        found = first_village(model, index)
        if found.isValid():
            return found
    return QModelIndex()
