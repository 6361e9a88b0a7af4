"""The floors of the window benchmark: what each action must show, computed by raw SQLite queries (Python's
sqlite3 on the same file, no ORM, no Qt) and, for the search, by Python over the folded names.

A floor is what no implementation reading that data can beat; the benchmark prints the window's time against it.
Writes (a status, an evidence, a visit) are one statement, its audit line and a COMMIT in WAL mode, as the
program's engine does, followed by the read of what the page then shows.
"""

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from domain.text import fold


@dataclass(frozen=True)
class Place:
    village_id: int
    village: str
    commune_id: int
    commune: str
    district_id: int | None
    district: str | None


def connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA busy_timeout=5000")
    return connection


def _now() -> str:
    """A time of change SQLite has not stored yet (an UPDATE to the bytes a row holds writes nothing)."""
    return datetime.now().isoformat(" ")


PLACES = """
SELECT v.id, v.name, c.id, c.name, d.id, d.name FROM village v
JOIN planvillage pv ON pv.village_id = v.id AND pv.plan_id = ?
JOIN adminunit c ON c.id = v.commune_id
LEFT JOIN adminunit d ON d.id = c.parent_id AND d.kind = 'district'
ORDER BY d.name IS NULL, d.name, c.name, v.name"""

PROGRESS = """
SELECT a.village_id, SUM(a.status = 'met'), SUM(a.status = 'not_met'), SUM(a.status = 'in_progress')
FROM assessment a JOIN planvillage pv ON pv.village_id = a.village_id AND pv.plan_id = ?
WHERE a.year = ? GROUP BY a.village_id"""

CAMPAIGN = (
    """SELECT h.village_id, h.year, h.minority_households, h.reached, h.poor FROM householdindicators h
       JOIN planvillage pv ON pv.village_id = h.village_id AND pv.plan_id = ? WHERE h.year IN (?, ?, ?)""",
    """SELECT m.village_id, m.status, COUNT(*) FROM communitymodel m
       JOIN planvillage pv ON pv.village_id = m.village_id AND pv.plan_id = ? WHERE m.year_started <= ?
       GROUP BY m.village_id, m.status""",
    """SELECT c.village_id, c.kind, SUM(c.amount) FROM contribution c
       JOIN planvillage pv ON pv.village_id = c.village_id AND pv.plan_id = ?
       WHERE CAST(strftime('%Y', c.day) AS INTEGER) = ? GROUP BY c.village_id, c.kind""",
    """SELECT v.village_id, COUNT(*) FROM visit v
       JOIN planvillage pv ON pv.village_id = v.village_id AND pv.plan_id = ?
       WHERE CAST(strftime('%Y', v.day) AS INTEGER) = ? GROUP BY v.village_id""",
    """SELECT c.village_id, COUNT(*), SUM(c.raised_on <= ?) FROM concern c
       JOIN planvillage pv ON pv.village_id = c.village_id AND pv.plan_id = ?
       WHERE c.status != 'resolved' AND c.raised_on <= ? GROUP BY c.village_id""",
)

AGENCIES = """
SELECT s.agency_id, s.role, COUNT(*), SUM(p.met) FROM assignment s
JOIN (SELECT village_id, SUM(status = 'met') AS met FROM assessment WHERE year = ? GROUP BY village_id) p
  ON p.village_id = s.village_id
WHERE s.plan_id = ? GROUP BY s.agency_id, s.role"""

CRITERIA = """
SELECT a.criterion_id, a.status, COUNT(*) FROM assessment a
JOIN planvillage pv ON pv.village_id = a.village_id AND pv.plan_id = ?
WHERE a.year = ? GROUP BY a.criterion_id, a.status"""

CHECKLIST = """
SELECT c.id, c.group_order, c.group_name, c.number, c.name, c.requirement, a.status, a.evidence, a.note, a.version
FROM criterion c LEFT JOIN assessment a ON a.criterion_id = c.id AND a.village_id = ? AND a.year = ?
WHERE c.criteria_set_id = ? ORDER BY c.number"""

