"""The log file rotates: written far past its limit it keeps six files of at most 1 MB, the newest records in
langmoi.log; configured again it adds no second handler; a file Windows will not rename is written on."""

import logging
import os
from pathlib import Path

import pytest

import storage.logs
from storage.logs import BACKUPS, MAX_BYTES, configure_file_logging

RECORD = "Làng Đăk Book: lỗi khi ghi phiếu " + "x" * 1000


@pytest.fixture
def log_path(tmp_path, monkeypatch) -> Path:
    """The log file in the test's folder; the handler is taken off the root logger afterwards."""
    path = tmp_path / "log" / "langmoi.log"
    monkeypatch.setattr(storage.logs, "log_file", lambda: path)
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, storage.logs._LogFile)]:
        root.removeHandler(handler)
        handler.close()


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_written_past_the_limit_the_log_rotates_and_stays_bounded(log_path):
    assert configure_file_logging() == log_path
    log = logging.getLogger("langmoi.test")
    for number in range(8_000):  # about 8 MB
        log.info("%d %s", number, RECORD)
    _flush()
    files = sorted(log_path.parent.iterdir())
    assert [f.name for f in files] == ["langmoi.log"] + [f"langmoi.log.{n}" for n in range(1, BACKUPS + 1)]
    assert all(f.stat().st_size <= MAX_BYTES for f in files)
    assert sum(f.stat().st_size for f in files) <= (BACKUPS + 1) * MAX_BYTES
    newest = log_path.read_text(encoding="utf-8").splitlines()
    assert newest[-1].endswith(f"INFO langmoi.test: 7999 {RECORD}")
    oldest = (log_path.parent / f"langmoi.log.{BACKUPS}").read_text(encoding="utf-8")
    assert " 0 Làng" not in oldest and int(oldest.split(": ", 1)[1].split()[0]) > 2_000


def test_configured_twice_each_record_is_written_once(log_path):
    configure_file_logging()
    configure_file_logging()
    logging.getLogger("langmoi.test").warning("một lần")
    _flush()
    assert log_path.read_text(encoding="utf-8").count("một lần") == 1


def test_a_log_file_that_cannot_be_renamed_is_written_on_and_rotated_later(log_path, monkeypatch):
    """As on Windows while another Làng Mới has the file open: nothing is lost and no older file shifted."""
    configure_file_logging()
    log = logging.getLogger("langmoi.test")
    for number in range(1_500):
        log.info("%d %s", number, RECORD)
    _flush()
    rotated = (log_path.parent / "langmoi.log.1").read_bytes()
    replace = os.replace

    def refused(source, target):
        if str(source) == str(log_path):
            raise PermissionError(13, "The process cannot access the file", str(source))
        replace(source, target)

    monkeypatch.setattr(os, "replace", refused)
    for number in range(1_500, 2_000):
        log.info("%d %s", number, RECORD)
    _flush()
    text = log_path.read_text(encoding="utf-8")
    assert f" 1999 {RECORD}" in text and log_path.stat().st_size > MAX_BYTES
    assert sorted(f.name for f in log_path.parent.iterdir()) == ["langmoi.log", "langmoi.log.1"]
    assert (log_path.parent / "langmoi.log.1").read_bytes() == rotated
    monkeypatch.setattr(os, "replace", replace)
    log.info("2000 %s", RECORD)
    _flush()
    assert (log_path.parent / "langmoi.log.2").read_bytes() == rotated
    assert f" 1999 {RECORD}" in (log_path.parent / "langmoi.log.1").read_text(encoding="utf-8")


def test_what_is_logged_before_the_log_file_is_set_up_is_written_into_it_first(log_path):
    """The window's first paint logs why the last close's picture was not shown before the log file exists: kept in
    memory until then."""
    from storage.log_buffer import EarlyRecords, keep_early_records

    keep_early_records()
    keep_early_records()
    log = logging.getLogger("langmoi")
    log.info("window picture: %s is ignored (%s)", "a.picture", "its header's CRC32 does not match")
    configure_file_logging()
    log.info("after")
    _flush()
    lines = log_path.read_text(encoding="utf-8").splitlines()
    assert lines[0].endswith("langmoi: window picture: a.picture is ignored (its header's CRC32 does not match)")
    assert len(lines) == 2 and lines[1].endswith("langmoi: after")
    assert not any(isinstance(h, EarlyRecords) for h in logging.getLogger().handlers)

    keep_early_records()  # a second window's start, the log file already set up: straight into it
    log.info("later")
    _flush()
    assert log_path.read_text(encoding="utf-8").splitlines()[2].endswith("langmoi: later")


def test_the_records_kept_before_the_log_file_are_the_newest_few(log_path):
    from storage.log_buffer import KEPT, keep_early_records

    keep_early_records()
    for number in range(KEPT + 5):
        logging.getLogger("langmoi").info("early %d", number)
    configure_file_logging()
    _flush()
    lines = log_path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == KEPT and lines[0].endswith("langmoi: early 5")  # the oldest 5 dropped
