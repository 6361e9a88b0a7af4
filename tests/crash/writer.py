"""The writers of the crash test: one kind of write in a loop, through the program's own use cases.

    python -m tests.crash.writer KIND DATABASE [EXTRA] [--count N]

Every write is announced before its COMMIT with the content the database will then hold (a line
"PENDING KIND seq=N fp=HASH") and acknowledged after the use case returned ("ACK KIND seq=N fp=HASH what=..."),
each line flushed, so that a test killing the process knows exactly what is durable and what may be. "READY"
comes once everything is imported and the database open: the kill's delay counts from it. Without --count the
loop runs until the process is killed.

`python -m tests.crash.writer --serve` is the test's fork server: it imports everything once, then for each
line "RUN KIND DATABASE OUT EXTRA COUNT KILL_AT" forks a writer (stdout and stderr to OUT.out and OUT.err) and answers
"PID n"; "WAIT n" answers "DONE n STATUS" once the writer is gone. A kill then costs milliseconds, not the
1.3 s of a new interpreter importing SQLModel, Alembic and openpyxl.
"""

import argparse
import dataclasses
import functools
import itertools
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote

from sqlmodel import select

from domain.access import Principal
from domain.assessing import current_assessment, set_assessment
from domain.criteria import Criterion, CriterionStatus
from domain.places import plan_places
from domain.plan import Plan
from domain.plan_import import import_plan
from domain.recording import delete_record, save_record
from domain.unit_of_work import UnitOfWork
from domain.update_merge import apply_updates, preview_updates
from storage.database import Database, open_database
from tests.crash.fingerprint import content, session_rows, sqlite_rows
from tests.crash.steps import Steps

ACTOR = "crash-writer"
STEPS: Steps | None = None
"""The kill points of this writer (see steps.py), when the test steps through them."""
NEXT_STATUS = {CriterionStatus.MET: CriterionStatus.NOT_MET, CriterionStatus.NOT_MET: CriterionStatus.IN_PROGRESS}


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def ready() -> None:
    """Everything imported and open: the kill's delay counts from here, and so do the kill points."""
    say("READY")
    if STEPS is not None:
        STEPS.armed = True


def tag(seq: int) -> str:
    """The unique text a write leaves, so that every write can be found after the kill."""
    return f"crash-{seq}"


class AnnouncedUnitOfWork(UnitOfWork):
    """The program's unit of work, saying before COMMIT what the database will hold after it."""

    def __init__(self, database: Database, kind: str, seq: int) -> None:
        super().__init__(database.session, Principal.local(ACTOR))
        self.kind, self.seq, self.announced = kind, seq, ""

    def commit(self) -> None:
        self.session.flush()
        self.announced = content(session_rows(self.session))
        say(f"PENDING {self.kind} seq={self.seq} fp={self.announced}")
        super().commit()

    def acknowledge(self, **what: object) -> None:
        """After the use case returned: the change is durable."""
        acknowledge(self.kind, self.seq, self.announced, **what)


def acknowledge(kind: str, seq: int, fingerprint: str, **what: object) -> None:
    """One line; the values quoted as in a URL, so that a plan code or a path with spaces stays one word."""
    say(" ".join([f"ACK {kind} seq={seq} fp={fingerprint}",
                  *(f"{name}={quote(str(value))}" for name, value in what.items())]))


def sequence(count: int | None) -> Iterator[int]:
    return itertools.count(1) if count is None else iter(range(1, count + 1))


def open_plan(database: Database) -> tuple[Plan, list[int], list[int]]:
    """The plan of the prepared database, its villages and its criteria."""
    with database.session() as session:
        plan = session.exec(select(Plan).order_by(Plan.id)).first()
        villages = [place.village_id for place in plan_places(session, plan.id)]
        criteria = list(session.exec(select(Criterion.id).where(Criterion.criteria_set_id == plan.criteria_set_id)
                                     .order_by(Criterion.number)))
    return plan, villages, criteria


