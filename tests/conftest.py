"""Shared fixtures: Qt offscreen, a fresh database per test, a hand-counted plan, private QSettings."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from domain.plan import Plan  # noqa: E402
from domain.plans import create_plan  # noqa: E402
from storage.database import Database, open_database  # noqa: E402
from tests.builders import small_plan_draft  # noqa: E402

ACTOR = "tester"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "langmoi.sqlite3"


@pytest.fixture(scope="session")
def sample_database_file(tmp_path_factory) -> Path:
    """A new database with the sample plan, made once per run; tests get a copy of it."""
    path = tmp_path_factory.mktemp("template") / "langmoi.sqlite3"
    open_database(f"sqlite:///{path}", actor=ACTOR).close()
    return path


@pytest.fixture
def database(db_path: Path, sample_database_file: Path):
    """A database as a user gets it on first start: migrated, with the bundled sample plan."""
    shutil.copy(sample_database_file, db_path)
    db = open_database(f"sqlite:///{db_path}", actor=ACTOR)
    yield db
    db.close()


@pytest.fixture
def empty_database(db_path: Path):
    """A migrated database with no plan at all."""
    db = open_database(f"sqlite:///{db_path}", actor=ACTOR, with_sample=False)
    yield db
    db.close()


@pytest.fixture
def small_plan(empty_database: Database) -> Plan:
    """The hand-counted plan of tests/builders.py, in an otherwise empty database."""
    with empty_database.unit_of_work(ACTOR) as uow:
        return create_plan(uow, draft=small_plan_draft())
