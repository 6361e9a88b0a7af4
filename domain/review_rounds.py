"""The review cycle's tables (issue 19): a plan-year's review rounds, each village's review in a round with its
comment thread, and the closing of a reported year. The use cases are in domain/reviewing.py, the states and their
steps in domain/review_states.py, the locks in domain/review_locks.py.

A village without a row in a round is in review (Đang rà soát): opening a round writes one row, not one per village,
and a village added to the plan later is simply expected too.
"""

from datetime import date, datetime

from sqlmodel import Field, SQLModel, UniqueConstraint

from domain.columns import NEVER_REUSED, enum_column
from domain.vocabulary import ReviewState, ReviewStep, RoundKind  # re-exported: the same objects


class ReviewRound(SQLModel, table=True):
    """A round of a plan-year (one yearly, at most one mid-year), opened by the secretariat with a deadline."""

    __table_args__ = (UniqueConstraint("plan_id", "year", "kind"), NEVER_REUSED)

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", ondelete="CASCADE", index=True)
    year: int
    kind: RoundKind = Field(default=RoundKind.YEARLY, sa_type=enum_column(RoundKind))
    deadline: date = Field(description="the last day a review counts as on time (the reader's calendar day)")
    opened_by: str = Field(max_length=100)
    opened_at: datetime
    closed_by: str = Field(default="", max_length=100)
    closed_at: datetime | None = Field(default=None, description="none while the round is open")


class VillageReview(SQLModel, table=True):
    """One village's review in a round. `first_submitted_on` (the day of the first submission) decides on time or
    late, so that a village returned and sent again is not made late by the secretariat's return."""

    __table_args__ = (UniqueConstraint("round_id", "village_id"), NEVER_REUSED)

    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="reviewround.id", ondelete="CASCADE")
    village_id: int = Field(foreign_key="village.id", ondelete="CASCADE", index=True)
    state: ReviewState = Field(default=ReviewState.IN_REVIEW, sa_type=enum_column(ReviewState))
    first_submitted_on: date | None = None
    submitted_by: str = Field(default="", max_length=100)
    submitted_at: datetime | None = None
    decided_by: str = Field(default="", max_length=100, description="who approved, returned or reopened it last")
    decided_at: datetime | None = None
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"},
                         description="counts the steps; a window that read version n is stale once it is n+1")


class ReviewComment(SQLModel, table=True):
    """The comment thread of a village's review: a return's comment, a reopening's reason, a note with a
    submission. `village_id` is the review's, kept here so that the server's row security reads it directly."""

    __table_args__ = NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    review_id: int = Field(foreign_key="villagereview.id", ondelete="CASCADE", index=True)
    village_id: int = Field(foreign_key="village.id", ondelete="CASCADE")
    step: ReviewStep = Field(sa_type=enum_column(ReviewStep))
    author: str = Field(max_length=100)
    at: datetime
    text: str = Field(max_length=2000)


class YearClosure(SQLModel, table=True):
    """A plan-year closed once reported: nothing of its villages changes and its figures print as final. Reopening
    deletes the row (the audit keeps who closed it, who reopened it and why)."""

    __table_args__ = (UniqueConstraint("plan_id", "year"), NEVER_REUSED)

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", ondelete="CASCADE")
    year: int
    closed_by: str = Field(max_length=100)
    closed_at: datetime
    note: str = Field(default="", max_length=1000, description="what it was reported in, if said")

