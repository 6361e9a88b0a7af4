"""The review progress page (issue 19) at 57, 1,000 and 10,000 villages against a raw SQLite floor: hand-written SQL
run with sqlite3 on the same file returning the same figures (expected, on time, late, not sent, overdue, approved,
returned by commune, district, lead agency and plan) and the reminder list (each village awaited, its lead agency,
team lead and phone).

Measured: "report (places held)" is what the page's read runs (domain/completeness.completeness_report given the
window's places), "report (places read)" the same reading the plan's places too (the export and the command line),
"page filled" the GUI thread's part (CompletenessView.set_report: the two models and their columns measured,
offscreen). The yearly round of 2025 holds, village by village: 3 in 10 approved, 2 sent on time, 1 late, 1
returned, 3 with no row (in review); read on 10/12/2025, after the deadline (30/11/2025).

Run with `uv run python -m tests.benchmarks.bench_completeness [--sizes 57,1000,10000]`. The databases are built once
and kept under /tmp/langmoi-bench-completeness/ (keyed by size and schema revision). It measures and prints ratios in
one run; it never fails on a time.
"""

import argparse
import os
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

from tests.benchmarks.plan_files import build_plan_file, cached_plan_file
from tests.benchmarks.timing import timed

CACHE = Path("/tmp/langmoi-bench-completeness")
SIZES = (57, 1_000, 10_000)
YEAR = 2025
DEADLINE = date(2025, 11, 30)
TODAY = date(2025, 12, 10)

FLOOR_SQL = (
    """
    WITH r AS (SELECT id, deadline FROM reviewround WHERE plan_id = :plan AND year = :year AND kind = 'yearly'),
    lead AS MATERIALIZED (  -- each village's first lead agency (SQLite takes the bare column from min()'s row)
        SELECT village_id, agency_id, min(id) FROM assignment WHERE plan_id = :plan AND role = 'lead'
        GROUP BY village_id),
    states AS MATERIALIZED (
        SELECT pv.village_id AS id, COALESCE(vr.state, 'in_review') AS state, vr.first_submitted_on AS first,
               (SELECT deadline FROM r) AS deadline, v.commune_id, d.id AS district_id, lead.agency_id
        FROM planvillage pv JOIN village v ON v.id = pv.village_id JOIN adminunit c ON c.id = v.commune_id
        LEFT JOIN adminunit d ON d.id = c.parent_id AND d.kind = 'district'
        LEFT JOIN villagereview vr ON vr.village_id = pv.village_id AND vr.round_id = (SELECT id FROM r)
        LEFT JOIN lead ON lead.village_id = pv.village_id
        WHERE pv.plan_id = :plan),
    counted AS MATERIALIZED (
        SELECT *, state IN ('submitted', 'approved') AS sent,
               state IN ('submitted', 'approved')
                   AND (first IS NULL OR deadline IS NULL OR first <= deadline) AS on_time,
               state NOT IN ('submitted', 'approved') AND deadline IS NOT NULL AND :today > deadline AS overdue
        FROM states)
    SELECT 'commune', commune_id, count(*), sum(on_time), sum(sent) - sum(on_time), count(*) - sum(sent),
           sum(overdue), sum(state = 'approved'), sum(state = 'returned') FROM counted GROUP BY commune_id
    UNION ALL SELECT 'district', district_id, count(*), sum(on_time), sum(sent) - sum(on_time), count(*) - sum(sent),
           sum(overdue), sum(state = 'approved'), sum(state = 'returned') FROM counted GROUP BY district_id
    UNION ALL SELECT 'agency', agency_id, count(*), sum(on_time), sum(sent) - sum(on_time), count(*) - sum(sent),
           sum(overdue), sum(state = 'approved'), sum(state = 'returned') FROM counted GROUP BY agency_id
    UNION ALL SELECT 'plan', NULL, count(*), sum(on_time), sum(sent) - sum(on_time), count(*) - sum(sent),
           sum(overdue), sum(state = 'approved'), sum(state = 'returned') FROM counted
    UNION ALL SELECT 'awaited', counted.id, counted.agency_id, NULL, NULL, NULL, counted.overdue, m.full_name, m.phone
           FROM counted LEFT JOIN supportteam t ON t.plan_id = :plan AND t.village_id = counted.id
           LEFT JOIN teammember m ON m.team_id = t.id AND m.role = 'leader'
           WHERE NOT counted.sent
    """,
    "SELECT id, name FROM agency WHERE id IN (SELECT agency_id FROM assignment WHERE plan_id = :plan)",
    """SELECT v.id, v.name, c.name, d.name FROM planvillage pv JOIN village v ON v.id = pv.village_id
       JOIN adminunit c ON c.id = v.commune_id LEFT JOIN adminunit d ON d.id = c.parent_id AND d.kind = 'district'
       WHERE pv.plan_id = :plan""",
)


