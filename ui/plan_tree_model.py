"""The plan as a tree, district → commune → village, with each node's progress for the chosen year.

A node whose villages hold a difficulty unresolved for over 90 days carries a warning sign; the tooltip adds
the campaign figures of the year. Figures not read yet show a busy mark. Beside its figures a village carries the
mark of its review in the year's round (issue 19: overdue, sent, approved, returned; ui/review_icons.py), a commune
or district the overdue mark when a village under it is overdue; the tooltip says it in words. The states come
with the year's figures (`set_figures`), read in the same background read, and again after a step (`set_reviews`,
which repaints only the marks that changed); the communes' and districts' overdue counts are summed once then.

The model signals as little as a change needs (issue 14: one signal per parent node made a save take 95 s at
1,000 villages): a new year repaints through one `dataChanged` over the top rows (a view repaints its whole
viewport on a multi-row change and reads the rows beneath as it paints them), a saved change through one
`dataChanged` per changed village, commune and district. The search filters inside `PlanFilterModel`, a
filtered copy of the tree's shape reset at each keystroke, instead of a QSortFilterProxyModel, which called the
Python `parent()` once per removed range (100 s for a keystroke at 10,000 villages).

No database type is imported at run time: the window builds this model before the database layer is loaded. Nor,
before the window's first paint (the tree empty), what only figures, reviews and tooltips need: QStyle (its Python
enums, ~10 ms of a start), the review marks' drawing and the campaign's and reviews' wording are imported where they
are used.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from domain.text import fold
from ui.labels import progress_text, translate

if TYPE_CHECKING:
    from domain.campaign import CampaignFigures, CampaignRollup
    from domain.figures_refresh import FiguresChange
    from domain.places import PlaceRow
    from domain.progress import PlanProgress, Progress
    from domain.review_reads import ReviewStates

Index = QModelIndex | QPersistentModelIndex
BUSY_MARK = "…"


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
    parent: Node | None
    children: list[Node] = field(default_factory=list)
    search_text: str = ""
    position: int = 0
    other_keys: tuple[str, ...] = ()
    """A village's other names (before or after a reorganisation), folded as `search_text` is: the search finds
    the village by any of them (issue 18)."""

    def adopt(self, child: Node) -> Node:
        child.position = len(self.children)
        self.children.append(child)
        return child


@dataclass(frozen=True)
class PlanTree:
    """The plan's nodes, district → commune → village, with their folded search texts: plain objects, no Qt."""

    root: Node
    nodes: dict[NodeKind, dict[int | None, Node]]


def plan_tree(places: list[PlaceRow], other_names: Mapping[int, Iterable[str]] | None = None) -> PlanTree:
    """The tree of the plan's villages (already in display order); `other_names` (domain/places.other_names) are
    folded here, once, so that a keystroke in the search only compares."""
    root = Node(NodeKind.DISTRICT, None, "", None)
    nodes: dict[NodeKind, dict[int | None, Node]] = {kind: {} for kind in NodeKind}
    districts, communes, villages = (nodes[kind] for kind in NodeKind)
    folded: dict[str, str] = {}  # names repeat (Thôn 1, Thôn 2 in every commune): each folded once

    def folded_name(name: str) -> str:
        text = folded.get(name)
        if text is None:
            text = folded[name] = fold(name)
        return text

    for place in places:
        district = root if place.district_id is None else districts.get(place.district_id)
        if district is None:
            district = districts[place.district_id] = root.adopt(Node(
                NodeKind.DISTRICT, place.district_id, place.district, root,
                search_text=folded_name(place.district)))
        commune = communes.get(place.commune_id)
        if commune is None:
            commune = communes[place.commune_id] = district.adopt(Node(
                NodeKind.COMMUNE, place.commune_id, place.commune, district,
                search_text=f"{district.search_text} {folded_name(place.commune)}".lstrip()))
        villages[place.village_id] = commune.adopt(Node(
            NodeKind.VILLAGE, place.village_id, place.village, commune,
            search_text=f"{commune.search_text} {folded_name(place.village)}",
            other_keys=tuple(map(fold, other_names.get(place.village_id, ()))) if other_names else ()))
    return PlanTree(root, nodes)


MARKS_REPAINTED_ONE_BY_ONE = 64
"""Up to this many nodes whose review mark changed are repainted each by a dataChanged of its cell; more by one
layout change (each signal goes through the filter model's Python slot and the view's repaint of its cell)."""


def _marks_changed(before: ReviewStates | None, after: ReviewStates | None) -> set[int]:
    """The villages whose review mark may differ between two reads of the states (compared in C, as sets)."""
    old, new = (() if states is None or states.round is None else states.states.items() for states in (before, after))
    late = (before.overdue if before is not None and before.round is not None else frozenset()) ^ (
        after.overdue if after is not None and after.round is not None else frozenset())
    return {village_id for village_id, _state in set(old) ^ set(new)} | late


