"""What must hold after a writer was killed, kind by kind. Each check returns the problems it found, in words a
developer replays from (empty: the file is as it must be).

For every kind: the program's own open_database opens the file (no exception, in a new process, as the next
start would), `PRAGMA integrity_check` says ok and `PRAGMA foreign_key_check` finds nothing. Then the content
must be exactly the one announced with the last acknowledged write, or the one announced with the write in
flight when the kill came (committed or not): anything else is a change lost or half applied. And each
acknowledged change is looked up by what it wrote.
"""

import hashlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from storage.backups import backup_folder, list_backups
from tests.crash.fingerprint import read_file
from tests.crash.prepared import FIRST_REVISION, Prepared
from tests.crash.writer import REVIEW_STEPS, REVIEWED_VILLAGES, attach_operation, record_operation, review_step, tag

Query = Callable[..., list[tuple]]


@dataclass(frozen=True)
class Line:
    verb: str  # PENDING or ACK
    kind: str
    seq: int
    fp: str
    what: dict[str, str]


def parse(lines: list[str]) -> list[Line]:
    parsed = []
    for text in lines:
        verb, *words = text.split(" ")
        if verb in ("PENDING", "ACK"):
            kind, *pairs = words
            values = {name: unquote(value) for name, value in (pair.split("=", 1) for pair in pairs)}
            parsed.append(Line(verb, kind, int(values.pop("seq")), values.pop("fp"), values))
    return parsed


@dataclass
class Outcome:
    problems: list[str]
    acknowledged: int
    in_flight: bool
    """The kill came inside a commit: the write had been announced (PENDING), not yet acknowledged."""
    leftovers: int = 0
    """Files a killed backup left that no one will offer as a backup (empty reserved names, .part files)."""


Reopen = Callable[[Path], str | None]
"""Opens the file as the program's next start does (open_database, in a process of its own): None when it
opened, else what refused it."""


def reopen_problems(path: Path, reopen: Reopen) -> list[str]:
    """The program opens the file, SQLite finds it sound and every foreign key points somewhere."""
    refusal = reopen(path)
    if refusal is not None:
        return [f"the file does not open: {refusal}"]
    integrity = [row[0] for row in _rows(path, "PRAGMA integrity_check")]
    foreign = _rows(path, "PRAGMA foreign_key_check")
    problems = [] if integrity == ["ok"] else [f"integrity_check: {integrity[:3]}"]
    return problems + ([f"foreign_key_check: {foreign[:3]}"] if foreign else [])


def _states(lines: list[Line], kinds: tuple[str, ...], base: str) -> tuple[str, str | None]:
    """(content of the last acknowledged change, content of the change in flight or None)."""
    changing = [line for line in lines if line.kind in kinds]
    acknowledged = next((line.fp for line in reversed(changing) if line.verb == "ACK"), base)
    in_flight = changing[-1].fp if changing and changing[-1].verb == "PENDING" else None
    return acknowledged, in_flight


def _content_problems(found: str, acknowledged: str, in_flight: str | None) -> list[str]:
    if found in (acknowledged, in_flight):
        return []
    return [f"content {found} is neither the acknowledged {acknowledged} nor the one in flight {in_flight}: "
            "a change lost or half applied"]


def _rows(path: Path, sql: str, *parameters: object) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql, parameters).fetchall()
    finally:
        connection.close()


def _acks(lines: list[Line], kind: str) -> list[Line]:
    return [line for line in lines if line.verb == "ACK" and line.kind == kind]


def _pending_seq(lines: list[Line], kinds: tuple[str, ...]) -> int | None:
    changing = [line for line in lines if line.kind in kinds]
    return changing[-1].seq if changing and changing[-1].verb == "PENDING" else None


Check = Callable[[Path, list[Line], Prepared, Reopen], Outcome]


