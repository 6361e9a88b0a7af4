"""The server password comes from the keyring; the chosen database is kept without it."""

import json

import keyring
import pytest
from keyring.backends.fail import Keyring as NoStore
from sqlalchemy.engine import make_url

from storage.credentials import SERVICE, keyring_entry, shown, store_password, with_password
from storage.database import open_database
from storage.errors import StorageError
from storage.location import database_url, save_choice
from tests.conftest import ACTOR
from tests.keyrings import memory_keyring  # noqa: F401


def test_a_server_url_is_completed_from_the_keyring(memory_keyring):  # noqa: F811
    url = "postgresql+psycopg://thuky@10.0.0.5/langmoi"
    assert with_password(url) == url  # nothing kept yet: the driver may still find PGPASSWORD
    store_password(url, "bí mật")
    assert memory_keyring.entries == {(SERVICE, "thuky@10.0.0.5:5432/langmoi"): "bí mật"}
    assert make_url(with_password(url)).password == "bí mật"
    assert "bí mật" not in shown(with_password(url))
    assert with_password("sqlite:////tmp/a.sqlite3") == "sqlite:////tmp/a.sqlite3"


def test_the_chosen_database_is_kept_without_its_password(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("LANGMOI_DB", raising=False)
    save_choice("postgresql+psycopg://thuky@10.0.0.5/langmoi")
    [kept] = (tmp_path / "config").rglob("database.json")
    assert json.loads(kept.read_text(encoding="utf-8")) == {"url": "postgresql+psycopg://thuky@10.0.0.5/langmoi"}
    assert database_url(None) == "postgresql+psycopg://thuky@10.0.0.5/langmoi"
    assert database_url(str(tmp_path / "x.sqlite3")).startswith("sqlite:///")


def test_a_server_database_opens_with_the_password_from_the_keyring(postgresql_server, memory_keyring):  # noqa: F811
    url = make_url(postgresql_server.create("empty"))
    try:
        bare = url.set(password=None).render_as_string(hide_password=False)
        memory_keyring.set_password(SERVICE, keyring_entry(bare), url.password)
        database = open_database(bare, actor=ACTOR)
        with database.session() as session:
            assert session.connection().engine.url.password == url.password
        assert database.url == bare
        database.close()
    finally:
        postgresql_server.drop(url.render_as_string(hide_password=False))


def test_a_pc_without_a_password_store_is_told_so_in_vietnamese():
    before = keyring.get_keyring()
    keyring.set_keyring(NoStore())
    try:
        with pytest.raises(StorageError, match="máy này không có kho mật khẩu của hệ điều hành"):
            store_password("postgresql+psycopg://thuky@10.0.0.5/langmoi", "bí mật")
        assert with_password("postgresql+psycopg://thuky@10.0.0.5/langmoi").endswith("thuky@10.0.0.5/langmoi")
    finally:
        keyring.set_keyring(before)
