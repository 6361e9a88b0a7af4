"""Shared fixtures: Qt offscreen, a fresh database per test, a hand-counted plan, private QSettings."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from sqlmodel import select  # noqa: E402

from domain.access import Principal  # noqa: E402
from domain.plan import Plan  # noqa: E402
from domain.plans import create_plan  # noqa: E402
from storage.database import Database, open_database  # noqa: E402
from tests.backends import PostgresServer, postgres_server_or_skip  # noqa: E402
from tests.builders import small_plan_draft  # noqa: E402

ACTOR = "tester"
OFFICER = Principal.local(ACTOR)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--postgresql", metavar="URL", default=os.environ.get("LANGMOI_TEST_POSTGRESQL"),
                     help="a PostgreSQL superuser URL; the domain and storage tests then also run on that server")


@pytest.fixture(scope="session")
def postgresql_server(request):
    server = postgres_server_or_skip(request.config, ACTOR)
    yield server
    server.close()


@pytest.fixture
def backend() -> str:
    """SQLite unless a folder's conftest.py asks for both backends (tests/domain, tests/storage)."""
    return "sqlite"


@pytest.fixture
def new_database_url(backend: str, tmp_path: Path, request):
    """A factory of database URLs on the test's backend: new_database_url("sample" | "small" | "empty" | "bare")."""
    created: list[str] = []
    server: PostgresServer | None = request.getfixturevalue("postgresql_server") if backend == "postgresql" else None

    def make(kind: str = "bare") -> str:
        if server is None:
            path = tmp_path / f"db{len(created)}.sqlite3"
            if kind == "sample":
                shutil.copy(request.getfixturevalue("sample_database_file"), path)
            elif kind == "small":
                shutil.copy(request.getfixturevalue("small_database_file"), path)
            elif kind == "empty":
                shutil.copy(request.getfixturevalue("empty_database_file"), path)
            url = f"sqlite:///{path}"
        else:
            url = server.create(kind)
        created.append(url)
        return url

    yield make
    if server is not None:
        for url in created:
            server.drop(url)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "langmoi.sqlite3"


@pytest.fixture(scope="session")
def sample_database_file(tmp_path_factory) -> Path:
    """A new database with the sample plan, made once per run; tests get a copy of it."""
    path = tmp_path_factory.mktemp("template") / "langmoi.sqlite3"
    open_database(f"sqlite:///{path}", actor=ACTOR).close()
    return path


@pytest.fixture(scope="session")
def empty_database_file(tmp_path_factory) -> Path:
    """A new migrated database with no plan, made once per run; tests get a copy of it (migrating a new file
    takes about a second of disk syncs, copying it a few milliseconds)."""
    path = tmp_path_factory.mktemp("empty") / "langmoi.sqlite3"
    open_database(f"sqlite:///{path}", actor=ACTOR, with_sample=False).close()
    return path


@pytest.fixture(scope="session")
def small_database_file(empty_database_file: Path, tmp_path_factory) -> Path:
    """empty_database_file with the hand-counted plan of tests/builders.py, made once per run: empty_database copies
    it for a test that takes small_plan (writing the plan per test cost about half a second)."""
    path = tmp_path_factory.mktemp("small") / "langmoi.sqlite3"
    shutil.copy(empty_database_file, path)
    database = open_database(f"sqlite:///{path}", actor=ACTOR, with_sample=False)
    with database.unit_of_work(OFFICER) as uow:
        create_plan(uow, draft=small_plan_draft())
    database.close()
    return path


@pytest.fixture(scope="session")
def reform_sample_file(tmp_path_factory) -> Path:
    """A new database as the window makes it: the sample plan across its illustrative 2025 reorganisation, with
    the continuation plan 2026–2030; made once per run; copy it."""
    path = tmp_path_factory.mktemp("reform") / "langmoi.sqlite3"
    open_database(f"sqlite:///{path}", actor=ACTOR, sample_reform=True).close()
    return path


@pytest.fixture
def reform_database(reform_sample_file, tmp_path):
    """A copy of the sample across its reorganisation (reform_sample_file), open."""
    path = tmp_path / "langmoi.sqlite3"
    shutil.copy(reform_sample_file, path)
    database = open_database(f"sqlite:///{path}", actor=ACTOR)
    yield database
    database.close()


@pytest.fixture
def database(backend: str, db_path: Path, sample_database_file: Path, new_database_url):
    """A database as a user gets it on first start: migrated, with the bundled sample plan."""
    if backend == "sqlite":
        shutil.copy(sample_database_file, db_path)
        url = f"sqlite:///{db_path}"
    else:
        url = new_database_url("sample")
    db = open_database(url, actor=ACTOR)
    yield db
    db.close()


@pytest.fixture
def empty_database(backend: str, db_path: Path, new_database_url, request):
    """A migrated database with no plan at all; for a test that takes small_plan, with that plan only (copied from
    a template made once per run)."""
    kind = "small" if "small_plan" in request.fixturenames else "empty"
    if backend == "sqlite":
        shutil.copy(request.getfixturevalue(f"{kind}_database_file"), db_path)
        url = f"sqlite:///{db_path}"
    else:
        url = new_database_url(kind)
    db = open_database(url, actor=ACTOR, with_sample=False)
    yield db
    db.close()


@pytest.fixture
def small_plan(empty_database: Database) -> Plan:
    """The hand-counted plan of tests/builders.py, in an otherwise empty database (empty_database copied it in)."""
    with empty_database.session() as session:
        return session.exec(select(Plan).where(Plan.code == small_plan_draft().code)).one()