def _looped(kind: str, present: Callable[[Query, list[Line], int | None], list[str]]) -> Check:
    """The check of a kind whose writer loops over one operation: the file reopens, its content is an acknowledged
    state (or the one in flight), and `present` finds each acknowledged operation in the database."""
    return lambda path, lines, prepared, reopen: _looped_outcome(kind, present, path, lines, prepared, reopen)


def _looped_outcome(kind: str, present: Callable[[Query, list[Line], int | None], list[str]], path: Path,
                    lines: list[Line], prepared: Prepared, reopen: Reopen) -> Outcome:
    problems = reopen_problems(path, reopen)
    acknowledged, in_flight = _states(lines, (kind,), prepared.sample_content)
    if not problems:
        problems += _content_problems(read_file(path)[0], acknowledged, in_flight)
        connection = sqlite3.connect(path)
        try:
            problems += present(lambda sql, *values: connection.execute(sql, values).fetchall(), lines,
                                _pending_seq(lines, (kind,)))
        finally:
            connection.close()
    return Outcome(problems, len(_acks(lines, kind)), in_flight is not None)


def _assessments_present(query: Query, lines: list[Line], pending: int | None) -> list[str]:
    """Each acknowledged save has its two audit events (status and evidence), and the newest acknowledged save
    of each criterion is what the database holds (or the save in flight, when it was committed)."""
    problems = []
    last: dict[tuple[str, str, str], Line] = {}
    for ack in _acks(lines, "assessment"):
        last[ack.what["village"], ack.what["criterion"], ack.what["year"]] = ack
        evidence = query("SELECT entity_id FROM auditevent WHERE entity = 'assessment' AND field = 'evidence' "
                         "AND new_value = ?", ack.what["evidence"])
        status = query("SELECT count(*) FROM auditevent WHERE entity = 'assessment' AND field = 'status' "
                       "AND entity_id = ? AND new_value = ?", evidence[0][0] if evidence else None, ack.what["status"])
        if len(evidence) != 1 or not status[0][0]:
            problems.append(f"save {ack.seq} acknowledged, its audit events are {evidence} and {status}")
    for (village, criterion, year), ack in last.items():
        found = query("SELECT status, evidence FROM assessment WHERE village_id = ? AND criterion_id = ? "
                      "AND year = ?", int(village), int(criterion), int(year))
        allowed = {(ack.what["status"], ack.what["evidence"])}
        if found and pending is not None and found[0][1] == tag(pending):
            allowed.add(found[0])
        if not found or found[0] not in allowed:
            problems.append(f"save {ack.seq} acknowledged {sorted(allowed)}, the database holds {found}")
    return problems


def _records_present(query: Query, lines: list[Line], pending: int | None) -> list[str]:
    """Every acknowledged visit added is there (unless its deletion was acknowledged or in flight), with the
    agreement acknowledged for it; every acknowledged deletion left no visit behind."""
    expected: dict[int, dict[str, str] | None] = {}
    for ack in _acks(lines, "record"):
        visit = int(ack.what["visit"])
        if ack.what["op"] == "add":
            expected[visit] = {"people": ack.what["people"]}
        elif ack.what["op"] == "change":
            expected[visit]["agreed"] = ack.what["agreed"]
        else:
            expected[visit] = None
    added = {int(ack.seq): int(ack.what["visit"]) for ack in _acks(lines, "record") if ack.what["op"] == "add"}
    touched = None
    if pending is not None and record_operation(pending) != "add":
        touched = added.get(pending - (1 if record_operation(pending) == "change" else 3))
    problems = []
    for visit, fields in expected.items():
        if visit == touched:
            continue
        rows = query("SELECT people, agreed FROM visit WHERE id = ?", visit)
        if fields is None and rows:
            problems.append(f"visit {visit}: its deletion was acknowledged, it is still there")
        elif fields is not None and (not rows or rows[0][0] != fields["people"]
                                     or rows[0][1] != fields.get("agreed", "")):
            problems.append(f"visit {visit}: acknowledged {fields}, the database holds {rows}")
    return problems


