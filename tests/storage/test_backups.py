"""Backups: verified copies with what they hold, rotated as the retention says over simulated months, restored
atomically after a safety copy, the old file's WAL never applied to the restored one."""

import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from domain.formatting import format_int
from storage.backups import (
    KEEP_DAYS,
    KEEP_MONTHS,
    KEEP_NEWEST,
    KEEP_PER_SPECIAL_REASON,
    KEEP_WEEKS,
    Backup,
    backup_folder,
    list_backups,
    restore_backup,
    take_backup,
    to_keep,
)
from storage.database import open_database
from storage.errors import StorageError
from tests.conftest import ACTOR

SQLITE_ONLY = pytest.mark.parametrize("backend", ["sqlite"])  # backups are of SQLite files
START = datetime(2026, 1, 1, 17, 30)


def _fake(day: int, reason: str = "daily") -> Backup:
    return Backup(Path(f"/b/{day}-{reason}"), START + timedelta(days=day), reason, 1, 0, 0, "0005", True)


def _kept_days(kept: list[Backup]) -> set:
    return {backup.taken_at.date() for backup in kept}


def test_the_retention_keeps_12_days_10_weeks_9_months_and_5_upgrade_copies_over_14_months():
    backups = [_fake(day) for day in range(430)] + [_fake(day, "upgrade") for day in range(0, 430, 40)]
    keep = to_keep(backups)
    kept = [backup for backup in backups if backup.path in keep]
    last = START + timedelta(days=429)
    days = {(last - timedelta(days=n)).date() for n in range(KEEP_DAYS)}
    weeks = {(last - timedelta(weeks=n)).isocalendar()[:2] for n in range(KEEP_WEEKS)}
    daily = [backup for backup in kept if backup.reason == "daily"]
    assert days <= _kept_days(daily)
    assert weeks <= {backup.taken_at.isocalendar()[:2] for backup in daily}
    months = sorted({(backup.taken_at.year, backup.taken_at.month) for backup in daily})
    assert len(months) == KEEP_MONTHS and months[-1] == (last.year, last.month)
    upgrades = sorted(backup.taken_at for backup in kept if backup.reason == "upgrade")
    assert len(upgrades) == KEEP_PER_SPECIAL_REASON and upgrades[-1] == START + timedelta(days=400)
    assert len(kept) <= KEEP_NEWEST + KEEP_DAYS + KEEP_WEEKS + KEEP_MONTHS + KEEP_PER_SPECIAL_REASON


@SQLITE_ONLY
def test_real_backups_over_ten_simulated_months_keep_what_the_retention_says(empty_database, db_path):
    for day in range(300):
        take_backup(db_path, "daily", now=START + timedelta(days=day))
        if day % 7 == 0:
            take_backup(db_path, "import-plan", now=START + timedelta(days=day, hours=1))
    listed = list_backups(db_path)
    on_disk = sorted(path.name for path in backup_folder(db_path).iterdir())
    names = [backup.path.name for backup in listed]
    assert on_disk == sorted(names + [f"{name}.json" for name in names])
    last = START + timedelta(days=299)
    assert {(last - timedelta(days=n)).date() for n in range(KEEP_DAYS)} <= _kept_days(listed)
    oldest = min(backup.taken_at for backup in listed)
    assert (oldest.year, oldest.month) == (2026, 10 - KEEP_MONTHS + 1)
    assert len(listed) < 45 and all(backup.verified for backup in listed)


@SQLITE_ONLY
def test_a_backup_says_what_it_holds_and_two_in_one_second_have_their_own_names(database, db_path):
    first = take_backup(db_path, "manual", now=datetime(2026, 11, 22, 14, 5))
    second = database.backup("import-plan")
    third = take_backup(db_path, "manual", now=datetime(2026, 11, 22, 14, 5))
    assert first.path != third.path and first.path.parent == db_path.parent / "backups"
    assert (first.villages, first.assessments, first.reason, first.verified) == (57, second.assessments, "manual", True)
    assert first.describe() == (f"22/11/2026 14:05, {round(first.size / 1024)} KB, sao lưu theo yêu cầu, 57 thôn, "
                                f"{format_int(second.assessments)} đánh giá")
    with sqlite3.connect(first.path) as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert copy.execute("SELECT count(*) FROM assessment").fetchone() == (first.assessments,)
    copy.close()


def _notes(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        notes = [note for (note,) in connection.execute("SELECT note FROM village ORDER BY id LIMIT 2")]
    connection.close()
    return notes


@SQLITE_ONLY
def test_a_restore_round_trip_keeps_a_safety_copy_and_never_applies_the_old_wal(database, db_path, tmp_path):
    database.close()
    backup = take_backup(db_path, "manual")
    before = _notes(db_path)
    live = sqlite3.connect(db_path, isolation_level=None)  # changes left in the WAL, as by a crash
    live.execute("PRAGMA wal_autocheckpoint=0")
    live.execute("UPDATE village SET note = 'đổi sau khi sao lưu'")
    crash = tmp_path / "crash"
    crash.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(db_path.with_name(db_path.name + suffix), crash / (db_path.name + suffix))
    live.close()
    for suffix in ("", "-wal"):
        shutil.copy(crash / (db_path.name + suffix), db_path.with_name(db_path.name + suffix))

    safety = restore_backup(db_path, backup, actor=ACTOR)
    assert not db_path.with_name(db_path.name + "-wal").exists()
    assert _notes(db_path) == before
    assert _notes(safety.path) == ["đổi sau khi sao lưu"] * 2 and safety.reason == "restore"
    reopened = open_database(f"sqlite:///{db_path}", actor=ACTOR)
    reopened.close()
    assert _notes(db_path) == before


@SQLITE_ONLY
def test_a_damaged_backup_is_not_restored_and_the_file_is_left_alone(database, db_path):
    database.close()
    backup = take_backup(db_path, "manual")
    with backup.path.open("r+b") as handle:
        handle.write(bytes(100))
    original = db_path.read_bytes()
    with pytest.raises(StorageError, match="đã hỏng hoặc không đọc được; không khôi phục từ bản này"):
        restore_backup(db_path, backup)
    assert db_path.read_bytes() == original


@SQLITE_ONLY
def test_a_backup_that_fails_its_check_leaves_nothing_behind(database, db_path):
    database.close()
    with db_path.open("r+b") as handle:
        handle.seek(db_path.stat().st_size // 2)
        handle.write(bytes(8192))
    with pytest.raises(StorageError):
        take_backup(db_path, "manual")
    assert list(backup_folder(db_path).iterdir()) == []


@SQLITE_ONLY
def test_a_read_only_database_takes_no_backup(database, db_path):
    looking = open_database(f"sqlite:///{db_path}", actor=ACTOR, read_only=True)
    try:
        assert looking.backup("manual") is None
    finally:
        looking.close()
