"""The databases the domain and storage tests run on: SQLite files, and a real PostgreSQL server when one is
given (`--postgresql URL` or LANGMOI_TEST_POSTGRESQL; `.ci/run` starts one and sets both this and
LANGMOI_REQUIRE_POSTGRESQL, so that CI fails rather than skips when the server is missing)."""

import os
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from domain.access import Principal
from domain.plans import create_plan
from storage.database import open_database
from tests.builders import small_plan_draft

BACKENDS = ("sqlite", "postgresql")


class PostgresServer:
    """Creates one database per test from a migrated template (with the sample plan, with the hand-counted plan of
    tests/builders.py, or with no plan) and drops it after."""

    def __init__(self, admin_url: str, actor: str) -> None:
        self.admin_url = make_url(admin_url)
        self.admin = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        self.actor = actor
        self.prefix = f"lmtest_{os.getpid()}_"
        self.templates: dict[str, str] = {}

    def url(self, name: str) -> str:
        return self.admin_url.set(database=name).render_as_string(hide_password=False)

    def _execute(self, statement: str) -> None:
        with self.admin.connect() as connection:
            connection.execute(text(statement))

    def _template(self, kind: str) -> str:
        if kind not in self.templates:
            name = f"{self.prefix}template_{kind}"
            self._execute(f'CREATE DATABASE "{name}"')
            database = open_database(self.url(name), actor=self.actor, with_sample=kind == "sample")
            if kind == "small":
                with database.unit_of_work(Principal.local(self.actor)) as uow:
                    create_plan(uow, draft=small_plan_draft())
            database.close()
            self.templates[kind] = name
        return self.templates[kind]

    def create(self, kind: str) -> str:
        """A new database: "sample" (migrated, with the sample plan), "small" (migrated, with the hand-counted plan),
        "empty" (migrated) or "bare" (nothing)."""
        name = f"{self.prefix}{uuid.uuid4().hex[:12]}"
        template = "" if kind == "bare" else f' TEMPLATE "{self._template(kind)}"'
        self._execute(f'CREATE DATABASE "{name}"{template}')
        return self.url(name)

    def drop(self, url: str) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')

    def close(self) -> None:
        for name in self.templates.values():
            self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.admin.dispose()


def postgres_server_or_skip(config: pytest.Config, actor: str) -> PostgresServer:
    url = config.getoption("--postgresql")
    if not url:
        if os.environ.get("LANGMOI_REQUIRE_POSTGRESQL"):
            pytest.fail("LANGMOI_REQUIRE_POSTGRESQL is set but no PostgreSQL URL was given")
        pytest.skip("no PostgreSQL server given (--postgresql URL or LANGMOI_TEST_POSTGRESQL)")
    return PostgresServer(url, actor)


@pytest.fixture(params=BACKENDS, name="backend")
def both_backends(request) -> str:
    """Imported into a folder's conftest.py, runs that folder's database tests on both backends."""
    return request.param
