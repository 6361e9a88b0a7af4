"""The window's way to the review cycle (issue 19): the plan-year's review states for the tree, one village's
review for its page, the team lead's list, and the steps and round actions through the domain's use cases
(domain/reviewing.py) — the same functions as the command line's `review-round`, `approve`, `return`.

Each call opens its own session or unit of work: the window never holds one. The reads run in the window's read
threads (ui/latest_read.py), the steps and the round actions in its save queue (ui/save_queue.py), so a step keeps
its order with the checklist's saves and `settled` waits for it. A step names the review's version the window
read: a step someone else took meanwhile is refused (EditConflict) instead of acting on a state not seen."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from domain import review_reads, reviewing
from domain.vocabulary import ReviewStep, RoundKind

if TYPE_CHECKING:
    from domain.access import Principal
    from domain.plan import Plan
    from domain.review_reads import LeadReview, ReviewStates, RoundView, VillageReviewView
    from storage.database import Database


class ReviewGateway:
    def __init__(self, database: Database, user: Principal) -> None:
        self.database = database
        self.user = user

    @property
    def today(self) -> date:
        """The reader's calendar day: a deadline is passed from the day after it."""
        return date.today()

    # reads

    def states(self, plan: Plan, year: int) -> ReviewStates:
        """Every village's state in the plan-year's round (its last opened), which are overdue and locked: one
        query, for the tree."""
        with self.database.session() as session:
            return review_reads.review_states(session, plan_id=plan.id, year=year, today=self.today)

    def village(self, plan: Plan, village_id: int, year: int) -> VillageReviewView:
        """The village's review in the plan-year's round: its state, lock, comment thread and the steps this user
        may take now."""
        with self.database.session() as session:
            return review_reads.village_review(session, self.user, plan_id=plan.id, village_id=village_id, year=year,
                                               today=self.today)

    def lead_reviews(self, plan: Plan, year: int) -> tuple[list[LeadReview], RoundView | None]:
        """The villages whose team the user leads (the secretariat: every village) with their round's state, and
        the round: the Review page's read, without the whole plan's states the tree reads."""
        with self.database.session() as session:
            rows = review_reads.lead_reviews(session, self.user, plan_id=plan.id, year=year, today=self.today)
            return rows, review_reads.find_round(session, plan.id, year)

    def rounds(self, plan: Plan) -> list[RoundView]:
        with self.database.session() as session:
            return review_reads.plan_rounds(session, plan.id)

    # a village's steps

    def take_step(self, round_id: int, village_id: int, step: ReviewStep, text: str, version: int) -> int:
        """Take `step` on the village's review (the one read at `version`); its new version."""
        with self.database.unit_of_work(self.user) as uow:
            if step is ReviewStep.COMMENT:
                reviewing.add_comment(uow, round_id=round_id, village_id=village_id, text=text)
                return version
            take = {ReviewStep.SUBMIT: lambda: reviewing.submit(
                        uow, round_id=round_id, village_id=village_id, comment=text, expected_version=version),
                    ReviewStep.APPROVE: lambda: reviewing.approve(
                        uow, round_id=round_id, village_id=village_id, comment=text, expected_version=version),
                    ReviewStep.RETURN: lambda: reviewing.return_with_comment(
                        uow, round_id=round_id, village_id=village_id, comment=text, expected_version=version),
                    ReviewStep.REOPEN: lambda: reviewing.reopen_with_reason(
                        uow, round_id=round_id, village_id=village_id, reason=text, expected_version=version)}
            return take[step]()

    # the secretariat's rounds and years

    def open_round(self, plan: Plan, year: int, deadline: date, kind: RoundKind) -> int:
        with self.database.unit_of_work(self.user) as uow:
            return reviewing.open_round(uow, plan_id=plan.id, year=year, deadline=deadline, kind=kind)

    def change_deadline(self, round_id: int, deadline: date) -> None:
        with self.database.unit_of_work(self.user) as uow:
            reviewing.change_deadline(uow, round_id=round_id, deadline=deadline)

    def close_round(self, round_id: int) -> None:
        with self.database.unit_of_work(self.user) as uow:
            reviewing.close_round(uow, round_id=round_id)

    def reopen_round(self, round_id: int, reason: str) -> None:
        with self.database.unit_of_work(self.user) as uow:
            reviewing.reopen_round(uow, round_id=round_id, reason=reason)

    def close_year(self, plan: Plan, year: int, note: str) -> None:
        with self.database.unit_of_work(self.user) as uow:
            reviewing.close_year(uow, plan_id=plan.id, year=year, note=note)

    def reopen_year(self, plan: Plan, year: int, reason: str) -> None:
        with self.database.unit_of_work(self.user) as uow:
            reviewing.reopen_year(uow, plan_id=plan.id, year=year, reason=reason)
