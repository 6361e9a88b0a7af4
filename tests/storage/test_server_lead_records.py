"""A team lead's dated records and records' files on the shared server (storage/server_policies.lead_scope): a visit,
a resource, a difficulty or an initiative only on a day or in a year of a plan in which the account leads the
village (here "lan" leads its village in the 2023–2025 plan and in the 2026–2030 one carrying it on: 2023–2030),
and a file only to a record of the file's own village. Tried by raw SQL as each account, through the program signed
in as the lead, and on a server whose policies were installed before the rule, upgraded by setup-server."""

from datetime import date

import psycopg
import pytest
from psycopg import sql
from sqlalchemy.engine import make_url

from domain.access import Forbidden
from domain.attaching import attach_file
from domain.attachments import AttachTarget
from domain.recording import save_record
from domain.vocabulary import Role
from storage.database import open_database
from storage.server_accounts import group_role, login_role
from storage.server_roles import setup_server
from tests.conftest import ACTOR
from tests.evidence import pdf_bytes
from tests.storage.served import (
    PASSWORD,
    ServerDatabase,
    lead_principal,
    refused,
    served_database,  # noqa: F401  (the fixture `served`)
)

DIGEST = "e" * 64
DATED = {
    "visit": ("INSERT INTO visit (village_id, day, people, activities, agreed, version) "
              "VALUES (%s, %s, 'Tổ', 'Khảo sát', '', 1) RETURNING id"),
    "contribution": ("INSERT INTO contribution (village_id, day, source_kind, source_name, kind, amount, purpose, "
                     "version) VALUES (%s, %s, 'person', 'Ông A', 'workdays', 5, '', 1) RETURNING id"),
    "concern": ("INSERT INTO concern (village_id, raised_on, text, forwarded_to, status, resolution, version) "
                "VALUES (%s, %s, 'Đường hỏng', '', 'open', '', 1) RETURNING id"),
    "initiative": ("INSERT INTO initiative (village_id, title, year, status, note, version) "
                   "VALUES (%s, 'Làm đường', extract(year FROM %s::date)::integer, 'planned', '', 1) RETURNING id"),
}
DAY = {"visit": "day", "contribution": "day", "concern": "raised_on", "initiative": "year"}
YEAR_OF = {table: column if column == "year" else f"extract(year FROM {column})::integer"
           for table, column in DAY.items()}
MOVED_OUT = {table: "2022" if column == "year" else "'2022-06-01'" for table, column in DAY.items()}
FILE = ("INSERT INTO attachment (village_id, year, record_table, record_id, name, media_type, size, sha256, added_by, "
        f"added_at) VALUES (%s, %s, %s, %s, 'Biên bản.pdf', 'application/pdf', 10, '{DIGEST}', 'lan', now())")
BEFORE, INSIDE, LATER, AFTER = date(2022, 6, 1), date(2024, 6, 1), date(2026, 3, 2), date(2031, 6, 1)


def _scalar(connection: psycopg.Connection, statement: str, *values) -> object:
    return connection.execute(statement, values).fetchone()[0]


def _outside_rows(served: ServerDatabase) -> dict[str, int]:
    """A record of each dated kind in lan's village dated 2022, before both plans, written by the owner."""
    with served.owner() as owner:
        return {table: _scalar(owner, statement, served.own_village, BEFORE) for table, statement in DATED.items()}


@pytest.mark.parametrize("table", sorted(DATED))
def test_a_lead_writes_a_dated_record_in_its_plans_years_only_and_the_secretariat_any(served, table):
    outside = _outside_rows(served)[table]
    moved = f"UPDATE {table} SET {DAY[table]} = {MOVED_OUT[table]} WHERE id = %s"
    with served.as_account("lan") as lead:
        assert refused(lead, DATED[table], served.own_village, BEFORE)
        assert refused(lead, DATED[table], served.own_village, AFTER)
        own = _scalar(lead, DATED[table], served.own_village, INSIDE)
        assert refused(lead, moved, own)  # moved out of the plans' years
        assert lead.execute(f"UPDATE {table} SET version = version + 1 WHERE id = %s", (outside,)).rowcount == 0
        assert lead.execute(f"DELETE FROM {table} WHERE id = %s", (outside,)).rowcount == 0
    with served.as_account("chanh") as secretariat:
        secretariat.execute(DATED[table], (served.own_village, BEFORE))
        assert secretariat.execute(f"UPDATE {table} SET version = version + 1 WHERE id = %s", (own,)).rowcount == 1
        secretariat.execute(moved, (own,))
    with served.owner() as owner:
        years = [_scalar(owner, f"SELECT {YEAR_OF[table]} FROM {table} WHERE id = %s", row) for row in (own, outside)]
        count = _scalar(owner, f"SELECT count(*) FROM {table} WHERE village_id = %s AND {YEAR_OF[table]} = 2022",
                        served.own_village)
    assert years == [2022, 2022]
    assert count == 3  # the owner's, the secretariat's, the one the secretariat moved


