"""The secretariat's Review page over many villages: listed overdue first then by state, sorted again by a header's
click with the chosen village kept, each row's sort key computed once a sort (a proxy's comparisons asked each row
~14 times: seconds of the GUI thread at 10,000 villages, issue 14)."""

from datetime import date

from PySide6.QtCore import Qt

import ui.reviews_page
from domain.places import PlaceRow
from domain.review_reads import LeadReview
from domain.vocabulary import ReviewState
from ui.reviews_page import ReviewsPage

VILLAGES = 2000
STATES = (ReviewState.APPROVED, ReviewState.SUBMITTED, ReviewState.RETURNED, ReviewState.IN_REVIEW)


def _rows() -> list[LeadReview]:
    rows = []
    for number in range(VILLAGES):
        place = PlaceRow(number + 1, f"Thôn {number:04d}", number // 10, f"Xã {number // 10}", 1, "Huyện A")
        state = STATES[number % len(STATES)]
        rows.append(LeadReview(number + 1, place, state, date(2026, 1, 15), state is ReviewState.IN_REVIEW, None, 1))
    return rows


def _column(page: ReviewsPage, column: int) -> list[str]:
    model = page.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _counting_keys(monkeypatch) -> list[int]:
    """How many sort keys have been computed (one item a key)."""
    counted: list[int] = []
    made = ui.reviews_page._sort_key

    def counting(column: int):
        key = made(column)
        return lambda row: counted.append(1) or key(row)

    monkeypatch.setattr(ui.reviews_page, "_sort_key", counting)
    return counted


def test_the_list_is_sorted_with_one_key_a_village_and_keeps_the_chosen_one(qtbot, monkeypatch):
    page = ReviewsPage(every_village=True)
    qtbot.addWidget(page)
    page.show()
    counted = _counting_keys(monkeypatch)
    page.set_rows(_rows(), None, 2025)

    assert len(counted) == VILLAGES
    states = _column(page, 3)
    overdue = VILLAGES // len(STATES)
    assert all(text.endswith("quá hạn") for text in states[:overdue])
    assert [text for text in states[overdue:] if text.endswith("quá hạn")] == []
    assert page.ui.reviewsHeading.text() == f"Các thôn (làng) của kế hoạch: hiện {VILLAGES}/{VILLAGES}"

    page.table.selectRow(5)
    chosen = page.table.currentIndex().data()
    counted.clear()
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    assert len(counted) == VILLAGES
    villages = _column(page, 0)
    assert villages == sorted(villages)
    assert page.table.currentIndex().data() == chosen
