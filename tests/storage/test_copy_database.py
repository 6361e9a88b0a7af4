"""copy-db's storage layer: a one-PC SQLite database onto a PostgreSQL server and back, whole and verified, and
every refusal leaving the target as it was."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import insert, text, update
from sqlalchemy.engine import make_url
from sqlmodel import func, select

from domain.admin_units import AdminUnit, UnitKind
from domain.assessing import set_assessment
from domain.audit import AuditEvent
from domain.criteria import Assessment, Criterion, CriterionStatus
from domain.plan import PlanVillage
from domain.plans import list_plans
from domain.progress import plan_progress
from storage import copy_database as copying
from storage.copy_database import TableDigest, copy_database, database_digests
from storage.database import make_engine, open_database
from storage.errors import StorageError
from tests.conftest import ACTOR, OFFICER

EVIDENCE = "Đã bê tông hóa 1,2 km đường nội thôn; 95% hộ đồng bào Xơ Đăng có nhà tiêu hợp vệ sinh."
NOTE = "Già làng A Nhơn vận động bà con hiến đất."


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture
def source(sample_database_file: Path, tmp_path: Path) -> Path:
    """The sample database of one PC, with an assessment saved through the use case (Vietnamese evidence, audit)."""
    path = tmp_path / "mot_may.sqlite3"
    shutil.copy(sample_database_file, path)
    database = open_database(_url(path), actor=ACTOR)
    with database.session() as session:
        plan = list_plans(session)[0]
        village_id = session.exec(select(func.min(PlanVillage.village_id)).where(PlanVillage.plan_id == plan.id)).one()
        criterion_id = session.exec(select(Criterion.id).where(Criterion.criteria_set_id == plan.criteria_set_id)
                                    .order_by(Criterion.number)).first()
    with database.unit_of_work(OFFICER) as uow:
        set_assessment(uow, plan_id=plan.id, village_id=village_id, criterion_id=criterion_id, year=plan.last_year,
                       status=CriterionStatus.IN_PROGRESS, evidence=EVIDENCE, note=NOTE)
    database.close()
    return path


@pytest.fixture
def server_database(postgresql_server):
    """A factory of new databases on the test server ("bare", "empty", "sample"), dropped after the test."""
    created: list[str] = []

    def make(kind: str = "bare") -> str:
        created.append(postgresql_server.create(kind))
        return created[-1]

    yield make
    for url in created:
        postgresql_server.drop(url)


def _what_people_see(url: str) -> dict:
    """What the window and the sheets show, read through the domain: progress, one village's checklist, audit."""
    database = open_database(url, actor=ACTOR, with_sample=False)
    try:
        with database.session() as session:
            plan = list_plans(session)[0]
            progress = plan_progress(session, plan, plan.last_year)
            village_id = min(progress.by_village)
            checklist = [(a.criterion_id, a.year, a.status, a.evidence, a.note, a.updated_by, a.updated_at, a.version)
                         for a in session.exec(select(Assessment).where(Assessment.village_id == village_id)
                                               .order_by(Assessment.id))]
            audit = [(e.at, e.actor, e.entity, e.entity_id, e.field, e.old_value, e.new_value, e.context)
                     for e in session.exec(select(AuditEvent).order_by(AuditEvent.id))]
            return {"plan": (plan.code, plan.title, plan.issued_on), "progress": progress, "checklist": checklist,
                    "audit": audit}
    finally:
        database.close()


def _digests(url: str) -> dict[str, TableDigest]:
    engine = make_engine(url)
    try:
        return database_digests(engine)
    finally:
        engine.dispose()


