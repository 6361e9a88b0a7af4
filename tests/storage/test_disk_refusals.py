"""A full disk, a disk that fails to write and a disk pulled out reach a person as a Vietnamese refusal with nothing
written, in a use case and on the command line (exit 2), never as an unexpected error; the next save works."""

import dataclasses
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event

from domain.plans import create_plan, list_plans
from storage import database as database_module
from storage.database import open_database
from storage.sqlite_refusals import DiskError, DiskFull
from tests.builders import small_plan_draft
from tests.cli.run import run
from tests.conftest import ACTOR, OFFICER
from tests.workbooks import annex, write_annex

ROOT = Path(__file__).resolve().parents[2]


def _full(db_path) -> str:
    return f"Ổ đĩa chứa tệp “{db_path}” đã đầy: chưa ghi gì. Giải phóng chỗ trống rồi thử lại."


def _plan_codes(database) -> list[str]:
    with database.session() as session:
        return [plan.code for plan in list_plans(session)]


def _no_room(dbapi_connection, _record) -> None:
    """SQLite's own limit, at the file's present size: the next page it needs is refused with SQLITE_FULL, as
    on a full disk."""
    pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
    dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")


def _with_evidence(code: str = "1-KH/TEST"):
    """The small plan with 4,000 characters of evidence in each of its ten assessments: it needs new pages."""
    draft = small_plan_draft(code)
    return dataclasses.replace(draft, assessments=[dataclasses.replace(assessment, evidence="Biên bản " * 400)
                                                   for assessment in draft.assessments])


def _compact(db_path: Path) -> None:
    """No free page left inside the file, so that a new plan needs the file to grow."""
    connection = sqlite3.connect(db_path)
    connection.execute("VACUUM")
    connection.close()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_full_disk_refuses_the_save_whole_and_the_next_one_works(empty_database, db_path):
    empty_database.engine.dispose()
    _compact(db_path)
    event.listen(empty_database.engine, "connect", _no_room)
    with pytest.raises(DiskFull) as refused, empty_database.unit_of_work(OFFICER) as uow:
        create_plan(uow, draft=_with_evidence())
    assert str(refused.value) == _full(db_path)
    assert _plan_codes(empty_database) == []

    event.remove(empty_database.engine, "connect", _no_room)
    empty_database.engine.dispose()  # room freed
    with empty_database.unit_of_work(OFFICER) as uow:
        create_plan(uow, draft=_with_evidence())
    assert _plan_codes(empty_database) == ["1-KH/TEST"]


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_command_line_says_the_disk_is_full_with_exit_2(empty_database, db_path, tmp_path, capsys,
                                                             monkeypatch):
    empty_database.close()
    _compact(db_path)
    sheets = annex()
    more = [f"Thôn {number}" for number in range(2, 300)]  # 300 villages: the file must grow
    sheets["Địa bàn"] += [["Huyện A", "Xã Hai", village, 100, None, None, None] for village in more]
    sheets["Phân công"] += [["Sở Hai", "Huyện A", "Xã Hai", village, "Chủ trì"] for village in more]
    sheets["Tổ hỗ trợ"] += [["Huyện A", "Xã Hai", village, f"Tổ trưởng {village}", None, "Sở Hai", "Tổ trưởng", None]
                            for village in more]
    workbook = write_annex(tmp_path / "phu_luc.xlsx", sheets)
    pragmas = database_module._sqlite_pragmas

    def pragmas_and_no_room(dbapi_connection, record) -> None:
        pragmas(dbapi_connection, record)
        _no_room(dbapi_connection, record)

    monkeypatch.setattr(database_module, "_sqlite_pragmas", pragmas_and_no_room)
    status, out, err = run(capsys, "--db", str(db_path), "import-plan", str(workbook))
    assert (status, out, err) == (2, "", f"langmoi: {_full(db_path)}\n")

    monkeypatch.setattr(database_module, "_sqlite_pragmas", pragmas)
    again = open_database(f"sqlite:///{db_path}", actor=ACTOR)
    try:
        assert _plan_codes(again) == []
    finally:
        again.close()
    status, _out, err = run(capsys, "--db", str(db_path), "import-plan", str(workbook))
    assert (status, err) == (0, "")


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_disk_that_fails_to_write_is_said_and_nothing_is_written(empty_database, db_path):
    empty_database.close()
    done = subprocess.run([sys.executable, "-m", "tests.storage.failing_disk", str(db_path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"DiskError: Không đọc/ghi được tệp “{db_path}” (lỗi ổ đĩa): chưa ghi gì. Kiểm tra ổ đĩa (ổ USB còn cắm "
        "không?) rồi thử lại.", "saved"]
    again = open_database(f"sqlite:///{db_path}", actor=ACTOR)
    try:
        assert _plan_codes(again) == ["2-KH/TEST"]
        with again.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        again.close()


def test_a_disk_pulled_out_is_said_and_the_file_is_used_again_once_back(tmp_path):
    stick = tmp_path / "usb"
    db_path = stick / "langmoi.sqlite3"
    database = open_database(f"sqlite:///{db_path}", actor=ACTOR, with_sample=False)
    try:
        database.engine.dispose()  # the next unit of work opens the file again
        stick.rename(tmp_path / "usb-away")
        with pytest.raises(DiskError) as refused, database.unit_of_work(OFFICER) as uow:
            create_plan(uow, draft=small_plan_draft())
        assert str(refused.value) == (
            f"Không mở được tệp “{db_path}”: tệp hoặc ổ đĩa chứa nó không còn ở đó (ổ USB đã rút ra?), hoặc không có "
            "quyền mở: chưa ghi gì. Cắm lại ổ đĩa hoặc chép tệp về chỗ cũ rồi thử lại.")
        assert not stick.exists()  # no new empty file made in its place

        (tmp_path / "usb-away").rename(stick)
        assert _plan_codes(database) == []
        with database.unit_of_work(OFFICER) as uow:
            create_plan(uow, draft=small_plan_draft())
        assert _plan_codes(database) == ["1-KH/TEST"]
    finally:
        database.close()


def test_a_file_moved_away_under_the_program_is_said_and_not_replaced_by_an_empty_one(tmp_path):
    db_path = tmp_path / "langmoi.sqlite3"
    database = open_database(f"sqlite:///{db_path}", actor=ACTOR, with_sample=False)
    try:
        database.engine.dispose()  # the next unit of work opens the file again
        db_path.rename(tmp_path / "moved.sqlite3")
        with pytest.raises(DiskError) as refused, database.unit_of_work(OFFICER) as uow:
            create_plan(uow, draft=small_plan_draft())
        assert str(refused.value).startswith(f"Không mở được tệp “{db_path}”: tệp hoặc ổ đĩa chứa nó không còn ở đó")
        assert not db_path.exists()
    finally:
        database.close()
