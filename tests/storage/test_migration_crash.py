"""An upgrade from revision 0001 killed (SIGKILL, a real process) at several of its SQL statements: the file always
opens again, upgraded, sound, with its data; the verified pre-upgrade copy is there."""

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from storage.backups import list_backups
from storage.database import open_database
from storage.schema_version import SCHEMA_REVISION, stored_revision
from tests.conftest import ACTOR
from tests.storage.old_databases import EVIDENCE, VILLAGES, database_at_0001

ROOT = Path(__file__).resolve().parents[2]
# Counts every statement any engine sends and kills its own process at the N-th one, mid-upgrade.
CHILD = """
import os, signal, sys
from sqlalchemy import Engine, event
count = [0]
def tick(*_):
    count[0] += 1
    if count[0] == int(os.environ["KILL_AT"]):
        os.kill(os.getpid(), signal.SIGKILL)
event.listen(Engine, "before_cursor_execute", tick)
from storage.database import open_database
open_database("sqlite:///" + sys.argv[1], actor="tester", with_sample=False).close()
"""


def _upgrade_killed_at(path: Path, statement: int) -> int:
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], cwd=ROOT, timeout=120, capture_output=True,
                          env={**os.environ, "KILL_AT": str(statement)})
    return done.returncode


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
@pytest.mark.parametrize("statement", [2, 150, 450, 850])  # H6's crash test kills at random too
def test_an_upgrade_killed_anywhere_leaves_a_file_that_opens_upgraded_with_its_data(tmp_path, statement):
    path = tmp_path / "langmoi.sqlite3"
    database_at_0001(path)
    assert _upgrade_killed_at(path, statement) == -signal.SIGKILL

    database = open_database(f"sqlite:///{path}", actor=ACTOR, with_sample=False)
    database.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert [name for (name,) in db.execute("SELECT name FROM village ORDER BY id")] == VILLAGES
        assert db.execute("SELECT count(*), min(evidence), max(evidence) FROM assessment").fetchone() == (
            6, EVIDENCE, EVIDENCE)
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_REVISION,)
    db.close()
    copies = [backup for backup in list_backups(path) if backup.reason == "upgrade"]
    assert copies and all(copy.revision == "0001" and copy.verified and copy.assessments == 6 for copy in copies)


def test_the_pre_upgrade_copies_of_two_upgrades_in_one_second_do_not_collide(tmp_path):
    first, second = tmp_path / "a" / "langmoi.sqlite3", tmp_path / "b" / "langmoi.sqlite3"
    for path in (first, second):
        path.parent.mkdir()
        database_at_0001(path)
    from storage.backups import take_backup

    taken = [take_backup(first, "upgrade") for _ in range(3)]
    assert len({backup.path for backup in taken}) == 3
    assert all(sqlite3.connect(backup.path).execute("SELECT count(*) FROM village").fetchone() == (3,)
               for backup in taken)


def test_a_failing_sample_load_leaves_an_empty_file_that_is_made_again_at_the_next_start(db_path, monkeypatch):
    from storage import sample

    def broken(_draft_reader=None):
        raise ValueError("sample workbook unreadable")

    monkeypatch.setattr(sample, "read_sample", broken)
    with pytest.raises(ValueError):
        open_database(f"sqlite:///{db_path}", actor=ACTOR)
    engine_free = sqlite3.connect(db_path)
    assert engine_free.execute("SELECT name FROM sqlite_master").fetchall() == []
    engine_free.close()
    monkeypatch.undo()
    again = open_database(f"sqlite:///{db_path}", actor=ACTOR)
    assert again.created and stored_revision(again.engine) == SCHEMA_REVISION
    again.close()
