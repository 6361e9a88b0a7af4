"""Migration 0012 on both backends: a database of revision 0011 upgrades with its rows as they were and the three
evidence tables empty; taken back to 0011, the tables go (with the files) and nothing else changes."""

from alembic import command
from sqlalchemy import inspect, text

from storage import migrate
from storage.database import make_engine, open_database
from storage.schema_version import SCHEMA_REVISION, stored_revision
from tests.conftest import ACTOR

EVIDENCE_TABLES = {"filecontent", "contentchunk", "attachment"}


def _downgrade(url: str, revision: str) -> None:
    engine = make_engine(url)
    try:
        config = migrate.alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        engine.dispose()


def _state(url: str) -> tuple[str | None, set[str], int, int]:
    """Revision, the evidence tables present, villages and audit rows."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names()) & EVIDENCE_TABLES
            villages = connection.execute(text("SELECT count(*) FROM village")).scalar()
            audit = connection.execute(text("SELECT count(*) FROM auditevent")).scalar()
        return stored_revision(engine), tables, villages, audit
    finally:
        engine.dispose()


def test_0011_upgrades_to_0012_and_back(new_database_url):
    url = new_database_url("sample")
    revision, tables, villages, audit = _state(url)
    assert (revision, tables) == (SCHEMA_REVISION, EVIDENCE_TABLES) and villages == 57
    _downgrade(url, "0011")
    assert _state(url) == ("0011", set(), villages, audit)
    open_database(url, actor=ACTOR, with_sample=False).close()  # the program upgrades it at open
    assert _state(url)[:3] == ("0012", EVIDENCE_TABLES, villages)
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            assert [connection.execute(text(f"SELECT count(*) FROM {name}")).scalar()
                    for name in sorted(EVIDENCE_TABLES)] == [0, 0, 0]
    finally:
        engine.dispose()
