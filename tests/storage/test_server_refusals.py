"""On the shared server, a connection lost in the middle of a unit of work (its backend ended by the administrator,
as when the server restarts) and a privilege the account lacks reach a person as a Vietnamese refusal with nothing
written, and the next save works on a new connection."""

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlmodel import select

from domain.assessing import set_assessment
from domain.criteria import Assessment, CriterionStatus
from domain.plans import create_plan, list_plans
from exports.summary_export import export_summary
from storage.database import make_engine, open_database
from storage.server_refusals import ConnectionLost, NotPermitted
from storage.server_roles import grant_application_role
from tests.builders import small_plan_draft
from tests.conftest import ACTOR, OFFICER
from tests.storage.tcp_relay import Relay
from tests.storage.test_server_roles import application_role

ON_THE_SERVER = pytest.mark.parametrize("backend", ["postgresql"])


def _shown(database) -> str:
    return make_url(database.url).render_as_string(hide_password=True)


def _server_restarts(server, database) -> None:
    """Every backend of the database ended, as a restart does (waiting up to 5 s for each to be gone)."""
    with server.admin.connect() as connection:
        connection.execute(text("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE datname = :name"),
                           {"name": make_url(database.url).database})


def _plan_codes(database) -> list[str]:
    with database.session() as session:
        return [plan.code for plan in list_plans(session)]


@ON_THE_SERVER
def test_a_connection_lost_during_a_save_is_said_and_the_next_save_reconnects(empty_database, postgresql_server):
    with pytest.raises(ConnectionLost) as refused, empty_database.unit_of_work(OFFICER) as uow:
        assert list_plans(uow.session) == []  # the unit of work has its connection
        _server_restarts(postgresql_server, empty_database)
        create_plan(uow, draft=small_plan_draft())
    assert str(refused.value) == (f"Mất kết nối tới máy chủ cơ sở dữ liệu “{_shown(empty_database)}”: thay đổi chưa "
                                  "được ghi. Kiểm tra mạng rồi thử lại.")

    with empty_database.unit_of_work(OFFICER) as uow:
        create_plan(uow, draft=small_plan_draft())
    assert _plan_codes(empty_database) == ["1-KH/TEST"]


@ON_THE_SERVER
def test_an_export_that_loses_its_connection_is_said_and_writes_no_file(database, postgresql_server, tmp_path):
    with database.session() as session:
        plan = list_plans(session)[0]
    statements = []

    def restart_at_the_third(*_args) -> None:
        statements.append(1)
        if len(statements) == 3:
            _server_restarts(postgresql_server, database)

    event.listen(database.engine, "before_cursor_execute", restart_at_the_third)
    target = tmp_path / "tong_hop.xlsx"
    with pytest.raises(ConnectionLost) as refused:
        export_summary(database.session, plan_id=plan.id, year=plan.last_year, target=target)
    assert str(refused.value) == (f"Mất kết nối tới máy chủ cơ sở dữ liệu “{_shown(database)}”: thay đổi chưa "
                                  "được ghi. Kiểm tra mạng rồi thử lại.")
    assert list(tmp_path.iterdir()) == []

    event.remove(database.engine, "before_cursor_execute", restart_at_the_third)
    assert export_summary(database.session, plan_id=plan.id, year=plan.last_year, target=target) == target
    assert target.stat().st_size > 0


@ON_THE_SERVER
def test_a_network_cut_is_said_while_it_lasts_and_the_first_save_after_it_works(new_database_url):
    server = make_url(new_database_url("empty"))
    relay = Relay((server.host, server.port or 5432))
    try:
        url = server.set(host="127.0.0.1", port=relay.port).render_as_string(hide_password=False)
        database = open_database(url, actor=ACTOR)
        try:
            lost = (f"Mất kết nối tới máy chủ cơ sở dữ liệu “{_shown(database)}”: thay đổi chưa được ghi. Kiểm tra "
                    "mạng rồi thử lại.")
            with pytest.raises(ConnectionLost) as refused, database.unit_of_work(OFFICER) as uow:
                assert list_plans(uow.session) == []
                relay.cut()  # the connection breaks
                create_plan(uow, draft=small_plan_draft())
            assert str(refused.value) == lost
            with pytest.raises(ConnectionLost) as refused, database.unit_of_work(OFFICER) as uow:
                create_plan(uow, draft=small_plan_draft())  # a new connection is refused
            assert str(refused.value) == lost

            relay.plug_in()
            with database.unit_of_work(OFFICER) as uow:
                create_plan(uow, draft=small_plan_draft())
            assert _plan_codes(database) == ["1-KH/TEST"]
        finally:
            database.close()
    finally:
        relay.cut()


