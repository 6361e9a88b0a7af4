"""What the first screen shows of a snapshot (ui/first_screen.py): read-only Qt models over its rows, and the
covers that lay them over the window's tree and village page until the live window has settled.

A cell of a snapshot is a small dict: "t" its text, "i" its icon (an index into the snapshot's PNGs), "b"/"it" bold
or italic, "a" its alignment, "f"/"g" its fore- and background colours (#AARRGGBB).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView, QVBoxLayout, QWidget

Index = QModelIndex | QPersistentModelIndex
Cell = dict[str, Any]


class CellLook:
    """A snapshot's cells turned back into what Qt's roles give: the icons decoded once, the fonts made once."""

    def __init__(self, icons: list[QPixmap], font: QFont) -> None:
        self.icons = icons
        self.fonts: dict[tuple[bool, bool], QFont] = {}
        self.font = font

    def role(self, cell: Cell, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.get("t")
        if role == Qt.ItemDataRole.DecorationRole and "i" in cell:
            return self.icons[cell["i"]]
        if role == Qt.ItemDataRole.FontRole and ("b" in cell or "it" in cell):
            key = (bool(cell.get("b")), bool(cell.get("it")))
            if key not in self.fonts:
                font = QFont(self.font)
                font.setBold(key[0])
                font.setItalic(key[1])
                self.fonts[key] = font
            return self.fonts[key]
        if role == Qt.ItemDataRole.TextAlignmentRole and "a" in cell:
            return cell["a"]
        if role == Qt.ItemDataRole.ForegroundRole and "f" in cell:
            return QColor(cell["f"])
        if role == Qt.ItemDataRole.BackgroundRole and "g" in cell:
            return QColor(cell["g"])
        return None


class SnapshotTreeModel(QAbstractItemModel):
    """The tree's rows as they were shown: `rows` in the tree's order, each [depth, had children, cells]. A row
    whose children were not kept has none here (the view cannot expand it)."""

    def __init__(self, header: list[str], rows: list[list[Any]], look: CellLook, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.header, self.look = header, look
        self.cells: list[list[Cell]] = []
        self.had_children: list[bool] = []
        self.parents: list[int] = []
        self.positions: list[int] = []
        self.children: dict[int, list[int]] = {-1: []}
        chain: list[int] = []
        for depth, had_children, cells in rows:
            del chain[depth:]
            if len(chain) != depth:
                raise ValueError("a row deeper than its parent's")
            node = len(self.cells)
            parent_node = chain[-1] if chain else -1
            self.cells.append(cells)
            self.had_children.append(bool(had_children))
            self.parents.append(parent_node)
            self.positions.append(len(self.children[parent_node]))
            self.children[parent_node].append(node)
            self.children[node] = []
            chain.append(node)

    def node_index(self, node: int) -> QModelIndex:
        return self.createIndex(self.positions[node], 0, node)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        """Overrides QAbstractItemModel.index."""
        siblings = self.children[parent.internalId() if parent.isValid() else -1]
        if not 0 <= row < len(siblings) or not 0 <= column < len(self.header):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        """Overrides QAbstractItemModel.parent."""
        if not index.isValid():
            return QModelIndex()
        parent_node = self.parents[index.internalId()]
        return QModelIndex() if parent_node < 0 else self.node_index(parent_node)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """Overrides QAbstractItemModel.rowCount."""
        if parent.column() > 0:
            return 0
        return len(self.children[parent.internalId() if parent.isValid() else -1])

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        """Overrides QAbstractItemModel.hasChildren: a row that had children shows its branch, kept or not."""
        if not parent.isValid():
            return bool(self.children[-1])
        return parent.column() == 0 and self.had_children[parent.internalId()]

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """Overrides QAbstractItemModel.columnCount."""
        return len(self.header)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        """Overrides QAbstractItemModel.headerData."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Overrides QAbstractItemModel.data."""
        cells = self.cells[index.internalId()]
        return self.look.role(cells[index.column()], role) if index.column() < len(cells) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Overrides QAbstractItemModel.flags: shown, never edited (selectable for the selected row to be drawn so:
        the view lets the user select nothing)."""
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class SnapshotTableModel(QAbstractTableModel):
    """The checklist's rows as they were shown, read-only."""

    def __init__(self, header: list[str], rows: list[list[Cell]], look: CellLook, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self.header, self.rows, self.look = header, rows, look

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """Overrides QAbstractTableModel.rowCount."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """Overrides QAbstractTableModel.columnCount."""
        return 0 if parent.isValid() else len(self.header)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        """Overrides QAbstractTableModel.headerData."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Overrides QAbstractTableModel.data."""
        cells = self.rows[index.row()]
        return self.look.role(cells[index.column()], role) if index.column() < len(cells) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Overrides QAbstractTableModel.flags: shown, never edited."""
        return Qt.ItemFlag.ItemIsEnabled


def lay_out_columns(header: QHeaderView, widths: list[int], modes: list[int]) -> None:
    """The columns at the widths they had; a stretched column stretches again, none is measured."""
    header.setStretchLastSection(False)
    for column, (width, mode) in enumerate(zip(widths, modes, strict=False)):
        stretched = mode == QHeaderView.ResizeMode.Stretch.value
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if stretched
                                    else QHeaderView.ResizeMode.Fixed)
        if not stretched:
            header.resizeSection(column, width)


def snapshot_tree_view(model: SnapshotTreeModel, shown: dict[str, Any], parent: QWidget) -> QTreeView:
    """A tree over the snapshot, laid out as the window's was: its rows expanded, its selected row marked; no row
    can be expanded, collapsed, selected or edited."""
    view = QTreeView(parent)
    view.setObjectName("firstScreenTree")
    view.setUniformRowHeights(True)
    view.setAnimated(False)
    view.setItemsExpandable(False)
    view.setRootIsDecorated(bool(shown.get("decorated", True)))
    view.setHeaderHidden(bool(shown.get("header_hidden", False)))
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setModel(model)
    lay_out_columns(view.header(), shown["widths"], shown["modes"])
    for node, children in model.children.items():
        if node >= 0 and children:
            view.setExpanded(model.node_index(node), True)
    current = shown.get("current", -1)
    if 0 <= current < len(model.cells):
        view.selectionModel().select(model.node_index(current),
                                     view.selectionModel().SelectionFlag.ClearAndSelect
                                     | view.selectionModel().SelectionFlag.Rows)
    return view


def snapshot_table(view: QTableView, model: SnapshotTableModel, shown: dict[str, Any]) -> None:
    """The form's checklist table over the snapshot, its rows as tall and its columns as wide as they were."""
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    lay_out_columns(view.horizontalHeader(), shown["widths"], shown["modes"])
    for column in shown.get("hidden", []):
        view.setColumnHidden(column, True)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    for row, height in enumerate(shown["heights"]):
        rows.resizeSection(row, height)


class Cover(QObject):
    """An opaque child of `target` laid over it (outside its layout), as large as it, raised, holding what
    `make(cover)` makes in it (made there: a widget made apart and then put in was styled again, with all its
    children, under the application's style sheet: ~20 ms for the village page); hidden while `shown()` says no."""

    def __init__(self, target: QWidget, make: Callable[[QWidget], QWidget], shown=lambda: True) -> None:
        cover = QWidget(target)  # opaque: a view's viewport may be transparent under the theme (seen: the opening
        cover.setAutoFillBackground(True)  # line through the tree)
        layout = QVBoxLayout(cover)
        layout.setContentsMargins(0, 0, 0, 0)
        self.content = make(cover)
        layout.addWidget(self.content)
        super().__init__(cover)
        self.target, self.cover, self.shown = target, cover, shown
        target.installEventFilter(self)
        self.follow()

    def follow(self) -> None:
        self.cover.setGeometry(self.target.rect())
        self.cover.setVisible(self.shown())
        self.cover.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Overrides QObject.eventFilter: the cover keeps the target's size."""
        if event.type() == QEvent.Type.Resize:
            self.cover.setGeometry(self.target.rect())
        return False

    def remove(self) -> None:
        self.target.removeEventFilter(self)
        self.cover.hide()
        self.cover.deleteLater()
