"""Migration 0006 on a database that today's code (revision 0005) filled with what SQLite accepts and nothing
else can handle: a 10 MB evidence text, a 1 MB note with NUL, control characters, an audit row of 1 MB. After
opening it, every value is within its column with an audit row saying what was done, and copy-db to
PostgreSQL, the agency's update workbook and the village sheets all work."""

import importlib.util
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import select

from domain.audit import AuditEvent
from domain.bounds import max_length
from domain.criteria import Assessment
from domain.schema import metadata
from storage.cleaning import ACTOR
from storage.database import open_database
from storage.migrate import MIGRATIONS
from tests.cli.run import run
from tests.conftest import ACTOR as TESTER

EVIDENCE = "Biên bản " * 1_165_085 + "\x07"  # 10.485.766 characters
NOTE = "\x00" + "x" * 1_048_576
AFTER_0006 = {"documentsettings", "reorganisation", "unitchange", "unitperiod", "villagemembership",
              "reviewcomment", "villagereview", "reviewround", "yearclosure",
              "filecontent", "contentchunk", "attachment"}
"""Tables a later migration creates: 0006 never saw them."""


def _at_0005_with_hostile_values(sample: Path, path: Path) -> dict:
    """The sample database put back at revision 0005 (0006 changes no schema; 0007 adds one table, 0008 two
    columns of useraccount, 0010 four tables and three columns, 0011 four tables, dropped here), then written to by
    raw SQL."""
    shutil.copy(sample, path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = '0005'")
        for table in sorted(AFTER_0006):
            db.execute(f"DROP TABLE {table}")
        for table, column in (("plan", "continues_plan_id"), ("adminunit", "valid_until"), ("adminunit", "valid_from")):
            db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        db.execute("ALTER TABLE useraccount DROP COLUMN must_change_password")  # 0009's
        db.execute("ALTER TABLE useraccount DROP COLUMN locked_until")
        db.execute("ALTER TABLE useraccount DROP COLUMN failed_sign_ins")
        assessment_id, village_id, year, village, commune, agency = db.execute(
            "SELECT a.id, a.village_id, a.year, v.name, u.name, g.name FROM assessment a "
            "JOIN village v ON v.id = a.village_id JOIN adminunit u ON u.id = v.commune_id "
            "JOIN assignment s ON s.village_id = a.village_id AND s.role = 'lead' JOIN agency g ON g.id = s.agency_id "
            "ORDER BY a.year DESC, a.id LIMIT 1").fetchone()
        db.execute("UPDATE assessment SET evidence = ?, note = ? WHERE id = ?", (EVIDENCE, "Ghi\x1bchú", assessment_id))
        db.execute("UPDATE village SET note = ? WHERE id = ?", (NOTE, village_id))
        db.execute("UPDATE agency SET address = ? WHERE name = ?", ("Số 1\nđường\x0cHùng Vương", agency))
        db.execute("UPDATE criterion SET requirement = requirement || ? WHERE id = "
                   "(SELECT criterion_id FROM assessment WHERE id = ?)", ("\x00\x1f", assessment_id))
        db.execute("INSERT INTO auditevent (at, actor, entity, entity_id, field, old_value, new_value, context, "
                   "village_id) VALUES ('2025-01-01 00:00:00', 'ai đó', 'village', ?, 'note', ?, '', '', ?)",
                   (village_id, "y" * 1_048_576 + "\x00", village_id))
    db.close()
    return {"assessment": assessment_id, "village": f"{village}, {commune}", "agency": agency, "year": str(year)}


@pytest.fixture(scope="module")
def cleaned(sample_database_file, tmp_path_factory) -> tuple[Path, dict]:
    """Made and upgraded once for this module: every test here only reads it."""
    path = tmp_path_factory.mktemp("cleaned") / "cu.sqlite3"
    hostile = _at_0005_with_hostile_values(sample_database_file, path)
    open_database(f"sqlite:///{path}", actor=TESTER).close()
    return path, hostile


def _text_lengths(path: Path) -> dict[tuple[str, str], int]:
    """The longest value of every text column, as SQLite counts it."""
    with sqlite3.connect(path) as db:
        lengths = {}
        for table in metadata.tables.values():
            for column in table.columns:
                if getattr(column.type, "length", None) and column.type.python_type is not bool:
                    lengths[table.name, column.name] = db.execute(
                        f'SELECT coalesce(max(length(CAST("{column.name}" AS BLOB))), 0) FROM "{table.name}"'
                    ).fetchone()[0]
    db.close()
    return lengths


def test_every_value_is_cleaned_within_its_column_and_each_cleaning_is_audited(cleaned):
    path, hostile = cleaned
    database = open_database(f"sqlite:///{path}", actor=TESTER)
    with database.session() as session:
        assessment = session.get(Assessment, hostile["assessment"])
        events = {(e.entity, e.field): e for e in session.exec(select(AuditEvent).where(AuditEvent.actor == ACTOR))}
    database.close()
    assert len(assessment.evidence) == 4000 and assessment.evidence.endswith("…")
    assert "\x07" not in assessment.evidence
    assert assessment.note == "Ghichú"
    assert set(events) == {("assessment", "evidence"), ("assessment", "note"), ("village", "note"),
                           ("agency", "address"), ("criterion", "requirement"), ("auditevent", "old_value")}
    evidence = events["assessment", "evidence"]
    assert evidence.context == "làm sạch khi nâng cấp: bỏ 1 ký tự điều khiển; cắt từ 10.485.765 xuống 4.000 ký tự"
    assert evidence.old_value.endswith("… (gốc dài 10.485.766 ký tự)") and len(evidence.old_value) == 4000
    assert evidence.new_value == assessment.evidence
    address = events["agency", "address"]
    assert (address.old_value, address.new_value) == ("Số 1\nđường\\x0CHùng Vương", "Số 1 đườngHùng Vương")
    assert address.context == "làm sạch khi nâng cấp: bỏ 1 ký tự điều khiển; đổi 1 dấu xuống dòng, tab thành dấu cách"
    assert events["village", "note"].old_value.startswith("\\x00xxx")
    assert not any("\x00" in (e.old_value or "") for e in events.values())


def test_no_stored_value_passes_its_column_after_the_upgrade(cleaned):
    path, _ = cleaned
    limits = {(t.name, c.name): c.type.length for t in metadata.tables.values() for c in t.columns
              if getattr(c.type, "length", None)}
    too_long = {where: length for where, length in _text_lengths(path).items() if length > 4 * limits[where]}
    assert too_long == {}
    with sqlite3.connect(path) as db:
        nul = db.execute("SELECT count(*) FROM auditevent WHERE instr(CAST(old_value AS BLOB), x'00') > 0").fetchone()
    db.close()
    assert nul == (0,)


def test_the_update_workbook_and_the_village_sheets_are_written_from_it(cleaned, tmp_path, capsys):
    path, hostile = cleaned
    base = ("--db", str(path), "export")
    status, _, err = run(capsys, *base, "updates", "--agency", hostile["agency"], "--year", hostile["year"],
                         "--out", str(tmp_path / "phieu.xlsx"))
    assert (status, err) == (0, "")
    status, _, err = run(capsys, *base, "sheets", "--village", hostile["village"], "--year", hostile["year"],
                         "--out", str(tmp_path / "thon.pdf"))
    assert (status, err) == (0, "")
    status, _, err = run(capsys, *base, "sheets", "--agency", hostile["agency"], "--year", hostile["year"],
                         "--out", str(tmp_path / "co_quan.pdf"))
    assert (status, err) == (0, "")
    assert all((tmp_path / name).stat().st_size > 0 for name in ("phieu.xlsx", "thon.pdf", "co_quan.pdf"))


def test_the_migration_cleans_every_text_column_of_the_models_to_its_length():
    spec = importlib.util.spec_from_file_location("m0006", MIGRATIONS / "versions" / "0006_clean_stored_text.py")
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    cleaned = {(table, column): length for table, columns in migration.TEXT_COLUMNS.items()
               for column, (length, _) in columns.items()}
    assert cleaned == {(table, column): max_length(table, column) for table, column in cleaned}
    assert set(cleaned) == {(t.name, c.name) for t in metadata.tables.values() for c in t.columns
                            if max_length(t.name, c.name) is not None and t.name not in AFTER_0006}


def test_copy_db_takes_it_to_postgresql(cleaned, postgresql_server, capsys):
    path, _ = cleaned
    server = postgresql_server.create("bare")
    try:
        status, out, err = run(capsys, "copy-db", "--from", str(path), "--to", server)
    finally:
        postgresql_server.drop(server)
    assert (status, err) == (0, "")
    assert "khớp." in out.splitlines()[-1]


def test_a_name_that_cleaning_makes_equal_to_another_keeps_its_id(sample_database_file, tmp_path):
    path = tmp_path / "trung.sqlite3"
    _at_0005_with_hostile_values(sample_database_file, path)
    with sqlite3.connect(path) as db:
        name, = db.execute("SELECT name FROM agency ORDER BY id LIMIT 1").fetchone()
        twin = db.execute("INSERT INTO agency (name, short_name, kind, address, phone) VALUES (?, '', 'other', '', '')",
                          (name + "\x00",)).lastrowid
    db.close()
    open_database(f"sqlite:///{path}", actor=TESTER).close()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT name FROM agency WHERE id = ?", (twin,)).fetchone() == (f"{name} ({twin})",)
    db.close()