@ON_THE_SERVER
def test_a_server_restarted_between_two_units_of_work_is_not_even_noticed(empty_database, postgresql_server):
    assert _plan_codes(empty_database) == []  # a connection now idle in the pool
    _server_restarts(postgresql_server, empty_database)
    with empty_database.unit_of_work(OFFICER) as uow:  # the pool's ping finds it dead and connects again
        create_plan(uow, draft=small_plan_draft())
    assert _plan_codes(empty_database) == ["1-KH/TEST"]


@ON_THE_SERVER
def test_a_connection_lost_at_commit_says_the_change_may_be_missing(empty_database, postgresql_server):
    event.listen(empty_database.engine, "commit", lambda _connection: _server_restarts(postgresql_server,
                                                                                       empty_database), once=True)
    with pytest.raises(ConnectionLost) as refused, empty_database.unit_of_work(OFFICER) as uow:
        create_plan(uow, draft=small_plan_draft())  # everything sent; then COMMIT meets the connection ended
    assert str(refused.value) == (
        f"Mất kết nối tới máy chủ cơ sở dữ liệu “{_shown(empty_database)}” lúc kết thúc giao dịch: thay đổi có thể "
        "chưa được ghi. Kiểm tra mạng, xem lại dữ liệu rồi làm lại nếu thiếu.")
    assert _plan_codes(empty_database) == []  # here the server had not committed: the whole plan is missing

    with empty_database.unit_of_work(OFFICER) as uow:
        create_plan(uow, draft=small_plan_draft())
    assert _plan_codes(empty_database) == ["1-KH/TEST"]


def test_an_account_without_a_grant_is_told_so_and_saves_once_granted(postgresql_server):
    with application_role(postgresql_server) as role:
        owner = role.database("sample")
        owner_engine = make_engine(owner)
        try:
            grant_application_role(owner_engine, role.name)
            with owner_engine.begin() as connection:
                connection.execute(text(f'REVOKE UPDATE ON assessment FROM "{role.name}"'))
            database = open_database(role.url(owner), actor=ACTOR)
            try:
                with database.session() as session:
                    plan = list_plans(session)[0]
                    assessment = session.exec(select(Assessment).where(
                        Assessment.year == plan.last_year, Assessment.status != CriterionStatus.MET)).first()

                def save() -> None:
                    with database.unit_of_work(OFFICER) as uow:
                        set_assessment(uow, plan_id=plan.id, village_id=assessment.village_id,
                                       criterion_id=assessment.criterion_id, year=assessment.year,
                                       status=CriterionStatus.MET, evidence="Biên bản ngày 12/11")

                with pytest.raises(NotPermitted) as refused:
                    save()
                assert str(refused.value) == (
                    f"Tài khoản “{role.name}” không có quyền ghi vào bảng “assessment” trên cơ sở dữ liệu "
                    f"“{_shown(database)}”: chưa ghi gì. Người quản trị (chủ sở hữu cơ sở dữ liệu) cấp quyền cho tài "
                    f"khoản này bằng lệnh setup-server --app-role {role.name}.")
                with database.session() as session:
                    assert session.get(Assessment, assessment.id).status == assessment.status

                grant_application_role(owner_engine, role.name)
                save()
                with database.session() as session:
                    assert session.get(Assessment, assessment.id).status == CriterionStatus.MET
            finally:
                database.close()
        finally:
            owner_engine.dispose()
