"""The completeness figures (domain/completeness.py) against the hand-counted round of tests/review_case.py, on
SQLite and PostgreSQL; the tree's overdue villages (domain/review_reads.review_states) are the report's."""

from domain.completeness import Counts, completeness_report
from domain.review_reads import review_states
from domain.review_rounds import ReviewState
from tests.review_case import TODAY, YEAR, open_review_case


def test_the_figures_are_the_hand_counted_ones_on_both_backends(empty_database, small_plan):
    open_review_case(empty_database, small_plan)
    with empty_database.session() as session:
        report = completeness_report(session, small_plan, YEAR, TODAY)
        tree = review_states(session, plan_id=small_plan.id, year=YEAR, today=TODAY)
    areas = {row.name: row.counts for row in report.areas}
    agencies = {row.name: row.counts for row in report.agencies}
    assert report.whole == Counts(expected=4, on_time=1, late=1, not_submitted=2, approved=1, returned=1, overdue=2)
    assert areas["Huyện A"] == Counts(3, 1, 1, 1, 1, 1, 1)
    assert areas["Xã Ba"] == Counts(1, 0, 0, 1, 0, 0, 1)
    assert agencies == {"Sở Một": Counts(2, 1, 1, 0, 1, 0, 0), "Sở Hai": Counts(2, 0, 0, 2, 0, 1, 2)}
    assert tree.overdue == {village_id for village_id, state in report.villages.items() if state.overdue}
    assert len(tree.overdue) == 2 and tree.locked == {village_id for village_id, state in report.villages.items()
                                                      if state.state is ReviewState.APPROVED}