def test_a_lead_follows_up_a_difficulty_raised_in_its_plans_years_only(served):
    outside = _outside_rows(served)["concern"]
    follow_up = "UPDATE concern SET status = 'forwarded', forwarded_to = 'UBND xã' WHERE id = %s"
    with served.as_account("lan") as lead:
        inside = _scalar(lead, DATED["concern"], served.own_village, INSIDE)
        assert lead.execute(follow_up, (outside,)).rowcount == 0
        assert lead.execute(follow_up, (inside,)).rowcount == 1
    with served.owner() as owner:
        statuses = dict(owner.execute("SELECT id, status FROM concern WHERE id IN (%s, %s)", (outside, inside)))
    assert statuses == {outside: "open", inside: "forwarded"}


def test_a_lead_links_a_file_only_to_a_record_of_the_files_own_village(served):
    with served.owner() as owner:
        owner.execute("INSERT INTO filecontent (sha256, size, media_type, chunks, stored_at) "
                      "VALUES (%s, 10, 'application/pdf', 0, now())", (DIGEST,))
        others = _scalar(owner, DATED["visit"], served.other_village, INSIDE)
        other_contact = _scalar(owner, "INSERT INTO villagecontact (village_id, full_name, role, phone, note, version) "
                                       "VALUES (%s, 'Già làng B', 'elder', '', '', 1) RETURNING id",
                                served.other_village)
    outside = _outside_rows(served)["visit"]
    with served.as_account("lan") as lead:
        own = _scalar(lead, DATED["visit"], served.own_village, INSIDE)
        assert refused(lead, FILE, served.own_village, 2024, "visit", others)  # another village's visit
        assert refused(lead, FILE, served.own_village, 2024, "villagecontact", other_contact)
        assert refused(lead, FILE, served.own_village, 2024, "visit", 987654)  # no such record
        assert refused(lead, FILE, served.own_village, 2024, "plan", own)  # not a record's table
        assert refused(lead, FILE, served.own_village, 2022, "visit", outside)  # a record outside its plans' years
        assert refused(lead, FILE, served.own_village, 2025, "visit", own)  # not its record's year (the lock's)
        linked = _scalar(lead, FILE + " RETURNING id", served.own_village, 2024, "visit", own)
        assert refused(lead, "UPDATE attachment SET record_id = %s WHERE id = %s", others, linked)
    with served.as_account("chanh") as secretariat:
        secretariat.execute(FILE, (served.own_village, 2022, "visit", outside))
    with served.owner() as owner:
        rows = owner.execute("SELECT record_id FROM attachment WHERE sha256 = %s ORDER BY id", (DIGEST,)).fetchall()
    assert rows == [(own,), (outside,)]


