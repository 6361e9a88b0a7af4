"""A database in a folder whose name holds ?, #, %, spaces or Vietnamese letters: its URL (built by URL.create in
storage/location.py, the one place) opens that very file, writes to it and opens it again; no other file appears
outside its folder. Also through the read-only opening, a backup, copy-db and the window's database dialog."""

from pathlib import Path, PureWindowsPath

import pytest
from sqlmodel import select

from domain.plan import Plan
from domain.plans import create_plan
from storage.copy_database import copy_database
from storage.database import open_database
from storage.location import database_url, save_choice, saved_choice, sqlite_path, sqlite_url
from storage.read_only import sqlite_uri
from tests.builders import small_plan_draft
from tests.conftest import ACTOR, OFFICER

ODD_FOLDERS = ["Hỏi?đáp", "Báo cáo #2", "100% xong", "a%3Fb", "Tài liệu của tôi", "Làng Mới ?#% & ;=+ ,"]


def _files(root: Path) -> set[Path]:
    return {path.relative_to(root) for path in root.rglob("*") if path.is_file()}


def _plan_codes(database) -> list[str]:
    with database.session() as session:
        return [plan.code for plan in session.exec(select(Plan))]


@pytest.mark.parametrize("name", ODD_FOLDERS)
def test_a_url_names_its_file_again(name, tmp_path):
    path = tmp_path / name / "langmoi.sqlite3"
    url = database_url(str(path))
    assert url == sqlite_url(path)
    assert sqlite_path(url) == path
    assert database_url(url) == url  # given back as a URL (--db, LANGMOI_DB, database.json): the same


@pytest.mark.parametrize("name", ["Hỏi?đáp", "Báo cáo #2", "100% xong", "Làng Mới ?#% & ;=+ ,"])
def test_open_write_and_reopen_the_same_file_and_nothing_else(name, tmp_path):
    folder = tmp_path / name
    path = folder / "langmoi.sqlite3"
    url = database_url(str(path))
    database = open_database(url, actor=ACTOR, with_sample=False)
    with database.unit_of_work(OFFICER) as uow:
        create_plan(uow, draft=small_plan_draft())
    database.close()
    again = open_database(url, actor=ACTOR, with_sample=False)
    assert _plan_codes(again) == ["1-KH/TEST"]
    again.close()
    looking = open_database(url, actor=ACTOR, read_only=True)
    assert _plan_codes(looking) == ["1-KH/TEST"]
    looking.close()
    outside = {file for file in _files(tmp_path) if file.parts[0] != name}
    assert outside == set(), f"files made outside “{name}”: {outside}"
    assert (folder / "langmoi.sqlite3").is_file()
    assert not (tmp_path / name.split("?")[0].split("#")[0]).with_suffix(".sqlite3").exists()


def test_a_backup_and_a_copy_stay_beside_the_odd_file(tmp_path):
    source = tmp_path / "Nguồn ?#%" / "langmoi.sqlite3"
    database = open_database(database_url(str(source)), actor=ACTOR, with_sample=False)
    with database.unit_of_work(OFFICER) as uow:
        create_plan(uow, draft=small_plan_draft())
    backup = database.backup("manual")
    database.close()
    assert backup is not None and backup.path.parent.parent == source.parent
    target = tmp_path / "Đích #1 ?x=y" / "bản sao.sqlite3"
    target.parent.mkdir()
    copy_database(database_url(str(source)), database_url(str(target)), actor=ACTOR)
    copied = open_database(database_url(str(target)), actor=ACTOR, with_sample=False)
    assert _plan_codes(copied) == ["1-KH/TEST"]
    copied.close()
    assert {file.parts[0] for file in _files(tmp_path)} == {"Nguồn ?#%", "Đích #1 ?x=y"}
    assert sorted(file.name for file in (tmp_path / "Đích #1 ?x=y").iterdir()
                  if file.is_file()) == ["bản sao.sqlite3"]


def test_the_chosen_file_is_kept_and_read_back_whole(tmp_path, monkeypatch):
    monkeypatch.setattr("storage.location.choice_file", lambda: tmp_path / "config" / "database.json")
    path = tmp_path / "Hỏi?đáp #3" / "langmoi.sqlite3"
    save_choice(sqlite_url(path))
    assert sqlite_path(database_url(saved_choice())) == path


def test_a_windows_path_with_odd_letters():
    path = PureWindowsPath(r"C:\Users\Nguyễn Văn A\Documents\Dữ liệu?#%\langmoi.sqlite3")
    url = sqlite_url(path)
    assert "?" not in url and "#" not in url  # nothing that a URL reader takes for a query or a fragment
    assert str(sqlite_path(url)) == str(path)
    uri = sqlite_uri(path, mode="rw")
    assert uri.startswith("file:///C:/Users/") and uri.endswith("/langmoi.sqlite3?mode=rw")
    assert "%3F%23%25" in uri


def test_an_in_memory_or_server_url_has_no_file():
    assert sqlite_path("sqlite://") is None
    assert sqlite_path("sqlite:///:memory:") is None
    assert sqlite_path("postgresql+psycopg://langmoi@10.0.0.5/langmoi") is None
