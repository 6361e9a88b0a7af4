"""The dashboard says whether its figures are approved (issue 19), on the hand-counted round of
tests/review_case.py: 'chưa duyệt' while a village's review of the year is not approved, final once the year is
closed."""

from datetime import UTC, datetime

from domain.review_rounds import YearClosure
from tests.review_case import YEAR, open_review_case
from tests.ui.conftest import open_window


def _dashboard(qtbot, window):
    window.year_combo.setCurrentIndex(window.year_combo.findData(YEAR))
    window.tabs.setCurrentWidget(window.dashboard)
    qtbot.waitUntil(lambda: window.is_settled() and window.dashboard.report is not None
                    and window.dashboard.report.year == YEAR)
    return window.dashboard


def test_the_dashboard_marks_figures_not_approved_then_final(qtbot, empty_database, small_plan, settings):
    open_review_case(empty_database, small_plan)
    window = open_window(qtbot, empty_database, settings=settings)
    assert _dashboard(qtbot, window).approval_label.text() == "Số liệu chưa duyệt: 1/4 thôn đã được duyệt."
    with empty_database.session() as session:
        session.add(YearClosure(plan_id=small_plan.id, year=YEAR, closed_by="officer", closed_at=datetime.now(UTC)))
        session.commit()
    second = open_window(qtbot, empty_database, settings=settings)
    assert _dashboard(qtbot, second).approval_label.text() == "Năm 2025 đã khóa sổ: số liệu là chính thức."