def _files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_the_sample_goes_to_postgresql_and_back_with_the_same_counts_digests_and_data(source, server_database,
                                                                                       tmp_path):
    seen_before = _what_people_see(_url(source))
    server = server_database("bare")
    there = copy_database(_url(source), server, actor=ACTOR)
    back = tmp_path / "tro_lai.sqlite3"
    again = copy_database(server, _url(back), actor=ACTOR)

    counts = {table.name: table.rows for table in there.tables}
    assert counts["village"] == 57 and counts["assessment"] > 2800 and counts["auditevent"] >= 3
    assert {table.name: table.rows for table in again.tables} == counts
    assert again.sha256 == there.sha256
    # Recomputed from the files, not taken from the reports: the file that came back holds what the first held.
    assert _digests(_url(back)) == _digests(_url(source)) == {t.name: TableDigest(t.rows, t.sha256)
                                                              for t in there.tables}
    assert (there.source, there.target) == (str(source), make_url(server).render_as_string(hide_password=True))
    assert again.target == str(back)

    on_server, came_back = _what_people_see(server), _what_people_see(_url(back))
    assert on_server == seen_before
    assert came_back == seen_before
    assert (EVIDENCE, NOTE) in [(row[3], row[4]) for row in seen_before["checklist"]]
    assert EVIDENCE in [event[6] for event in seen_before["audit"]]
    assert seen_before["progress"].plan.villages == 57
    assert _files(tmp_path) == ["mot_may.sqlite3", "tro_lai.sqlite3"]


def test_after_the_copy_the_server_gives_new_rows_fresh_ids_and_audits_them(source, server_database):
    server = server_database("bare")
    copy_database(_url(source), server, actor=ACTOR)
    database = open_database(server, actor=ACTOR)
    try:
        with database.session() as session:
            plan = list_plans(session)[0]
            done = set(session.exec(select(Assessment.village_id, Assessment.criterion_id, Assessment.year)))
            villages = session.exec(select(PlanVillage.village_id).where(PlanVillage.plan_id == plan.id)).all()
            criteria = session.exec(select(Criterion.id).where(Criterion.criteria_set_id == plan.criteria_set_id)).all()
            village_id, criterion_id, year = next(
                (v, c, y) for y in range(plan.first_year, plan.last_year + 1) for v in villages for c in criteria
                if (v, c, y) not in done)
            last_assessment = session.exec(select(func.max(Assessment.id))).one()
            last_event = session.exec(select(func.max(AuditEvent.id))).one()
        with database.unit_of_work(OFFICER) as uow:
            version = set_assessment(uow, plan_id=plan.id, village_id=village_id, criterion_id=criterion_id,
                                     year=year, status=CriterionStatus.MET, evidence=EVIDENCE)
        with database.session() as session:
            saved = session.exec(select(Assessment).where(Assessment.village_id == village_id,
                                                          Assessment.criterion_id == criterion_id,
                                                          Assessment.year == year)).one()
            events = session.exec(select(AuditEvent).where(AuditEvent.id > last_event)).all()
    finally:
        database.close()
    assert version == 1
    assert saved.id > last_assessment
    assert (saved.status, saved.evidence) == (CriterionStatus.MET, EVIDENCE)
    assert sorted((e.entity, e.entity_id, e.field, e.new_value, e.actor) for e in events) == [
        ("assessment", saved.id, "evidence", EVIDENCE, ACTOR), ("assessment", saved.id, "status", "met", ACTOR)]


def test_a_server_database_that_holds_rows_is_refused_by_table_and_left_unchanged(source, server_database):
    server = server_database("empty")
    engine = make_engine(server)
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO auditevent (at, actor, entity, field, context) "
                                "VALUES (now(), 'ai đó', 'plan', 'code', 'thử')"))
    engine.dispose()
    before = _digests(server)

    with pytest.raises(StorageError) as refused:
        copy_database(_url(source), server, actor=ACTOR)

    shown = make_url(server).render_as_string(hide_password=True)
    assert str(refused.value) == (f"Cơ sở dữ liệu đích “{shown}” đã có dữ liệu (bảng “auditevent” có dòng); chỉ chép "
                                  "vào một cơ sở dữ liệu mới, trống.")
    assert f":{make_url(server).password}@" not in str(refused.value)
    assert _digests(server) == before


