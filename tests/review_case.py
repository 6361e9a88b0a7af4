"""A review round of the small plan (tests/builders.py) whose completeness is counted by hand.

Round of 2025, deadline 30/11/2025, read on 10/12/2025:
- Thôn 1 (Xã Một, led by Sở Một): sent 20/11, approved — on time, approved.
- Làng Đắk (Xã Một, Sở Một): sent 05/12 — late.
- Thôn 1 (Xã Hai, Sở Hai): sent 25/11, returned — not submitted, returned, overdue.
- Làng Mới (Xã Ba, no district, Sở Hai): no row — in review, not submitted, overdue.
Whole plan: 4 expected, 1 on time, 1 late, 2 not submitted (2 overdue), 1 approved, 1 returned.
Huyện A: 3, 1, 1, 1 (1), 1, 1. Sở Một: 2, 1, 1, 0, 1, 0. Sở Hai: 2, 0, 0, 2 (2), 0, 1.
Võ Thị Hai (team lead of Thôn 1, Xã Hai) has the phone 0912 345 678.

The rows are written as the steps leave them (the use cases are tested in tests/domain).
"""

from datetime import UTC, date, datetime

from sqlmodel import select

from domain.places import find_place
from domain.plan import Plan
from domain.review_rounds import ReviewRound, ReviewState, VillageReview
from domain.teams import TeamMember

YEAR = 2025
DEADLINE = date(2025, 11, 30)
TODAY = date(2025, 12, 10)
PHONE = "0912 345 678"


def open_review_case(database, plan: Plan) -> int:
    """The round above written; its id."""
    with database.session() as session:
        ids = {name: find_place(session, plan.id, name).village_id
               for name in ("Thôn 1, Xã Một", "Làng Đắk", "Thôn 1, Xã Hai")}
        review = ReviewRound(plan_id=plan.id, year=YEAR, deadline=DEADLINE, opened_by="officer",
                             opened_at=datetime(2025, 10, 1, 8, 0, tzinfo=UTC))
        session.add(review)
        session.flush()
        for name, state, sent in (("Thôn 1, Xã Một", ReviewState.APPROVED, date(2025, 11, 20)),
                                  ("Làng Đắk", ReviewState.SUBMITTED, date(2025, 12, 5)),
                                  ("Thôn 1, Xã Hai", ReviewState.RETURNED, date(2025, 11, 25))):
            at = datetime(sent.year, sent.month, sent.day, 9, tzinfo=UTC)
            decided = state in (ReviewState.APPROVED, ReviewState.RETURNED)
            session.add(VillageReview(round_id=review.id, village_id=ids[name], state=state, first_submitted_on=sent,
                                      submitted_by="lead", submitted_at=at, decided_by="officer" if decided else "",
                                      decided_at=at.replace(hour=15) if decided else None))
        leader = session.exec(select(TeamMember).where(TeamMember.full_name == "Võ Thị Hai")).one()
        leader.phone = PHONE
        session.add(leader)
        session.commit()
        return review.id
