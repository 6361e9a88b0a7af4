"""The review cycle from the command line (issue 19), through the same use cases as the window, on the small plan
of tests/builders.py (2024–2026): a round opened, a village sent, returned with a comment, sent again, approved (its
year locked), reopened with a reason; a year closed and reopened; each refusal one Vietnamese line, exit status 2."""

from datetime import date

import pytest
from sqlmodel import select

from domain.audit import AuditEvent
from domain.places import find_place
from domain.review_reads import review_states
from domain.review_rounds import ReviewComment, ReviewState
from tests.cli.run import run


@pytest.fixture
def db(empty_database, small_plan):
    return empty_database


def _run(capsys, db, *args: str) -> tuple[int, str, str]:
    return run(capsys, "--db", str(db.engine.url.database), *args)


def _state(db, plan, village: str = "Thôn 1, Xã Một") -> ReviewState:
    with db.session() as session:
        village_id = find_place(session, plan.id, village).village_id
        return review_states(session, plan_id=plan.id, year=2025, today=date(2025, 6, 1)).states[village_id]


def test_a_village_goes_round_the_whole_cycle(db, small_plan, capsys):
    village = ("--village", "Thôn 1, Xã Một", "--year", "2025")
    assert _run(capsys, db, "review-round", "open", "--year", "2025", "--deadline", "15/12/2025") == (
        0, "Đã mở đợt rà soát năm 2025, hạn gửi 15/12/2025 của kế hoạch 1-KH/TEST.\n", "")
    status, out, err = _run(capsys, db, "submit", *village, "--comment", "Tổ đã rà soát")
    assert (status, out, err) == (0, "Thôn 1, Xã Một, Huyện A: Đã gửi (đợt rà soát năm 2025), kế hoạch 1-KH/TEST.\n",
                                  "")
    assert _run(capsys, db, "return", *village, "--comment", "Thiếu biên bản tiêu chí 3")[0] == 0
    assert _state(db, small_plan) is ReviewState.RETURNED
    assert _run(capsys, db, "submit", *village)[0] == 0
    assert _run(capsys, db, "approve", *village)[0] == 0
    assert _state(db, small_plan) is ReviewState.APPROVED
    status, out, err = _run(capsys, db, "approve", *village)
    assert (status, out) == (2, "") and err.startswith("langmoi: Chưa duyệt: Thôn 1 đang ở trạng thái “Đã duyệt”")
    assert _run(capsys, db, "reopen", *village, "--reason", "Số hộ nghèo sai")[0] == 0
    assert _state(db, small_plan) is ReviewState.IN_REVIEW
    with db.session() as session:
        thread = session.exec(select(ReviewComment.step, ReviewComment.text).order_by(ReviewComment.id)).all()
    assert [(step.value, text) for step, text in thread] == [
        ("submit", "Tổ đã rà soát"), ("return", "Thiếu biên bản tiêu chí 3"), ("reopen", "Số hộ nghèo sai")]
    assert _run(capsys, db, "review-round", "close", "--year", "2025") == (
        0, "Đã kết thúc đợt rà soát năm 2025 của kế hoạch 1-KH/TEST.\n", "")
    status, _, err = _run(capsys, db, "submit", *village)
    assert status == 2 and "đợt rà soát năm 2025 đã kết thúc lúc" in err


def test_a_year_is_closed_and_reopened_with_a_reason(db, small_plan, capsys):
    assert _run(capsys, db, "close-year", "--year", "2025", "--note", "Báo cáo 12-BC/BCĐ") == (
        0, "Đã khóa sổ năm 2025 của kế hoạch 1-KH/TEST.\n", "")
    status, _, err = _run(capsys, db, "close-year", "--year", "2025")
    assert status == 2 and "đã khóa sổ lúc" in err
    assert _run(capsys, db, "reopen-year", "--year", "2025", "--reason", "Bổ sung số liệu")[0] == 0
    with db.session() as session:
        reasons = session.exec(select(AuditEvent.new_value).where(AuditEvent.entity == "yearclosure")
                               .order_by(AuditEvent.id)).all()
    assert reasons == ["Báo cáo 12-BC/BCĐ", "Bổ sung số liệu"]


def test_refusals_are_one_vietnamese_line(db, small_plan, capsys):
    status, _, err = _run(capsys, db, "review-round", "open", "--year", "2025", "--deadline", "31/02/2025")
    assert status == 2 and "“31/02/2025” không phải là ngày (ghi dạng 15/12/2025)" in err
    status, _, err = _run(capsys, db, "approve", "--village", "Thôn 1, Xã Một", "--year", "2025")
    assert (status, err) == (2, "langmoi: Chưa mở đợt rà soát năm 2025.\n")
    _run(capsys, db, "review-round", "open", "--year", "2025", "--mid-year", "--deadline", "2025-07-15")
    status, _, err = _run(capsys, db, "return", "--village", "Thôn 1, Xã Một", "--year", "2025", "--mid-year")
    assert status == 2 and "--comment" in err
    status, _, err = _run(capsys, db, "submit", "--village", "Thôn 9", "--year", "2025", "--mid-year")
    assert (status, err) == (2, "langmoi: Không có thôn (làng) “Thôn 9” trong kế hoạch.\n")
