"""A database driver's English never reaches a user's sentence: SQLite's or the server's failure is said in
Vietnamese (storage.errors.driver_reason) and its own text goes to the log."""

import logging
import re
import sqlite3
import zipfile

import pytest

from storage import integrity
from storage.database import open_database
from storage.errors import StorageError, driver_reason
from storage.workbook_limits import WorkbookLimit, check_workbook
from tests.conftest import ACTOR

ENGLISH = re.compile(r"\b(not|authorized|error|database|failed|syntax|line|column|server)\b", re.IGNORECASE)


def _refused_check(error: sqlite3.Error):
    def check(*_args, **_kwargs):
        raise error
    return check


def test_a_file_sqlite_would_not_check_is_said_in_vietnamese_and_logged(sample_database_file, tmp_path, monkeypatch,
                                                                         caplog):
    path = tmp_path / "langmoi.db"
    path.write_bytes(sample_database_file.read_bytes())
    error = sqlite3.OperationalError("not authorized")
    error.sqlite_errorcode = 23  # SQLITE_AUTH: neither busy nor damaged
    monkeypatch.setattr(integrity, "integrity_problems", _refused_check(error))
    with caplog.at_level(logging.WARNING, logger="storage.errors"), pytest.raises(StorageError) as caught:
        open_database(f"sqlite:///{path}", actor=ACTOR)
    assert str(caught.value) == f"Không kiểm tra được tệp cơ sở dữ liệu “{path}”: không có quyền truy cập tệp."
    assert "not authorized" in " ".join(record.getMessage() for record in caplog.records)


@pytest.mark.parametrize(("error", "said"), [
    (type("UniqueViolation", (Exception,), {"sqlstate": "42501"})("permission denied for table visit"),
     "tài khoản không có quyền làm việc này trên máy chủ"),
    (type("OperationalError", (Exception,), {"sqlstate": None})(
        'connection to server at "10.0.0.5", port 5432 failed: Connection refused'),
     "máy chủ không nhận kết nối (chưa chạy, hoặc sai cổng)"),
    (type("OperationalError", (Exception,), {"sqlstate": None})(
        'connection to server at "10.0.0.5", port 5432 failed: FATAL:  role "lan" does not exist'),
     "máy chủ không có tài khoản (vai trò đăng nhập) này"),
    (type("OperationalError", (Exception,), {"sqlstate": None})(
        'connection to server at "10.0.0.5", port 5432 failed: FATAL:  database "langmoi" does not exist'),
     "máy chủ không có cơ sở dữ liệu này"),
    (type("OperationalError", (Exception,), {"sqlstate": "XX001"})("could not read block 7"),
     "máy chủ báo lỗi mã XX001 (chi tiết ghi trong nhật ký)"),
])
def test_a_server_s_refusal_is_said_in_vietnamese(error, said):
    assert driver_reason(error) == said
    assert not ENGLISH.search(said.replace("XX001", ""))


def test_a_workbook_with_broken_xml_names_the_part_and_place_in_vietnamese(tmp_path):
    path = tmp_path / "hỏng.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook>\n<sheets></workbook>")
    with zipfile.ZipFile(path) as archive, pytest.raises(WorkbookLimit) as caught:
        check_workbook(archive, "hỏng.xlsx")
    assert str(caught.value) == ("Tệp “hỏng.xlsx” bị hỏng, không đọc được (phần “xl/workbook.xml” không phải XML hợp "
                                 "lệ ở dòng 2, cột 10).")
