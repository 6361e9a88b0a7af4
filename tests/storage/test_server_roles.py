"""The application's role on a shared PostgreSQL server: it reads and writes the plan, may only read and add to the
audit trail, and is told to ask the administrator when the schema needs an upgrade it may not run."""

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from alembic import command
from psycopg.errors import InsufficientPrivilege
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError
from sqlmodel import select

from domain.assessing import set_assessment
from domain.audit import AuditEvent
from domain.criteria import Assessment, CriterionStatus
from domain.plans import list_plans
from domain.progress import plan_progress
from domain.schema import metadata
from storage import migrate
from storage.copy_database import table_digest
from storage.database import make_engine, open_database
from storage.errors import StorageError
from storage.schema_version import SCHEMA_REVISION, stored_revision
from storage.server_policies import NOT_AUDITED
from storage.server_roles import grant_application_role, setup_server
from tests.backends import PostgresServer
from tests.conftest import ACTOR, OFFICER

AUDIT = metadata.tables["auditevent"]


class ApplicationRole:
    """A login role of its own for one test, and the databases made for it (dropped before the role)."""

    def __init__(self, server: PostgresServer) -> None:
        self.server = server
        self.name = f"lmtest_app_{uuid.uuid4().hex[:10]}"
        self.password = uuid.uuid4().hex
        self.databases: list[str] = []

    def database(self, kind: str) -> str:
        """A new database on the server, as its owner (the test server's superuser) sees it."""
        self.databases.append(self.server.create(kind))
        return self.databases[-1]

    def url(self, database: str) -> str:
        """The same database, as the PCs reach it: logged in as this role."""
        return make_url(database).set(username=self.name, password=self.password).render_as_string(
            hide_password=False)


def _as_admin(server: PostgresServer, statement: str) -> None:
    with server.admin.connect() as connection:
        connection.execute(text(statement))


@contextmanager
def application_role(server: PostgresServer) -> Iterator[ApplicationRole]:
    role = ApplicationRole(server)
    _as_admin(server, f"CREATE ROLE \"{role.name}\" LOGIN PASSWORD '{role.password}'")
    try:
        yield role
    finally:
        for database in role.databases:
            server.drop(database)
        _as_admin(server, f'DROP OWNED BY "{role.name}"')
        _as_admin(server, f'DROP ROLE "{role.name}"')


@contextmanager
def engine_of(url: str) -> Iterator[Engine]:
    engine = make_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()


@pytest.fixture
def role(postgresql_server) -> Iterator[ApplicationRole]:
    with application_role(postgresql_server) as made:
        yield made


def migrate_to(url: str, revision: str) -> None:
    """Bring a bare database to an older schema, as an earlier version of the program left it."""
    config = migrate.alembic_config()
    with engine_of(url) as engine, engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _granted(owner_url: str, role: str) -> dict[str, set[str]]:
    """What the role may do to each table, as PostgreSQL answers it (PUBLIC's privileges included)."""
    kinds = ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE")
    with engine_of(owner_url) as engine, engine.connect() as connection:
        names = connection.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars()
        granted = {name: {kind for kind in kinds if connection.execute(
            text("SELECT has_table_privilege(:role, :table, :kind)"),
            {"role": role, "table": f'public."{name}"', "kind": kind}).scalar()} for name in names}
        sequences = connection.execute(text(
            "SELECT bool_and(has_sequence_privilege(:role, c.oid, 'USAGE') AND has_sequence_privilege(:role, c.oid, "
            "'SELECT')), count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind = 'S'"), {"role": role}).one()
        granted["(mọi sequence: USAGE và SELECT, số sequence)"] = {str(tuple(sequences))}
        granted["(cơ sở dữ liệu)"] = {"CONNECT"} if connection.execute(
            text("SELECT has_database_privilege(:role, current_database(), 'CONNECT')"), {"role": role}).scalar() \
            else set()
    return granted