class PlanTreeModel(QAbstractItemModel):
    COL_NAME, COL_PROGRESS = range(2)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.root = Node(NodeKind.DISTRICT, None, "", None)
        self._nodes: dict[NodeKind, dict[int | None, Node]] = {kind: {} for kind in NodeKind}
        self._progress: PlanProgress | None = None
        self._campaign: CampaignRollup | None = None
        self._first_year = 0
        self._reviews: ReviewStates | None = None
        self._overdue_below: dict[Node, int] = {}
        """The communes and districts with villages whose review is overdue, with how many."""
        self._bold = QFont()
        self._bold.setBold(True)

    def set_plan(self, places: list[PlaceRow]) -> None:
        """Rebuild the tree from the plan's villages (already in display order); figures show busy until set."""
        self.set_tree(plan_tree(places))

    def set_tree(self, tree: PlanTree) -> None:
        """Show a tree built by `plan_tree` (in a worker thread: at 10,000 villages folding the names alone takes
        ~80 ms); figures show busy until set."""
        self.beginResetModel()
        self.root, self._nodes = tree.root, tree.nodes
        self._progress = self._campaign = None
        self._reviews, self._overdue_below = None, {}
        self.endResetModel()

    def set_figures(self, progress: PlanProgress | None, campaign: CampaignRollup | None, first_year: int,
                    reviews: ReviewStates | None = None) -> None:
        """The figures of a whole year (None: not read yet, shown busy), with the plan-year's review states (None: none
        read): every row's text, tooltip, icon, mark and font may differ, at every depth. Said as one layout change
        (two signals, whatever the plan's size) over the same nodes at the same rows (no index moves), so a view lays
        out and repaints the rows it shows, expanded ones below the top included; a dataChanged per parent would be
        one signal for each of ~600 communes at 10,000 villages, and one over the top rows repainted those rows
        only. The marks come in the same change: a second layout change for them cost the GUI thread another ~20 ms
        at 10,000 villages, ~60 ms with every commune expanded (issue 14). Busy figures said again over busy
        figures without marks (a plan's tree just set, its figures asked for) change nothing shown: no signal."""
        if progress is campaign is self._progress is self._campaign is None and reviews is self._reviews is None:
            self._first_year = first_year
            return
        self.layoutAboutToBeChanged.emit()
        self._progress, self._campaign, self._first_year = progress, campaign, first_year
        self._take_reviews(reviews)
        self.layoutChanged.emit()

    def set_reviews(self, reviews: ReviewStates | None) -> None:
        """The plan-year's review states read again (after a step, or for a year whose figures were held): the
        progress cell of each node whose mark differs is repainted through a dataChanged of its own (none when
        nothing changed, the usual case). Past `MARKS_REPAINTED_ONE_BY_ONE` nodes (a round opened or closed:
        every village changes) one layout change says it, as a new year's figures. While the year's figures are
        still to come nothing is signalled: their layout change shows the marks."""
        changed = _marks_changed(self._reviews, reviews)
        moved = self._take_reviews(reviews)
        if self._progress is None or not (changed or moved):
            return
        villages = self._nodes[NodeKind.VILLAGE]
        nodes = [villages[village_id] for village_id in changed if village_id in villages] + moved
        if len(nodes) > MARKS_REPAINTED_ONE_BY_ONE:
            self.layoutAboutToBeChanged.emit()
            self.layoutChanged.emit()
            return
        for node in nodes:
            cell = self.node_index(node, self.COL_PROGRESS)
            self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DecorationRole])

    def _take_reviews(self, reviews: ReviewStates | None) -> list[Node]:
        """Hold the review states, and count the overdue villages under each commune and district: only the
        villages late in one read and not in the other are walked up (a step changes one; walking every overdue
        village's parents at each step took 17-25 ms at 10,000 villages, issue 14). Returns the communes and
        districts that came to have, or ceased to have, late villages."""
        def late(states: ReviewStates | None) -> frozenset[int]:
            return states.overdue if states is not None and states.round is not None else frozenset()

        before = late(self._reviews)
        self._reviews = reviews
        after = late(reviews)
        villages, below, moved = self._nodes[NodeKind.VILLAGE], self._overdue_below, []
        for village_ids, step in ((before - after, -1), (after - before, 1)):
            for village_id in village_ids:
                node = villages.get(village_id)
                node = node.parent if node is not None else None
                while node is not None and node is not self.root:
                    count = below.get(node, 0) + step
                    if count:
                        below[node] = count
                    else:
                        del below[node]
                    if count == (1 if step > 0 else 0):
                        moved.append(node)
                    node = node.parent
        return moved

    @property
    def reviews(self) -> ReviewStates | None:
        """The review states the marks show (None: none read)."""
        return self._reviews

    def update_figures(self, progress: PlanProgress | None, campaign: CampaignRollup | None,
                       change: FiguresChange) -> None:
        """New figures where only `change`'s villages, communes and districts differ: one signal for each."""
        self._progress, self._campaign = progress, campaign
        for kind, ids in ((NodeKind.VILLAGE, change.villages), (NodeKind.COMMUNE, change.communes),
                          (NodeKind.DISTRICT, change.districts)):
            for node_id in ids:
                node = self._nodes[kind].get(node_id)
                if node is not None:
                    self.dataChanged.emit(self.node_index(node, self.COL_NAME),
                                          self.node_index(node, self.COL_PROGRESS))

    @property
    def progress(self) -> PlanProgress | None:
        """The progress shown (None: not read yet)."""
        return self._progress

    @property
    def campaign(self) -> CampaignRollup | None:
        """The campaign figures shown (None: not read yet)."""
        return self._campaign

    def village_nodes(self) -> Iterable[Node]:
        """The villages' nodes in the plan's order."""
        return self._nodes[NodeKind.VILLAGE].values()

    def shown_villages(self) -> int:
        """Every village of the plan (the filter model answers for the villages its query keeps)."""
        return len(self._nodes[NodeKind.VILLAGE])

    def village_index(self, village_id: int) -> QModelIndex:
        node = self._nodes[NodeKind.VILLAGE].get(village_id)
        return self.node_index(node) if node else QModelIndex()

    def node_index(self, node: Node, column: int = 0) -> QModelIndex:
        return self.createIndex(node.position, column, node)

    def _node(self, index: Index) -> Node:
        return index.internalPointer() if index.isValid() else self.root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        """Overrides QAbstractItemModel.index."""
        children = self._node(parent).children
        if not (0 <= row < len(children) and 0 <= column < 2):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index) -> QModelIndex:  # type: ignore[override]
        """Overrides QAbstractItemModel.parent."""
        if not index.isValid():
            return QModelIndex()
        parent = index.internalPointer().parent
        if parent is None or parent is self.root:
            return QModelIndex()
        return self.createIndex(parent.position, 0, parent)

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
        return self.node_data(index.internalPointer(), index.column(), role)

    def node_data(self, node: Node, column: int, role: int) -> Any:
        """What `data` gives for the node's cell; the filter model reads through it."""
        if role == Qt.ItemDataRole.DisplayRole:
            return node.name if column == self.COL_NAME else self._progress_text(node)
        if role == Roles.KIND:
            return int(node.kind)
        if role == Roles.ID:
            return node.id
        if role == Roles.SEARCH_TEXT:
            return node.search_text
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([self._tooltip(node), *self._review_lines(node), *self._campaign_lines(node)])
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_NAME and self._overdue(node):
            from PySide6.QtWidgets import QApplication, QStyle

            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_PROGRESS:
            mark = self._review_mark(node)
            if mark is None:
                return None
            from ui.review_icons import review_icon

            return review_icon(mark)
        if role == Qt.ItemDataRole.FontRole and self._meets_standard(node):
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_PROGRESS:
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

    def _review_mark(self, node: Node) -> str | None:
        if self._reviews is None or self._reviews.round is None:
            return None
        from ui.review_icons import OVERDUE, state_mark

        if node.kind != NodeKind.VILLAGE:
            return OVERDUE if node in self._overdue_below else None
        state = self._reviews.states.get(node.id)
        return state_mark(state, node.id in self._reviews.overdue) if state is not None else None

    def _review_lines(self, node: Node) -> list[str]:
        """The tooltip's line on the review: the village's state (and whether it is late), or how many villages
        under a commune or district are late."""
        if self._reviews is None or self._reviews.round is None:
            return []
        if node.kind != NodeKind.VILLAGE:
            late = self._overdue_below.get(node, 0)
            return [self.tr("Review overdue: %1 village(s)").replace("%1", str(late))] if late else []
        state = self._reviews.states.get(node.id)
        if state is None:
            return []
        from ui.review_labels import review_state_label

        text = self.tr("Review: %1").replace("%1", review_state_label(state))
        if node.id in self._reviews.overdue:
            text += " — " + self.tr("overdue")
        return [text]

    def _campaign_lines(self, node: Node) -> list[str]:
        figures = self._figures(node)
        if figures is None or self._campaign is None:
            return []
        from ui.campaign_text import campaign_lines

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
            return BUSY_MARK
        if node.kind == NodeKind.VILLAGE:
            village = self._progress.by_village[node.id]
            text = progress_text(village.met, village.total)
            return f"★ {text}" if village.meets_standard else text
        group = self._group_progress(node)
        if group is None:
            return ""
        return group_text(group.villages_meeting, group.villages)

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


