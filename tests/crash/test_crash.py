"""The crash test: writers of each kind killed at random with SIGKILL, each file then checked as the next start
would find it (see checks.py for what must hold, writer.py for what each writer does).

The kill delays are drawn from a seed that is printed, counted from the writer's READY, and spread over a
window measured by one uninterrupted run of the same writer, so most kills land on real writes. A second test
kills each writer at kill points drawn among every SQL statement and file operation of one write (steps.py).

    uv run pytest tests/crash -s                                  # the table of kills and failures
    LANGMOI_CRASH_KILLS=2000 LANGMOI_CRASH_POINTS=all uv run pytest tests/crash -s   # longer: every kill point
    LANGMOI_CRASH_SEED=123456 uv run pytest tests/crash -s        # the same delays and kill points again
"""

import os
import random
import shutil
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from queue import Queue

import pytest

from tests.crash.checks import CHECKS, Outcome, parse
from tests.crash.harness import ForkServer, Run, run_writer
from tests.crash.prepared import Prepared, prepare
from tests.crash.writer import KINDS

KILLS = int(os.environ.get("LANGMOI_CRASH_KILLS", "105"))
"""Kills at random delays, in all, shared by the kinds."""
KILL_POINTS = os.environ.get("LANGMOI_CRASH_POINTS", "6")
"""SQL statements per kind drawn as kill points, besides every file operation; "all" for every statement."""
SEED = int(os.environ.get("LANGMOI_CRASH_SEED") or random.SystemRandom().randrange(1_000_000))
WORKERS = 2
CALIBRATION_WRITES = {"assessment": 12, "record": 12, "import": 3, "merge": 4, "backup": 4, "restore": 3, "reorg": 4,
                      "plan-edit": 10, "attach": 6, "review": 17}
"""How many writes the measured run makes: the kills are spread over as long as they take."""
STEP_WRITES = {"assessment": 2, "record": 4, "import": 1, "merge": 1, "backup": 1, "restore": 1, "reorg": 2,
               "plan-edit": 5, "attach": 2, "review": 6}
"""How many writes a writer makes when it is killed at a kill point (a migration is one upgrade)."""

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the writers are forked (POSIX only)")


@dataclass
class Tally:
    kills: int = 0
    in_flight: int = 0
    acknowledged: int = 0
    leftovers: int = 0
    window: float | int = 0.0
    """Seconds over which the random kills are spread, or (“@”) how many kill points one write has."""
    failed: int = 0
    """Kills after which at least one thing was wrong."""
    failures: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory) -> Prepared:
    return prepare(tmp_path_factory.mktemp("crash-prepared"))


@pytest.fixture(scope="module")
def servers():
    with ThreadPoolExecutor(WORKERS) as pool:
        started = list(pool.map(lambda _: ForkServer(), range(WORKERS)))
    queue: Queue[ForkServer] = Queue()
    for server in started:
        queue.put(server)
    yield queue
    for server in started:
        server.close()


@pytest.fixture(scope="module")
def table():
    tallies: dict[str, Tally] = {}
    yield tallies
    print(f"\nCrash test, LANGMOI_CRASH_SEED={SEED}, LANGMOI_CRASH_KILLS={KILLS}, LANGMOI_CRASH_POINTS={KILL_POINTS}"
          " (“@”: killed at kill points)")
    print(f"{'writer':<13}{'window':>9}{'kills':>7}{'in commit':>10}{'acked':>7}{'leftovers':>10}{'failures':>9}")
    for kind, tally in tallies.items():
        window = f"{tally.window} pts" if isinstance(tally.window, int) else f"{tally.window:.2f} s"
        print(f"{kind:<13}{window:>9}{tally.kills:>7}{tally.in_flight:>10}{tally.acknowledged:>7}"
              f"{tally.leftovers:>10}{tally.failed:>9}")


def _copy(kind: str, prepared: Prepared, folder: Path) -> tuple[Path, str]:
    """A fresh copy of the database the writer starts from, and the writer's extra argument."""
    folder.mkdir(parents=True)
    if kind == "restore":
        shutil.copytree(prepared.with_backup.parent, folder, dirs_exist_ok=True)
        return folder / prepared.with_backup.name, prepared.backup_name
    path = folder / "langmoi.sqlite3"
    shutil.copy(prepared.old if kind == "migration" else prepared.sample, path)
    return path, str(prepared.workbook) if kind == "merge" else ""


def _run(servers: Queue, kind: str, path: Path, out: Path, **how) -> Run:
    """A writer run on whichever fork server is free."""
    server = servers.get()
    try:
        return run_writer(server, kind, path, out, **how)
    finally:
        servers.put(server)


