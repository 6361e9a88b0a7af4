"""No password is kept by the program: the chosen database is kept without one, a URL is shown masked, and the
administrator's owner password comes from libpq's own PGPASSWORD when the URL has none."""

import json

from sqlalchemy.engine import make_url

from storage.credentials import shown
from storage.database import open_database
from storage.location import database_url, save_choice
from tests.conftest import ACTOR


def test_a_url_is_shown_with_its_password_masked():
    assert shown("postgresql+psycopg://thuky:bí mật@10.0.0.5/langmoi") == "postgresql+psycopg://thuky:***@10.0.0.5/langmoi"
    assert shown("sqlite:////tmp/a.sqlite3") == "/tmp/a.sqlite3"


def test_the_chosen_database_is_kept_without_its_password(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("LANGMOI_DB", raising=False)
    save_choice("postgresql+psycopg://10.0.0.5/langmoi")
    [kept] = (tmp_path / "config").rglob("database.json")
    assert json.loads(kept.read_text(encoding="utf-8")) == {"url": "postgresql+psycopg://10.0.0.5/langmoi"}
    assert database_url(None) == "postgresql+psycopg://10.0.0.5/langmoi"
    assert database_url(str(tmp_path / "x.sqlite3")).startswith("sqlite:///")


def test_the_owners_password_comes_from_pgpassword_when_the_url_has_none(postgresql_server, monkeypatch):
    url = make_url(postgresql_server.create("empty"))
    try:
        monkeypatch.setenv("PGPASSWORD", url.password)
        open_database(url.set(password=None).render_as_string(hide_password=False), actor=ACTOR).close()
    finally:
        postgresql_server.drop(url.render_as_string(hide_password=False))
