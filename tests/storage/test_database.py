"""Opening the database: the sample once, foreign keys and WAL on, bad files refused, schema == models."""

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import func, select

from domain.admin_units import Village
from domain.criteria import Assessment
from domain.plan import Plan
from domain.plans import remove_sample_plans
from domain.schema import metadata
from storage import migrate
from storage.backups import list_backups
from storage.database import open_database
from storage.errors import StorageError
from storage.location import database_url, default_database_path, sqlite_path
from storage.schema_version import SCHEMA_REVISION, stored_revision
from tests.conftest import ACTOR, OFFICER


def _plans(db) -> list[Plan]:
    with db.session() as session:
        return list(session.exec(select(Plan)))


def test_a_new_database_starts_with_the_sample_plan_of_57_villages(database):
    plans = _plans(database)
    assert [(p.is_sample, p.first_year, p.last_year) for p in plans] == [(True, 2023, 2025)]
    with database.session() as session:
        assert session.exec(select(func.count()).select_from(Village)).one() == 57
        years = set(session.exec(select(Assessment.year)))
    assert years == {2023, 2024, 2025}


def test_the_sample_comes_once_and_does_not_return_after_removal(db_path):
    url = f"sqlite:///{db_path}"
    first = open_database(url, actor=ACTOR)
    first.close()
    again = open_database(url, actor=ACTOR)
    assert len(_plans(again)) == 1
    with again.unit_of_work(OFFICER) as uow:
        remove_sample_plans(uow)
    again.close()
    third = open_database(url, actor=ACTOR)
    assert _plans(third) == []
    third.close()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_foreign_keys_and_wal_are_on(database):
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_the_database_refuses_a_second_assessment_for_the_same_village_criterion_and_year(database):
    with database.session() as session:
        existing = session.exec(select(Assessment)).first()
        session.add(Assessment(village_id=existing.village_id, criterion_id=existing.criterion_id,
                               year=existing.year))
        with pytest.raises(IntegrityError):
            session.commit()


def test_the_database_refuses_a_dangling_reference(database):
    with database.session() as session:
        session.add(Assessment(village_id=999_999, criterion_id=1, year=2024))
        with pytest.raises(IntegrityError):
            session.commit()


def test_the_expected_revision_is_the_newest_migration(database):
    assert SCHEMA_REVISION == migrate.head_revision()
    assert stored_revision(database.engine) == SCHEMA_REVISION


def test_the_migrated_schema_matches_the_models(database):
    with database.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), metadata) == []


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("không phải cơ sở dữ liệu")
    with pytest.raises(StorageError, match="không phải là tệp cơ sở dữ liệu"):
        open_database(f"sqlite:///{path}", actor=ACTOR)
    assert path.read_text() == "không phải cơ sở dữ liệu"


def test_someone_elses_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE things (id INTEGER)")
    connection.close()
    with pytest.raises(StorageError, match="không phải của Làng Mới"):
        open_database(f"sqlite:///{path}", actor=ACTOR)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_an_upgrade_copies_the_database_first(database, db_path, monkeypatch):
    """Pretend a newer revision exists: the file is copied, whole, before Alembic is asked to upgrade."""
    upgrades = []
    monkeypatch.setattr(migrate, "head_revision", lambda: "9999_future")
    monkeypatch.setattr(migrate.command, "upgrade", lambda config, revision: upgrades.append(revision))
    assert migrate.upgrade(database.engine, db_path) is False
    assert upgrades == ["head"]
    [backup] = list_backups(db_path)
    assert (backup.reason, backup.revision, backup.villages, backup.verified) == ("upgrade", SCHEMA_REVISION, 57, True)
    with sqlite3.connect(backup.path) as copy:
        assert copy.execute("SELECT count(*) FROM village").fetchone() == (57,)
    copy.close()


def test_database_url_from_choice_environment_and_default(tmp_path, monkeypatch):
    monkeypatch.delenv("LANGMOI_DB", raising=False)
    assert database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert sqlite_path(database_url(str(tmp_path / "a.sqlite3"))) == tmp_path / "a.sqlite3"
    monkeypatch.setenv("LANGMOI_DB", str(tmp_path / "env.sqlite3"))
    assert sqlite_path(database_url(None)) == tmp_path / "env.sqlite3"
    monkeypatch.delenv("LANGMOI_DB")
    assert sqlite_path(database_url(None)) == default_database_path()
    assert default_database_path().name == "langmoi.sqlite3"


def test_a_database_of_the_first_version_is_upgraded_after_a_backup(db_path):
    """Take a database back to revision 0001 (as the first release made it) and open it again."""
    from alembic import command

    database = open_database(f"sqlite:///{db_path}", actor=ACTOR)
    config = migrate.alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    database.close()
    upgraded = open_database(f"sqlite:///{db_path}", actor=ACTOR)
    assert stored_revision(upgraded.engine) == SCHEMA_REVISION
    assert len(_plans(upgraded)) == 1
    upgraded.close()
    [backup] = list_backups(db_path)
    with sqlite3.connect(backup.path) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("SELECT count(*) FROM village").fetchone() == (57,)
    copy.close()


def test_a_new_one_pc_database_gets_the_sample_and_a_new_shared_one_starts_empty(backend, new_database_url):
    database = open_database(new_database_url("bare"), actor=ACTOR)
    try:
        assert database.created
        assert [plan.is_sample for plan in _plans(database)] == ([True] if backend == "sqlite" else [])
    finally:
        database.close()
