"""backup, backups and restore from the command line; the backups the writing commands take first; pg_dump."""

import shutil
import sqlite3

import pytest

from domain.formatting import format_int
from storage.backups import list_backups
from tests.cli.run import run
from tests.workbooks import annex, write_annex


@pytest.fixture
def sample_file(sample_database_file, db_path):
    shutil.copy(sample_database_file, db_path)
    return db_path


def test_backup_says_where_and_what_backups_lists_it_and_restore_puts_it_back(sample_file, capsys):
    status, out, err = run(capsys, "--db", str(sample_file), "backup")
    [taken] = list_backups(sample_file)
    assert (status, err) == (0, "")
    assert out == (f"Đã sao lưu vào “{taken.path}” ({round(taken.size / 1024)} KB, 57 thôn, "
                   f"{format_int(taken.assessments)} đánh giá, lược đồ phiên bản {taken.revision}; đã kiểm tra toàn "
                   "vẹn).\n")
    with sqlite3.connect(sample_file) as connection:
        connection.execute("DELETE FROM assessment")
    connection.close()

    status, out, _ = run(capsys, "--db", str(sample_file), "backups")
    assert status == 0
    assert out.splitlines()[0] == f"  1. {taken.describe()}"
    assert out.splitlines()[-1] == f"1 bản sao lưu của “{sample_file}”; khôi phục: restore SỐ_THỨ_TỰ."

    status, out, err = run(capsys, "--db", str(sample_file), "restore", "1")
    assert (status, err) == (0, "")
    safety = next(backup for backup in list_backups(sample_file) if backup.reason == "restore")
    assert out.startswith(f"Đã khôi phục “{sample_file}” từ bản sao lưu lúc {taken.taken_text} (")
    assert out.endswith(f"Tệp trước khi khôi phục được sao lưu vào “{safety.path}”.\n")
    assert safety.assessments == 0
    with sqlite3.connect(sample_file) as connection:
        assert connection.execute("SELECT count(*) FROM assessment").fetchone() == (taken.assessments,)
    connection.close()


def test_a_damaged_file_names_the_restore_that_brings_its_backup_back(sample_file, capsys):
    run(capsys, "--db", str(sample_file), "backup")
    [taken] = list_backups(sample_file)
    with sample_file.open("r+b") as handle:
        handle.write(bytes(100))
    status, out, err = run(capsys, "--db", str(sample_file), "export", "plan", str(sample_file.with_suffix(".xlsx")))
    assert (status, out) == (2, "")
    assert err.endswith(f"Bản sao lưu gần nhất đã kiểm tra: {taken.taken_text}. Khôi phục bản đó: uv run main.py "
                        f"restore \"{taken.path}\" (xem cả lệnh backups).\n")

    status, _, err = run(capsys, "--db", str(sample_file), "restore", str(taken.path))
    assert (status, err) == (0, "")
    status, out, _ = run(capsys, "--db", str(sample_file), "export", "plan", str(sample_file.with_suffix(".xlsx")))
    assert status == 0 and "(57 thôn" in out


def test_restore_of_a_backup_that_is_not_there_is_refused(sample_file, capsys):
    run(capsys, "--db", str(sample_file), "backup")
    status, out, err = run(capsys, "--db", str(sample_file), "restore", "7")
    assert (status, out) == (2, "")
    assert err == "langmoi: Không có bản sao lưu số 7: có 1 bản (xem lệnh backups).\n"


def test_import_plan_and_copy_db_back_the_file_up_first(sample_file, tmp_path, capsys):
    status, _, _ = run(capsys, "--db", str(sample_file), "import-plan", str(write_annex(tmp_path / "a.xlsx", annex())))
    assert status == 0
    status, _, _ = run(capsys, "copy-db", "--from", str(sample_file), "--to", str(tmp_path / "copy.sqlite3"))
    assert status == 0
    reasons = [backup.reason for backup in list_backups(sample_file)]
    assert reasons == ["copy-db", "import-plan"]
    [before_import] = [backup for backup in list_backups(sample_file) if backup.reason == "import-plan"]
    with sqlite3.connect(before_import.path) as copy:
        assert copy.execute("SELECT count(*) FROM plan").fetchone() == (1,)
    copy.close()


def test_backup_of_a_shared_server_without_pg_dump_is_refused_in_vietnamese(capsys, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    status, out, err = run(capsys, "--db", "postgresql+psycopg://langmoi@127.0.0.1/langmoi", "backup")
    assert (status, out) == (2, "")
    assert err == ("langmoi: Không tìm thấy chương trình pg_dump (công cụ của PostgreSQL) trên máy này: cài PostgreSQL "
                   "client rồi chạy lại, hoặc nhờ người quản trị máy chủ sao lưu. Bản sao lưu của máy chủ dùng chung "
                   "do người quản trị máy chủ giữ.\n")


@pytest.mark.parametrize("backend", ["postgresql"])
def test_backup_of_a_shared_server_runs_pg_dump(new_database_url, tmp_path, capsys):
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    url = new_database_url("sample")
    target = tmp_path / "server.dump"
    status, out, err = run(capsys, "--db", url, "backup", "--out", str(target))
    assert (status, err) == (0, ""), err
    assert target.read_bytes()[:5] == b"PGDMP" and f"vào “{target}”" in out