TEAM = """
SELECT m.full_name, m.position, m.role, m.phone FROM teammember m JOIN supportteam t ON t.id = m.team_id
WHERE t.plan_id = ? AND t.village_id = ?"""

RECORD_TABLES = ("householdindicators", "communitymodel", "contribution", "visit", "concern", "villagecontact",
                 "initiative")
"""The seven record kinds' tables (domain/recording.KINDS), each listed on its page of the village."""

REVIEW_ROUND = "SELECT id FROM reviewround WHERE plan_id = ? AND year = ? ORDER BY opened_at DESC, id DESC LIMIT 1"

REVIEW_STATES = """
SELECT pv.village_id, r.state, r.version, r.first_submitted_on FROM planvillage pv
LEFT JOIN villagereview r ON r.village_id = pv.village_id AND r.round_id = ? WHERE pv.plan_id = ?"""

RETURNS = """
SELECT c.village_id, c.author, c.at, c.text FROM reviewcomment c JOIN villagereview r ON r.id = c.review_id
WHERE r.round_id = ? AND c.step = 'return' ORDER BY c.at, c.id"""

LEADS = """
SELECT s.village_id, a.name FROM assignment s JOIN agency a ON a.id = s.agency_id
WHERE s.plan_id = ? AND s.role = 'lead'"""

TEAM_LEADERS = """
SELECT t.village_id, m.full_name, m.phone FROM supportteam t JOIN teammember m ON m.team_id = t.id
WHERE t.plan_id = ? AND m.role = 'leader'"""

ATTACHMENT_COUNTS = (
    """SELECT criterion_id, COUNT(*) FROM attachment WHERE village_id = ? AND year = ? AND criterion_id IS NOT NULL
       GROUP BY criterion_id""",
    """SELECT record_table, record_id, COUNT(*) FROM attachment WHERE village_id = ? AND record_table IS NOT NULL
       GROUP BY record_table, record_id""",
)

RECORD_COUNTS = " UNION ALL ".join(f"SELECT COUNT(*) FROM {table} WHERE village_id = ?" for table in RECORD_TABLES)


