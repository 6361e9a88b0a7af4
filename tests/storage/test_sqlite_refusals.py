"""SQLite's "database is locked" (another program kept writing past the busy timeout) reaches a person as a
Vietnamese refusal with nothing written, in a use case and on the command line, never as an unexpected error."""

import sqlite3

import pytest
from sqlmodel import select

from domain.plan import Plan
from domain.plans import create_plan
from storage import database as database_module
from storage.sqlite_refusals import DatabaseBusy
from tests.builders import small_plan_draft
from tests.cli.run import run
from tests.conftest import OFFICER
from tests.workbooks import annex, write_annex


@pytest.fixture
def another_writer(db_path, monkeypatch):
    """A connection of another program in the middle of a long write transaction; writes wait 0.2 s for it."""
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 200)
    connection = sqlite3.connect(db_path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    yield connection
    connection.execute("ROLLBACK")
    connection.close()


def _busy(db_path) -> str:
    return (f"Tệp “{db_path}” đang bận: một chương trình khác đang ghi vào đó và chưa xong. Chưa ghi gì; "
            "thử lại sau ít phút.")


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_use_case_meeting_another_writer_is_refused_in_vietnamese(empty_database, db_path, another_writer):
    empty_database.engine.dispose()  # its connections were made before the shorter timeout
    with pytest.raises(DatabaseBusy) as refused, empty_database.unit_of_work(OFFICER) as uow:
        create_plan(uow, draft=small_plan_draft())
    assert str(refused.value) == _busy(db_path)
    another_writer.execute("ROLLBACK")
    another_writer.execute("BEGIN")
    with empty_database.session() as session:
        assert session.exec(select(Plan)).all() == []


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_command_line_says_so_with_exit_2(empty_database, db_path, tmp_path, another_writer, capsys):
    workbook = write_annex(tmp_path / "phu_luc.xlsx", annex())
    status, out, err = run(capsys, "--db", str(db_path), "import-plan", str(workbook))
    assert (status, out, err) == (2, "", f"langmoi: {_busy(db_path)}\n")
