"""check-data lists the stored numbers and dates outside their bounds (which no migration guesses at), each with
its record and village, and exits 2; a clean database says so and exits 0. A year's minority households above
the village's households (lowered by raw SQL here, as a later plan import may lower them) are listed too."""

import shutil
import sqlite3
from datetime import date, timedelta

from domain.formatting import format_date
from tests.cli.run import run


def test_the_sample_is_within_every_bound(sample_database_file, tmp_path, capsys):
    path = tmp_path / "mau.sqlite3"
    shutil.copy(sample_database_file, path)
    assert run(capsys, "--db", str(path), "check-data") == (0, "Mọi giá trị đã lưu đều nằm trong giới hạn.\n", "")


def test_impossible_numbers_written_by_raw_sql_are_listed(sample_database_file, tmp_path, capsys):
    path = tmp_path / "so_sai.sqlite3"
    shutil.copy(sample_database_file, path)
    with sqlite3.connect(path) as db:
        village = db.execute("SELECT v.id, v.name FROM village v JOIN householdindicators h ON h.village_id = v.id "
                             "ORDER BY h.id LIMIT 1").fetchone()
        first, *later = (row[0] for row in db.execute(
            "SELECT id FROM householdindicators WHERE village_id = ? ORDER BY year", village[:1]))
        db.execute("UPDATE householdindicators SET minority_households = 1000000000000000 WHERE id = ?", (first,))
        db.execute("UPDATE village SET households = 50, minority_households = 500 WHERE id = ?", village[:1])
        db.execute("INSERT INTO visit (village_id, day, people, activities, agreed, version) "
                   "VALUES (?, '1900-01-01', 'Tổ', '', '', 1)", village[:1])
        visit = db.execute("SELECT max(id) FROM visit").fetchone()[0]
    db.close()
    status, out, err = run(capsys, "--db", str(path), "check-data")
    assert (status, out) == (2, "")
    assert err.splitlines() == [
        "langmoi: 5 bản ghi có giá trị ngoài giới hạn; hãy sửa trong chương trình:",
        f"- Thôn (làng) (mã {village[0]}), thôn {village[1]}: Số hộ DTTS: 500 lớn hơn số hộ (50).",
        f"- Hộ đồng bào DTTS (mã {first}), thôn {village[1]}: Tổng số hộ ĐBDTTS: 1.000.000.000.000.000 vượt quá "
        "giới hạn 100.000 hộ.",
        # the sample's 2024 and 2025 (90 and 92 minority households) were within the annex's 186 households
        f"- Hộ đồng bào DTTS (mã {later[0]}), thôn {village[1]}: Tổng số hộ ĐBDTTS: 90 lớn hơn số hộ của thôn (50).",
        f"- Hộ đồng bào DTTS (mã {later[1]}), thôn {village[1]}: Tổng số hộ ĐBDTTS: 92 lớn hơn số hộ của thôn (50).",
        f"- Đi cơ sở (mã {visit}), thôn {village[1]}: Ngày: 01/01/1900 nằm ngoài khoảng cho phép (01/01/2000 – "
        f"{format_date(date.today() + timedelta(days=366))}).",
    ]


def test_copy_db_refused_on_an_impossible_number_points_to_check_data(sample_database_file, tmp_path,
                                                                     postgresql_server, capsys):
    path = tmp_path / "so_sai.sqlite3"
    shutil.copy(sample_database_file, path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE householdindicators SET minority_households = 1000000000000000 "
                   "WHERE id = (SELECT min(id) FROM householdindicators)")
    db.close()
    server = postgresql_server.create("bare")
    try:
        status, out, err = run(capsys, "copy-db", "--from", str(path), "--to", server)
    finally:
        postgresql_server.drop(server)
    assert status == 2
    assert err.startswith("langmoi: Không chép được bảng “householdindicators” sang “")
    assert err.endswith(": có số vượt quá giới hạn máy chủ nhận được; chưa ghi gì. "
                        "Lệnh check-data liệt kê các giá trị đã lưu nằm ngoài giới hạn, để sửa trong chương trình.\n")
