"""The review cycle on the hand-built plan of tests/builders.py (four villages, 2024–2026): who is who, and the
steps said shortly."""

from datetime import date

from domain.access import Principal
from domain.places import find_place
from domain.review_reads import village_review
from domain.review_rounds import RoundKind
from domain.reviewing import approve, open_round, return_with_comment, submit
from domain.users import Role
from tests.conftest import OFFICER

T1 = "Thôn 1, Xã Một"
DAK = "Làng Đắk"
HAI = "Thôn 1, Xã Hai"
MOI = "Làng Mới"

LEAD_T1 = Principal(name="to", role=Role.TEAM_LEAD, full_name="Nguyễn Văn Tổ", member_name="Nguyễn Văn Tổ")
"""Leads Thôn 1, Xã Một."""
LEAD_DAK = Principal(name="dak", role=Role.TEAM_LEAD, full_name="Phạm Đức Đắk", member_name="Phạm Đức Đắk")
"""Leads Làng Đắk."""
LEAD_HAI = Principal(name="hai", role=Role.TEAM_LEAD, full_name="Võ Thị Hai", member_name="Võ Thị Hai")
LEAD_MOI = Principal(name="moi", role=Role.TEAM_LEAD, full_name="Đinh Văn Mới", member_name="Đinh Văn Mới")
VIEWER = Principal(name="xem", role=Role.VIEWER, full_name="Người Xem")


def village_id(db, plan, name: str) -> int:
    with db.session() as session:
        return find_place(session, plan.id, name).village_id


def opened(db, plan, year: int = 2025, deadline: date = date(2099, 12, 31), kind: RoundKind = RoundKind.YEARLY) -> int:
    with db.unit_of_work(OFFICER) as uow:
        return open_round(uow, plan_id=plan.id, year=year, deadline=deadline, kind=kind)


def submitted(db, plan, round_id: int, name: str, user: Principal = OFFICER) -> int:
    with db.unit_of_work(user) as uow:
        return submit(uow, round_id=round_id, village_id=village_id(db, plan, name))


def approved(db, plan, round_id: int, name: str) -> int:
    submitted(db, plan, round_id, name)
    with db.unit_of_work(OFFICER) as uow:
        return approve(uow, round_id=round_id, village_id=village_id(db, plan, name))


def returned(db, plan, round_id: int, name: str, comment: str = "Thiếu biên bản") -> int:
    submitted(db, plan, round_id, name)
    with db.unit_of_work(OFFICER) as uow:
        return return_with_comment(uow, round_id=round_id, village_id=village_id(db, plan, name), comment=comment)


def seen_by(db, plan, user: Principal, name: str, year: int = 2025, today: date = date(2025, 6, 1)):
    with db.session() as session:
        return village_review(session, user, plan_id=plan.id, village_id=village_id(db, plan, name), year=year,
                              today=today)
