"""The shared server enforces the roles itself: tried through raw SQL as each account's login role, as anyone with
psql could, not through the program's use cases (storage/server_policies.py, installed by setup-server)."""

import psycopg
import pytest

from domain.vocabulary import Role
from storage.server_accounts import group_role, login_role
from storage.server_policies import VILLAGE_WORK
from tests.storage.served import refused, served_database  # noqa: F401  (the fixture `served`)


def _scalar(connection: psycopg.Connection, statement: str, *values) -> object:
    row = connection.execute(statement, values).fetchone()
    return None if row is None else row[0]


def _tables(connection: psycopg.Connection) -> dict[str, str]:
    """Every table of the schema, with one of its columns."""
    return dict(connection.execute(
        "SELECT table_name, min(column_name) FROM information_schema.columns WHERE table_schema = 'public' "
        "GROUP BY table_name ORDER BY table_name"))


def test_the_viewer_writes_nothing_and_its_audit_rows_name_it_whatever_they_claim(served):
    with served.as_account("xem") as viewer:
        tables = _tables(viewer)
        assert _scalar(viewer, "SELECT count(*) FROM village") > 0  # it reads
        assert len(tables) > 20
        for table, column in tables.items():
            assert refused(viewer, f'UPDATE "{table}" SET "{column}" = "{column}"'), table
            assert refused(viewer, f'DELETE FROM "{table}"'), table
            assert refused(viewer, f'TRUNCATE "{table}"'), table
        assert refused(viewer, "INSERT INTO agency (name, kind) VALUES ('X', 'mass')")
        viewer.execute("INSERT INTO auditevent (at, actor, entity, field, context) "
                       "VALUES ('2000-01-01', 'chanh', 'plan', 'x', 'giả')")
        row = viewer.execute("SELECT actor, at > now() - interval '1 hour' FROM auditevent WHERE context = 'giả'"
                             ).fetchone()
    assert row == ("xem", True)


def test_a_team_lead_changes_their_own_villages_work_and_nothing_else(served):
    with served.as_account("lan") as lead:
        own = lead.execute("UPDATE assessment SET status = 'met' WHERE year = 2030 AND village_id = %s",
                           (served.own_village,))
        assert own.rowcount == 1
        other = lead.execute("UPDATE assessment SET status = 'met' WHERE year = 2030 AND village_id = %s",
                             (served.other_village,))
        assert other.rowcount == 0
        for table in VILLAGE_WORK:  # the checklist and every kind of record
            assert lead.execute(f"DELETE FROM {table} WHERE village_id = %s", (served.other_village,)).rowcount == 0
        visit = ("INSERT INTO visit (village_id, day, people, activities, agreed, version) "
                 "VALUES (%s, '2030-01-02', 'Tổ', 'Khảo sát', '', 1) RETURNING id")
        visit_id = _scalar(lead, visit, served.own_village)
        assert visit_id is not None
        assert refused(lead, visit, served.other_village)  # "new row violates row-level security policy"
        assert refused(lead, "UPDATE visit SET village_id = %s WHERE id = %s", served.other_village, visit_id)
        assert refused(lead, "UPDATE useraccount SET role = 'secretariat' WHERE username = 'lan'")
        assert refused(lead, "UPDATE useraccount SET password_hash = 'x' WHERE username = 'chanh'")
        assert refused(lead, "UPDATE plan SET title = 'x'")
        assert refused(lead, "DELETE FROM teammember")
        assert refused(lead, "SELECT public.langmoi_create_login('lan2', 'SCRAM-SHA-256$4096:a$b:c', "
                              "'secretariat')")
        assert refused(lead, f'GRANT "{group_role(served.name, Role.SECRETARIAT)}" TO CURRENT_USER')
        assert refused(lead, "INSERT INTO auditevent (at, actor, entity, field, context) "
                              "VALUES (now(), 'chanh', 'assessment', '(máy chủ) DELETE', 'giả')")
        lead.execute("INSERT INTO auditevent (at, actor, entity, field, context) "
                     "VALUES ('2000-01-01', 'chanh', 'assessment', 'status', 'giả')")
        assert _scalar(lead, "SELECT actor FROM auditevent WHERE context = 'giả'") == "lan"
    with served.owner() as owner:
        statuses = dict(owner.execute("SELECT village_id, status FROM assessment WHERE year = 2030"))
        role = _scalar(owner, "SELECT role FROM useraccount WHERE username = 'lan'")
    assert statuses == {served.own_village: "met", served.other_village: "not_met"}
    assert role == "team_lead"