def test_the_program_refuses_a_lead_a_visit_outside_every_plan_it_leads_the_village_in_in_vietnamese(served):
    url = make_url(served.url).set(username=login_role(served.name, "lan"), password=PASSWORD)
    database = open_database(url.render_as_string(hide_password=False), actor=ACTOR)
    with served.owner() as owner:
        village = _scalar(owner, "SELECT name FROM village WHERE id = %s", served.own_village)
    values = {"day": BEFORE, "people": "Tổ hỗ trợ", "activities": "Khảo sát"}
    try:
        with pytest.raises(Forbidden) as said, database.unit_of_work(lead_principal(served)) as uow:
            save_record(uow, kind="visits", plan_id=served.first_plan, village_id=served.own_village, values=values)
        assert str(said.value) == (
            f"Chưa làm: tổ trưởng chỉ ghi được bản ghi của thôn (làng) {village} trong các năm của kế hoạch mình phụ "
            "trách (2023–2025, 2026–2030); ngày 01/06/2022 nằm ngoài. Tài khoản “Lan” có vai trò Tổ trưởng tổ hỗ trợ.")
        for day in (INSIDE, LATER):  # a day of the plan worked in, and of the other plan lan leads the village in
            with database.unit_of_work(lead_principal(served)) as uow:
                save_record(uow, kind="visits", plan_id=served.first_plan, village_id=served.own_village,
                            values={**values, "day": day})
    finally:
        database.close()
    with served.owner() as owner:
        days = [row[0] for row in owner.execute("SELECT day FROM visit WHERE village_id = %s AND day IN (%s, %s, %s) "
                                                "ORDER BY day", (served.own_village, BEFORE, INSIDE, LATER))]
    assert days == [INSIDE, LATER]


def test_through_the_program_a_leads_record_file_follows_its_record_to_another_day(served):
    url = make_url(served.url).set(username=login_role(served.name, "lan"), password=PASSWORD)
    database = open_database(url.render_as_string(hide_password=False), actor=ACTOR)
    values = {"day": INSIDE, "people": "Tổ hỗ trợ", "activities": "Khảo sát"}
    lead = lead_principal(served)
    try:
        with database.unit_of_work(lead) as uow:
            visit = save_record(uow, kind="visits", plan_id=served.first_plan, village_id=served.own_village,
                                values=values)
        with database.unit_of_work(lead) as uow:
            attach_file(uow, plan_id=served.first_plan, target=AttachTarget.of_record(served.own_village, "visits",
                                                                                      visit),
                        name="Biên bản.pdf", content=pdf_bytes())
        with database.unit_of_work(lead) as uow:
            save_record(uow, kind="visits", plan_id=served.first_plan, village_id=served.own_village,
                        values={**values, "day": date(2025, 2, 3)}, record_id=visit)
    finally:
        database.close()
    with served.owner() as owner:
        assert owner.execute("SELECT year FROM attachment WHERE record_table = 'visit' AND record_id = %s",
                             (visit,)).fetchall() == [(2025,)]


def test_setup_server_upgrades_a_server_whose_lead_policy_took_a_record_of_any_day_and_a_file_of_any_record(served):
    outside = _outside_rows(served)["visit"]
    with served.owner() as owner:
        others = _scalar(owner, DATED["visit"], served.other_village, INSIDE)
        owner.execute("INSERT INTO filecontent (sha256, size, media_type, chunks, stored_at) "
                      "VALUES (%s, 10, 'application/pdf', 0, now())", (DIGEST,))
    lead_group = sql.Identifier(group_role(served.name, Role.TEAM_LEAD))
    earlier = ("EXISTS (SELECT 1 FROM teammember m JOIN supportteam t ON t.id = m.team_id AND m.role = 'leader' "
               "JOIN useraccount a ON a.member_name = m.full_name AND a.username = 'lan' "
               "WHERE t.village_id = {}.village_id)")
    with served.owner() as owner:  # the policies as the earlier setup-server installed them
        for table in ("visit", "attachment"):
            owner.execute(sql.SQL("DROP POLICY langmoi_team_lead ON {}").format(sql.Identifier(table)))
            owner.execute(sql.SQL("CREATE POLICY langmoi_team_lead ON {} FOR ALL TO {} USING (" + earlier.format(table)
                                  + ") WITH CHECK (" + earlier.format(table) + ")").format(sql.Identifier(table),
                                                                                          lead_group))
    change = "UPDATE visit SET people = 'psql' WHERE id = %s"
    with served.as_account("lan") as lead:
        assert lead.execute(change, (outside,)).rowcount == 1  # the gaps
        lead.execute(FILE, (served.own_village, 2024, "visit", others))
    setup_server(served.url, actor=ACTOR)
    with served.as_account("lan") as lead:
        assert lead.execute(change, (outside,)).rowcount == 0
        assert refused(lead, FILE, served.own_village, 2024, "visit", others)