def _reopener(servers: Queue):
    """The program's next start, in a process of its own: None when the file opened, else the refusal."""
    def reopen(path: Path) -> str | None:
        run = _run(servers, "reopen", path, path.with_name("reopen"))
        return None if "OPENED" in run.lines else (run.errors.strip().splitlines() or ["(nothing said)"])[-1]

    return reopen


def _window(kind: str, prepared: Prepared, servers: Queue, folder: Path) -> float:
    """How long the writer takes, from READY, for its measured run; the run must end well."""
    path, extra = _copy(kind, prepared, folder)
    run = _run(servers, kind, path, folder / "writer", extra=extra, count=CALIBRATION_WRITES.get(kind))
    assert run.exit_code == 0, run.errors
    assert not CHECKS[kind](path, parse(run.lines), prepared, _reopener(servers)).problems
    return run.lasted * (1.3 if kind == "migration" else 1.0)  # some kills come after an upgrade, as a check


def _kill_once(kind: str, prepared: Prepared, servers: Queue, folder: Path, **how) -> tuple[Run, Outcome]:
    """One writer killed (`delay` after READY, or at its kill point `kill_at`), then its file checked."""
    path, extra = _copy(kind, prepared, folder)
    run = _run(servers, kind, path, folder / "writer", extra=extra, **how)
    if run.exit_code not in (0, -9) or "READY" not in run.lines:
        return run, Outcome([f"the writer failed before the kill: {run.errors.strip()[-600:]}"], 0, False)
    outcome = CHECKS[kind](path, parse(run.lines), prepared, _reopener(servers))
    if not outcome.problems:
        shutil.rmtree(folder)
    return run, outcome


def _kill_all(kind: str, prepared: Prepared, servers: Queue, tally: Tally, folder: Path, kills: list[dict],
              replay: str) -> None:
    """Every kill of `kills` (keyword arguments of run_writer), two at a time; the failures named for a replay."""
    with ThreadPoolExecutor(WORKERS) as pool:
        results = list(pool.map(lambda item: _kill_once(kind, prepared, servers, folder / f"kill-{item[0]}",
                                                        **item[1]), enumerate(kills)))
    for index, (how, (run, outcome)) in enumerate(zip(kills, results, strict=True)):
        tally.kills += run.killed
        tally.in_flight += run.killed and outcome.in_flight
        tally.acknowledged += outcome.acknowledged
        tally.leftovers += outcome.leftovers
        tally.failed += bool(outcome.problems)
        when = f"{how['delay']:.3f} s after READY" if "delay" in how else f"kill point {how['kill_at']}"
        tally.failures += [f"{kind} kill {index} ({replay}, {when}, {folder / f'kill-{index}'}): {problem}"
                           for problem in outcome.problems]


@pytest.mark.parametrize("kind", KINDS)
def test_a_writer_killed_at_random_leaves_every_acknowledged_change_and_nothing_half_done(
        kind, prepared, servers, table, tmp_path):
    tally = table.setdefault(f"{kind}", Tally())
    tally.window = _window(kind, prepared, servers, tmp_path / "measured")
    chance = random.Random(f"{SEED}-{kind}")
    kills = [{"delay": chance.uniform(0, tally.window)} for _ in range(max(1, KILLS // len(KINDS)))]
    _kill_all(kind, prepared, servers, tally, tmp_path, kills, f"LANGMOI_CRASH_SEED={SEED}")
    assert not tally.failures, "\n".join(tally.failures)


@pytest.mark.parametrize("kind", KINDS)
def test_a_writer_killed_at_its_kill_points_leaves_every_acknowledged_change_and_nothing_half_done(
        kind, prepared, servers, table, tmp_path):
    """Before an SQL statement or a file operation chosen among all those of one write (steps.py): the narrow
    windows a random delay rarely meets."""
    tally = table.setdefault(f"{kind} @", Tally())
    path, extra = _copy(kind, prepared, tmp_path / "counted")
    counted = _run(servers, kind, path, tmp_path / "counted" / "writer", extra=extra, count=STEP_WRITES.get(kind),
                   kill_at=0)
    _, steps, _, files = next(line for line in counted.lines if line.startswith("STEPS ")).split(" ")
    tally.window = int(steps)
    chosen = list(range(1, int(steps) + 1))
    if KILL_POINTS != "all":  # every file operation (they are few), and statements drawn among the others
        files = [int(step) for step in files.split(",") if step]
        statements = [step for step in chosen if step not in files]
        drawn = random.Random(f"{SEED}-{kind}-points").sample(statements, min(len(statements), int(KILL_POINTS)))
        chosen = sorted(files + drawn)
    kills = [{"kill_at": point, "count": STEP_WRITES.get(kind)} for point in chosen]
    _kill_all(kind, prepared, servers, tally, tmp_path, kills, f"LANGMOI_CRASH_SEED={SEED}, {steps} kill points")
    assert not tally.failures, "\n".join(tally.failures)
