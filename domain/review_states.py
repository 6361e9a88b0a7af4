"""The steps of a village's review as data: from which states each step goes, to which, who may take it and whether
it needs a text. The use cases (domain/reviewing.py) refuse what this does not allow, and the window greys what it
does not allow, from the same table.

    Đang rà soát ──Gửi──▶ Đã gửi ──Duyệt──▶ Đã duyệt ──Mở lại (lý do)──▶ Đang rà soát
         ▲                  │
         └──── Trả lại ◀────┘ (ý kiến) ; Trả lại ──Gửi──▶ Đã gửi
"""

import enum
from dataclasses import dataclass
from datetime import date

from domain.vocabulary import ReviewState, ReviewStep


class Reviewer(enum.StrEnum):
    """Who acts, as the village sees them."""

    SECRETARIAT = "secretariat"
    VILLAGE_LEAD = "village_lead"
    """The lead of the village's support team in the plan (domain/access.leads_village)."""
    OTHER = "other"
    """Another village's team lead, a viewer, anyone looking only."""


@dataclass(frozen=True)
class Step:
    step: ReviewStep
    from_states: frozenset[ReviewState]
    to: ReviewState | None
    """None: the state stays (a comment)."""
    by: frozenset[Reviewer]
    text_required: bool


_BOTH = frozenset({Reviewer.SECRETARIAT, Reviewer.VILLAGE_LEAD})
_SECRETARIAT = frozenset({Reviewer.SECRETARIAT})

STEPS: dict[ReviewStep, Step] = {step.step: step for step in (
    Step(ReviewStep.SUBMIT, frozenset({ReviewState.IN_REVIEW, ReviewState.RETURNED}), ReviewState.SUBMITTED, _BOTH,
         text_required=False),
    Step(ReviewStep.APPROVE, frozenset({ReviewState.SUBMITTED}), ReviewState.APPROVED, _SECRETARIAT,
         text_required=False),
    Step(ReviewStep.RETURN, frozenset({ReviewState.SUBMITTED}), ReviewState.RETURNED, _SECRETARIAT,
         text_required=True),
    Step(ReviewStep.REOPEN, frozenset({ReviewState.APPROVED}), ReviewState.IN_REVIEW, _SECRETARIAT,
         text_required=True),
    Step(ReviewStep.COMMENT, frozenset(ReviewState), None, _BOTH, text_required=True),
)}


def steps_allowed(state: ReviewState, reviewer: Reviewer) -> tuple[ReviewStep, ...]:
    """The steps `reviewer` may take from `state`, in the table's order (an open round and year assumed)."""
    return tuple(step.step for step in STEPS.values() if state in step.from_states and reviewer in step.by)


WAITING_FOR_TEAM = frozenset({ReviewState.IN_REVIEW, ReviewState.RETURNED})
"""The states in which the secretariat waits for the team: past the deadline, such a village is overdue."""


def is_overdue(state: ReviewState, deadline: date, today: date) -> bool:
    """Overdue (quá hạn): the deadline has passed and the team has not (again) sent the review."""
    return today > deadline and state in WAITING_FOR_TEAM