def group_text(meeting: int, villages: int) -> str:
    """'3/12 thôn đạt chuẩn': a commune's or district's villages meeting the standard."""
    return translate("PlanTreeModel", "%1/%2 villages meet").replace("%1", str(meeting)).replace("%2", str(villages))


class PlanFilterModel(QAbstractItemModel):
    """The tree's nodes whose place names (with their ancestors') contain every word typed, with their ancestors.

    Matching ignores diacritics, case and commas: "ngok yeu" finds "Ngọk Yêu" and all its villages; a village is
    found by the names it had before a reorganisation too ("thon 1, te xang": `Node.other_keys`). Each query resets
    this model over the source's own nodes (no copy of their figures); the rows shown are read through
    `PlanTreeModel.node_data`. With no query it is the whole tree.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._source = PlanTreeModel(self)
        self._words: list[str] = []
        self._kept: dict[Node, list[Node]] | None = None  # None: every node
        self._rows: dict[Node, int] = {}

    def setSourceModel(self, source: PlanTreeModel) -> None:  # noqa: N802 (as QSortFilterProxyModel names it)
        self.beginResetModel()
        self._source = source
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._source_reset)
        source.dataChanged.connect(self._source_changed)
        source.layoutAboutToBeChanged.connect(lambda: self.layoutAboutToBeChanged.emit())
        source.layoutChanged.connect(lambda: self.layoutChanged.emit())
        self._filter()
        self.endResetModel()

    def sourceModel(self) -> PlanTreeModel:  # noqa: N802
        return self._source

    def set_query(self, text: str) -> None:
        words = fold(text.replace(",", " ")).split()
        if words == self._words:
            return
        self.beginResetModel()
        self._words = words
        self._filter()
        self.endResetModel()

    def shown_villages(self) -> int:
        """How many villages the filter lets through (the whole plan without a query)."""
        if self._kept is None:
            return self._source.shown_villages()
        return sum(1 for node in self._rows if node.kind == NodeKind.VILLAGE)

    def _source_reset(self) -> None:
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        """Keep the villages matching every word, and every node above one."""
        if not self._words:
            self._kept, self._rows = None, {}
            return
        words = self._words
        kept: dict[Node, list[Node]] = {}
        for village in self._source.village_nodes():
            if not all(word in village.search_text for word in words) and not (
                    village.other_keys and any(all(word in key for word in words) for key in village.other_keys)):
                continue
            node = village
            while node.parent is not None:  # up to the first ancestor already kept (it holds a kept node)
                siblings = kept.setdefault(node.parent, [])
                siblings.append(node)
                if len(siblings) > 1:
                    break
                node = node.parent
        self._kept = kept
        self._rows = {child: row for children in kept.values() for row, child in enumerate(children)}

    def _children(self, node: Node) -> list[Node]:
        if self._kept is None:
            return node.children
        return self._kept.get(node, [])

    def _row(self, node: Node) -> int | None:
        return node.position if self._kept is None else self._rows.get(node)

    def mapFromSource(self, source: Index) -> QModelIndex:  # noqa: N802
        if not source.isValid():
            return QModelIndex()
        node = source.internalPointer()
        row = self._row(node)
        return QModelIndex() if row is None else self.createIndex(row, source.column(), node)

    def mapToSource(self, index: Index) -> QModelIndex:  # noqa: N802
        if not index.isValid():
            return QModelIndex()
        return self._source.node_index(index.internalPointer(), index.column())

    def _source_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int]) -> None:
        """Forward a change of one node's row (the source signals a saved change node by node) where the query
        keeps it. A whole year's figures come as a layout change, forwarded as it is: the nodes kept and their
        rows do not depend on the figures."""
        first, last = self.mapFromSource(top_left), self.mapFromSource(bottom_right)
        if first.isValid():
            self.dataChanged.emit(first, last, roles)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        """Overrides QAbstractItemModel.index."""
        children = self._children(parent.internalPointer() if parent.isValid() else self._source.root)
        if not (0 <= row < len(children) and 0 <= column < 2):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index) -> QModelIndex:  # type: ignore[override]
        """Overrides QAbstractItemModel.parent."""
        if not index.isValid():
            return QModelIndex()
        parent = index.internalPointer().parent
        if parent is None or parent is self._source.root:
            return QModelIndex()
        return self.createIndex(self._row(parent), 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """Overrides QAbstractItemModel.rowCount."""
        if parent.column() > 0:
            return 0
        return len(self._children(parent.internalPointer() if parent.isValid() else self._source.root))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """Overrides QAbstractItemModel.columnCount."""
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        """Overrides QAbstractItemModel.headerData."""
        return self._source.headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Overrides QAbstractItemModel.data."""
        if not index.isValid():
            return None
        return self._source.node_data(index.internalPointer(), index.column(), role)