@pytest.mark.parametrize("username", ["chanh", "lan", "xem"])
def test_no_account_changes_the_schema_or_the_audit(served, username):
    with served.as_account(username) as connection:
        assert _scalar(connection, "SELECT count(*) FROM auditevent") > 0
        for statement in ("UPDATE auditevent SET actor = 'ai đó'", "DELETE FROM auditevent", "TRUNCATE auditevent",
                          "CREATE TABLE public.t (x int)", "ALTER TABLE assessment ADD COLUMN x int",
                          "ALTER TABLE assessment DISABLE TRIGGER langmoi_audit_update",
                          "ALTER TABLE assessment DISABLE ROW LEVEL SECURITY", "DROP TABLE visit",
                          "DROP TRIGGER langmoi_audit_stamp ON auditevent", "DROP POLICY langmoi_read ON assessment",
                          "CREATE TEMPORARY TABLE t (x int)", "UPDATE alembic_version SET version_num = 'x'",
                          "CREATE OR REPLACE FUNCTION public.langmoi_account_name() "
                          "RETURNS text LANGUAGE sql AS 'SELECT ''chanh'''"):
            try:
                connection.execute(statement)
            except (psycopg.errors.InsufficientPrivilege, psycopg.errors.UndefinedObject):
                continue  # the owner's objects; "must be owner of …" is InsufficientPrivilege too
            pytest.fail(f"{username} could run: {statement}")


def test_every_raw_change_leaves_a_server_row_naming_the_role(served):
    with served.as_account("lan") as lead:
        lead.execute("UPDATE assessment SET note = 'ghi bằng psql' WHERE year = 2030 AND village_id = %s",
                     (served.own_village,))
    with served.as_account("chanh") as secretariat:
        secretariat.execute("UPDATE plan SET title = title || ' (sửa)'")
        secretariat.execute("DELETE FROM assessment WHERE year = 2030")
    with served.owner() as owner:
        rows = owner.execute("SELECT actor, entity, field, old_value, new_value, context, village_id FROM auditevent "
                             "WHERE field LIKE '(máy chủ)%%' ORDER BY id").fetchall()
    lead_row, *others = rows
    assert lead_row[:3] == ("lan", "assessment", "(máy chủ) UPDATE")
    assert '"note": ""' in lead_row[3] and '"note": "ghi bằng psql"' in lead_row[4]
    assert login_role(served.name, "lan") in lead_row[5] and lead_row[6] == served.own_village
    plans = [row for row in others if row[1] == "plan"]
    deleted = [row for row in others if row[2] == "(máy chủ) DELETE"]
    assert plans and all(row[0] == "chanh" and row[2] == "(máy chủ) UPDATE" for row in plans)
    assert sorted(row[6] for row in deleted) == sorted([served.own_village, served.other_village])
    assert all(row[0] == "chanh" and login_role(served.name, "chanh") in row[5] for row in deleted)


def test_a_raw_insert_a_changed_key_and_a_two_column_key_are_audited_too(served):
    with served.as_account("chanh") as secretariat:
        visit_id = _scalar(secretariat, "INSERT INTO visit (village_id, day, people, activities, agreed, version) "
                                        "VALUES (%s, '2030-01-02', 'Văn phòng', '', '', 1) RETURNING id",
                           served.other_village)
        secretariat.execute("UPDATE visit SET id = id + 100000 WHERE id = %s", (visit_id,))
        secretariat.execute("UPDATE planvillage SET village_id = village_id WHERE village_id = %s",
                            (served.own_village,))  # no value changed: no row
        secretariat.execute("DELETE FROM planvillage WHERE plan_id = %s AND village_id = %s",
                            (served.first_plan, served.own_village))
    with served.owner() as owner:
        rows = owner.execute("SELECT entity, entity_id, field, old_value::jsonb, new_value::jsonb, village_id "
                             "FROM auditevent WHERE field LIKE '(máy chủ)%%' ORDER BY id").fetchall()
    inserted, *rekeyed, removed = rows
    assert inserted[:3] == ("visit", visit_id, "(máy chủ) INSERT") and inserted[4]["people"] == "Văn phòng"
    assert {(row[1], row[2]) for row in rekeyed} == {(visit_id, "(máy chủ) UPDATE"),
                                                     (visit_id + 100000, "(máy chủ) UPDATE")}
    assert {(row[3] or {}).get("id") for row in rekeyed} == {visit_id, None}  # the old row whole, the new whole
    assert removed[0] == "planvillage" and removed[2] == "(máy chủ) DELETE" and removed[5] == served.own_village
