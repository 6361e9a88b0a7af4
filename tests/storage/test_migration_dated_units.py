"""Migration 0010 (dated units, issue 18) on databases an earlier version left: every unit holds from the
beginning and still does, no dated row is made, nothing is lost, and the upgraded database takes a reorganisation.
From revision 0004 (SQLite, the sample) and from 0009 on both backends."""

import sqlite3
from datetime import date

from alembic import command
from sqlalchemy import create_engine, text
from sqlmodel import select

from domain.admin_units import AdminUnit, UnitPeriod, VillageMembership
from domain.places import plan_places
from domain.plan import Plan
from domain.reorganisation_apply import apply_reorganisation
from domain.reorganisation_draft import Rename, ReorganisationDraft, UnitPath
from domain.unit_history import units_of_village, village_history
from storage.database import open_database
from storage.migrate import alembic_config
from tests.conftest import ACTOR, OFFICER
from tests.storage.revision_0004 import copy_at_0004, row_counts

NEW_TABLES = {"reorganisation": 0, "unitchange": 0, "unitperiod": 0, "villagemembership": 0, "documentsettings": 0,
              "reviewround": 0, "villagereview": 0, "reviewcomment": 0, "yearclosure": 0,  # 0011's, empty too
              "filecontent": 0, "contentchunk": 0, "attachment": 0}  # 0012's, empty too


def test_a_0004_sample_upgrades_with_every_unit_valid_from_the_beginning(sample_database_file, tmp_path):
    old = tmp_path / "cu.sqlite3"
    copy_at_0004(sample_database_file, old)
    before = row_counts(old)
    with sqlite3.connect(old) as db:
        units_before = db.execute("SELECT id, name, kind, parent_id FROM adminunit ORDER BY id").fetchall()
        villages_before = db.execute("SELECT id, name, commune_id FROM village ORDER BY id").fetchall()
    db.close()
    database = open_database(f"sqlite:///{old}", actor=ACTOR)
    try:
        assert row_counts(old) == {**before, **NEW_TABLES}
        with sqlite3.connect(old) as db:
            assert db.execute("SELECT id, name, kind, parent_id FROM adminunit ORDER BY id").fetchall() == units_before
            assert db.execute("SELECT id, name, commune_id FROM village ORDER BY id").fetchall() == villages_before
            assert db.execute("SELECT count(*) FROM adminunit WHERE valid_from IS NOT NULL OR valid_until IS NOT NULL"
                              ).fetchone() == (0,)
            assert db.execute("SELECT count(*) FROM plan WHERE continues_plan_id IS NOT NULL").fetchone() == (0,)
        db.close()
        with database.session() as session:
            plan = session.exec(select(Plan)).first()
            today = plan_places(session, plan.id)
            assert plan_places(session, plan.id, on=date(2023, 12, 31)) == today
            place = today[0]
            assert len(village_history(session, place.village_id)) == 1
            then = units_of_village(session, place.village_id, date(2020, 1, 1))
            assert (then.commune, then.district) == (place.commune, place.district)
        with database.unit_of_work(OFFICER) as uow:  # the upgraded file takes a reorganisation
            apply_reorganisation(uow, ReorganisationDraft("1/QĐ", "UBND tỉnh", date(2025, 7, 1), (
                Rename(UnitPath("", place.district or "", place.commune), "Tên Mới"),)))
        with database.session() as session:
            assert units_of_village(session, place.village_id, date(2024, 12, 31)).commune == place.commune
            assert units_of_village(session, place.village_id, date(2025, 12, 31)).commune == "Tên Mới"
    finally:
        database.close()


def test_0010_keeps_every_unit_and_village_of_a_0009_database_on_both_backends(new_database_url):
    url = new_database_url("bare")
    engine = create_engine(url)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0009")
        connection.execute(text("INSERT INTO adminunit (id, name, kind, parent_id) VALUES "
                                "(1, 'Đăk Hà', 'district', NULL), (2, 'Đăk Ui', 'commune', 1), "
                                "(3, 'Ngọk Réo', 'commune', NULL)"))
        connection.execute(text("INSERT INTO village (id, name, commune_id, ethnic_groups, note) VALUES "
                                "(1, 'Thôn 1', 2, '', ''), (2, 'Làng Mới', 3, '', '')"))
    engine.dispose()
    database = open_database(url, actor=ACTOR, with_sample=False)
    try:
        with database.session() as session:
            units = session.exec(select(AdminUnit).order_by(AdminUnit.id)).all()
            assert [(u.name, u.parent_id, u.valid_from, u.valid_until) for u in units] == [
                ("Đăk Hà", None, None, None), ("Đăk Ui", 1, None, None), ("Ngọk Réo", None, None, None)]
            assert session.exec(select(UnitPeriod)).all() == [] and session.exec(select(VillageMembership)).all() == []
            for village_id, commune, district in ((1, "Đăk Ui", "Đăk Hà"), (2, "Ngọk Réo", None)):
                for day in (date(2000, 1, 1), date(2030, 1, 1)):
                    found = units_of_village(session, village_id, day)
                    assert (found.commune, found.district) == (commune, district)
    finally:
        database.close()