def test_the_application_role_reads_the_plan_and_saves_an_assessment_with_its_audit_event(role):
    owner = role.database("sample")
    with engine_of(owner) as owner_engine:
        grant_application_role(owner_engine, role.name)

    database = open_database(role.url(owner), actor=ACTOR)
    try:
        with database.session() as session:
            plan = list_plans(session)[0]
            assert plan_progress(session, plan, plan.last_year).plan.villages == 57
            assessment = session.exec(select(Assessment).where(Assessment.year == plan.last_year,
                                                               Assessment.status != CriterionStatus.MET)).first()
            events_before = len(session.exec(select(AuditEvent)).all())
        with database.unit_of_work(OFFICER) as uow:
            set_assessment(uow, plan_id=plan.id, village_id=assessment.village_id,
                           criterion_id=assessment.criterion_id, year=assessment.year, status=CriterionStatus.MET,
                           evidence="Biên bản rà soát của xã ngày 12/11")
        with database.session() as session:
            saved = session.get(Assessment, assessment.id)
            events = session.exec(select(AuditEvent).order_by(AuditEvent.id)).all()
    finally:
        database.close()
    evidence = "Biên bản rà soát của xã ngày 12/11"
    assert (saved.status, saved.evidence) == (CriterionStatus.MET, evidence)
    assert [(e.actor, e.entity_id, e.field, e.new_value) for e in events[events_before:]] == [
        (ACTOR, assessment.id, "status", "met"), (ACTOR, assessment.id, "evidence", evidence)]


def test_the_application_role_cannot_change_or_erase_the_audit_trail(role):
    owner = role.database("sample")
    with engine_of(owner) as owner_engine, owner_engine.connect() as connection:
        grant_application_role(owner_engine, role.name)
        before = table_digest(connection, AUDIT)
    assert before.rows > 0

    with engine_of(role.url(owner)) as app:
        for statement in ("UPDATE auditevent SET actor = 'ai đó', new_value = 'đã sửa'", "DELETE FROM auditevent",
                          "TRUNCATE auditevent"):
            with app.begin() as connection, pytest.raises(ProgrammingError) as refused:
                connection.execute(text(statement))
            assert isinstance(refused.value.orig, InsufficientPrivilege), statement
        with app.begin() as connection:  # the same role may change the plan's own tables
            assert connection.execute(text("UPDATE assessment SET note = note")).rowcount > 0
    with engine_of(owner) as owner_engine, owner_engine.connect() as connection:
        assert table_digest(connection, AUDIT) == before


def test_granting_twice_gives_exactly_the_application_privileges_and_takes_back_extra_ones(role):
    owner = role.database("empty")
    with engine_of(owner) as owner_engine:
        with owner_engine.begin() as connection:  # what a careless earlier setup may have left
            connection.execute(text("GRANT UPDATE ON auditevent TO PUBLIC"))
            connection.execute(text(f'GRANT ALL ON auditevent, alembic_version TO "{role.name}"'))
        grant_application_role(owner_engine, role.name)
        grant_application_role(owner_engine, role.name)

    granted = _granted(owner, role.name)
    read_write = {"SELECT", "INSERT", "UPDATE", "DELETE"}
    serial_ids = sum(1 for table in metadata.sorted_tables if "id" in table.c)
    assert serial_ids > 10
    assert granted == {**{table.name: read_write for table in metadata.sorted_tables},
                       "auditevent": {"SELECT", "INSERT"}, "alembic_version": {"SELECT"},
                       "(mọi sequence: USAGE và SELECT, số sequence)": {str((True, serial_ids))},
                       "(cơ sở dữ liệu)": {"CONNECT"}}


def test_a_role_whose_name_needs_quoting_is_granted_as_named(postgresql_server):
    name = 'Làng Mới: app%"x'
    quoted = '"' + name.replace('"', '""') + '"'
    url = postgresql_server.create("empty")
    _as_admin(postgresql_server, f"CREATE ROLE {quoted}")
    try:
        with engine_of(url) as engine:
            grant_application_role(engine, name)
        assert _granted(url, name)["auditevent"] == {"SELECT", "INSERT"}
    finally:
        postgresql_server.drop(url)
        _as_admin(postgresql_server, f"DROP OWNED BY {quoted}")
        _as_admin(postgresql_server, f"DROP ROLE {quoted}")


