"""copy-db and setup-server from the command line: what is printed, exit statuses, and never a password."""

import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from domain.formatting import format_int
from domain.schema import TABLES
from storage.database import open_database
from storage.schema_version import SCHEMA_REVISION
from tests.cli.run import run
from tests.conftest import ACTOR
from tests.storage.test_server_roles import application_role, migrate_to

LAST_LINE = re.compile(rf"Đã chép (?P<rows>[\d.]+) dòng của {len(TABLES)} bảng từ “(?P<source>[^”]+)” sang "
                       r"“(?P<target>[^”]+)”; đếm và mã kiểm tra \(SHA-256 (?P<digest>[0-9a-f]{12})\) khớp\.")
"""Every table of the schema is copied, those without rows too."""


@pytest.fixture
def one_pc(sample_database_file, tmp_path) -> Path:
    path = tmp_path / "mot_may.sqlite3"
    shutil.copy(sample_database_file, path)
    return path


def _counts(path: Path) -> dict[str, int]:
    """Rows per table, counted by SQLite itself."""
    with sqlite3.connect(path) as connection:
        names = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                        "AND name NOT IN ('alembic_version', 'sqlite_sequence')")]
        counts = {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
    connection.close()
    return counts


def _secret(url: str) -> str:
    """How a password would appear in a printed URL (here the test server's password equals its user name)."""
    return f":{make_url(url).password}@"


def test_copy_db_prints_each_table_that_has_rows_and_the_check(one_pc, tmp_path, capsys):
    target = tmp_path / "ban_sao.sqlite3"
    status, out, err = run(capsys, "copy-db", "--from", str(one_pc), "--to", str(target))
    assert (status, err) == (0, "")
    counts = _counts(one_pc)
    *tables, last = out.splitlines()
    assert sorted(tables) == sorted(f"  {name}: {format_int(rows)} dòng" for name, rows in counts.items() if rows)
    assert "  assessment: 2.856 dòng" in tables
    found = LAST_LINE.fullmatch(last)
    assert found and (found["rows"], found["source"], found["target"]) == (
        format_int(sum(counts.values())), str(one_pc), str(target))
    assert _counts(target) == counts


def test_an_existing_target_is_one_line_on_stderr_and_exit_status_2(one_pc, tmp_path, capsys):
    target = tmp_path / "da_co.sqlite3"
    shutil.copy(one_pc, target)
    before = target.read_bytes()
    assert run(capsys, "copy-db", "--from", str(one_pc), "--to", str(target)) == (
        2, "", f"langmoi: Tệp đích “{target}” đã có; chỉ chép sang một tệp mới (chọn tên khác hoặc dời tệp cũ đi).\n")
    assert target.read_bytes() == before


def test_copy_db_needs_both_ends(one_pc, capsys):
    status, out, err = run(capsys, "copy-db", "--from", str(one_pc))
    assert (status, out) == (2, "")
    assert err == "langmoi copy-db: thiếu tham số bắt buộc: --to (xem --help)\n"


def test_to_the_server_and_back_the_same_check_and_no_password_printed(one_pc, tmp_path, postgresql_server, capsys):
    server = postgresql_server.create("bare")
    try:
        status, out, err = run(capsys, "copy-db", "--from", str(one_pc), "--to", server)
        assert (status, err) == (0, "")
        back = tmp_path / "tro_lai.sqlite3"
        status, out_back, err = run(capsys, "copy-db", "--from", server, "--to", str(back))
        assert (status, err) == (0, "")
    finally:
        postgresql_server.drop(server)
    there, again = LAST_LINE.fullmatch(out.splitlines()[-1]), LAST_LINE.fullmatch(out_back.splitlines()[-1])
    shown = make_url(server).render_as_string(hide_password=True)
    assert (there["target"], again["source"]) == (shown, shown)
    assert there["digest"] == again["digest"]
    assert out.splitlines()[:-1] == out_back.splitlines()[:-1]
    assert _secret(server) not in out + out_back
    assert _counts(back) == _counts(one_pc)


def test_a_server_that_holds_rows_is_refused_in_one_line_without_the_password(one_pc, postgresql_server, capsys):
    server = postgresql_server.create("sample")
    try:
        status, out, err = run(capsys, "copy-db", "--from", str(one_pc), "--to", server)
    finally:
        postgresql_server.drop(server)
    shown = make_url(server).render_as_string(hide_password=True)
    assert (status, out) == (2, "")
    assert err == (f"langmoi: Cơ sở dữ liệu đích “{shown}” đã có dữ liệu (bảng “adminunit” có dòng); chỉ chép vào "
                   "một cơ sở dữ liệu mới, trống.\n")
    assert _secret(server) not in err


def test_setup_server_upgrades_the_schema_and_grants_the_application_role(postgresql_server, capsys):
    with application_role(postgresql_server) as role:
        owner = role.database("bare")
        migrate_to(owner, "0003")
        status, out, err = run(capsys, "--db", owner, "setup-server", "--app-role", role.name)
        shown = make_url(owner).render_as_string(hide_password=True)
        assert (status, err) == (0, "")
        rules = ("cài các vai trò nhóm, quyền, chính sách theo dòng và nhật ký do máy chủ ghi; vai trò cũ "
                 f"“{role.name}” được quyền như Văn phòng.")
        assert out == (f"Đã nâng cấp cơ sở dữ liệu “{shown}” từ phiên bản 0003 lên phiên bản {SCHEMA_REVISION} và "
                       f"{rules}\n")
        open_database(role.url(owner), actor=ACTOR).close()  # the application role now opens it

        status, out, err = run(capsys, "--db", owner, "setup-server", "--app-role", role.name)
        assert (status, err) == (0, "")
        assert out == f"Cơ sở dữ liệu “{shown}” đã ở phiên bản {SCHEMA_REVISION}; đã {rules}\n"


def test_setup_server_refuses_an_sqlite_file_and_does_not_create_it(tmp_path, capsys):
    path = tmp_path / "mot_may.sqlite3"
    status, out, err = run(capsys, "--db", str(path), "setup-server", "--app-role", "langmoi_app")
    assert (status, out) == (2, "")
    assert err == (f"langmoi: “{path}” không phải cơ sở dữ liệu PostgreSQL: cấp quyền cho vai trò chỉ dùng với máy chủ "
                   "PostgreSQL dùng chung (--db postgresql+psycopg://CHỦ_SỞ_HỮU@MÁY_CHỦ/TÊN_CSDL).\n")
    assert not path.exists()
