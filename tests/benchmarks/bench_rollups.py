"""The rollups (plan_progress, campaign_rollup, summary, and the refreshes after a save) against a raw SQLite floor:
hand-written SQL run with sqlite3 on the same file that returns the same figures (every village's and group's
counts; the campaign's rates are a division away from the sums the floor returns). Measured at 57 villages (the
sample plan), 1,000 and 10,000 (bench_scale.large_draft with bench_scale.add_records: 17 criteria × 3 years).
"summary(rollups)" is the summary given the places and rollups the window already holds (its dashboard), against
the floor of the summary's own queries.

Run with `uv run python -m tests.benchmarks.bench_rollups`. The databases are built once and kept under
/tmp/langmoi-bench-rollups/ (keyed by size and schema revision). It measures and prints; it never fails on a time.
"""

import sqlite3
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from tests.benchmarks.plan_files import cached_plan_file
from tests.benchmarks.timing import timed

CACHE = Path("/tmp/langmoi-bench-rollups")
SIZES = (57, 1_000, 10_000)
SAMPLE_CODE = "133-KH/TU (MẪU)"
TODAY = date(2026, 1, 1)
OVERDUE_DAYS = 90

PROGRESS_SQL = """
WITH counted AS MATERIALIZED (
    SELECT pv.village_id AS id,
           COALESCE(SUM(a.status = 'met'), 0) AS met,
           COALESCE(SUM(a.status = 'not_met'), 0) AS not_met,
           COALESCE(SUM(a.status = 'in_progress'), 0) AS in_progress
    FROM planvillage pv
    LEFT JOIN assessment a ON a.village_id = pv.village_id AND a.year = :year
         AND a.criterion_id IN (SELECT id FROM criterion WHERE criteria_set_id = :set)
    WHERE pv.plan_id = :plan GROUP BY pv.village_id),
located AS MATERIALIZED (
    SELECT counted.*, total.n AS total, (total.n > 0 AND counted.met = total.n) AS meets,
           v.commune_id, d.id AS district_id
    FROM counted JOIN (SELECT count(*) AS n FROM criterion WHERE criteria_set_id = :set) AS total
    JOIN village v ON v.id = counted.id JOIN adminunit c ON c.id = v.commune_id
    LEFT JOIN adminunit d ON d.id = c.parent_id AND d.kind = 'district')
SELECT 'village', id, NULL, 1, meets, met, total, not_met, in_progress FROM located
UNION ALL SELECT 'commune', commune_id, NULL, count(*), sum(meets), sum(met), sum(total), NULL, NULL
          FROM located GROUP BY commune_id
UNION ALL SELECT 'district', district_id, NULL, count(*), sum(meets), sum(met), sum(total), NULL, NULL
          FROM located GROUP BY district_id
UNION ALL SELECT 'plan', NULL, NULL, count(*), sum(meets), sum(met), sum(total), NULL, NULL FROM located
UNION ALL SELECT 'agency', s.agency_id, s.role, count(*), sum(meets), sum(met), sum(total), NULL, NULL
          FROM assignment s JOIN located ON located.id = s.village_id WHERE s.plan_id = :plan
          GROUP BY s.agency_id, s.role
UNION ALL SELECT 'agency', s.agency_id, 'all', count(*), sum(meets), sum(met), sum(total), NULL, NULL
          FROM assignment s JOIN located ON located.id = s.village_id WHERE s.plan_id = :plan GROUP BY s.agency_id
"""

_HOUSEHOLD_COLUMNS = ("minority_households", "reached", "changed_ways", "applying_science", "better_life",
                      "in_cooperatives", "poor", "near_poor")


_YEARS = ("now", "prev", "base")
_ACTIVITY_COLUMNS = ("built", "maintained", "replicated", "money", "in_kind", "workdays", "visits", "open", "overdue")
_COUNTED_COLUMNS = ([f"{alias}_reporting" for alias in _YEARS]
                    + [f"{alias}_{column}" for alias in _YEARS for column in _HOUSEHOLD_COLUMNS]
                    + list(_ACTIVITY_COLUMNS))
_COLUMNS = ", ".join(_COUNTED_COLUMNS)
_SUMMED = ", ".join(f"sum({column})" for column in _COUNTED_COLUMNS)
_SELECTED = ", ".join([f"{alias}.id IS NOT NULL AS {alias}_reporting" for alias in _YEARS]
                      + [f"{alias}.{column} AS {alias}_{column}" for alias in _YEARS for column in _HOUSEHOLD_COLUMNS])
_IN_PLAN = "village_id IN (SELECT village_id FROM planvillage WHERE plan_id = :plan)"

