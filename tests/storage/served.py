"""A sample database on the test server set up for accounts (storage/server_policies.install), with a secretariat
("chanh"), a team lead of one village ("lan") and a viewer ("xem"), each a login role; dropped with its roles.

As the sample crossing the reform does, a second plan (2026–2030) carries the 2023–2025 plan's villages and teams on,
so that the team lead leads its village in both plans and rows of 2030 are the second plan's."""

from collections.abc import Iterator
from dataclasses import dataclass, field

import psycopg
import pytest
from psycopg import sql
from sqlalchemy.engine import make_url

from domain.access import Principal
from domain.vocabulary import Role
from storage.database import open_database
from storage.server_accounts import group_role, login_role
from storage.server_policies import install
from tests.backends import PostgresServer
from tests.conftest import ACTOR

PASSWORD = "mật khẩu thử 1"
TIMEOUT = "SET statement_timeout = '20s'"


@dataclass
class ServerDatabase:
    """A sample database set up for accounts, with a secretariat, a team lead of one village and a viewer."""

    server: PostgresServer
    url: str
    name: str
    own_village: int = 0
    other_village: int = 0
    first_plan: int = 0
    next_plan: int = 0
    """The 2026–2030 plan carrying on the 2023–2025 one (first_plan) with the same villages and teams."""
    roles: list[str] = field(default_factory=list)

    def owner(self) -> psycopg.Connection:
        return self._connect(self.server.admin_url.username, self.server.admin_url.password)

    def as_account(self, username: str) -> psycopg.Connection:
        return self._connect(login_role(self.name, username), PASSWORD)

    def _connect(self, user: str, password: str) -> psycopg.Connection:
        url = make_url(self.url)
        connection = psycopg.connect(host=url.host, port=url.port or 5432, dbname=self.name, user=user,
                                     password=password, autocommit=True, connect_timeout=10)
        connection.execute(TIMEOUT)
        return connection


def refused(connection: psycopg.Connection, statement: str, *values) -> bool:
    """True when the server refuses `statement` to the connection's role (a privilege or a row policy)."""
    try:
        connection.execute(statement, values)
    except psycopg.errors.InsufficientPrivilege:
        return True
    return False


def lead_principal(db: ServerDatabase) -> Principal:
    """The program's principal of the team lead "lan", as its sign-in makes it."""
    with db.owner() as owner:
        name, agency = owner.execute("SELECT member_name, member_agency_id FROM useraccount WHERE username = 'lan'"
                                     ).fetchone()
    return Principal(name="lan", role=Role.TEAM_LEAD, full_name="Lan", member_name=name, member_agency_id=agency)


def _scalar(connection: psycopg.Connection, statement: str, *values) -> object:
    row = connection.execute(statement, values).fetchone()
    return None if row is None else row[0]


def _carry_on(owner: psycopg.Connection) -> tuple[int, int]:
    """A 2026–2030 plan with the villages and support teams of the sample's 2023–2025 plan; both plans' ids."""
    first = _scalar(owner, "SELECT min(id) FROM plan")
    following = _scalar(owner, "INSERT INTO plan (code, title, issuer, place, issued_on, first_year, last_year, "
                               "criteria_set_id, is_sample, continues_plan_id) SELECT '25-KH/TU (THỬ)', "
                               "'Kế hoạch tiếp nối', issuer, place, '2026-01-15', 2026, 2030, criteria_set_id, false, "
                               "id FROM plan WHERE id = %s RETURNING id", first)
    owner.execute("INSERT INTO planvillage (plan_id, village_id) SELECT %s, village_id FROM planvillage "
                  "WHERE plan_id = %s", (following, first))
    owner.execute("INSERT INTO supportteam (plan_id, village_id) SELECT %s, village_id FROM supportteam "
                  "WHERE plan_id = %s", (following, first))
    owner.execute("INSERT INTO teammember (team_id, full_name, position, agency_id, role, phone) "
                  "SELECT n.id, m.full_name, m.position, m.agency_id, m.role, m.phone FROM teammember m "
                  "JOIN supportteam t ON t.id = m.team_id AND t.plan_id = %s "
                  "JOIN supportteam n ON n.plan_id = %s AND n.village_id = t.village_id", (first, following))
    return first, following


@pytest.fixture(name="served")
def served_database(postgresql_server: PostgresServer) -> Iterator[ServerDatabase]:
    url = postgresql_server.create("sample")
    db = ServerDatabase(postgresql_server, url, make_url(url).database)
    database = open_database(url, actor=ACTOR)
    try:
        with database.engine.begin() as connection:
            install(connection)
    finally:
        database.close()
    with db.owner() as owner:
        db.first_plan, db.next_plan = _carry_on(owner)
        lead_name, agency_id, village = owner.execute(
            "SELECT m.full_name, m.agency_id, t.village_id FROM teammember m JOIN supportteam t ON t.id = m.team_id "
            "WHERE m.role = 'leader' ORDER BY t.village_id LIMIT 1").fetchone()
        db.own_village = village
        db.other_village = _scalar(owner, "SELECT t.village_id FROM supportteam t WHERE NOT EXISTS (SELECT 1 FROM "
                                          "teammember m WHERE m.team_id = t.id AND m.role = 'leader' AND "
                                          "m.full_name = %s) ORDER BY t.village_id LIMIT 1", lead_name)
        criterion = _scalar(owner, "SELECT min(id) FROM criterion")
        for village_id in (db.own_village, db.other_village):
            owner.execute("INSERT INTO assessment (village_id, criterion_id, year, status, evidence, note, updated_by, "
                          "version) VALUES (%s, %s, 2030, 'not_met', '', '', '', 1)", (village_id, criterion))
        accounts = (("chanh", Role.SECRETARIAT, "", None), ("lan", Role.TEAM_LEAD, lead_name, agency_id),
                    ("xem", Role.VIEWER, "", None))
        for username, role, member, agency in accounts:
            owner.execute("INSERT INTO useraccount (username, full_name, role, password_hash, active, member_name, "
                          "member_agency_id, created_at, version, failed_sign_ins, must_change_password) VALUES "
                          "(%s, %s, %s, '', true, %s, %s, now(), 1, 0, false)",
                          (username, username.title(), role.value, member, agency))
            name = login_role(db.name, username)
            owner.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                sql.Identifier(name), sql.Literal(PASSWORD), sql.Identifier(group_role(db.name, role))))
            db.roles.append(name)
    try:
        yield db
    finally:
        postgresql_server.drop(url)
        with postgresql_server.admin.connect() as connection:
            cursor = connection.connection.driver_connection.cursor()
            for name in [*db.roles, *(group_role(db.name, role) for role in Role)]:
                cursor.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))
