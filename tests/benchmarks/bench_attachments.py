"""What evidence files cost the database: its growth against the files' total size (SQLite, and PostgreSQL when
LANGMOI_TEST_POSTGRESQL is given), and the CPU time to attach and to read back a mebibyte, measured in one run.

Fifty files to one village-year of the sample (photos of 0.5-4 MB, scanned PDFs of 0.3-3 MB, small DOCX), ten of
them attached a second time to another criterion (stored once). Run with
`uv run python -m tests.benchmarks.bench_attachments`. It measures and prints; it never fails on a time.
"""

import os
import shutil
import tempfile
import time
from pathlib import Path

from sqlalchemy import text
from sqlmodel import select

from domain.access import Principal
from domain.attaching import attach_file
from domain.attachments import AttachTarget, attachment_content, village_year_attachments
from domain.criteria import Criterion
from domain.plan import PlanVillage
from domain.plans import list_plans
from storage.backups import take_backup
from storage.database import open_database
from tests.benchmarks.timing import timed
from tests.evidence import docx_bytes, noise_jpeg, pdf_bytes

USER = Principal.local("bench")
MIB = 2 ** 20


def files() -> list[tuple[str, bytes]]:
    made = []
    for number in range(20):
        made.append((f"Ảnh hiện trường {number + 1}.jpg", noise_jpeg(500_000 + number * 180_000)))
    for number in range(20):
        made.append((f"Biên bản quét {number + 1}.pdf", pdf_bytes(padding=300_000 + number * 140_000)))
    for number in range(10):
        made.append((f"Quyết định {number + 1}.docx", docx_bytes(f"Quyết định số {number + 1}/QĐ-UBND " * 50)))
    return made


def _targets(database) -> tuple[int, list[AttachTarget]]:
    with database.session() as session:
        plan = list_plans(session)[0]
        village = session.exec(select(PlanVillage.village_id).where(PlanVillage.plan_id == plan.id)
                               .order_by(PlanVillage.village_id)).first()
        criteria = session.exec(select(Criterion.id).where(Criterion.criteria_set_id == plan.criteria_set_id)
                                .order_by(Criterion.number)).all()
    return plan.id, [AttachTarget.of_criterion(village, criterion, plan.last_year) for criterion in criteria]


def _size(database) -> int:
    """The bytes the database holds: the SQLite file after a checkpoint, or the server's database size."""
    with database.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            return Path(database.engine.url.database).stat().st_size
        return connection.execute(text("SELECT pg_database_size(current_database())")).scalar()


def measure(url: str, made: list[tuple[str, bytes]]) -> dict[str, float]:
    database = open_database(url, actor="bench")
    try:
        plan_id, targets = _targets(database)
        before = _size(database)
        started = time.thread_time()
        for index, (name, content) in enumerate(made):
            with database.unit_of_work(USER) as uow:
                attach_file(uow, plan_id=plan_id, target=targets[index % len(targets)], name=name, content=content)
        for index, (name, content) in enumerate(made[:10]):  # the same bytes again elsewhere
            with database.unit_of_work(USER) as uow:
                attach_file(uow, plan_id=plan_id, target=targets[(index + 1) % len(targets)], name=f"Bản sao {name}",
                            content=content)
        attach_cpu = time.thread_time() - started
        after = _size(database)
        with database.session() as session:
            infos = village_year_attachments(session, village_id=targets[0].village_id, year=targets[0].year)
            started = time.thread_time()
            read = sum(len(attachment_content(session, info.id)) for info in infos)
            read_cpu = time.thread_time() - started
    finally:
        database.close()
    distinct = sum(len(content) for _, content in made)
    return {"growth": after - before, "distinct": distinct, "attached": distinct + sum(len(c) for _, c in made[:10]),
            "attach ms/MiB": attach_cpu * 1000 / (distinct / MIB), "read ms/MiB": read_cpu * 1000 / (read / MIB)}


def main() -> None:
    made = files()
    with tempfile.TemporaryDirectory() as folder:
        plain = Path(folder) / "plain" / "langmoi.sqlite3"
        open_database(f"sqlite:///{plain}", actor="bench").close()
        path = Path(folder) / "files" / "langmoi.sqlite3"
        path.parent.mkdir()
        shutil.copy(plain, path)
        results = {"SQLite": measure(f"sqlite:///{path}", made)}
        backup_plain = timed(lambda: take_backup(plain, "manual"), repeat=2)
        backup_files = timed(lambda: take_backup(path, "manual"), repeat=2)
        server = os.environ.get("LANGMOI_TEST_POSTGRESQL")
        if server:
            from tests.backends import PostgresServer

            postgres = PostgresServer(server, "bench")
            url = postgres.create("sample")
            try:
                results["PostgreSQL"] = measure(url, made)
            finally:
                postgres.drop(url)
                postgres.close()
    for backend, figures in results.items():
        print(f"{backend}: {len(made)} files + 10 again, {figures['distinct'] / MIB:.1f} MiB distinct "
              f"({figures['attached'] / MIB:.1f} MiB attached); database grew {figures['growth'] / MIB:.1f} MiB = "
              f"{figures['growth'] / figures['distinct']:.3f}× the distinct bytes; attach "
              f"{figures['attach ms/MiB']:.0f} ms CPU/MiB (checks, digest, store), read back "
              f"{figures['read ms/MiB']:.1f} ms CPU/MiB (digest checked)")
    print(f"backup: {backup_files * 1000:.0f} ms with the files against {backup_plain * 1000:.0f} ms without "
          f"({backup_files / backup_plain:.1f}×)")


if __name__ == "__main__":
    main()
