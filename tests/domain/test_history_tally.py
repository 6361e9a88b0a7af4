"""The history's tally of the audit by person and kind (domain/history.AuditTally): brought up to date from the rows
written since its mark, it gives the same people, kinds and counts as reading the whole audit, after random
changes, blank-to-blank rows, rows committed late below the mark (a server's transactions) and another database."""

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, insert
from sqlmodel import select

from domain.audit import AuditEvent
from domain.history import (
    HistoryFilter,
    audit_tally,
    history_count,
    history_kinds,
    history_people,
)

PEOPLE = ("bich", "lan", "tuan")
KINDS = ("assessment", "visit", "plan", "communitymodel")


def _rows(rng: random.Random, first_id: int, count: int) -> list[dict]:
    at = datetime.now(UTC)
    rows = []
    for i in range(count):
        blank = rng.random() < 0.2  # a new record's empty note: no change a reader sees, never counted
        rows.append({"id": first_id + i, "at": at + timedelta(seconds=i), "actor": rng.choice(PEOPLE),
                     "entity": rng.choice(KINDS), "entity_id": i, "field": "note", "old_value": None,
                     "new_value": "" if blank else f"giá trị {i}", "context": "", "village_id": None})
    return rows


def _insert(database, rows: list[dict]) -> None:
    if rows:
        with database.engine.begin() as connection:
            connection.execute(insert(AuditEvent), rows)


def _newest_id(database) -> int:
    with database.session() as session:
        return session.exec(select(func.max(AuditEvent.id))).one()


def _assert_as_read(database, tally) -> None:
    """The tally's people, kinds and counts, for each narrowing it covers, as read from the whole audit."""
    with database.session() as session:
        for actor in (None, *PEOPLE):
            for kind in (None, *KINDS):
                flt = HistoryFilter(actor=actor, kind=kind)
                assert history_count(session, flt, tally) == history_count(session, flt)
                assert history_people(session, flt, tally) == history_people(session, flt)
        assert history_kinds(session, HistoryFilter(), tally) == history_kinds(session, HistoryFilter())


def test_a_tally_brought_up_to_date_counts_as_the_whole_audit(database):
    rng = random.Random(14)
    with database.session() as session:
        tally = audit_tally(session)
    _assert_as_read(database, tally)
    for _ in range(5):
        _insert(database, _rows(rng, _newest_id(database) + 1, rng.randint(0, 30)))
        with database.session() as session:
            tally = audit_tally(session, tally)
            assert tally.counts == audit_tally(session).counts  # the same as counted afresh
        _assert_as_read(database, tally)


def test_rows_committed_late_below_the_mark_are_counted_once(database):
    """On a server an id is drawn when a row is inserted and seen when its transaction commits: a row may appear
    below the mark after the tally was counted. It is counted then, once."""
    rng = random.Random(16)
    newest = _newest_id(database)
    late = _rows(rng, newest + 1, 3)
    for row in late:
        row["new_value"] = "viết muộn"
    _insert(database, _rows(rng, newest + 4, 5))  # committed first, above the three still open
    with database.session() as session:
        tally = audit_tally(session)
    assert {newest + 1, newest + 2, newest + 3} <= tally.mark.gaps
    _insert(database, late)
    _insert(database, _rows(rng, newest + 9, 2))
    with database.session() as session:
        again = audit_tally(session, tally)
        assert not again.mark.gaps & {newest + 1, newest + 2, newest + 3}
        assert again.counts == audit_tally(session).counts
        assert audit_tally(session, again) is again  # nothing new: the same tally
    _assert_as_read(database, again)


def test_a_tally_of_another_database_is_counted_afresh(database):
    """A tally whose mark's row this audit holds at another time (another file at the same path, a restored
    backup) is not built on."""
    with database.session() as session:
        tally = audit_tally(session)
    foreign = replace(tally, mark=replace(tally.mark, at=tally.mark.at - timedelta(days=2)),
                      counts={("someone", "visit"): 1000})
    _insert(database, _rows(random.Random(3), _newest_id(database) + 1, 4))
    with database.session() as session:
        again = audit_tally(session, foreign)
        assert ("someone", "visit") not in again.counts
        assert again.counts == audit_tally(session).counts
