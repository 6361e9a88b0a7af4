"""What the window calls the review cycle's states, steps and rounds (issue 19), through Qt's translation."""

from __future__ import annotations

from datetime import date

from domain.formatting import format_date
from domain.vocabulary import ReviewState, ReviewStep, RoundKind
from ui.labels import translate


def review_state_label(state: ReviewState) -> str:
    return {
        ReviewState.IN_REVIEW: translate("Review", "In review"),
        ReviewState.SUBMITTED: translate("Review", "Submitted"),
        ReviewState.APPROVED: translate("Review", "Approved"),
        ReviewState.RETURNED: translate("Review", "Returned"),
    }[state]


def review_step_label(step: ReviewStep) -> str:
    return {
        ReviewStep.SUBMIT: translate("Review", "Sending"),
        ReviewStep.APPROVE: translate("Review", "Approval"),
        ReviewStep.RETURN: translate("Review", "Return"),
        ReviewStep.REOPEN: translate("Review", "Reopening"),
        ReviewStep.COMMENT: translate("Review", "Comment"),
    }[step]


def round_kind_label(kind: RoundKind) -> str:
    return {
        RoundKind.YEARLY: translate("Review", "Yearly review"),
        RoundKind.MID_YEAR: translate("Review", "Mid-year review"),
    }[kind]


def deadline_text(deadline: date, today: date, late: bool) -> str:
    """'hạn 30/11/2026', with how late it is when the review is overdue ('quá hạn 3 ngày')."""
    text = translate("Review", "due %1").replace("%1", format_date(deadline))
    if late and today > deadline:
        text += " · " + translate("Review", "overdue by %1 day(s)").replace("%1", str((today - deadline).days))
    return text