def _import_present(query: Query, lines: list[Line], pending: int | None) -> list[str]:
    acks = _acks(lines, "import")
    if not acks:
        return []
    [(title,)] = query("SELECT title FROM plan WHERE code = ?", acks[-1].what["plan"])
    allowed = {f"({acks[-1].what['title']})"} | ({f"({tag(pending)})"} if pending else set())
    return [] if any(title.endswith(ending) for ending in allowed) else [
        f"import {acks[-1].seq} acknowledged, the plan is titled “{title}”"]


def _merge_present(query: Query, lines: list[Line], pending: int | None) -> list[str]:
    """Each acknowledged merge wrote one evidence event per assessment it changed; the merge in flight wrote
    all of them or none."""
    problems = []
    acks = _acks(lines, "merge")
    for ack in acks:
        [(events,)] = query("SELECT count(*) FROM auditevent WHERE field = 'evidence' AND new_value LIKE ?",
                            f"{ack.what['evidence']} dòng %")
        if events != int(ack.what["changed"]):
            problems.append(f"merge {ack.seq} acknowledged {ack.what['changed']} changes, the audit holds {events}")
    if pending is not None and acks:
        [(events,)] = query("SELECT count(*) FROM auditevent WHERE field = 'evidence' AND new_value LIKE ?",
                            f"{tag(pending)} dòng %")
        if events not in (0, int(acks[-1].what["changed"])):
            problems.append(f"merge {pending} in flight left {events} of {acks[-1].what['changed']} changes")
    return problems


def _reorganisations_present(query: Query, lines: list[Line], pending: int | None) -> list[str]:
    """Every acknowledged decision is recorded with all its changes, the one in flight with all or none of them;
    every village's dated memberships still cover its life once, end to end (none missing, none overlapping)."""
    problems = []
    recorded = dict(query("SELECT r.decision_number, count(c.id) FROM reorganisation r "
                          "LEFT JOIN unitchange c ON c.reorganisation_id = r.id GROUP BY r.id"))
    for ack in _acks(lines, "reorg"):
        if recorded.get(ack.what["decision"]) != int(ack.what["changes"]):
            problems.append(f"decision {ack.what['decision']} acknowledged with {ack.what['changes']} changes, "
                            f"the database holds {recorded.get(ack.what['decision'])}")
    if pending is not None and f"{tag(pending)}/QĐ-UBND" in recorded and not recorded[f"{tag(pending)}/QĐ-UBND"]:
        problems.append(f"decision {pending} in flight is recorded without its changes")
    spells: dict[int, list[tuple]] = {}
    for village, start, end in query("SELECT village_id, valid_from, valid_until FROM villagemembership "
                                     "ORDER BY village_id, valid_from IS NOT NULL, valid_from"):
        spells.setdefault(village, []).append((start, end))
    for village, held in spells.items():
        ends = [end for _, end in held[:-1]]
        starts = [start for start, _ in held[1:]]
        if held[0][0] is not None or held[-1][1] is not None or ends != starts:
            problems.append(f"village {village}: its memberships {held} do not cover its life once")
    return problems


def _plan_edits_present(query: Query, lines: list[Line], pending: int | None) -> list[str]:
    """The village of the last acknowledged edit is as that edit left it (unless the edit in flight touches it):
    added to the plan in the first commune, renamed, given its lead agency, moved, or removed with it."""
    acks = _acks(lines, "plan-edit")
    if not acks:
        return []
    last = acks[-1]
    if pending is not None and pending == last.seq + 1 and last.what["edit"] != "remove":
        return []  # the same village, changed or not by the edit in flight: the content check holds it whole
    village, edit = int(last.what["village"]), last.what["edit"]
    rows = query("SELECT v.name, v.commune_id FROM village v JOIN planvillage p ON p.village_id = v.id "
                 "WHERE v.id = ?", village)
    leads = query("SELECT agency_id FROM assignment WHERE village_id = ? AND role = 'lead'", village)
    if edit == "remove":
        left = rows or leads or query("SELECT id FROM village WHERE id = ?", village)
        return [f"edit {last.seq} removed village {village}, it left {left}"] if left else []
    expected_name = f"Thôn {tag(last.seq if edit in ('add', 'rename') else last.seq - (1 if edit == 'assign' else 2))}"
    expected = [(expected_name, int(last.what["commune"]))]
    problems = [] if rows == expected else [f"edit {last.seq} ({edit}) acknowledged {expected}, the plan holds {rows}"]
    if edit in ("assign", "move") and leads != [(int(last.what["agency"]),)]:
        problems.append(f"edit {last.seq} ({edit}): village {village} has the lead agencies {leads}")
    return problems