def _build(path: Path, size: int) -> None:
    """The plan of `size` villages (bench_scale's) and the round of 2025 with its villages' states."""
    from domain.access import Principal
    from domain.plans import list_plans
    from domain.reviewing import open_round
    from storage.database import open_database

    build_plan_file(path, size)
    database = open_database(f"sqlite:///{path}", actor="bench")
    try:
        with database.session() as session:
            plan = next(p for p in list_plans(session) if p.code == _code(size))
        with database.unit_of_work(Principal.local("bench")) as uow:
            round_id = open_round(uow, plan_id=plan.id, year=YEAR, deadline=DEADLINE)
        with database.session() as session:
            villages = sorted(session.connection().exec_driver_sql(
                "SELECT village_id FROM planvillage WHERE plan_id = ?", (plan.id,)).scalars())
    finally:
        database.close()
    rows = []
    at = datetime(2025, 11, 20, 9, tzinfo=UTC).isoformat(sep=" ")
    for index, village_id in enumerate(villages):
        kind = index % 10
        if kind >= 7:
            continue  # in review: no row
        state = "approved" if kind < 3 else "submitted" if kind < 6 else "returned"
        first = "2025-12-05" if kind == 5 else "2025-11-20"
        rows.append((round_id, village_id, state, first, "bench", at, "bench" if state != "submitted" else "",
                     at if state != "submitted" else None))
    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.executemany(
                "INSERT INTO villagereview (round_id, village_id, state, first_submitted_on, submitted_by, "
                "submitted_at, decided_by, decided_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)", rows)
    finally:
        connection.close()  # its write-ahead log checkpointed: the file is renamed without it


def _code(size: int) -> str:
    return "133-KH/TU (MẪU)" if size == 57 else f"LARGE-{size}"


def measure(size: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from domain.completeness import completeness_report
    from domain.places import plan_places
    from domain.plans import list_plans
    from storage.database import open_database
    from ui.completeness_view import CompletenessView

    path = cached_plan_file(CACHE, "completeness", size, _build)
    database = open_database(f"sqlite:///{path}", actor="bench", with_sample=False)
    app = QApplication.instance() or QApplication([])
    try:
        with database.session() as session:
            plan = next(p for p in list_plans(session) if p.code == _code(size))
            places = plan_places(session, plan.id)
        parameters = {"plan": plan.id, "year": YEAR, "today": TODAY.isoformat()}
        connection = sqlite3.connect(path)

        def floor() -> None:
            for statement in FLOOR_SQL:
                connection.execute(statement, parameters).fetchall()

        def held() -> object:
            with database.session() as session:
                return completeness_report(session, plan, YEAR, TODAY, places=places)

        def read() -> object:
            with database.session() as session:
                return completeness_report(session, plan, YEAR, TODAY)

        report = held()
        counts = {row[1]: row[2:] for row in connection.execute(FLOOR_SQL[0], parameters) if row[0] == "plan"}
        whole = report.whole
        assert counts[None] == (whole.expected, whole.on_time, whole.late, whole.not_submitted, whole.overdue,
                                whole.approved, whole.returned), (counts, whole)  # the same figures
        view = CompletenessView()
        results = {"floor (raw SQL)": timed(floor), "report (places held)": timed(held),
                   "report (places read)": timed(read),
                   "page filled (GUI thread)": timed(lambda: view.set_report(report))}
        connection.close()
        view.deleteLater()
        app.processEvents()
        return results
    finally:
        database.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    sizes = [int(size) for size in parser.parse_args().sizes.split(",")]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for size in sizes:
        results = measure(size)
        floor = results["floor (raw SQL)"]
        print(f"{size:>6} villages")
        for name, seconds in results.items():
            print(f"    {name:<26} {seconds * 1000:8.1f} ms   {seconds / floor:5.1f}× the floor")


if __name__ == "__main__":
    main()
