"""The plan as a tree, district → commune → village, with each node's progress for the chosen year.

A node whose villages hold a difficulty unresolved for over 90 days carries a warning sign; the tooltip adds
the campaign figures of the year.
"""

from dataclasses import dataclass, field
from enum import IntEnum

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from domain.campaign import CampaignFigures, CampaignRollup
from domain.places import PlaceRow
from domain.progress import PlanProgress, Progress
from domain.text import fold
from ui.campaign_text import campaign_lines
from ui.labels import progress_text

Index = QModelIndex | QPersistentModelIndex


class NodeKind(IntEnum):
    DISTRICT = 1
    COMMUNE = 2
    VILLAGE = 3


class Roles(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1
    ID = Qt.ItemDataRole.UserRole + 2
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 3


@dataclass(eq=False)
class Node:
    kind: NodeKind
    id: int | None
    name: str
    parent: "Node | None"
    children: list["Node"] = field(default_factory=list)
    search_text: str = ""
    position: int = 0

    def row(self) -> int:
        return self.position

    def adopt(self, child: "Node") -> "Node":
        child.position = len(self.children)
        self.children.append(child)
        return child


class PlanTreeModel(QAbstractItemModel):
    COL_NAME, COL_PROGRESS = range(2)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._root = Node(NodeKind.DISTRICT, None, "", None)
        self._villages: dict[int, Node] = {}
        self._progress: PlanProgress | None = None
        self._campaign: CampaignRollup | None = None
        self._first_year = 0

    def set_plan(self, places: list[PlaceRow], progress: PlanProgress | None) -> None:
        """Rebuild the tree from the plan's villages (already in display order)."""
        self.beginResetModel()
        self._root = Node(NodeKind.DISTRICT, None, "", None)
        self._villages = {}
        districts: dict[int | None, Node] = {}
        communes: dict[int, Node] = {}
        for place in places:
            if place.district_id is None:
                district_node = self._root
            elif place.district_id not in districts:
                district_node = self._root.adopt(Node(NodeKind.DISTRICT, place.district_id, place.district,
                                                      self._root, search_text=fold(place.district)))
                districts[place.district_id] = district_node
            else:
                district_node = districts[place.district_id]
            if place.commune_id not in communes:
                communes[place.commune_id] = district_node.adopt(Node(
                    NodeKind.COMMUNE, place.commune_id, place.commune, district_node,
                    search_text=fold(f"{place.district or ''} {place.commune}")))
            commune_node = communes[place.commune_id]
            self._villages[place.village_id] = commune_node.adopt(Node(
                NodeKind.VILLAGE, place.village_id, place.village, commune_node,
                search_text=fold(f"{place.district or ''} {place.commune} {place.village}")))
        self._progress = progress
        self.endResetModel()

    def set_progress(self, progress: PlanProgress) -> None:
        """New figures for the same tree (a changed status, another year): repaint the progress column."""
        self._progress = progress
        self._emit_progress_changed(QModelIndex())

    def set_campaign(self, campaign: CampaignRollup, first_year: int) -> None:
        """New campaign figures (a saved record, another year): repaint the warnings and tooltips."""
        self._campaign = campaign
        self._first_year = first_year
        self._emit_progress_changed(QModelIndex())

    def _emit_progress_changed(self, parent: QModelIndex) -> None:
        rows = self.rowCount(parent)
        if rows == 0:
            return
        self.dataChanged.emit(self.index(0, 0, parent), self.index(rows - 1, self.COL_PROGRESS, parent))
        for row in range(rows):
            self._emit_progress_changed(self.index(row, 0, parent))

    def village_index(self, village_id: int) -> QModelIndex:
        node = self._villages.get(village_id)
        return self.createIndex(node.row(), 0, node) if node else QModelIndex()

    def _node(self, index: Index) -> Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        """Overrides QAbstractItemModel.index."""
        node = self._node(parent)
        if not (0 <= row < len(node.children) and 0 <= column < 2):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index) -> QModelIndex:  # type: ignore[override]
        """Overrides QAbstractItemModel.parent."""
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row(), 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """Overrides QAbstractItemModel.rowCount."""
        if parent.column() > 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """Overrides QAbstractItemModel.columnCount."""
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        """Overrides QAbstractItemModel.headerData."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Area"), self.tr("Progress"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Overrides QAbstractItemModel.data."""
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Roles.KIND:
            return int(node.kind)
        if role == Roles.ID:
            return node.id
        if role == Roles.SEARCH_TEXT:
            return node.search_text
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.COL_NAME:
                return node.name
            return self._progress_text(node)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([self._tooltip(node), *self._campaign_lines(node)])
        if role == Qt.ItemDataRole.DecorationRole and index.column() == self.COL_NAME and self._overdue(node):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.FontRole and self._meets_standard(node):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COL_PROGRESS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _figures(self, node: Node) -> CampaignFigures | None:
        if self._campaign is None:
            return None
        if node.kind == NodeKind.VILLAGE:
            return self._campaign.by_village.get(node.id)
        if node.kind == NodeKind.COMMUNE:
            return self._campaign.by_commune.get(node.id)
        return self._campaign.by_district.get(node.id)

    def _overdue(self, node: Node) -> bool:
        figures = self._figures(node)
        return figures is not None and figures.overdue_concerns > 0

    def _campaign_lines(self, node: Node) -> list[str]:
        figures = self._figures(node)
        if figures is None or self._campaign is None:
            return []
        return ["", *campaign_lines(figures, self._campaign.year, self._first_year)]

    def _meets_standard(self, node: Node) -> bool:
        if node.kind != NodeKind.VILLAGE or self._progress is None:
            return False
        return self._progress.by_village[node.id].meets_standard

    def _group_progress(self, node: Node) -> Progress | None:
        if self._progress is None:
            return None
        if node.kind == NodeKind.COMMUNE:
            return self._progress.by_commune.get(node.id)
        return self._progress.by_district.get(node.id)

    def _progress_text(self, node: Node) -> str:
        if self._progress is None:
            return ""
        if node.kind == NodeKind.VILLAGE:
            village = self._progress.by_village[node.id]
            text = progress_text(village.met, village.total)
            return f"★ {text}" if village.meets_standard else text
        group = self._group_progress(node)
        if group is None:
            return ""
        return self.tr("%1/%2 villages meet").replace("%1", str(group.villages_meeting)).replace(
            "%2", str(group.villages))

    def _tooltip(self, node: Node) -> str:
        if self._progress is None:
            return node.name
        if node.kind == NodeKind.VILLAGE:
            village = self._progress.by_village[node.id]
            lines = [
                node.name,
                self.tr("Met: %1, not met: %2, in progress: %3, not assessed: %4")
                .replace("%1", str(village.met)).replace("%2", str(village.not_met))
                .replace("%3", str(village.in_progress)).replace("%4", str(village.not_assessed)),
            ]
            if village.meets_standard:
                lines.append(self.tr("★ Meets the new rural village standard"))
            return "\n".join(lines)
        group = self._group_progress(node)
        if group is None:
            return node.name
        return "\n".join([
            node.name,
            self.tr("%1 of %2 villages meet the standard").replace("%1", str(group.villages_meeting))
            .replace("%2", str(group.villages)),
            self.tr("Criteria met: %1 of %2").replace("%1", str(group.criteria_met))
            .replace("%2", str(group.criteria_total)),
        ])


class PlanFilterModel(QSortFilterProxyModel):
    """Keeps the nodes whose place names (with their ancestors') contain every word typed.

    Matching ignores diacritics and case: "ngok yeu" finds "Ngọk Yêu" and all its villages.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setRecursiveFilteringEnabled(True)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Overrides QSortFilterProxyModel.filterAcceptsRow."""
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        haystack = index.data(Roles.SEARCH_TEXT) or ""
        return all(word in haystack for word in self._words)