def save_assessment(database: Database, plan: Plan, villages: list[int], criteria: list[int], seq: int,
                    kind: str = "assessment") -> None:
    """Write `seq`: the next village and criterion of the last year, a new status and the write's tag as
    evidence (so two audit events: status and evidence)."""
    village = villages[seq % len(villages)]
    criterion = criteria[(seq // len(villages)) % len(criteria)]
    with AnnouncedUnitOfWork(database, kind, seq) as uow:
        current = current_assessment(uow.session, village, criterion, plan.last_year)
        status = NEXT_STATUS.get(current.status if current else None, CriterionStatus.MET)
        set_assessment(uow, plan_id=plan.id, village_id=village, criterion_id=criterion, year=plan.last_year,
                       status=status, evidence=tag(seq))
        uow.acknowledge(village=village, criterion=criterion, year=plan.last_year, status=status.value,
                        evidence=tag(seq))


def write_assessments(database: Database, count: int | None, _extra: str) -> None:
    plan, villages, criteria = open_plan(database)
    ready()
    for seq in sequence(count):
        save_assessment(database, plan, villages, criteria, seq)


def record_operation(seq: int) -> str:
    """Visits are added, changed, added, and the first of the two deleted: add, change, add, delete, ..."""
    return {1: "add", 2: "change", 3: "add", 0: "delete"}[seq % 4]


def write_records(database: Database, count: int | None, _extra: str) -> None:
    plan, villages, _ = open_plan(database)
    added: dict[int, int] = {}
    ready()
    for seq in sequence(count):
        village = villages[((seq - 1) // 4) % len(villages)]  # the four operations on one village's visits
        operation = record_operation(seq)
        with AnnouncedUnitOfWork(database, "record", seq) as uow:
            if operation == "add":
                added[seq] = save_record(uow, kind="visits", plan_id=plan.id, village_id=village, values={
                    "day": date(2025, 1 + seq % 12, 1 + seq % 28), "people": tag(seq), "activities": "Họp dân"})
                uow.acknowledge(op=operation, visit=added[seq], people=tag(seq))
            elif operation == "change":
                save_record(uow, kind="visits", plan_id=plan.id, village_id=village, record_id=added[seq - 1],
                            values={"day": date(2025, 1 + (seq - 1) % 12, 1 + (seq - 1) % 28), "people": tag(seq - 1),
                                    "activities": "Họp dân", "agreed": tag(seq)})
                uow.acknowledge(op=operation, visit=added[seq - 1], agreed=tag(seq))
            else:
                delete_record(uow, kind="visits", plan_id=plan.id, village_id=village, record_id=added[seq - 3])
                uow.acknowledge(op=operation, visit=added[seq - 3])


def changed_draft(draft, seq: int):
    """The sample plan's draft as a changed annex would read: every other import moves the households of every
    village, the phone of every team member and drops the last assignment; each import titles the plan anew."""
    title = f"{draft.title} ({tag(seq)})"
    if seq % 2:
        return dataclasses.replace(draft, title=title)
    return dataclasses.replace(
        draft, title=title,
        villages=[dataclasses.replace(v, households=(v.households or 100) + 7) for v in draft.villages],
        members=[dataclasses.replace(m, phone=f"0900 {seq % 1000:03d} {i:03d}") for i, m in enumerate(draft.members)],
        assignments=draft.assignments[:-1])


@functools.cache
def sample_draft():
    """The sample plan as its workbook reads (0.4 s of openpyxl: read once, by the fork server)."""
    from storage.sample import read_sample

    return read_sample()


def write_imports(database: Database, count: int | None, _extra: str) -> None:
    draft = sample_draft()
    ready()
    for seq in sequence(count):
        with AnnouncedUnitOfWork(database, "import", seq) as uow:
            import_plan(uow, draft=changed_draft(draft, seq), source=f"{tag(seq)}.xlsx")
            uow.acknowledge(plan=draft.code, title=tag(seq))


def write_merges(database: Database, count: int | None, workbook: str) -> None:
    """A team lead's workbook (prepared by the test) merged again and again, each time with the evidence of
    its first rows retyped: every merge writes several assessments and their audit events in one commit."""
    from storage.update_workbook import read_update_workbook

    filled = read_update_workbook(Path(workbook))
    plan, _, _ = open_plan(database)
    ready()
    for seq in sequence(count):
        sheets = [dataclasses.replace(sheet, rows=[dataclasses.replace(row, evidence=f"{tag(seq)} dòng {row.row}")
                                                   if index < 4 else row for index, row in enumerate(sheet.rows)])
                  for sheet in filled.sheets[:3]]
        retyped = dataclasses.replace(filled, sheets=sheets)
        with AnnouncedUnitOfWork(database, "merge", seq) as uow:
            preview = preview_updates(uow.session, plan.id, retyped)
            chosen = {line.key: line.version for line in preview.lines if line.applicable}
            changed = apply_updates(uow, plan.id, retyped, chosen)
            uow.acknowledge(changed=changed, evidence=tag(seq))


def reorganisation_rows(seq: int):
    """The reorganisation workbook's rows the `seq`-th import reads: the sample's whole decision first (every
    village of three districts moved in bulk, a split, merges), then each a decision of its own a day later,
    renaming a commune again and moving a village back and forth."""
    from domain.reorganisation_workbook_format import ChangeRow, Decision, Level, ReorganisationRows, RowKind, UnitPath
    from exports.reorganisation_workbook import template_reorganisation

    if seq == 1:
        rows = template_reorganisation()
    else:
        day = date(2026, 1, 1) + timedelta(days=seq)
        province = "Quảng Ngãi"
        before = "Kon Plông" if seq == 2 else f"Kon Plông {tag(seq - 1)}"
        there, back = ("Ngọk Yêu", "Tu Mơ Rông") if seq % 2 == 0 else ("Tu Mơ Rông", "Ngọk Yêu")
        rows = ReorganisationRows(Decision(f"{tag(seq)}/QĐ-UBND", "UBND tỉnh", day, day - timedelta(days=9)), [
            ChangeRow(Level.COMMUNE, RowKind.RENAME, UnitPath(province, None, before),
                      UnitPath(province, None, f"Kon Plông {tag(seq)}")),
            ChangeRow(Level.VILLAGE, RowKind.MOVE, UnitPath(province, None, there, "Làng Kon Pia"),
                      UnitPath(province, None, back))])
    return dataclasses.replace(rows, changes=[dataclasses.replace(change, row=number)
                                              for number, change in enumerate(rows.changes, start=2)])


def write_reorganisations(database: Database, count: int | None, _extra: str) -> None:
    """Reorganisations imported one after the other, as `import-reorg` does: each one audited transaction."""
    from domain.reorganisation import Reorganisation, UnitChange
    from domain.reorganisation_import import import_reorganisations

    reorganisation_rows(1)  # openpyxl and the template made before READY
    ready()
    for seq in sequence(count):
        rows = reorganisation_rows(seq)
        with AnnouncedUnitOfWork(database, "reorg", seq) as uow:
            import_reorganisations(uow, reorganisations=[rows], file_name=f"{tag(seq)}.xlsx")
        with database.session() as session:
            recorded = session.exec(select(Reorganisation.id).where(
                Reorganisation.decision_number == rows.decision.number)).one()
            changes = len(session.exec(select(UnitChange.id).where(UnitChange.reorganisation_id == recorded)).all())
        uow.acknowledge(decision=rows.decision.number, changes=changes)


def attach_operation(seq: int) -> str:
    """A file attached, then removed, again and again: add, remove, add, remove, ..."""
    return "add" if seq % 2 else "remove"


def write_attachments(database: Database, count: int | None, _extra: str) -> None:
    """Evidence files of two chunks each (a scan of ~1.2 MB, its text the write's tag) attached to the next
    village and criterion of the last year, every other write removing the one before (domain/attaching.py)."""
    from domain.attaching import attach_file, remove_attachment
    from domain.attachments import AttachTarget
    from tests.evidence import pdf_bytes

    plan, villages, criteria = open_plan(database)
    added: dict[int, int] = {}
    ready()
    for seq in sequence(count):
        with AnnouncedUnitOfWork(database, "attach", seq) as uow:
            if attach_operation(seq) == "add":
                target = AttachTarget.of_criterion(villages[seq % len(villages)], criteria[seq % len(criteria)],
                                                   plan.last_year)
                info = attach_file(uow, plan_id=plan.id, target=target, name=f"{tag(seq)}.pdf",
                                   content=pdf_bytes(text=tag(seq), padding=1_400_000))
                added[seq] = info.id
                uow.acknowledge(op="add", attachment=info.id, name=info.name, sha256=info.sha256)
            else:
                remove_attachment(uow, plan_id=plan.id, attachment_id=added[seq - 1])
                uow.acknowledge(op="remove", attachment=added[seq - 1])


REVIEW_STEPS = (("submit", False), ("return", True), ("submit", True), ("approve", False), ("reopen", True))
"""A village's review sent, returned with a comment, sent again with a note, approved and reopened with a reason
(back where it began), again and again; True: the step writes a comment (and its audit row)."""
REVIEWED_VILLAGES = 3


def review_step(seq: int) -> tuple[int, str, bool]:
    """Write `seq` (after the first, which opens the round): (which reviewed village, step, with a comment). Each
    village takes the five steps in turn, then the next village; after the last one the first again."""
    index = seq - 2
    return (index // len(REVIEW_STEPS)) % REVIEWED_VILLAGES, *REVIEW_STEPS[index % len(REVIEW_STEPS)]


def write_reviews(database: Database, count: int | None, _extra: str) -> None:
    """The yearly review cycle as the secretariat takes it (domain/reviewing.py): the round of the plan's last year
    opened, then each village's steps one by one, each step its use case's audited transaction."""
    from domain.reviewing import approve, open_round, reopen_with_reason, return_with_comment, submit

    plan, villages, _ = open_plan(database)
    round_id = 0
    ready()
    for seq in sequence(count):
        with AnnouncedUnitOfWork(database, "review", seq) as uow:
            if seq == 1:
                round_id = open_round(uow, plan_id=plan.id, year=plan.last_year, deadline=date(plan.last_year, 12, 1))
                uow.acknowledge(step="open", round=round_id)
                continue
            which, step, commented = review_step(seq)
            village, text = villages[which], f"{tag(seq)} ý kiến" if commented else ""
            if step == "return":
                version = return_with_comment(uow, round_id=round_id, village_id=village, comment=text)
            elif step == "reopen":
                version = reopen_with_reason(uow, round_id=round_id, village_id=village, reason=text)
            else:
                version = {"submit": submit, "approve": approve}[step](uow, round_id=round_id, village_id=village,
                                                                      comment=text)
            uow.acknowledge(step=step, round=round_id, village=village, version=version, comment=text)


PLAN_EDITS = ("add", "rename", "assign", "move", "remove")
"""A village added to the plan, renamed, given a lead agency, moved to another commune and removed (with its
assignment: several rows in one commit), again and again."""


def plan_edit(seq: int) -> str:
    return PLAN_EDITS[(seq - 1) % len(PLAN_EDITS)]


def write_plan_edits(database: Database, count: int | None, _extra: str) -> None:
    """The plan edited from the window's dialogs (domain/plan_editing.py), each edit its use case's commit."""
    from domain.admin_units import Village
    from domain.agencies import Agency
    from domain.plan_editing import add_village, move_village, remove_village, rename_village, set_assignments

    plan, villages, _ = open_plan(database)
    with database.session() as session:
        first, second = sorted({session.get(Village, v).commune_id for v in villages})[:2]
        agency = session.exec(select(Agency.id).order_by(Agency.id)).first()
    village = 0
    ready()
    for seq in sequence(count):
        edit = plan_edit(seq)
        with AnnouncedUnitOfWork(database, "plan-edit", seq) as uow:
            if edit == "add":
                village = add_village(uow, plan_id=plan.id, commune_id=first, name=f"Thôn {tag(seq)}")
            elif edit == "rename":
                rename_village(uow, plan_id=plan.id, village_id=village, name=f"Thôn {tag(seq)}")
            elif edit == "assign":
                set_assignments(uow, plan_id=plan.id, village_id=village, lead_agency_id=agency, co_agency_ids=[])
            elif edit == "move":
                move_village(uow, plan_id=plan.id, village_id=village, commune_id=second)
            else:
                remove_village(uow, plan_id=plan.id, village_id=village)
            uow.acknowledge(edit=edit, village=village, commune=second if edit in ("move", "remove") else first,
                            agency=agency)


def database_content(path: Path) -> str:
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        return content(sqlite_rows(connection))
    finally:
        connection.close()


def write_backups(database: Database, count: int | None, _extra: str) -> None:
    """A change, then a backup of it: each backup holds a content of its own, announced before it is taken."""
    plan, villages, criteria = open_plan(database)
    ready()
    for seq in sequence(count):
        save_assessment(database, plan, villages, criteria, seq, kind="backup-write")
        expected = database_content(Path(database.engine.url.database))
        say(f"PENDING backup seq={seq} fp={expected}")
        backup = database.backup("manual")
        acknowledge("backup", seq, expected, path=backup.path)


def write_restores(path: Path, count: int | None, backup_name: str) -> None:
    """A change, then a restore of the prepared backup: each restore must first keep the change in a safety copy."""
    from storage.backups import list_backups, restore_backup

    url = f"sqlite:///{path}"
    backup = next(b for b in list_backups(path) if b.path.name == backup_name)
    restored = database_content(backup.path)
    ready()
    for seq in sequence(count):
        database = open_database(url, actor=ACTOR)
        plan, villages, criteria = open_plan(database)
        save_assessment(database, plan, villages, criteria, seq, kind="restore-write")
        database.close()
        say(f"PENDING restore seq={seq} fp={restored}")
        safety = restore_backup(path, backup)
        acknowledge("restore", seq, restored, safety=safety.path)


def write_migration(path: Path, _count: int | None, _extra: str) -> None:
    """One upgrade of a database at an old revision to the newest, as the program does at open."""
    from storage import migrate

    head = migrate.head_revision()
    ready()
    open_database(f"sqlite:///{path}", actor=ACTOR).close()
    acknowledge("migration", 1, "", revision=head)


def reopen(path: Path, _count: int | None, _extra: str) -> None:
    """Not a writer: the program's next start after a kill, opening the file as it does (OPENED when it did)."""
    ready()
    open_database(f"sqlite:///{path}", actor=ACTOR).close()
    say("OPENED")


OPEN_WRITERS: dict[str, Callable[[Database, int | None, str], None]] = {
    "assessment": write_assessments, "record": write_records, "import": write_imports, "merge": write_merges,
    "backup": write_backups, "reorg": write_reorganisations, "plan-edit": write_plan_edits,
    "attach": write_attachments, "review": write_reviews,
}
FILE_WRITERS: dict[str, Callable[[Path, int | None, str], None]] = {
    "migration": write_migration, "restore": write_restores, "reopen": reopen,
}
KINDS = ("assessment", "record", "import", "merge", "migration", "backup", "restore", "reorg", "plan-edit",
         "attach", "review")


def run(kind: str, path: Path, extra: str = "", count: int | None = None) -> None:
    if kind in FILE_WRITERS:
        FILE_WRITERS[kind](path, count, extra)
    else:
        database = open_database(f"sqlite:///{path}", actor=ACTOR)
        try:
            OPEN_WRITERS[kind](database, count, extra)
        finally:
            database.close()
    say("DONE")


def _child(kind: str, path: str, out: str, extra: str, count: str, kill_at: str) -> None:
    """In the forked child: stdout and stderr to files, run one writer, never return to the server's loop.
    With `kill_at` (a number, or 0 to count only), the writer's kill points are counted and it dies at that one;
    a writer that ends says how many it passed and which were file operations (Steps.said)."""
    global STEPS
    status = 0
    try:
        for fd, name in ((1, f"{out}.out"), (2, f"{out}.err")):
            handle = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.dup2(handle, fd)
            os.close(handle)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        sys.stdout = os.fdopen(1, "w", encoding="utf-8", closefd=False)
        sys.stderr = os.fdopen(2, "w", encoding="utf-8", closefd=False)
        if kill_at != "-":
            STEPS = Steps(int(kill_at))
            STEPS.install()
        run(kind, Path(path), "" if extra == "-" else extra, None if count == "-" else int(count))
        if STEPS is not None:
            say(STEPS.said())
    except BaseException:
        traceback.print_exc()
        say("FAILED")
        status = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)


def serve() -> None:
    """The fork server's loop (see the module's docstring)."""
    import storage.migrate  # noqa: F401  everything a writer needs, imported before the first fork
    import storage.update_workbook  # noqa: F401

    sample_draft()
    reorganisation_rows(1)
    say("SERVING")
    for line in sys.stdin:
        command, *arguments = line.split("\t")
        arguments = [argument.rstrip("\n") for argument in arguments]
        if command == "RUN":
            pid = os.fork()
            if pid == 0:
                _child(*arguments)
            say(f"PID {pid}")
        elif command == "WAIT":
            pid = int(arguments[0])
            _, status = os.waitpid(pid, 0)
            say(f"DONE {pid} {os.waitstatus_to_exitcode(status)}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.crash.writer")
    parser.add_argument("--serve", action="store_true")
    parser.add_argument("kind", nargs="?", choices=FILE_WRITERS.keys() | OPEN_WRITERS.keys())
    parser.add_argument("database", nargs="?", type=Path)
    parser.add_argument("extra", nargs="?", default="")
    parser.add_argument("--count", type=int)
    args = parser.parse_args(argv)
    if args.serve:
        serve()
    else:
        run(args.kind, args.database, args.extra, args.count)


if __name__ == "__main__":
    main()
