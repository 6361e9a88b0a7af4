"""What the audit trail says changed since figures were computed: the proof behind the figures cache.

Every change a user makes writes an audit row (domain/audit.py), so figures computed at a known newest audit row
(the mark: its id and its time) are still exact while no newer row exists. The rows written since say what to
read again: a village's records or assessments change that village's figures only; anything else (the plan, its
villages, communes, agencies, assignments, teams…) may change the plan's layout and every figure.

The mark also proves which database the figures came from: a restored backup, or another file at the same path,
holds no row with the mark's id and time (or not the same one), and the figures are then read in full.

On a server, ids are drawn from a sequence when a row is inserted but become visible when its transaction
commits, so a row with a smaller id than the mark may appear later. The mark therefore also keeps the ids missing
among the last GAP_WINDOW below it (a transaction still open, or one rolled back), and a row that fills one of
them counts as new.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlmodel import Session, select

from domain.audit import AuditEvent

GAP_WINDOW = 1000
"""How many ids below the mark are checked for rows committed late."""

VILLAGE_FIGURES = frozenset({
    "assessment", "householdindicators", "communitymodel", "contribution", "visit", "concern", "villagecontact",
    "initiative",
})
"""Entities whose rows, with a village id, change that village's figures only (never the plan's layout)."""

UNRELATED = frozenset({"useraccount", "signin", "refusal", "documentsettings"})
"""Entities that change neither the layout nor any figure: accounts, failed sign-ins, refused actions (nothing was
written), the documents' heading."""


@dataclass(frozen=True)
class AuditMark:
    """The newest audit row when figures were read, and the ids below it not committed then."""

    id: int
    at: datetime
    gaps: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Since:
    """What the audit rows newer than a mark say."""

    villages: frozenset[int]
    """Villages whose records or assessments changed."""
    layout: bool
    """Something else changed: the plan's layout and all its figures must be read again."""

    @property
    def nothing(self) -> bool:
        return not self.villages and not self.layout


def newest_mark(session: Session) -> AuditMark | None:
    """The mark of the database now; None when it has no audit row (nothing then proves which database it is)."""
    newest = session.exec(select(AuditEvent.id, AuditEvent.at).order_by(AuditEvent.id.desc()).limit(1)).first()
    if newest is None:
        return None
    newest_id, at = newest
    present = set(session.exec(select(AuditEvent.id).where(AuditEvent.id > newest_id - GAP_WINDOW)))
    gaps = frozenset(range(max(1, newest_id - GAP_WINDOW + 1), newest_id)) - present
    return AuditMark(newest_id, _utc(at), gaps)


def changes_since(session: Session, mark: AuditMark) -> Since | None:
    """What changed since `mark`; None when the database does not hold the mark's row as it was (another file, a
    restored backup): nothing then can be trusted."""
    at = session.exec(select(AuditEvent.at).where(AuditEvent.id == mark.id)).first()
    if at is None or _utc(at) != mark.at:
        return None
    rows = session.exec(select(AuditEvent.entity, AuditEvent.village_id).where(AuditEvent.id > mark.id))
    late = session.exec(select(AuditEvent.entity, AuditEvent.village_id).where(AuditEvent.id.in_(mark.gaps))) \
        if mark.gaps else []
    return _since([*rows, *late])


def _since(rows: Iterable[tuple[str, int | None]]) -> Since:
    villages: set[int] = set()
    layout = False
    for entity, village_id in rows:
        if entity in UNRELATED:
            continue
        if entity in VILLAGE_FIGURES and village_id is not None:
            villages.add(village_id)
        else:
            layout = True
    return Since(frozenset(villages), layout)


def _utc(at: datetime) -> datetime:
    """SQLite gives the time back without its zone (stored as UTC), PostgreSQL with it."""
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
