"""The program's own use cases on a server set up for accounts, signed in as the accounts' login roles: they refuse
first with the Vietnamese message, their audit rows name the account the server says, the history reads them as on
SQLite (not the server trigger's rows of the same change), and the figures cache's mark still tells which village
changed."""

import platform
from datetime import date

import pytest
from sqlalchemy.engine import make_url
from sqlmodel import select

from domain.access import Forbidden, Principal
from domain.assessing import set_assessment
from domain.audit import SERVER_FIELD, AuditEvent
from domain.criteria import Criterion, CriterionStatus
from domain.figures_mark import changes_since, newest_mark
from domain.history import HistoryFilter, history
from domain.plan import Plan
from domain.recording import save_record
from domain.vocabulary import Role
from storage.database import open_database
from storage.server_accounts import login_role
from tests.conftest import ACTOR
from tests.storage.served import (
    PASSWORD,
    served_database,  # noqa: F401  (the fixture `served`)
)


def _open_as(served, username: str):
    url = make_url(served.url).set(username=login_role(served.name, username), password=PASSWORD)
    return open_database(url.render_as_string(hide_password=False), actor=ACTOR)


def _lead(served) -> Principal:
    with served.owner() as owner:
        name, agency = owner.execute("SELECT member_name, member_agency_id FROM useraccount WHERE username = 'lan'"
                                     ).fetchone()
    return Principal(name="lan", role=Role.TEAM_LEAD, full_name="Lan", member_name=name, member_agency_id=agency,
                     user_id=None)


def _plan_and_criterion(database) -> tuple[int, int]:
    with database.session() as session:
        plan = session.exec(select(Plan).order_by(Plan.id)).first()
        criterion = session.exec(select(Criterion.id).where(Criterion.criteria_set_id == plan.criteria_set_id)
                                 .order_by(Criterion.number)).first()
    return plan.id, criterion


def test_a_team_leads_save_is_audited_once_in_the_history_and_marks_only_its_village(served):
    database = _open_as(served, "lan")
    try:
        plan_id, criterion_id = _plan_and_criterion(database)
        with database.session() as session:
            mark = newest_mark(session)
        with database.unit_of_work(_lead(served)) as uow:
            set_assessment(uow, plan_id=plan_id, village_id=served.own_village, criterion_id=criterion_id, year=2025,
                           status=CriterionStatus.MET, note="tổ trưởng ghi")
        with database.session() as session:
            since = changes_since(session, mark)
            rows = history(session, HistoryFilter(village_id=served.own_village))
            events = list(session.exec(select(AuditEvent).where(AuditEvent.id > mark.id)))
    finally:
        database.close()
    assert since.villages == {served.own_village} and not since.layout
    server_rows = [event for event in events if event.field.startswith(SERVER_FIELD)]
    program_rows = [event for event in events if not event.field.startswith(SERVER_FIELD)]
    assert server_rows and program_rows
    assert all(f"LangMoi {platform.node()}"[:63] in event.context for event in server_rows)  # the PC
    assert {event.actor for event in events} == {"lan"}
    assert len({event.at for event in events}) == 1  # the server's time of the one transaction
    assert [row.who for row in rows] == ["Lan (lan)"] * len(program_rows)
    assert {row.event_id for row in rows} == {event.id for event in program_rows}


@pytest.mark.parametrize("username", ["lan", "xem"])
def test_the_use_cases_refuse_first_in_vietnamese_and_the_refusal_names_the_account(served, username):
    principal = _lead(served) if username == "lan" else Principal(name="xem", role=Role.VIEWER, full_name="Xem")
    database = _open_as(served, username)
    try:
        plan_id, criterion_id = _plan_and_criterion(database)
        with pytest.raises(Forbidden, match="Chưa làm"), database.unit_of_work(principal) as uow:
            set_assessment(uow, plan_id=plan_id, village_id=served.other_village, criterion_id=criterion_id,
                           year=2025, status=CriterionStatus.MET)
        with pytest.raises(Forbidden, match="Chưa làm"), database.unit_of_work(principal) as uow:
            save_record(uow, kind="visits", plan_id=plan_id, village_id=served.other_village,
                        values={"people": "Tổ", "activities": "Khảo sát", "day": date(2025, 1, 2)})
        with database.session() as session:
            refusals = list(session.exec(select(AuditEvent.actor).where(AuditEvent.entity == "refusal")))
    finally:
        database.close()
    assert refusals == [username, username]


def test_a_change_made_with_psql_is_read_in_the_history_from_the_servers_row(served):
    with served.as_account("lan") as lead:
        lead.execute("UPDATE assessment SET note = 'sửa bằng psql' WHERE year = 2030 AND village_id = %s",
                     (served.own_village,))
    database = _open_as(served, "xem")
    try:
        with database.session() as session:
            rows = history(session, HistoryFilter(village_id=served.own_village))
    finally:
        database.close()
    newest = rows[0]
    assert (newest.who, newest.entity, newest.field_name) == ("Lan (lan)", "assessment", "(máy chủ) UPDATE")
    assert "sửa bằng psql" in newest.new and login_role(served.name, "lan") in newest.note