def _attachments_present(query: Query, lines: list[Line], pending: int | None) -> list[str]:
    """Every acknowledged attachment is there (unless its removal was acknowledged or is in flight) with its
    name, and no removed one is; every stored content has all its chunks and hashes to its digest: none half
    written."""
    expected: dict[int, str | None] = {}
    for ack in _acks(lines, "attach"):
        expected[int(ack.what["attachment"])] = ack.what["name"] if ack.what["op"] == "add" else None
    removing = max(expected, default=None) if pending is not None and attach_operation(pending) == "remove" else None
    problems = []
    for attachment, name in expected.items():
        if attachment == removing:
            continue
        rows = query("SELECT name FROM attachment WHERE id = ?", attachment)
        if rows != ([(name,)] if name else []):
            problems.append(f"attachment {attachment}: acknowledged {name or 'removed'}, the database holds {rows}")
    for digest, chunks in query("SELECT sha256, chunks FROM filecontent"):
        parts = query("SELECT data FROM contentchunk WHERE sha256 = ? ORDER BY seq", digest)
        if len(parts) != chunks or hashlib.sha256(b"".join(part for (part,) in parts)).hexdigest() != digest:
            problems.append(f"content {digest[:12]}: {len(parts)} of {chunks} chunks, or not its digest")
    return problems


REVIEW_STATES = {"submit": "submitted", "return": "returned", "approve": "approved", "reopen": "in_review"}


def _review_seq(which: int, taken: int) -> int:
    """The write that took the `taken`-th step (from 0) of the `which`-th reviewed village (writer.review_step)."""
    cycle, step = divmod(taken, len(REVIEW_STEPS))
    return 2 + (cycle * REVIEWED_VILLAGES + which) * len(REVIEW_STEPS) + step


def _reviews_present(query: Query, lines: list[Line], pending: int | None) -> list[str]:
    """The round is there with its audit row once its opening was acknowledged. Every village's review holds whole
    steps only: its version counts its state changes audited, in the writer's order, its state is the last one
    audited, its thread has the comments of those steps with their texts, each with its audit row. And it is at
    the last acknowledged step of the village, or (one village at most) at the step in flight."""
    problems = []
    acks = _acks(lines, "review")
    rounds = query("SELECT r.id, count(a.id) FROM reviewround r LEFT JOIN auditevent a ON a.entity = 'reviewround' "
                   "AND a.entity_id = r.id AND a.field = 'opened' GROUP BY r.id")
    if (acks and [(int(acks[0].what["round"]), 1)] != rounds) or any(events != 1 for _, events in rounds):
        problems.append(f"the round and its 'opened' audit rows are {rounds}, acknowledged {acks[:1]}")
    steps = [ack for ack in acks if ack.what["step"] != "open"]
    acked = {int(ack.what["village"]): int(ack.what["version"]) for ack in steps}
    which_of = {int(ack.what["village"]): review_step(ack.seq)[0] for ack in steps}
    stepping = review_step(pending)[0] if pending is not None and pending > 1 else None
    reviews = {village: (review, state, version) for review, village, state, version in query(
        "SELECT id, village_id, state, version FROM villagereview")}
    for village in acked.keys() - reviews.keys():
        problems.append(f"village {village}: acknowledged at version {acked[village]}, it has no review")
    for village, (review, state, version) in reviews.items():
        which, known = which_of.get(village, stepping), acked.get(village, 0)
        if version not in ({known, known + 1} if which is not None and which == stepping else {known}):
            problems.append(f"village {village}: acknowledged at version {known}, the step in flight is write "
                            f"{pending}, the review is at version {version}")
        if which is None:
            continue
        taken = [(_review_seq(which, index), *REVIEW_STEPS[index % len(REVIEW_STEPS)]) for index in range(version)]
        audited = [new for (new,) in query("SELECT new_value FROM auditevent WHERE entity = 'villagereview' AND "
                                           "field = 'state' AND entity_id = ? ORDER BY id", review)]
        if audited != [REVIEW_STATES[step] for _, step, _ in taken] or state != (audited or ["in_review"])[-1]:
            problems.append(f"village {village}: {state} at version {version}, its audited states are {audited}")
        thread = query("SELECT c.step, c.text, count(a.id) FROM reviewcomment c LEFT JOIN auditevent a ON "
                       "a.entity = 'reviewcomment' AND a.entity_id = c.id AND a.new_value = c.text "
                       "WHERE c.review_id = ? GROUP BY c.id ORDER BY c.id", review)
        if thread != [(step, f"{tag(seq)} ý kiến", 1) for seq, step, commented in taken if commented]:
            problems.append(f"village {village} at version {version}: its comments and their audit rows are {thread}")
    if sum(version > acked.get(village, 0) for village, (_, _, version) in reviews.items()) > 1:
        problems.append(f"more than one village is past its last acknowledged step: {reviews}, acknowledged {acked}")
    return problems


