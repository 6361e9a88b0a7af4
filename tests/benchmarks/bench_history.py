"""How the change history and copy-db scale with the audit trail: the sample database with 3,000 audit events
against the same database with 300,000 more, spread over its 57 villages and ten people (a village then has
about 5,300 events, a person 30,000; the dialog shows the newest 5,000 and counts the rest).
The people, kinds and count the dialog of every change reads beside its first page, in SQL (three scans of the
whole audit) and from the audit's tally (domain/history.AuditTally: counted once, then brought up to date from the
rows since its mark). Ratios measured in one run; with LANGMOI_TEST_POSTGRESQL set, copy-db to a server is measured
too.

Run with `uv run python -m tests.benchmarks.bench_history`. It measures and prints; it never fails on a time.
"""

import os
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import make_url
from sqlmodel import func, select

from domain.admin_units import Village
from domain.audit import AuditEvent
from domain.history import AuditTally, HistoryFilter, audit_tally, history, history_count, history_kinds, history_people
from storage.copy_database import copy_database
from storage.database import Database, open_database
from tests.benchmarks.bench_scale import timed

SMALL, LARGE = 3_000, 300_000


def add_events(database: Database, count: int) -> None:
    with database.session() as session:
        villages = list(session.exec(select(Village.id)))
    start = datetime.now(UTC) - timedelta(days=400)
    rows = [{"at": start + timedelta(minutes=i), "actor": f"nguoi{i % 10}", "entity": "visit", "entity_id": i,
             "field": "activities", "old_value": None, "new_value": f"Nội dung làm việc {i}",
             "context": f"village={villages[i % len(villages)]}", "village_id": villages[i % len(villages)]}
            for i in range(count)]
    with database.engine.begin() as connection:
        connection.execute(insert(AuditEvent), rows)


def measure(database: Database, folder: Path, label: str) -> dict[str, float]:
    with database.session() as session:
        village = session.exec(select(Village.id).order_by(Village.id)).first()
        events = session.exec(select(func.count()).select_from(AuditEvent)).one()
    print(f"{label}: {events:,} audit events")

    def read(scope: HistoryFilter) -> None:
        with database.session() as session:
            history(session, scope)
            history_count(session, scope)

    def choices(tally: AuditTally | None) -> None:
        """What the dialog of every change reads beside its first page: the people, the kinds and the count."""
        with database.session() as session:
            everything = HistoryFilter()
            history_people(session, everything, tally)
            history_kinds(session, everything, tally)
            history_count(session, everything, tally)

    def brought_up_to_date() -> AuditTally:
        """The tally held brought up to date after a few saves (audit rows since its mark)."""
        with database.session() as session:
            return audit_tally(session, held)

    def count_tally() -> AuditTally:
        with database.session() as session:
            return audit_tally(session)

    held = count_tally()
    add_events(database, 5)
    copies = iter(range(100))
    result = {
        "village": timed(lambda: read(HistoryFilter.of_village(village))),
        "one person": timed(lambda: read(HistoryFilter(actor="nguoi3"))),
        "everything": timed(lambda: read(HistoryFilter())),
        "choices, in SQL": timed(lambda: choices(None)),
        "tally, counted": timed(count_tally),
        "tally + 5 rows": timed(brought_up_to_date),
        "choices, tally": timed(lambda: choices(held)),
        "copy to file": timed(lambda: copy_database(database.url, f"sqlite:///{folder}/{label}{next(copies)}.sqlite3",
                                                    actor="bench"), repeat=1),
    }
    server = os.environ.get("LANGMOI_TEST_POSTGRESQL")
    if server:
        admin = create_engine(server, isolation_level="AUTOCOMMIT")
        name = f"bench_history_{label}"
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        target = make_url(server).set(database=name).render_as_string(hide_password=False)
        result["copy to server"] = timed(lambda: copy_database(database.url, target, actor="bench"), repeat=1)
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()
    return result


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{Path(folder) / 'history.sqlite3'}", actor="bench")
        add_events(database, SMALL)
        small = measure(database, Path(folder), "small")
        add_events(database, LARGE)
        large = measure(database, Path(folder), "large")
        database.close()
    print(f"{'':16}{'3,000':>12}{'303,000':>12}{'ratio':>9}")
    for key in small:
        print(f"{key:16}{small[key] * 1000:>9.1f} ms{large[key] * 1000:>9.0f} ms{large[key] / small[key]:>8.1f}×")


if __name__ == "__main__":
    main()
