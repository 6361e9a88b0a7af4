"""Migration 0007 on databases an earlier version left: the settings table appears (empty: the defaults are
printed), and a group the annex numbered itself loses its numeral, audited."""

from alembic import command
from sqlalchemy import create_engine, text
from sqlmodel import select

from domain.audit import AuditEvent
from domain.criteria import Criterion
from domain.document_settings import DocumentSettings, save_settings, settings
from storage.database import open_database
from storage.migrate import alembic_config
from storage.schema_version import SCHEMA_REVISION
from tests.conftest import ACTOR, OFFICER
from tests.storage.old_databases import database_at_0001


def _at_0006_with_numbered_groups(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0006")
        connection.execute(text("INSERT INTO criteriaset (code, title, is_template, note) "
                                "VALUES ('BTC', 'Bộ tiêu chí', false, '')"))
        set_id = connection.execute(text("SELECT id FROM criteriaset")).scalar()
        for order, group, number in ((1, "I. Quy hoạch", 1), (2, "II - Hạ tầng", 2), (3, "Văn hóa", 3)):
            connection.execute(text("INSERT INTO criterion (criteria_set_id, group_order, group_name, number, name, "
                                    "requirement) VALUES (:s, :o, :g, :n, 'Tiêu chí', '')"),
                               {"s": set_id, "o": order, "g": group, "n": number})
    engine.dispose()


def test_0007_adds_the_settings_and_strips_the_annex_numerals_on_both_backends(new_database_url):
    url = new_database_url("bare")
    _at_0006_with_numbered_groups(url)
    database = open_database(url, actor=ACTOR)
    try:
        with database.session() as session:
            assert settings(session) == DocumentSettings()
            groups = session.exec(select(Criterion.group_name).order_by(Criterion.number)).all()
            events = session.exec(select(AuditEvent.old_value, AuditEvent.new_value)
                                  .where(AuditEvent.entity == "criterion", AuditEvent.field == "group_name")
                                  .order_by(AuditEvent.id)).all()
        assert groups == ["Quy hoạch", "Hạ tầng", "Văn hóa"]
        assert events == [("I. Quy hoạch", "Quy hoạch"), ("II - Hạ tầng", "Hạ tầng")]
        with database.unit_of_work(OFFICER) as uow:
            save_settings(uow, new=DocumentSettings(issuing_body="Ban Thường vụ Tỉnh ủy"))
        with database.session() as session:
            assert settings(session).issuing_body == "Ban Thường vụ Tỉnh ủy"
    finally:
        database.close()


def test_a_first_release_file_upgrades_to_0007(tmp_path):
    path = tmp_path / "cu.sqlite3"
    database_at_0001(path)
    database = open_database(f"sqlite:///{path}", actor=ACTOR)
    try:
        with database.session() as session:
            assert settings(session) == DocumentSettings()
            assert session.exec(select(Criterion.group_name)).all() == ["Quy hoạch", "Quy hoạch"]
        with database.engine.connect() as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert revision == SCHEMA_REVISION == "0012"
    finally:
        database.close()
