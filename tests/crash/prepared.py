"""The databases the writers start from, made once per test session; every kill works on a copy.

- the sample database (as a first start makes it), for assessments, records, plan imports, merges, backups;
- a team lead's update workbook exported from it, for the merges;
- a database at revision 0001 holding the sample's rows of every 0001 table, copied in through SQL, and the
  content and schema it has at each later revision when upgraded without a kill (what a migration may leave);
- the sample database with one backup of it, for the restores.
"""

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine
from sqlmodel import select

from domain.agencies import Agency, Assignment, AssignmentRole
from domain.plan import Plan
from storage import migrate
from storage.backups import take_backup
from storage.database import open_database
from tests.crash.fingerprint import read_file
from tests.updates import export_for

ACTOR = "crash-test"
FIRST_REVISION = "0001"


@dataclass
class Prepared:
    folder: Path
    sample: Path
    sample_content: str
    workbook: Path
    old: Path
    """At revision 0001, with data."""
    revisions: dict[str, tuple[str, str]]
    """Revision → (content, schema) of `old` upgraded to it without a kill."""
    with_backup: Path
    backup_name: str


def _sample(folder: Path) -> tuple[Path, Path]:
    path = folder / "sample.sqlite3"
    database = open_database(f"sqlite:///{path}", actor=ACTOR)
    try:
        with database.session() as session:
            plan = session.exec(select(Plan).order_by(Plan.id)).first()
            agency = session.exec(select(Agency.name).join(Assignment, Assignment.agency_id == Agency.id).where(
                Assignment.plan_id == plan.id, Assignment.role == AssignmentRole.LEAD).order_by(Agency.id)).first()
        workbook = export_for(database, plan, agency, folder / "team-lead.xlsx", year=plan.last_year)
    finally:
        database.close()
    return path, workbook


def _upgrade(path: Path, revision: str) -> None:
    """Alembic on a plain connection (foreign keys off, as a batch table recreate needs), as storage.migrate
    hands it over."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            config = migrate.alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def _old_database(folder: Path, sample: Path) -> Path:
    """Revision 0001's schema, filled with the sample's rows of its tables (the columns 0001 has)."""
    path = folder / "revision-0001.sqlite3"
    _upgrade(path, FIRST_REVISION)
    connection = sqlite3.connect(path)
    try:
        connection.execute("ATTACH DATABASE ? AS sample", (str(sample),))
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]
        for table in tables:
            columns = ", ".join(f'"{row[1]}"' for row in connection.execute(f'PRAGMA main.table_info("{table}")'))
            connection.execute(f'INSERT INTO main."{table}" ({columns}) SELECT {columns} FROM sample."{table}"')
        connection.commit()
        connection.execute("DETACH DATABASE sample")
    finally:
        connection.close()
    return path


def _revisions(folder: Path, old: Path) -> dict[str, tuple[str, str]]:
    """What `old` holds at each revision: upgraded one revision at a time by Alembic for the revisions between,
    and by the program's own open_database for the newest (what every later start must find)."""
    copy = folder / "upgraded.sqlite3"
    copy.write_bytes(old.read_bytes())
    script = ScriptDirectory.from_config(migrate.alembic_config())
    chain = [revision.revision for revision in script.walk_revisions("base", "heads")][::-1]
    states = {FIRST_REVISION: read_file(old)}
    for revision in chain[chain.index(FIRST_REVISION) + 1:-1]:
        _upgrade(copy, revision)
        states[revision] = read_file(copy)
    copy.write_bytes(old.read_bytes())
    open_database(f"sqlite:///{copy}", actor=ACTOR).close()
    states[chain[-1]] = read_file(copy)
    return states


def _with_backup(folder: Path, sample: Path) -> tuple[Path, str]:
    path = folder / "restore" / "langmoi.sqlite3"
    path.parent.mkdir()
    path.write_bytes(sample.read_bytes())
    return path, take_backup(path, "crash-test").path.name


def prepare(folder: Path) -> Prepared:
    sample, workbook = _sample(folder)
    old = _old_database(folder, sample)
    with_backup, backup_name = _with_backup(folder, sample)
    return Prepared(folder, sample, read_file(sample)[0], workbook, old, _revisions(folder, old), with_backup,
                    backup_name)
