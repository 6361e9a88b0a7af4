"""The window benchmark's databases, built once and kept under /tmp/langmoi-bench/ keyed by size and schema
revision, so that a rerun starts in seconds (the 10,000-village file takes minutes to build).

Every file holds the bundled sample plan (a new database receives it) and, beside it, the plan measured at that
size: 1,000 or 10,000 villages of bench_scale.large_draft with their records (bench_scale.add_records); at 57 the
sample itself is measured and a small generated plan of 30 villages is there to switch from. The audit trail gets
30 events a village of the measured plan (bench_history.add_events), so that the history of every change has
something to show (300,000 at 10,000). The measured plan's last year has its yearly review round (`add_reviews`: 30 %
of the villages sent, a third of those approved and a sixth returned with a comment, past a deadline the others
missed) and evidence files (`add_attachments`: one village with FILES_SHOWN files on its checklist and records, a few
hundred others with one or two), both through the domain's use cases. A run works on a copy, so its saves never change
the cached file; VERSION is in the file's name, so that a file built before a change here is built again.
"""

import shutil
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from tests.benchmarks.plan_files import cached_plan_file

CACHE = Path("/tmp/langmoi-bench")
SAMPLE_CODE = "133-KH/TU (MẪU)"
SMALL_OTHER = 30
"""Villages of the plan the 57-village run switches from."""
EVENTS_PER_VILLAGE = 30
VERSION = 2
"""Of what _build puts in a file: 2 added the review round and the evidence files."""
REVIEW_YEAR = 2025
"""The measured plan's last year, whose round and files the window shows (window_run.YEAR)."""
DEADLINE = date(2026, 1, 15)
FILES_SHOWN = 36
"""Files of the village `files_village` (on its checklist, and a few on its visits)."""
FILED_VILLAGES = 300
"""Other villages with a file or two."""


@dataclass(frozen=True)
class BenchPlans:
    measured: str
    """The code of the plan the actions run on."""
    other: str
    """The code of the plan "load a plan" switches from."""


def plans_at(size: int) -> BenchPlans:
    if size == 57:
        return BenchPlans(measured=SAMPLE_CODE, other=f"LARGE-{SMALL_OTHER}")
    return BenchPlans(measured=f"LARGE-{size}", other=SAMPLE_CODE)


def cached_file(size: int) -> Path:
    """The cached database of `size` villages, built now when missing (said on stderr, with its time)."""
    return cached_plan_file(CACHE, f"window-v{VERSION}", size, _build)


def working_copy(size: int, folder: Path) -> Path:
    """A copy of the cached file in `folder`, for one run to change."""
    target = folder / f"window-{size}.sqlite3"
    shutil.copyfile(cached_file(size), target)
    return target


def _build(path: Path, size: int) -> None:
    from domain.access import Principal
    from domain.plans import create_plan
    from storage.database import open_database
    from tests.benchmarks.bench_history import add_events
    from tests.benchmarks.bench_scale import add_records, large_draft

    generated = SMALL_OTHER if size == 57 else size
    database = open_database(f"sqlite:///{path}", actor="bench")
    try:
        with database.unit_of_work(Principal.local("bench")) as uow:
            create_plan(uow, draft=large_draft(generated))
        add_records(database, f"LARGE-{generated}")
        add_events(database, EVENTS_PER_VILLAGE * size)
        measured = plans_at(size).measured
        order = ordered_villages(database, measured)
        add_reviews(database, measured, order)
        add_attachments(database, measured, order)
    finally:
        database.close()
    if Path(f"{path}-wal").exists():
        raise RuntimeError(f"{path}: the WAL was not checkpointed at close; the copy would miss rows")


def ordered_villages(database, plan_code: str) -> list[int]:
    """The measured plan's villages in the tree's order (window_floors.Floors.places, by its query): the
    benchmark's first village is the first, its target the middle one."""
    from tests.benchmarks.window_floors import PLACES

    with database.engine.connect() as connection:
        plan_id = connection.exec_driver_sql("SELECT id FROM plan WHERE code = ?", (plan_code,)).scalar_one()
        return [row[0] for row in connection.exec_driver_sql(PLACES, (plan_id,))]