CAMPAIGN_SQL = f"""
WITH models AS (SELECT village_id, sum(status = 'built') AS built, sum(status = 'maintained') AS maintained,
                  sum(status = 'replicated') AS replicated
           FROM communitymodel WHERE year_started <= :year AND {_IN_PLAN} GROUP BY village_id),
resources AS (SELECT village_id, sum(CASE kind WHEN 'money' THEN amount END) AS money,
                     sum(CASE kind WHEN 'in_kind' THEN amount END) AS in_kind,
                     sum(CASE kind WHEN 'workdays' THEN amount END) AS workdays
              FROM contribution WHERE CAST(strftime('%Y', day) AS INTEGER) = :year AND {_IN_PLAN}
              GROUP BY village_id),
visited AS (SELECT village_id, count(*) AS visits FROM visit
            WHERE CAST(strftime('%Y', day) AS INTEGER) = :year AND {_IN_PLAN} GROUP BY village_id),
concerns AS (SELECT village_id, count(*) AS open, sum(raised_on <= :cutoff) AS overdue FROM concern
             WHERE status != 'resolved' AND {_IN_PLAN} GROUP BY village_id),
located AS MATERIALIZED (
    SELECT pv.village_id AS id, v.commune_id, d.id AS district_id FROM planvillage pv
    JOIN village v ON v.id = pv.village_id JOIN adminunit c ON c.id = v.commune_id
    LEFT JOIN adminunit d ON d.id = c.parent_id AND d.kind = 'district' WHERE pv.plan_id = :plan),
counted AS MATERIALIZED (
    SELECT located.*, {_SELECTED}, {", ".join(_ACTIVITY_COLUMNS)}
    FROM located
    LEFT JOIN householdindicators now ON now.village_id = located.id AND now.year = :year
    LEFT JOIN householdindicators prev ON prev.village_id = located.id AND prev.year = :year - 1
    LEFT JOIN householdindicators base ON base.village_id = located.id AND base.year = :first
    LEFT JOIN models ON models.village_id = located.id
    LEFT JOIN resources ON resources.village_id = located.id LEFT JOIN visited ON visited.village_id = located.id
    LEFT JOIN concerns ON concerns.village_id = located.id)
SELECT 'village', id, {_COLUMNS} FROM counted
UNION ALL SELECT 'commune', commune_id, {_SUMMED} FROM counted GROUP BY commune_id
UNION ALL SELECT 'district', district_id, {_SUMMED} FROM counted GROUP BY district_id
UNION ALL SELECT 'plan', NULL, {_SUMMED} FROM counted
UNION ALL SELECT 'agency', s.agency_id, {_SUMMED}
          FROM counted JOIN assignment s ON s.village_id = counted.id WHERE s.plan_id = :plan GROUP BY s.agency_id
"""

SUMMARY_SQL = (
    # The criteria met by group in each commune, district and the plan, and the villages meeting each criterion.
    """
    WITH met AS MATERIALIZED (
        SELECT a.village_id, c.group_order, c.id AS criterion_id, v.commune_id, d.id AS district_id
        FROM assessment a JOIN criterion c ON c.id = a.criterion_id
        JOIN village v ON v.id = a.village_id JOIN adminunit cu ON cu.id = v.commune_id
        LEFT JOIN adminunit d ON d.id = cu.parent_id AND d.kind = 'district'
        WHERE c.criteria_set_id = :set AND a.year = :year AND a.status = 'met'
          AND a.village_id IN (SELECT village_id FROM planvillage WHERE plan_id = :plan))
    SELECT 'commune', commune_id, group_order, count(*) FROM met GROUP BY commune_id, group_order
    UNION ALL SELECT 'district', district_id, group_order, count(*) FROM met GROUP BY district_id, group_order
    UNION ALL SELECT 'plan', NULL, group_order, count(*) FROM met GROUP BY group_order
    UNION ALL SELECT 'criterion', criterion_id, village_id, NULL FROM met
    """,
    """SELECT village_id, count(*), min(raised_on) FROM concern
       WHERE status != 'resolved' AND raised_on <= :cutoff
         AND village_id IN (SELECT village_id FROM planvillage WHERE plan_id = :plan) GROUP BY village_id""",
    """SELECT DISTINCT village_id FROM assessment WHERE year = :year AND status != 'not_assessed'
       AND village_id IN (SELECT village_id FROM planvillage WHERE plan_id = :plan)""",
    """SELECT year, village_id FROM assessment
       WHERE year BETWEEN :first AND :year AND status = 'met'
         AND criterion_id IN (SELECT id FROM criterion WHERE criteria_set_id = :set)
         AND village_id IN (SELECT village_id FROM planvillage WHERE plan_id = :plan)
       GROUP BY year, village_id HAVING count(*) = (SELECT count(*) FROM criterion WHERE criteria_set_id = :set)""",
    """SELECT id, number, name, group_order, group_name FROM criterion WHERE criteria_set_id = :set
       ORDER BY group_order, number""",
    """SELECT id, name, short_name, kind FROM agency
       WHERE id IN (SELECT agency_id FROM assignment WHERE plan_id = :plan) ORDER BY name""",
)

