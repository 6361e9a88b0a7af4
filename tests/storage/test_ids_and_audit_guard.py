"""Revision 0005: SQLite tables recreated AUTOINCREMENT without losing a row, counters above every id ever given
(the audit's too), and the audit trail refusing UPDATE and DELETE below the ORM on both backends."""

import sqlite3
from datetime import date

import pytest
from sqlalchemy import delete, text, update
from sqlalchemy.exc import DBAPIError

from domain.audit import AuditEvent
from domain.places import find_place
from domain.recording import delete_record, save_record
from domain.schema import TABLES
from storage.audit_guard import REFUSAL
from storage.copy_database import copy_database
from storage.database import open_database
from tests.conftest import ACTOR, OFFICER
from tests.storage.revision_0004 import copy_at_0004, row_counts

WITH_IDS = sorted(table.__tablename__ for table in TABLES if "id" in table.__table__.columns)


def test_the_upgrade_of_a_0004_sample_keeps_every_row_and_never_gives_a_deleted_id_again(
        sample_database_file, tmp_path):
    old = tmp_path / "old.sqlite3"
    copy_at_0004(sample_database_file, old)
    with sqlite3.connect(old) as db:  # a visit deleted before the upgrade: only the audit still names its id
        db.execute("INSERT INTO auditevent (at, actor, entity, entity_id, field, old_value, new_value, context) "
                   "VALUES ('2025-01-02 03:04:05', 'thuky', 'visit', 41, 'people', 'Đoàn cũ', NULL, 'xóa')")
    db.close()
    before = row_counts(old)
    assert before["village"] == 57 and before["assessment"] > 0 and before["auditevent"] > 0

    open_database(f"sqlite:///{old}", actor=ACTOR).close()

    new_tables = {"documentsettings": 0,  # revision 0007's, empty
                  "reorganisation": 0, "unitchange": 0, "unitperiod": 0, "villagemembership": 0,  # 0010's, empty
                  "reviewround": 0, "villagereview": 0, "reviewcomment": 0, "yearclosure": 0,  # 0011's, empty
                  "filecontent": 0, "contentchunk": 0, "attachment": 0}  # 0012's, empty
    assert row_counts(old) == {**before, **new_tables}
    with sqlite3.connect(old) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        plain = [name for (name, sql) in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
                 if name in WITH_IDS and "AUTOINCREMENT" not in sql]
        counters = dict(db.execute("SELECT name, seq FROM sqlite_sequence"))
        highest = {name: db.execute(f"SELECT coalesce(max(id), 0) FROM {name}").fetchone()[0] for name in WITH_IDS
                   if name not in new_tables}  # made by 0007, 0010 and 0011, after the counters were raised: no counter
        db.execute("INSERT INTO visit (village_id, day, people, activities, agreed) "
                   "VALUES (1, '2025-02-03', 'Đoàn mới', '', '')")
        new_visit = db.execute("SELECT max(id) FROM visit").fetchone()[0]
        db.rollback()
    db.close()
    assert plain == []
    assert counters == {**highest, "visit": max(highest["visit"], 41)}
    assert new_visit == max(highest["visit"], 41) + 1


@pytest.mark.parametrize("backend", ["sqlite"])  # PostgreSQL's sequences never give an id twice
def test_a_new_database_has_every_table_with_an_id_autoincrement(empty_database):
    with empty_database.engine.connect() as connection:
        tables = dict(connection.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'table'")).all())
    assert [name for name in WITH_IDS if "AUTOINCREMENT" not in tables[name]] == []


def _audit_rows(database) -> list[tuple]:
    with database.engine.connect() as connection:
        return connection.execute(text("SELECT id, actor, new_value FROM auditevent ORDER BY id")).all()


@pytest.mark.parametrize("statement", [
    update(AuditEvent).values(actor="người khác"),
    delete(AuditEvent),
    text("UPDATE auditevent SET new_value = 'đã sửa'"),
    text("DELETE FROM auditevent"),
], ids=["core update", "core delete", "raw update", "raw delete"])
def test_the_database_refuses_to_change_or_erase_audit_rows(empty_database, small_plan, statement):
    before = _audit_rows(empty_database)
    assert before
    with empty_database.engine.connect() as connection, pytest.raises(DBAPIError, match=REFUSAL):
        connection.execute(statement)
    assert _audit_rows(empty_database) == before


@pytest.mark.parametrize("backend", ["postgresql"])  # SQLite has no TRUNCATE
def test_postgresql_refuses_truncating_the_audit_trail_even_for_its_owner(empty_database, small_plan):
    before = _audit_rows(empty_database)
    with empty_database.engine.connect() as connection, pytest.raises(DBAPIError, match=REFUSAL):
        connection.execute(text("TRUNCATE auditevent"))
    assert _audit_rows(empty_database) == before


def test_a_copy_never_gives_an_id_the_source_gave_before(empty_database, small_plan, backend, tmp_path, request):
    """Source on the test's backend; the copy goes to the other one (copy-db moves between SQLite and a server)."""
    with empty_database.session() as session:
        village_id = find_place(session, small_plan.id, "Thôn 1, Xã Một").village_id

    def add_visit(database, people: str) -> int:
        with database.unit_of_work(OFFICER) as uow:
            return save_record(uow, kind="visits", plan_id=small_plan.id, village_id=village_id,
                               values={"day": date(2025, 3, 4), "people": people})

    add_visit(empty_database, "Đoàn một")
    deleted = add_visit(empty_database, "Đoàn hai")
    with empty_database.unit_of_work(OFFICER) as uow:
        delete_record(uow, kind="visits", plan_id=small_plan.id, village_id=village_id, record_id=deleted)
    server = request.getfixturevalue("postgresql_server") if backend == "sqlite" else None
    target = server.create("empty") if server else f"sqlite:///{tmp_path / 'ban_sao.sqlite3'}"
    try:
        copy_database(empty_database.url, target, actor=ACTOR)
        copy = open_database(target, actor=ACTOR)
        try:
            assert add_visit(copy, "Đoàn ba") == deleted + 1
        finally:
            copy.close()
    finally:
        if server:
            server.drop(target)