def protected(order: list[int]) -> set[int]:
    """The villages the other actions change (the first, the target): never approved, so never locked."""
    return {order[0], order[len(order) // 2]}


def review_fates(order: list[int]) -> dict[int, str]:
    """Each village's part in the round: "approved", "returned", "sent" (30 % of the villages in all), the others
    still in review (overdue: the deadline has passed)."""
    fates = {}
    for index, village_id in enumerate(order):
        if village_id in protected(order) or index % 10 not in (1, 4, 7):
            continue
        fates[village_id] = "approved" if index % 10 == 1 else "returned" if index % 20 == 4 else "sent"
    return fates


def submitted_villages(order: list[int]) -> list[int]:
    """The villages sent and waiting for the secretariat (the approve action's), nearest the target first."""
    middle = len(order) // 2
    fates = review_fates(order)
    return sorted((v for v, fate in fates.items() if fate == "sent"), key=lambda v: abs(order.index(v) - middle))


def files_village(order: list[int]) -> int:
    """The village whose files are shown: next to the target, in review."""
    return order[len(order) // 2 + 2]


def add_reviews(database, plan_code: str, order: list[int], batch: int = 500) -> None:
    """The yearly round of REVIEW_YEAR opened with DEADLINE; its villages sent, then approved or returned with a
    comment (review_fates), by the domain's steps, `batch` villages a transaction; the first sendings then dated
    over the weeks around the deadline (the steps date them today), so that some were on time and some late."""
    from sqlalchemy import update

    from domain.access import Principal
    from domain.review_rounds import ReviewStep, VillageReview
    from domain.reviewing import apply_step, open_round

    user = Principal.local("bench")
    fates = review_fates(order)
    with database.unit_of_work(user) as uow:
        plan_id = _plan_id(uow.session, plan_code)
        round_id = open_round(uow, plan_id=plan_id, year=REVIEW_YEAR, deadline=DEADLINE)
    steps = [(v, ReviewStep.SUBMIT, "") for v in fates]
    steps += [(v, ReviewStep.APPROVE, "") for v, fate in fates.items() if fate == "approved"]
    steps += [(v, ReviewStep.RETURN, f"Tiêu chí {v % 17 + 1}: thiếu biên bản họp thôn, bổ sung trước ngày 20.")
              for v, fate in fates.items() if fate == "returned"]
    for start in range(0, len(steps), batch):
        with database.unit_of_work(user) as uow:
            for village_id, step, text in steps[start:start + batch]:
                apply_step(uow.session, uow.user, round_id=round_id, village_id=village_id, step=step, text=text)
            uow.commit()
    with database.unit_of_work(user) as uow:
        for index, village_id in enumerate(fates):
            uow.session.execute(update(VillageReview).where(VillageReview.round_id == round_id,
                                                            VillageReview.village_id == village_id)
                                .values(first_submitted_on=DEADLINE + timedelta(days=index % 28 - 14)))
        uow.commit()


def _plan_id(session, code: str) -> int:
    from sqlmodel import select

    from domain.plan import Plan

    return session.exec(select(Plan.id).where(Plan.code == code)).one()


def evidence_files(count: int) -> list[tuple[str, bytes]]:
    """`count` small files of distinct contents: photos (JPEG of ~15-40 KB) and scanned minutes (PDF), 2 to 1."""
    from tests.evidence import noise_jpeg, pdf_bytes

    made = []
    for number in range(count):
        if number % 3 == 2:
            made.append((f"Biên bản họp thôn {number + 1}.pdf", pdf_bytes(text=f"Biên bản số {number + 1}",
                                                                         padding=8_000 + number * 37)))
        else:
            made.append((f"Ảnh hiện trường {number + 1}.jpg", noise_jpeg(15_000 + number * 83)))
    return made


def add_attachments(database, plan_code: str, order: list[int]) -> None:
    """FILES_SHOWN files on `files_village`'s checklist of REVIEW_YEAR (most on its first criteria) and visits, and
    one or two on FILED_VILLAGES others (villages still in review: an approved one is locked), each by attach_file."""
    from sqlmodel import select

    from domain.access import Principal
    from domain.attaching import attach_file
    from domain.attachments import AttachTarget
    from domain.criteria import Criterion
    from domain.plan import Plan
    from domain.village_records import Visit

    user = Principal.local("bench")
    shown = files_village(order)
    fates = review_fates(order)
    others = [v for v in order[1::max(1, len(order) // (FILED_VILLAGES + 1))] if fates.get(v) != "approved"
              and v not in protected(order) and v != shown][:FILED_VILLAGES]
    made = evidence_files(FILES_SHOWN + 2 * len(others))
    with database.session() as session:
        plan = session.get(Plan, _plan_id(session, plan_code))
        criteria = session.exec(select(Criterion.id).where(Criterion.criteria_set_id == plan.criteria_set_id)
                                .order_by(Criterion.number)).all()
        visits = session.exec(select(Visit.id).where(Visit.village_id == shown).order_by(Visit.id)).all()
    targets = []
    for number in range(FILES_SHOWN):
        if number % 6 == 5 and visits:
            targets.append(AttachTarget.of_record(shown, "visits", visits[number % len(visits)]))
        else:
            targets.append(AttachTarget.of_criterion(shown, criteria[number % 4 if number < 24 else number % 17],
                                                     REVIEW_YEAR))
    for index, village_id in enumerate(others):
        for copy in range(1 + index % 2):
            targets.append(AttachTarget.of_criterion(village_id, criteria[(index + copy) % len(criteria)],
                                                     REVIEW_YEAR))
    for target, (name, content) in zip(targets, made, strict=False):
        with database.unit_of_work(user) as uow:
            attach_file(uow, plan_id=plan.id, target=target, name=name, content=content)


if __name__ == "__main__":
    import sys

    for argument in sys.argv[1:]:
        print(cached_file(int(argument)))
