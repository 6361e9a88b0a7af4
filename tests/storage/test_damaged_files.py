"""Damaged copies of a real database, made four ways: each is caught at open, kept aside with its WAL, never written
again, and the newest verified backup is offered; a sound file passes, and its WAL is gone after a clean close."""

import logging
import os
import re
import shutil
import sqlite3
import stat
from datetime import date, datetime
from pathlib import Path

import pytest

from storage.backups import take_backup
from storage.database import open_database
from storage.errors import DatabaseDamaged
from storage.integrity import FULL_CHECK_EVERY_DAYS, check_at_open, start_afresh
from tests.conftest import ACTOR

TAKEN = datetime(2026, 11, 22, 14, 5)


@pytest.fixture
def copy_with_backup(sample_database_file, db_path) -> Path:
    """A copy of the sample database with one verified backup taken at 14:05 on 22/11/2026."""
    shutil.copy(sample_database_file, db_path)
    take_backup(db_path, "manual", now=TAKEN)
    return db_path


def _page_size(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    return size


def _garble_middle_page(path: Path) -> None:
    size = _page_size(path)
    pages = path.stat().st_size // size
    with path.open("r+b") as handle:
        handle.seek((pages // 2) * size + 8)
        handle.write(os.urandom(size - 16))


def _zero_header(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.write(bytes(100))


def _truncate(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)


@pytest.mark.parametrize(("damage", "why"), [
    (_garble_middle_page, "kiểm tra toàn vẹn thấy dữ liệu bên trong tệp bị hỏng"),
    (_zero_header, "phần đầu tệp đã bị xóa hoặc ghi đè"),
    (_truncate, "tệp bị cắt ngắn"),
])
def test_a_damaged_file_is_kept_aside_and_the_newest_verified_backup_offered(copy_with_backup, damage, why):
    path = copy_with_backup
    damage(path)
    damaged_bytes = path.read_bytes()
    with pytest.raises(DatabaseDamaged) as caught:
        open_database(f"sqlite:///{path}", actor=ACTOR)
    error = caught.value
    assert error.kept_aside.name.startswith("langmoi.sqlite3.damaged-")
    assert error.kept_aside.read_bytes() == damaged_bytes and not path.exists()
    assert not stat.S_IMODE(error.kept_aside.stat().st_mode) & stat.S_IWUSR
    assert error.backup is not None and error.backup.taken_at == TAKEN and error.backup.villages == 57
    assert str(error).startswith(f"Tệp cơ sở dữ liệu “{path}” bị hỏng ({why}")
    assert str(error).endswith(f"). Tệp đã được cất riêng thành “{error.kept_aside}”, chương trình sẽ không ghi vào "
                               "đó nữa. Bản sao lưu gần nhất đã kiểm tra: 22/11/2026 14:05.")


def test_sqlite_s_english_is_logged_not_said(copy_with_backup, caplog):
    path = copy_with_backup
    _garble_middle_page(path)
    with caplog.at_level(logging.WARNING, logger="storage.integrity"), pytest.raises(DatabaseDamaged) as caught:
        open_database(f"sqlite:///{path}", actor=ACTOR)
    said = str(caught.value)
    assert "(kiểm tra toàn vẹn thấy dữ liệu bên trong tệp bị hỏng)" in said
    assert not re.search(r"\b(page|cell|tree|database|malformed|out of)\b", said, re.IGNORECASE)
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert re.search(r"On tree page \d+|database disk image is malformed", logged)


def test_a_schema_sqlite_cannot_read_is_said_in_vietnamese(copy_with_backup, caplog):
    path = copy_with_backup
    with path.open("r+b") as handle:  # the first page's tables, past the 100 bytes of the header
        handle.seek(100)
        handle.write(b"\xff" * (_page_size(path) - 100))
    with caplog.at_level(logging.WARNING, logger="storage.integrity"), pytest.raises(DatabaseDamaged) as caught:
        open_database(f"sqlite:///{path}", actor=ACTOR)
    assert "bị hỏng (kiểm tra toàn vẹn thấy dữ liệu bên trong tệp bị hỏng)" in str(caught.value)
    assert "malformed" not in str(caught.value)
    assert "database disk image is malformed" in " ".join(record.getMessage() for record in caplog.records)


def test_opening_again_after_a_damage_asks_again_until_the_user_starts_afresh(copy_with_backup):
    path = copy_with_backup
    _zero_header(path)
    with pytest.raises(DatabaseDamaged) as first:
        open_database(f"sqlite:///{path}", actor=ACTOR)
    with pytest.raises(DatabaseDamaged) as again:
        open_database(f"sqlite:///{path}", actor=ACTOR)
    assert again.value.kept_aside == first.value.kept_aside
    assert not path.exists()
    start_afresh(path)
    fresh = open_database(f"sqlite:///{path}", actor=ACTOR)
    assert fresh.created
    fresh.close()


def _wal_of_committed_transactions(path: Path, tmp_path: Path) -> Path:
    """A copy of the database as a crash leaves it: its WAL holding five committed transactions, not checkpointed."""
    live = sqlite3.connect(path, isolation_level=None)
    live.execute("PRAGMA wal_autocheckpoint=0")
    for number in range(5):
        live.execute("UPDATE village SET note = ? WHERE id = (SELECT min(id) FROM village)", (f"ghi lần {number}",))
    crashed = tmp_path / "crashed" / path.name
    crashed.parent.mkdir()
    shutil.copy(path, crashed)
    shutil.copy(path.with_name(path.name + "-wal"), crashed.with_name(crashed.name + "-wal"))
    live.close()
    return crashed


def test_a_wal_with_a_garbled_frame_before_committed_ones_is_damage(copy_with_backup, tmp_path):
    crashed = _wal_of_committed_transactions(copy_with_backup, tmp_path)
    wal = crashed.with_name(crashed.name + "-wal")
    with wal.open("r+b") as handle:
        handle.seek(32 + 24 + 100)  # inside the first frame's page
        handle.write(b"\xff" * 8)
    garbled = wal.read_bytes()
    with pytest.raises(DatabaseDamaged) as caught:
        open_database(f"sqlite:///{crashed}", actor=ACTOR)
    assert "nhật ký ghi (WAL) có khung hỏng" in str(caught.value)
    aside = caught.value.kept_aside
    assert aside.with_name(aside.name + "-wal").read_bytes() == garbled and not wal.exists()


def test_a_wal_left_by_a_crash_is_sound_and_its_transactions_are_kept(copy_with_backup, tmp_path):
    crashed = _wal_of_committed_transactions(copy_with_backup, tmp_path)
    database = open_database(f"sqlite:///{crashed}", actor=ACTOR)
    database.close()
    with sqlite3.connect(crashed) as connection:
        assert connection.execute("SELECT note FROM village ORDER BY id LIMIT 1").fetchone() == ("ghi lần 4",)
    connection.close()
    assert not crashed.with_name(crashed.name + "-wal").exists()  # a clean close leaves no WAL


def test_the_full_integrity_check_runs_once_a_week(copy_with_backup):
    path = copy_with_backup
    check_at_open(path, today=date(2026, 11, 22))
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone() == (date(2026, 11, 22).toordinal(),)
    connection.close()
    check_at_open(path, today=date(2026, 11, 22 + FULL_CHECK_EVERY_DAYS - 1))
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone() == (date(2026, 11, 22).toordinal(),)
    connection.close()
    check_at_open(path, today=date(2026, 11, 22 + FULL_CHECK_EVERY_DAYS))
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone() == (date(2026, 11, 29).toordinal(),)
    connection.close()


def test_the_damaged_copy_can_be_looked_at_read_only(copy_with_backup):
    path = copy_with_backup
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE scratch (x)")  # a table nobody reads, then its page garbled
        connection.executemany("INSERT INTO scratch VALUES (?)", [(os.urandom(3000),) for _ in range(10)])
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'scratch'").fetchone()[0]
    connection.close()
    size = _page_size(path)
    with path.open("r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(b"\x00" * size)
    with pytest.raises(DatabaseDamaged) as caught:
        open_database(f"sqlite:///{path}", actor=ACTOR)
    looking = open_database(f"sqlite:///{caught.value.kept_aside}", actor=ACTOR, read_only=True)
    try:
        assert looking.read_only
        with looking.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM village").scalar() == 57
    finally:
        looking.close()