# What a refresh reads for one village: its counts, where it sits, who helps it.
REFRESH_PROGRESS_SQL = (
    """SELECT a.status, count(*) FROM assessment a WHERE a.year = :year AND a.village_id = :village
       AND a.criterion_id IN (SELECT id FROM criterion WHERE criteria_set_id = :set) GROUP BY a.status""",
    """SELECT v.id, c.id, d.id FROM village v JOIN adminunit c ON c.id = v.commune_id
       LEFT JOIN adminunit d ON d.id = c.parent_id AND d.kind = 'district' WHERE v.id = :village""",
    "SELECT agency_id, role FROM assignment WHERE plan_id = :plan AND village_id = :village",
)
REFRESH_CAMPAIGN_SQL = REFRESH_PROGRESS_SQL[1:] + (
    """SELECT year, minority_households, reached, changed_ways, applying_science, better_life, in_cooperatives,
       poor, near_poor FROM householdindicators WHERE village_id = :village AND year IN (:year, :year - 1, :first)""",
    """SELECT status, count(*) FROM communitymodel WHERE village_id = :village AND year_started <= :year
       GROUP BY status""",
    """SELECT kind, sum(amount) FROM contribution WHERE village_id = :village
       AND CAST(strftime('%Y', day) AS INTEGER) = :year GROUP BY kind""",
    "SELECT count(*) FROM visit WHERE village_id = :village AND CAST(strftime('%Y', day) AS INTEGER) = :year",
    """SELECT count(*), sum(raised_on <= :cutoff) FROM concern WHERE village_id = :village
       AND status != 'resolved'""",
)


def cached_file(size: int) -> Path:
    """The database of `size` villages: the sample plan and, beyond 57, the large plan of that size."""
    return cached_plan_file(CACHE, "rollups", size)


def best(action: Callable[[], object], repeat: int) -> float:
    """The fastest of `repeat` runs, in milliseconds."""
    return timed(action, repeat) * 1000


def _raw(connection: sqlite3.Connection, statements: tuple[str, ...] | str, parameters: dict) -> Callable[[], None]:
    statements = (statements,) if isinstance(statements, str) else statements

    def run() -> None:
        for statement in statements:
            connection.execute(statement, parameters).fetchall()

    return run


def measure(size: int) -> dict[str, tuple[float, float]]:
    """(ms, floor ms) of each rollup on the database of `size` villages."""
    from domain.campaign import campaign_rollup
    from domain.figures_refresh import refresh_campaign, refresh_progress
    from domain.places import plan_places
    from domain.plans import resolve_plan
    from domain.progress import plan_progress
    from domain.summary import summary
    from storage.database import open_database

    path = cached_file(size)
    repeat = 5 if size < 10_000 else 3
    database = open_database(f"sqlite:///{path}", actor="bench")
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        with database.session() as session:
            plan = resolve_plan(session, SAMPLE_CODE if size == 57 else f"LARGE-{size}")
            year = plan.first_year + 2
            places = plan_places(session, plan.id)
            village = places[len(places) // 2].village_id
            parameters = {"plan": plan.id, "set": plan.criteria_set_id, "year": year, "first": plan.first_year,
                          "village": village, "cutoff": (TODAY - timedelta(days=OVERDUE_DAYS)).isoformat()}
            progress = plan_progress(session, plan, year, places)
            campaign = campaign_rollup(session, plan, year, places, TODAY)
            progress_floor = best(_raw(connection, PROGRESS_SQL, parameters), repeat)
            campaign_floor = best(_raw(connection, CAMPAIGN_SQL, parameters), repeat)
            summary_floor = best(_raw(connection, SUMMARY_SQL, parameters), repeat)
            return {
                "plan_progress": (best(lambda: plan_progress(session, plan, year, places), repeat), progress_floor),
                "campaign_rollup": (best(lambda: campaign_rollup(session, plan, year, places, TODAY), repeat),
                                    campaign_floor),
                "summary()": (best(lambda: summary(session, plan, year, TODAY), repeat),
                              progress_floor + campaign_floor + summary_floor),
                "summary(rollups)": (best(lambda: summary(session, plan, year, TODAY, places=places,
                                                          progress=progress, campaign=campaign), repeat),
                                     summary_floor),
                "refresh_progress": (best(lambda: refresh_progress(session, plan, year, progress, [village]), 20),
                                     best(_raw(connection, REFRESH_PROGRESS_SQL, parameters), 20)),
                "refresh_campaign": (best(lambda: refresh_campaign(session, plan, year, campaign, [village], TODAY),
                                          20),
                                     best(_raw(connection, REFRESH_CAMPAIGN_SQL, parameters), 20)),
            }
    finally:
        connection.close()
        database.close()


def _ms(value: float) -> str:
    return f"{value:.2f}" if value < 10 else f"{value:.0f}"


def main() -> None:
    results = {size: measure(size) for size in SIZES}
    print(f"{'':18}" + "".join(f"{f'{size:,} villages: ms / floor / ratio':>38}" for size in SIZES))
    for name in results[SIZES[0]]:
        cells = "".join(f"{_ms(ms):>14}{_ms(floor):>12}{ms / floor:>11.1f}×" for ms, floor in
                        (results[size][name] for size in SIZES))
        print(f"{name:18}{cells}")


if __name__ == "__main__":
    main()