class Floors:
    """The raw queries of one plan's actions on one file."""

    def __init__(self, path: Path, plan_code: str) -> None:
        self.db = connect(path)
        self.plan_id, self.criteria_set_id, self.first_year = self.db.execute(
            "SELECT id, criteria_set_id, first_year FROM plan WHERE code = ?", (plan_code,)).fetchone()
        self.places = [Place(*row) for row in self.db.execute(PLACES, (self.plan_id,))]
        self.criteria = [c for (c,) in self.db.execute(
            "SELECT id FROM criterion WHERE criteria_set_id = ? ORDER BY number", (self.criteria_set_id,))]
        self.folded = self._folded_names()

    def _folded_names(self) -> list[str]:
        """Every node's search text, as the tree holds it: district; district commune; district commune village."""
        names, seen = [], set()
        for p in self.places:
            for key, text in ((("d", p.district_id), p.district or ""),
                              (("c", p.commune_id), f"{p.district or ''} {p.commune}")):
                if key not in seen:
                    seen.add(key)
                    names.append(fold(text))
            names.append(fold(f"{p.district or ''} {p.commune} {p.village}"))
        return names

    def close(self) -> None:
        self.db.close()

    # what each action must show

    def village(self, village_id: int, year: int) -> None:
        """The village's page: its checklist for the year, its team, how many records of each kind."""
        self.db.execute(CHECKLIST, (village_id, year, self.criteria_set_id)).fetchall()
        self.db.execute(TEAM, (self.plan_id, village_id)).fetchall()
        self.db.execute(RECORD_COUNTS, (village_id,) * RECORD_COUNTS.count("?")).fetchall()

    def records(self, village_id: int) -> None:
        """Every row of the village's seven record kinds, each kind's rows in one query (what its pages list)."""
        for table in RECORD_TABLES:
            self.db.execute(f"SELECT * FROM {table} WHERE village_id = ? ORDER BY id", (village_id,)).fetchall()

    def _village_figures(self, village_id: int, year: int) -> None:
        self.db.execute("SELECT status, COUNT(*) FROM assessment WHERE village_id = ? AND year = ? GROUP BY status",
                        (village_id, year)).fetchall()

    def _audit(self, village_id: int, field: str) -> None:
        """The change's line in the audit trail, as every save writes one."""
        self.db.execute("INSERT INTO auditevent (at, actor, entity, entity_id, field, old_value, new_value, context, "
                        "village_id) VALUES (?, 'bench', 'assessment', 1, ?, 'a', 'b', '', ?)",
                        (_now(), field, village_id))

    def save_status(self, village_id: int, year: int) -> None:
        """One status written (to what it holds, its version kept, so that the window's own save that follows meets
        no conflict; its time of change to now, so that SQLite really writes the page), then the village's new
        counts: the commune's, district's and plan's follow from the difference, in memory."""
        self.db.execute("BEGIN IMMEDIATE")
        self.db.execute("UPDATE assessment SET status = status, updated_at = ? "
                        "WHERE village_id = ? AND criterion_id = ? AND year = ?",
                        (_now(), village_id, self.criteria[0], year))
        self._audit(village_id, "status")
        self.db.execute("COMMIT")
        self._village_figures(village_id, year)

    def save_evidence(self, village_id: int, year: int) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        self.db.execute("UPDATE assessment SET evidence = evidence, updated_at = ? "
                        "WHERE village_id = ? AND criterion_id = ? AND year = ?",
                        (_now(), village_id, self.criteria[1], year))
        self._audit(village_id, "evidence")
        self.db.execute("COMMIT")
        self.db.execute("SELECT status, evidence, note, version FROM assessment "
                        "WHERE village_id = ? AND criterion_id = ? AND year = ?",
                        (village_id, self.criteria[1], year)).fetchall()

    def add_visit(self, village_id: int, year: int) -> None:
        """A visit inserted (and taken out again: the floor leaves the file as it was), the village's visits and its
        campaign count of the year."""
        self.db.execute("BEGIN IMMEDIATE")
        cursor = self.db.execute("INSERT INTO visit (village_id, day, people, activities, agreed, version) "
                                 "VALUES (?, ?, 'Tổ', 'Họp dân', '', 1)", (village_id, f"{year}-05-06"))
        self._audit(village_id, "activities")
        self.db.execute("DELETE FROM visit WHERE id = ?", (cursor.lastrowid,))
        self.db.execute("COMMIT")
        self.db.execute("SELECT * FROM visit WHERE village_id = ? ORDER BY day", (village_id,)).fetchall()
        self.db.execute("SELECT COUNT(*) FROM visit WHERE village_id = ? AND CAST(strftime('%Y', day) AS INTEGER) = ?",
                        (village_id, year)).fetchall()

    def progress(self, year: int) -> None:
        """The plan's progress for the year, per village (communes, districts and the plan add up from it)."""
        self.db.execute(PROGRESS, (self.plan_id, year)).fetchall()

    def campaign(self, year: int, today: str = "2025-10-01") -> None:
        """The campaign figures' per-village counts for the year."""
        households, models, money, visits, concerns = CAMPAIGN
        self.db.execute(households, (self.plan_id, year, year - 1, self.first_year)).fetchall()
        self.db.execute(models, (self.plan_id, year)).fetchall()
        self.db.execute(money, (self.plan_id, year)).fetchall()
        self.db.execute(visits, (self.plan_id, year)).fetchall()
        self.db.execute(concerns, (today, self.plan_id, f"{year}-12-31")).fetchall()

    def year(self, year: int) -> None:
        """A year switch shows the year's progress and campaign figures."""
        self.progress(year)
        self.campaign(year)

    def plan(self, year: int) -> None:
        """Loading a plan: its places (the tree), then the year's figures."""
        self.db.execute(PLACES, (self.plan_id,)).fetchall()
        self.year(year)

    def agencies(self, year: int) -> None:
        self.db.execute(AGENCIES, (year, self.plan_id)).fetchall()

    def dashboard(self, year: int) -> None:
        """The dashboard: the year's progress (per district and overall) and each criterion's statuses."""
        self.progress(year)
        self.db.execute(CRITERIA, (self.plan_id, year)).fetchall()

    def history(self) -> None:
        """Every change: the newest 5,000 events and how many there are."""
        self.db.execute("SELECT * FROM auditevent ORDER BY at DESC, id DESC LIMIT 5000").fetchall()
        self.db.execute("SELECT COUNT(*) FROM auditevent").fetchone()

    def review_round(self, year: int) -> int:
        return self.db.execute(REVIEW_ROUND, (self.plan_id, year)).fetchone()[0]

    def reviews(self, year: int) -> None:
        """The Review page: every village (its place), its state in the year's round, the comments returning one."""
        round_id = self.review_round(year)
        self.db.execute(PLACES, (self.plan_id,)).fetchall()
        self.db.execute(REVIEW_STATES, (round_id, self.plan_id)).fetchall()
        self.db.execute(RETURNS, (round_id,)).fetchall()

    def completeness(self, year: int) -> None:
        """The review progress: every village's state and first sending (counted by unit and by lead agency in
        Python from them), the lead agencies, and the team leads of the villages awaited."""
        round_id = self.review_round(year)
        self.db.execute(REVIEW_STATES, (round_id, self.plan_id)).fetchall()
        self.db.execute(LEADS, (self.plan_id,)).fetchall()
        self.db.execute(TEAM_LEADERS, (self.plan_id,)).fetchall()

    def approve(self, village_id: int, year: int) -> None:
        """A step: the review's version raised (to what it holds) with its audit line and COMMIT, then the
        village's review read and the plan-year's states for the tree."""
        round_id = self.review_round(year)
        self.db.execute("BEGIN IMMEDIATE")
        self.db.execute("UPDATE villagereview SET version = version WHERE round_id = ? AND village_id = ?",
                        (round_id, village_id))
        self._audit(village_id, "state")
        self.db.execute("COMMIT")
        self.db.execute("SELECT * FROM villagereview WHERE round_id = ? AND village_id = ?",
                        (round_id, village_id)).fetchall()
        self.db.execute(REVIEW_STATES, (round_id, self.plan_id)).fetchall()

    def criterion_files(self, village_id: int, year: int) -> int:
        """How many files the village's checklist of the year holds."""
        return self.db.execute("SELECT COUNT(*) FROM attachment WHERE village_id = ? AND year = ? "
                               "AND criterion_id IS NOT NULL", (village_id, year)).fetchone()[0]

    def village_files(self, village_id: int, year: int) -> None:
        """The village's page and its paperclips: the files counted by criterion of the year and by record."""
        self.village(village_id, year)
        criteria, records = ATTACHMENT_COUNTS
        self.db.execute(criteria, (village_id, year)).fetchall()
        self.db.execute(records, (village_id,)).fetchall()

    def file_list(self, village_id: int, year: int) -> None:
        """The files of the village's checklist row with the most, and what their thumbnails are made from: an
        image's small copy stored with it, a PDF's bytes (its first page)."""
        (criterion_id,) = self.db.execute(
            "SELECT criterion_id FROM attachment WHERE village_id = ? AND year = ? AND criterion_id IS NOT NULL "
            "GROUP BY criterion_id ORDER BY COUNT(*) DESC LIMIT 1", (village_id, year)).fetchone()
        rows = self.db.execute("SELECT * FROM attachment WHERE village_id = ? AND year = ? AND criterion_id = ? "
                               "ORDER BY added_at DESC, id DESC", (village_id, year, criterion_id)).fetchall()
        digests = [row[9] for row in rows]
        marks = ",".join("?" * len(digests))
        self.db.execute(f"SELECT sha256, thumbnail FROM filecontent WHERE sha256 IN ({marks})", digests).fetchall()
        self.db.execute(f"SELECT c.data FROM contentchunk c JOIN filecontent f ON f.sha256 = c.sha256 WHERE "
                        f"f.sha256 IN ({marks}) AND f.thumbnail IS NULL ORDER BY c.sha256, c.seq", digests).fetchall()

    def search(self, text: str) -> int:
        """The rows matching the typed text, in Python over the folded names (what the filter must decide)."""
        words = fold(text).split()
        return sum(1 for name in self.folded if all(word in name for word in words))
