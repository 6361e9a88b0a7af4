"""Evidence files go wherever the database goes: `copy-db` to PostgreSQL and back (every table's digest equal, each
file's bytes read back equal), and a backup holds them."""

import hashlib
import shutil
from pathlib import Path

import pytest
from sqlmodel import select

from domain.attaching import attach_file
from domain.attachments import CHUNK_BYTES, AttachTarget, attachment_content, village_year_attachments
from domain.criteria import Criterion
from domain.plan import PlanVillage
from domain.plans import list_plans
from storage.backups import take_backup
from storage.copy_database import TableDigest, copy_database, database_digests
from storage.database import make_engine, open_database
from tests.conftest import ACTOR, OFFICER
from tests.evidence import docx_bytes, jpeg_bytes, pdf_bytes, png_bytes

FILES = {"Biên bản nghiệm thu.pdf": pdf_bytes(padding=2 * CHUNK_BYTES + 12345), "Nhà văn hóa.jpg": jpeg_bytes(),
         "Sơ đồ.png": png_bytes(), "Quyết định.docx": docx_bytes()}


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _with_files(url: str) -> tuple[int, int]:
    """Attach FILES to the first village's first criterion of the last year (and the PDF once more to the second
    criterion: stored once); returns the village and the year."""
    database = open_database(url, actor=ACTOR)
    try:
        with database.session() as session:
            plan = list_plans(session)[0]
            village_id = session.exec(select(PlanVillage.village_id).where(PlanVillage.plan_id == plan.id)
                                      .order_by(PlanVillage.village_id)).first()
            criteria = session.exec(select(Criterion.id).where(Criterion.criteria_set_id == plan.criteria_set_id)
                                    .order_by(Criterion.number)).all()[:2]
        targets = [AttachTarget.of_criterion(village_id, criterion, plan.last_year) for criterion in criteria]
        for name, content in [*FILES.items(), ("Bản sao.pdf", FILES["Biên bản nghiệm thu.pdf"])]:
            with database.unit_of_work(OFFICER) as uow:
                attach_file(uow, plan_id=plan.id, target=targets[name == "Bản sao.pdf"], name=name, content=content)
        return village_id, plan.last_year
    finally:
        database.close()


def _files_read_back(url: str, village_id: int, year: int) -> dict[str, str]:
    """name -> SHA-256 of the bytes the domain reads back (checked against the stored digest on the way)."""
    database = open_database(url, actor=ACTOR, with_sample=False)
    try:
        with database.session() as session:
            return {info.name: hashlib.sha256(attachment_content(session, info.id)).hexdigest()
                    for info in village_year_attachments(session, village_id=village_id, year=year)}
    finally:
        database.close()


def _digests(url: str) -> dict[str, TableDigest]:
    engine = make_engine(url)
    try:
        return database_digests(engine)
    finally:
        engine.dispose()


EXPECTED = {name: hashlib.sha256(content).hexdigest() for name, content in FILES.items()} | {
    "Bản sao.pdf": hashlib.sha256(FILES["Biên bản nghiệm thu.pdf"]).hexdigest()}


@pytest.fixture
def source(sample_database_file: Path, tmp_path: Path) -> tuple[Path, int, int]:
    path = tmp_path / "mot_may.sqlite3"
    shutil.copy(sample_database_file, path)
    return (path, *_with_files(_url(path)))


def test_files_go_to_postgresql_and_back_with_equal_digests(source, postgresql_server, tmp_path):
    path, village_id, year = source
    server = postgresql_server.create("bare")
    try:
        there = copy_database(_url(path), server, actor=ACTOR)
        back = tmp_path / "tro_lai.sqlite3"
        again = copy_database(server, _url(back), actor=ACTOR)
        rows = {table.name: table.rows for table in there.tables}
        assert (rows["filecontent"], rows["attachment"]) == (4, 5)
        assert rows["contentchunk"] == 3 + 3  # the PDF in three chunks, each other file in one
        assert again.sha256 == there.sha256
        assert _digests(_url(back)) == _digests(_url(path)) == _digests(server)
        assert _files_read_back(server, village_id, year) == EXPECTED
        assert _files_read_back(_url(back), village_id, year) == EXPECTED
    finally:
        postgresql_server.drop(server)


def test_a_backup_holds_the_files(source, tmp_path):
    path, village_id, year = source
    backup = take_backup(path, "manual")
    restored = tmp_path / "from_backup.sqlite3"
    shutil.copy(backup.path, restored)
    assert _files_read_back(_url(restored), village_id, year) == EXPECTED
    assert backup.verified