def _tamper(monkeypatch, table_name: str) -> None:
    """The target's digest of one table comes out different, as if a row had been written wrong."""
    real = copying.table_digest

    def tampered(connection, table):
        found = real(connection, table)
        return TableDigest(found.rows, "0" * 64) if table.name == table_name else found

    monkeypatch.setattr(copying, "table_digest", tampered)


def test_a_failed_check_on_the_server_rolls_everything_back(source, server_database, monkeypatch):
    server = server_database("bare")
    _tamper(monkeypatch, "auditevent")
    with pytest.raises(StorageError, match="không khớp ở bảng “auditevent”.*đã hủy, chưa ghi gì"):
        copy_database(_url(source), server, actor=ACTOR)
    assert {name: digest.rows for name, digest in _digests(server).items() if digest.rows} == {}

    monkeypatch.undo()
    copy_database(_url(source), server, actor=ACTOR)  # still a new, empty target
    assert _digests(server) == _digests(_url(source))


def test_a_failed_check_leaves_no_file(source, tmp_path, monkeypatch):
    _tamper(monkeypatch, "assessment")
    with pytest.raises(StorageError) as refused:
        copy_database(_url(source), _url(tmp_path / "moi.sqlite3"), actor=ACTOR)
    assert str(refused.value).startswith("Kiểm tra sau khi chép không khớp ở bảng “assessment” (nguồn ")
    assert _files(tmp_path) == ["mot_may.sqlite3"]


def test_an_existing_target_file_is_refused_and_untouched(source, tmp_path):
    target = tmp_path / "da_co.sqlite3"
    target.write_bytes(b"du lieu cua ai do")
    with pytest.raises(StorageError) as refused:
        copy_database(_url(source), _url(target), actor=ACTOR)
    assert str(refused.value) == (f"Tệp đích “{target}” đã có; chỉ chép sang một tệp mới (chọn tên khác hoặc dời tệp "
                                  "cũ đi).")
    assert target.read_bytes() == b"du lieu cua ai do"
    assert _files(tmp_path) == ["da_co.sqlite3", "mot_may.sqlite3"]


def test_a_missing_source_file_is_refused_and_not_created(tmp_path):
    missing = tmp_path / "khong_co.sqlite3"
    with pytest.raises(StorageError) as refused:
        copy_database(_url(missing), _url(tmp_path / "moi.sqlite3"), actor=ACTOR)
    assert str(refused.value) == f"Không có tệp cơ sở dữ liệu nguồn “{missing}”."
    assert _files(tmp_path) == []


def test_a_database_of_another_program_is_refused_as_a_source_and_left_alone(tmp_path):
    other = tmp_path / "khac.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE ghi_chu (noi_dung TEXT)")
    connection.close()
    before = other.read_bytes()
    with pytest.raises(StorageError, match="không phải là cơ sở dữ liệu của Làng Mới"):
        copy_database(_url(other), _url(tmp_path / "moi.sqlite3"), actor=ACTOR)
    assert other.read_bytes() == before
    assert _files(tmp_path) == ["khac.sqlite3"]


def test_a_unit_whose_parent_came_later_is_copied_under_that_parent(source, tmp_path):
    """Rows go in by id, but a district moved under a province created after it must follow its parent."""
    engine = make_engine(_url(source))
    units = AdminUnit.__table__
    with engine.begin() as connection:
        first = connection.execute(select(func.min(units.c.id)).where(units.c.parent_id.is_(None))).scalar()
        connection.execute(insert(units).values(id=1000, name="Tỉnh Mới", kind=UnitKind.PROVINCE, parent_id=None))
        connection.execute(update(units).where(units.c.id == first).values(parent_id=1000))
    engine.dispose()

    target = tmp_path / "moi.sqlite3"
    report = copy_database(_url(source), _url(target), actor=ACTOR)

    assert _digests(_url(target)) == _digests(_url(source))
    assert {t.name: t.rows for t in report.tables}["adminunit"] == 12
    with sqlite3.connect(target) as connection:
        assert connection.execute("SELECT parent_id FROM adminunit WHERE id = ?", (first,)).fetchone() == (1000,)
    connection.close()
