"""The Review page (issue 19): a team lead's villages — or, for the secretariat, every village of the plan — with
the year's round state, the deadline, whether it is late, and the comment a return came with; a state picked in
"Show" narrows the list. Double-click (or Enter) opens the village. Laid out by ui/forms/reviews_page.ui; the rows
are read off the GUI thread by ui/review_actions.py (domain/review_reads.lead_reviews)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from domain.formatting import format_date, format_moment
from domain.vocabulary import ReviewState
from ui.forms.reviews_page_ui import Ui_ReviewsPage
from ui.labels import translate
from ui.review_icons import review_icon, state_mark
from ui.review_labels import review_state_label
from ui.review_strip import round_line
from ui.table_models import ROW_ROLE, Answer, Column, RowTableModel

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from domain.review_reads import LeadReview, RoundView

FILTERS = (
    ("all", lambda r: True),
    ("to do", lambda r: r.state in (ReviewState.IN_REVIEW, ReviewState.RETURNED)),
    ("overdue", lambda r: r.overdue),
    ("returned", lambda r: r.state is ReviewState.RETURNED),
    ("submitted", lambda r: r.state is ReviewState.SUBMITTED),
    ("approved", lambda r: r.state is ReviewState.APPROVED),
)


def _filter_label(key: str) -> str:
    return {"all": translate("ReviewsPage", "every village"),
            "to do": translate("ReviewsPage", "to do (in review or returned)"),
            "overdue": translate("ReviewsPage", "overdue"),
            "returned": translate("ReviewsPage", "returned"),
            "submitted": translate("ReviewsPage", "submitted"),
            "approved": translate("ReviewsPage", "approved")}[key]


def _state_text(row: LeadReview) -> str:
    text = review_state_label(row.state)
    return text + " · " + translate("ReviewsPage", "overdue") if row.overdue else text


def _returned_text(row: LeadReview) -> str:
    return row.last_return.text if row.last_return is not None and row.state is ReviewState.RETURNED else ""


STATE_ORDER = {state: number for number, state in enumerate(ReviewState)}

COLUMNS = (
    Column(lambda: translate("ReviewsPage", "Village"), lambda r: r.place.village),
    Column(lambda: translate("ReviewsPage", "Commune"), lambda r: r.place.commune),
    Column(lambda: translate("ReviewsPage", "District"), lambda r: r.place.district or ""),
    Column(lambda: translate("ReviewsPage", "Review"), _state_text,
           sort_key=lambda r: (0 if r.overdue else len(ReviewState)) + STATE_ORDER[r.state]),
    Column(lambda: translate("ReviewsPage", "Deadline"), lambda r: format_date(r.deadline) if r.deadline else "",
           sort_key=lambda r: r.deadline.toordinal() if r.deadline else 0),
    Column(lambda: translate("ReviewsPage", "Returned with"), _returned_text),
)
STATE_COLUMN = 3


def _sort_key(column: int):
    """A row's key in `column`: its column's sort key, else its text without regard to case."""
    key = COLUMNS[column].sort_key
    if key is not None:
        return key
    text = COLUMNS[column].text
    return lambda row: text(row).casefold()


class LeadReviewModel(RowTableModel):
    """The rows of `lead_reviews`, kept in the order the header's sort asks for; the state's mark beside it, the
    overdue rows in bold dark red.

    The model sorts its rows itself, each row's key computed once: a QSortFilterProxyModel over it asked data() of
    each row ~14 times per sort (its comparisons), 2.6 s of the GUI thread to list 10,000 villages (issue 14)."""

    def __init__(self, parent=None) -> None:
        super().__init__(COLUMNS, parent, emphasis=lambda r: r.overdue)
        self.order = (STATE_COLUMN, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows) -> None:
        """Overrides RowTableModel.set_rows: the rows in the order chosen."""
        super().set_rows(self._sorted(rows))

    def _sorted(self, rows) -> list:
        column, order = self.order
        return sorted(rows, key=_sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Overrides QAbstractTableModel.sort (the header clicked): the rows in that order, the chosen row kept."""
        if not 0 <= column < len(COLUMNS) or (column, order) == self.order:
            return
        self.order = (column, order)
        self.reorder(self._sorted(self._rows))

    def answers(self) -> dict[int, Answer]:
        """Overrides RowTableModel.answers: the review's mark in its column."""
        return super().answers() | {int(Qt.ItemDataRole.DecorationRole): self._mark}

    def _mark(self, row: int, column: int) -> QIcon | None:
        if column != STATE_COLUMN:
            return None
        review = self._rows[row]
        mark = state_mark(review.state, review.overdue)
        return review_icon(mark) if mark is not None else None


class ReviewsPage(QWidget):
    """`village_activated(village_id)` when a row is double-clicked or Enter is pressed on it."""

    village_activated = Signal(int)

    def __init__(self, every_village: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReviewsPage()
        self.ui.setupUi(self)
        self.setObjectName("reviewsPage")
        self.every_village = every_village
        """The secretariat's page lists every village; a team lead's, the villages they lead."""
        self.rows: list[LeadReview] = []
        self.model = LeadReviewModel(self)
        self.table = self.ui.reviewsTable
        self.table.setModel(self.model)
        self.table.sortByColumn(STATE_COLUMN, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 170), (1, 150), (2, 130), (3, 170), (4, 100)):
            header.resizeSection(column, width)
        self.filter = self.ui.reviewsFilter
        for key, _keep in FILTERS:
            self.filter.addItem(_filter_label(key), key)
        self.filter.currentIndexChanged.connect(lambda _i: self._fill())
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._say_comment(current))
        self.set_rows([], None, None)

    def set_rows(self, rows: list[LeadReview], round_: RoundView | None, year: int | None) -> None:
        self.rows = rows
        self.ui.reviewsRound.setText(round_line(round_, year))
        self._fill()

    def _fill(self) -> None:
        keep = dict(FILTERS)[self.filter.currentData()]
        shown = [row for row in self.rows if keep(row)]
        self.model.set_rows(shown)
        heading = (self.tr("Every village of the plan: %1 of %2 shown") if self.every_village
                   else self.tr("The villages whose support team you lead: %1 of %2 shown"))
        self.ui.reviewsHeading.setText(heading.replace("%1", str(len(shown))).replace("%2", str(len(self.rows))))
        self._say_comment(self.table.currentIndex())

    def _say_comment(self, current: QModelIndex) -> None:
        """Under the list: the whole comment the chosen village was returned with."""
        row = current.data(ROW_ROLE) if current.isValid() else None
        returned = row.last_return if row is not None and row.state is ReviewState.RETURNED else None
        if returned is None:
            self.ui.reviewsComment.setText(self.tr("Choose a returned village to read the secretariat's comment."))
            return
        self.ui.reviewsComment.setText(
            self.tr("%1 was returned by %2 at %3: “%4”").replace("%1", row.place.village)
            .replace("%2", returned.author_name or returned.author).replace("%3", format_moment(returned.at))
            .replace("%4", returned.text))

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.village_activated.emit(row.village_id)