def _revision(path: Path) -> str | None:
    try:
        rows = _rows(path, "SELECT version_num FROM alembic_version")
    except sqlite3.DatabaseError:
        return None
    return rows[0][0] if rows else None


def check_migration(path: Path, lines: list[Line], prepared: Prepared, reopen: Reopen) -> Outcome:
    """Before the program opens it again: the file is at one of the revisions, with exactly the schema and
    the data an uninterrupted upgrade has there (never new tables under the old revision); the pre-upgrade copy
    is absent or whole. Then it opens, and ends at the newest revision with the data of an uninterrupted
    upgrade."""
    problems: list[str] = []
    head = list(prepared.revisions)[-1]
    revision = _revision(path)
    if revision not in prepared.revisions:
        problems.append(f"the file is at revision {revision!r}")
    elif read_file(path) != prepared.revisions[revision]:
        problems.append(f"the file says revision {revision} but its schema or data is not that revision's: "
                        "a half-done upgrade")
    if _acks(lines, "migration") and revision != head:
        problems.append(f"the upgrade was acknowledged, the file is at {revision}")
    copies, leftovers = _copy_problems(path, {prepared.revisions[FIRST_REVISION][0]})
    problems += copies
    problems += reopen_problems(path, reopen)
    if not problems and read_file(path) != prepared.revisions[head]:
        problems.append("after the reopen the file is not what an uninterrupted upgrade gives")
    if not problems and (lost := _lost_rows(prepared.old, path)):
        problems.append(f"rows lost by the upgrade: {lost}")
    return Outcome(problems, len(_acks(lines, "migration")), not _acks(lines, "migration"), leftovers)