def test_an_unknown_role_is_refused_before_anything_is_granted(postgresql_server):
    url = postgresql_server.create("empty")
    try:
        with engine_of(url) as engine, pytest.raises(StorageError) as refused:
            grant_application_role(engine, "khong_co_vai_tro_nay")
        assert str(refused.value) == ("Trên máy chủ không có vai trò “khong_co_vai_tro_nay”; người quản trị tạo nó "
                                      "trước (CREATE ROLE … LOGIN PASSWORD …) rồi chạy lại.")
    finally:
        postgresql_server.drop(url)


def test_an_sqlite_file_has_no_roles(tmp_path):
    path = tmp_path / "mot_may.sqlite3"
    with pytest.raises(StorageError, match="không phải cơ sở dữ liệu PostgreSQL"):
        setup_server(f"sqlite:///{path}", "langmoi_app", actor=ACTOR)
    assert not path.exists()


def test_the_application_role_on_an_older_schema_is_sent_to_the_administrator(role):
    owner = role.database("bare")
    migrate_to(owner, "0003")
    with engine_of(owner) as owner_engine:
        grant_application_role(owner_engine, role.name)

    with pytest.raises(StorageError) as refused:
        open_database(role.url(owner), actor=ACTOR)

    shown = make_url(role.url(owner)).render_as_string(hide_password=True)
    assert str(refused.value) == (
        f"Cơ sở dữ liệu “{shown}” có lược đồ phiên bản 0003, cũ hơn phiên bản {SCHEMA_REVISION} chương trình này cần, "
        f"và tài khoản “{role.name}” không có quyền nâng cấp. Người quản trị (chủ sở hữu cơ sở dữ liệu) cần chạy: "
        f"uv run main.py --db postgresql+psycopg://CHỦ_SỞ_HỮU@MÁY_CHỦ/TÊN_CSDL setup-server --app-role {role.name}")
    assert role.password not in str(refused.value)
    with engine_of(owner) as owner_engine:
        assert stored_revision(owner_engine) == "0003"  # nothing half-done

    done = setup_server(owner, role.name, actor=ACTOR)
    assert (done.before, done.after) == ("0003", SCHEMA_REVISION)
    open_database(role.url(owner), actor=ACTOR).close()


def test_the_application_role_on_a_database_never_set_up_is_sent_to_the_administrator(role):
    owner = role.database("bare")
    with pytest.raises(StorageError, match=f"chưa cấp quyền cho tài khoản “{role.name}”.*setup-server --app-role"):
        open_database(role.url(owner), actor=ACTOR)
    with engine_of(owner) as engine:
        assert stored_revision(engine) is None


def test_setup_server_without_an_application_role_installs_the_accounts_rules_twice_alike(postgresql_server):
    owner = postgresql_server.create("bare")
    try:
        for _ in range(2):
            done = setup_server(owner, actor=ACTOR)
            assert done.role is None and done.after == SCHEMA_REVISION
        with engine_of(owner) as engine, engine.connect() as connection:
            triggers = connection.execute(text("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'langmoi_audit%'"
                                               )).scalar()
            policies = connection.execute(text("SELECT count(*) FROM pg_policies")).scalar()
            tables = len(metadata.tables)
    finally:
        postgresql_server.drop(owner)
        with postgresql_server.admin.connect() as connection:
            for name in ("langmoi_secretariat", "langmoi_team_lead", "langmoi_viewer"):
                connection.execute(text(f'DROP ROLE IF EXISTS "{name}@{make_url(owner).database}"'))
    assert triggers == 3 * (tables - len(NOT_AUDITED) + 1) + 1  # insert, update, delete per audited table (Alembic's
    # version is not in the models); the audit's own stamp
    assert policies == 3 * (8 + 1 + 2)  # read, secretariat, team lead on the checklist, the 7 kinds of records, the
    # attachments, and the reviews with their comments