def _lost_rows(old: Path, new: Path) -> dict[str, tuple[int, int]]:
    """Tables of the old file with fewer rows in the new one (table → (before, after))."""
    before = {table: _rows(old, f'SELECT count(*) FROM "{table}"')[0][0] for (table,) in _rows(
        old, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    after = {table: _rows(new, f'SELECT count(*) FROM "{table}"')[0][0] for table in before}
    return {table: (before[table], after[table]) for table in before if after[table] < before[table]}


def _copy_problems(path: Path, allowed: set[str]) -> tuple[list[str], int]:
    """Every copy the program would offer (list_backups) opens, passes integrity_check and holds one of the
    contents `allowed`; every other file a backup left under a backup's name is empty or a `.part`."""
    problems = []
    offered = {backup.path for backup in list_backups(path)}
    for copy in sorted(offered):
        if (sound := _sound(copy)) is not True:
            problems.append(f"the backup {copy.name} is offered but {sound}")
        elif read_file(copy)[0] not in allowed:
            problems.append(f"the backup {copy.name} holds a content no write announced")
    folder = backup_folder(path)
    others = [p for p in folder.iterdir() if p.suffix == ".sqlite3" and p not in offered] if folder.is_dir() else []
    parts = list(folder.glob("*.part")) if folder.is_dir() else []
    for other in others:
        if other.stat().st_size and _sound(other) is not True:
            problems.append(f"{other.name}: a partial file under a backup's name")
    return problems, len(others) + len(parts)


def _sound(path: Path) -> bool | str:
    try:
        rows = _rows(path, "PRAGMA integrity_check")
    except sqlite3.DatabaseError as error:
        return f"does not open: {error}"
    if not path.stat().st_size:
        return "is empty"
    return True if rows == [("ok",)] else f"integrity_check says {rows[:2]}"


def check_backup(path: Path, lines: list[Line], prepared: Prepared, reopen: Reopen) -> Outcome:
    """The database keeps its content; every acknowledged backup is there, whole, with the content announced
    for it; nothing half-written is offered."""
    problems = reopen_problems(path, reopen)
    acknowledged, in_flight = _states(lines, ("backup-write",), prepared.sample_content)
    if not problems:
        problems += _content_problems(read_file(path)[0], acknowledged, in_flight)
    announced = {line.fp for line in lines if line.kind == "backup"}
    copies, leftovers = _copy_problems(path, announced)
    problems += copies
    for ack in _acks(lines, "backup")[-1:]:  # the retention may drop older ones, never the newest
        copy = Path(ack.what["path"])
        if not copy.exists() or read_file(copy)[0] != ack.fp:
            problems.append(f"backup {ack.seq} acknowledged, {copy.name} is missing or holds something else")
    pending = _pending_seq(lines, ("backup", "backup-write"))
    return Outcome(problems, len(_acks(lines, "backup")), pending is not None, leftovers)


def check_restore(path: Path, lines: list[Line], prepared: Prepared, reopen: Reopen) -> Outcome:
    """The database holds what it held before the restore in flight or the restored content; if the restore
    took effect, the change it replaced is in a whole safety copy."""
    kinds = ("restore", "restore-write")
    problems = []
    acknowledged, in_flight = _states(lines, kinds, prepared.sample_content)
    announced = {line.fp for line in lines if line.kind in kinds} | {prepared.sample_content}
    copies, leftovers = _copy_problems(path, announced)
    problems += copies
    problems += reopen_problems(path, reopen)
    if not problems:
        found = read_file(path)[0]
        problems += _content_problems(found, acknowledged, in_flight)
        changing = [line for line in lines if line.kind in kinds]
        if changing and changing[-1].kind == "restore" and found != acknowledged:
            if acknowledged not in {read_file(b.path)[0] for b in list_backups(path) if b.reason == "restore"}:
                problems.append("the restore replaced the file, and no safety copy holds what it replaced")
        for ack in _acks(lines, "restore")[-1:]:
            if not Path(ack.what["safety"]).exists():
                problems.append(f"restore {ack.seq} acknowledged, its safety copy is missing")
    pending = _pending_seq(lines, kinds)
    return Outcome(problems, len(_acks(lines, "restore")), pending is not None, leftovers)


CHECKS: dict[str, Check] = {
    "assessment": _looped("assessment", _assessments_present), "record": _looped("record", _records_present),
    "import": _looped("import", _import_present), "merge": _looped("merge", _merge_present),
    "migration": check_migration, "backup": check_backup, "restore": check_restore,
    "reorg": _looped("reorg", _reorganisations_present), "plan-edit": _looped("plan-edit", _plan_edits_present),
    "attach": _looped("attach", _attachments_present), "review": _looped("review", _reviews_present),
}
