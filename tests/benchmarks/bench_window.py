"""Every action of the main window at 57, 1,000 and 10,000 villages × 17 criteria × 3 years, with the real window
shown under X (Xvfb), each against the floor of a raw SQLite query computing what the action must show.

    uv run python -m tests.benchmarks.bench_window                 # 57, 1,000 and 10,000 villages
    uv run python -m tests.benchmarks.bench_window --sizes 57,1000  # a subset
    uv run python -m tests.benchmarks.bench_window --sizes 10000 --only "load a plan, cold (figures cache emptied)" \
        --profile "load a plan, cold (figures cache emptied)"      # one action, cProfiled
    uv run python -m tests.benchmarks.bench_window --profile-slowest   # then cProfile the slowest at the largest size

Each action is run --repeat times (3) from where it starts, and the medians shown in two tables: its time until
the window has settled (its `settled` signal, CONTRACTS C; an older window: the call and the events it posted),
that is until what it must show is shown, against its floor at each size; and, apart, what the GUI thread went
through: its longest stall during the action (the worst lateness of a 1 ms timer: how long the window could not
paint or answer), the only figure the 100 ms budget can hold when the floor itself is over it (the window then
shows a busy state and fills as the data arrives), with the GUI thread's own CPU time over the action
(time.thread_time; a stall far longer than it is the GUI thread waiting, mostly for the interpreter's lock held
by a reading thread). Once settled, the driver checks that what the action must show is shown (the village's new
figure in the tree, the year's figures, the new visit, the plan's tree, every village on the Review page, the
village approved, the checklist's paperclips); a ⚠ marks an action whose window said it had settled before. Under
the table: the SQL statements each action sent from the GUI thread (and from where in ui/), the exceptions the
window's slots raised, the actions much slower the first time, and the references to None each action loses
(PySide 6.12 on Python 3.11: the process aborts at 0). Each size runs in a process of its own
(tests/benchmarks/window_run.py), which also reports the window's memory (RSS now and at its peak) after the
actions. An action that runs past --limit seconds a round is stopped (its process killed, the next one skips it)
and shown as "> limit". The databases are built once and cached in /tmp/langmoi-bench/ (window_databases.py: the
10,000-village file, with its review round and evidence files, takes about three minutes to build); a whole run
then takes about 3 minutes on this 2-CPU machine, at most about (actions × repeat × limit) when they
are slow. Timings on a shared, busy machine vary by up to 2× between runs: compare within one run.

With DISPLAY unset it starts an Xvfb of its own (display :77, or the next free one, 1366×768×24) and stops it
at the end; the windows use Qt's xcb platform (QT_QPA_PLATFORM=xcb), as on a desktop. It measures and prints a
Markdown table; it never fails on a time. The last table is also written to /tmp/langmoi-bench/latest.md.
"""

import argparse
import json
import os
import pstats
import queue
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tests.benchmarks.window_databases import CACHE, cached_file
from tests.benchmarks.window_run import EVENT, OPEN, action_names

BUDGET_MS = 100


@dataclass
class Measured:
    settled: float | None = None
    stall: float | None = None
    cpu: float | None = None
    """The GUI thread's CPU time over the action (time.thread_time)."""
    floor: float | None = None
    problem: str | None = None
    shown_late: str | None = None
    """What the window did not show yet when it said it had settled (its figures are then marked ⚠)."""
    gui_queries: int = 0
    """SQL statements the GUI thread sent during the action (its worst round)."""
    gui_callers: list[str] = field(default_factory=list)
    """Where in ui/ most of the GUI thread's statements came from (setups included)."""
    raised: list[str] = field(default_factory=list)
    """Exceptions the window raised in its slots during the action (setups included)."""
    first: tuple[float | None, float | None] = (None, None)
    """The first round's time until settled and stall (cold: the file's pages, a dialog's first build)."""
    nones: tuple[float, int | None] = (0, None)
    """References to None lost a round (PySide 6.12 on Python 3.11 drops one per void call: at 0 the process
    aborts, "none_dealloc"), and how many None had left after the action."""


@dataclass
class SizeRun:
    size: int
    results: dict[str, Measured] = field(default_factory=dict)
    memory: dict[str, float] | None = None
    settled_signal: bool | None = None
    seconds: float = 0.0
    nones_opened: int | None = None
    """References to None once the window had opened (of the last child process), and after its actions."""
    nones_end: int | None = None


@contextmanager
def display():
    """The X display to show the windows on: DISPLAY if set, else an Xvfb started here (and stopped after)."""
    if os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        yield os.environ["DISPLAY"]
        return
    number = next(n for n in range(77, 100) if not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if time.monotonic() > deadline or server.poll() is not None:
            raise SystemExit(f"Xvfb :{number} did not start")
        time.sleep(0.05)
    os.environ["DISPLAY"], os.environ["QT_QPA_PLATFORM"] = f":{number}", "xcb"
    try:
        yield os.environ["DISPLAY"]
    finally:
        server.terminate()
        server.wait(10)


def child_environment() -> dict[str, str]:
    """The window's process as an installed program runs: its modules' bytecode cached (under /tmp/langmoi-bench/
    pycache), not compiled again at each first import (with PYTHONDONTWRITEBYTECODE set, as on the machine this was
    written on, opening the history compiled its modules on the GUI thread: ~30 ms)."""
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    environment["PYTHONPYCACHEPREFIX"] = str(CACHE / "pycache")
    return environment


def _read_events(stream, events: queue.Queue) -> None:
    for line in stream:
        if line.startswith(EVENT):
            events.put(json.loads(line[len(EVENT):]))
    events.put(None)


def measure_size(size: int, limit: float, repeat: int, profile: str | None = None, profile_file: Path | None = None,
                 only: list[str] | None = None) -> SizeRun:
    """Run the actions at `size` (or only those of `only`) in child processes until each is measured, stopped at the
    limit, or failed; a child that cannot open the window within the limit ends the size."""
    run = SizeRun(size)
    started = time.perf_counter()
    log = CACHE / f"window-run-{size}.log"
    wanted = [name for name in action_names() if not only or name in only]
    while not all(name in run.results for name in wanted):
        skip = [name for name in action_names() if name in run.results or name not in wanted]
        if not _one_child(run, skip, limit, repeat, log, profile, profile_file):
            break
    for name in wanted:
        run.results.setdefault(name, Measured(problem="not measured (the window did not open)"))
    run.seconds = time.perf_counter() - started
    return run


def _one_child(run: SizeRun, skip: list[str], limit: float, repeat: int, log: Path, profile: str | None,
               profile_file: Path | None) -> bool:
    """One child process's events into `run`; False when the window itself did not open."""
    command = [sys.executable, "-X", "faulthandler", "-m", "tests.benchmarks.window_run", str(run.size),
               "--skip", json.dumps(skip),
               "--limit", str(limit), "--repeat", str(repeat)]
    if profile:
        command += ["--profile", profile, "--profile-file", str(profile_file)]
    with log.open("a") as errors:
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, text=True, encoding="utf-8",
                                 env=child_environment())
    events: queue.Queue = queue.Queue()
    threading.Thread(target=_read_events, args=(child.stdout, events), daemon=True).start()
    current, deadline = OPEN, time.monotonic() + limit + 60  # + copying the file and opening the database
    opened, floors = False, {}
    try:
        while True:
            try:
                event = events.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                run.results.setdefault(current, Measured(floor=floors.get(current), problem=f"> {limit:.0f} s"))
                return opened
            if event is None:
                run.results.setdefault(current, Measured(problem=f"ended (exit {child.wait()}, see {log})"))
                return opened
            if "start" in event:
                current = event["start"]
                deadline = time.monotonic() + (limit + 5) * (1 if current == OPEN else repeat)
                floors[current] = event["floor"]
            elif "result" in event:
                run.results[event["result"]] = Measured(event["settled"], event["stall"], event.get("cpu"),
                                                        floors[event["result"]],
                                                        shown_late=event.get("problem"),
                                                        gui_queries=event.get("gui_queries", 0),
                                                        gui_callers=event.get("gui_callers", []),
                                                        raised=event.get("raised", []),
                                                        first=(event.get("first"), event.get("first_stall")),
                                                        nones=(event.get("nones_lost", 0), event.get("nones_left")))
            elif "error" in event:
                run.results[event["error"]] = Measured(floor=floors.get(event["error"]), problem=event["message"])
            elif "window" in event:
                run.settled_signal, opened = event["settled_signal"], True
                run.nones_opened = event.get("nones")
            elif "memory" in event:
                run.memory, run.nones_end = event["memory"], event.get("nones")
            elif "done" in event:
                return True
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()


def ms(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    value = seconds * 1000
    return f"{value:.2f}" if value < 1 else f"{value:.1f}" if value < 10 else f"{value:,.0f}"


def shown_cell(measured: Measured) -> str:
    """Until shown, its floor and their ratio."""
    if measured.problem:
        return f"{measured.problem} | {ms(measured.floor)} | —"
    return f"{ms(measured.settled)}{' ⚠' if measured.shown_late else ''} | {ms(measured.floor)} | {_ratio(measured)}"


def gui_cell(measured: Measured) -> str:
    """The longest stall and the GUI thread's CPU time."""
    if measured.problem:
        return measured.problem
    return f"{ms(measured.stall)} ({ms(measured.cpu)})"


def table(runs: list[SizeRun]) -> str:
    """Two tables over the same actions: until shown against the floor, then the GUI thread (and the memory)."""
    largest = runs[-1]
    names = [name for name in action_names() if name in largest.results]
    lines = ["| action, window shown: ms until shown (settled) · raw SQLite floor · ratio, medians | "
             + " | ".join(f"{run.size:,} | floor | ratio" for run in runs) + " |", "|---" * (3 * len(runs) + 1) + "|"]
    lines += [f"| {name} | " + " | ".join(shown_cell(run.results[name]) for run in runs) + " |" for name in names]
    lines += ["", "| the GUI thread: ms of its longest stall (its CPU time over the action), medians | "
              + " | ".join(f"{run.size:,}" for run in runs) + f" | stall ≤ {BUDGET_MS} ms at {largest.size:,} |",
              "|---" * (len(runs) + 2) + "|"]
    for name in names:
        at_largest = largest.results[name]
        within = "—" if at_largest.problem else "yes" if at_largest.stall * 1000 <= BUDGET_MS else "**no**"
        lines.append(f"| {name} | " + " | ".join(gui_cell(run.results[name]) for run in runs) + f" | {within} |")
    memory = " | ".join(f"{run.memory['rss']:,.0f} / {run.memory['peak']:,.0f}" if run.memory else "—"
                        for run in runs)
    lines.append(f"| window memory after the actions, MiB (RSS / peak) | {memory} | |")
    return "\n".join(lines)


def _ratio(measured: Measured) -> str:
    if not measured.settled or not measured.floor:
        return "—"
    ratio = measured.settled / measured.floor
    return f"{ratio:.1f}×" if ratio < 10 else f"{ratio:,.0f}×"


def _first_rounds(run: SizeRun) -> list[str]:
    """The actions whose first round took more than twice their median (and over the budget) at this size."""
    slow = [f"- {name}: {ms(m.first[0])} ({ms(m.first[1])}) the first time" for name, m in run.results.items()
            if m.first[0] and m.settled and m.first[0] > 2 * m.settled and m.first[0] * 1000 > BUDGET_MS]
    return [f"\nSlower the first time at {run.size:,} villages (ms until settled, stall):", *slow] if slow else []


def _nones_lost(run: SizeRun) -> list[str]:
    """How fast the window spends None's references (a Python 3.11 process aborts when they reach 0)."""
    lost = {name: m.nones for name, m in run.results.items() if m.nones[0] > 0}
    if not lost or (run.nones_opened and run.nones_end and run.nones_end >= run.nones_opened):
        return []  # no loss, or the window ends with more than it opened with: objects freed, not a leak
    left = min(n[1] for n in lost.values() if n[1] is not None)
    worst = max(lost, key=lambda name: lost[name][0])
    whole = (f" (the window opened with {run.nones_opened:,}, ended its actions with {run.nones_end:,})"
             if run.nones_opened and run.nones_end else "")
    return [f"\nReferences to None lost a round at {run.size:,} villages{whole}; the process aborts (none_dealloc) "
            f"at 0: " + "; ".join(f"{name} {n[0]:,.0f}" for name, n in lost.items())
            + f". At the worst rate, “{worst}” aborts the window after about {left / lost[worst][0]:,.0f} more."]


def over_budget(run: SizeRun) -> list[str]:
    """The actions over 100 ms at this size (until settled or in one stall), worst first."""
    found = []
    for name, measured in run.results.items():
        if measured.problem:
            found.append((float("inf"), f"{name}: {measured.problem}"))
        elif max(measured.settled, measured.stall) * 1000 > BUDGET_MS:
            found.append((measured.settled, f"{name}: {ms(measured.settled)} ms until settled "
                                            f"(+{ms(measured.settled - BUDGET_MS / 1000)} over), stall "
                                            f"{ms(measured.stall)} ms, floor {ms(measured.floor)} ms"))
    return [text for _, text in sorted(found, reverse=True)]


def slowest(run: SizeRun) -> str:
    measured = {name: m for name, m in run.results.items() if not m.problem and name != OPEN}
    return max(measured, key=lambda name: measured[name].settled)


def print_profile(path: Path, action: str, size: int, entries: int = 25) -> None:
    """The GUI thread's profile of the action, then its reads' (the threads it started), by cumulative time and
    by own time."""
    for part, title in ((path, "the GUI thread"), (Path(f"{path}.reads"), "the reads it started (worker threads)")):
        if not part.exists():
            continue
        print(f"\nProfile of {title} during “{action}” at {size:,} villages:")
        stats = pstats.Stats(str(part)).strip_dirs()
        stats.sort_stats("cumulative").print_stats(entries)
        stats.sort_stats("tottime").print_stats(entries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="57,1000,10000", help="villages, comma-separated (57 is the sample)")
    parser.add_argument("--limit", type=float, default=60, help="seconds an action may run before it is stopped")
    parser.add_argument("--profile", metavar="ACTION", help="cProfile the GUI thread during ACTION at the largest size")
    parser.add_argument("--repeat", type=int, default=3, help="times each action is run (medians are shown)")
    parser.add_argument("--only", metavar="ACTION", action="append",
                        help="measure only ACTION (repeat it for several; the window still opens at each size)")
    parser.add_argument("--profile-slowest", action="store_true",
                        help="after the table, cProfile the slowest action at the largest size")
    arguments = parser.parse_args()
    sizes = [int(size) for size in arguments.sizes.split(",")]
    started = time.perf_counter()
    for size in sizes:
        cached_file(size)
    runs = []
    with display() as shown_on, tempfile.TemporaryDirectory() as folder:
        profile_file = Path(folder) / "action.prof"
        print(f"windows shown on {shown_on} (xcb)", flush=True)
        for size in sizes:
            profiled = arguments.profile if size == sizes[-1] else None
            run = measure_size(size, arguments.limit, arguments.repeat, profiled, profile_file, only=arguments.only)
            runs.append(run)
            how = "window.settled" if run.settled_signal else "the call and the events it posted (no settled signal)"
            print(f"{size:,} villages: {run.seconds:.0f} s; settled = {how}", flush=True)
        late = [f"- ⚠ {run.size:,}, {name}: settled, but {measured.shown_late}" for run in runs
                for name, measured in run.results.items() if measured.shown_late]
        on_gui = [f"- {name}: {measured.gui_queries} ({', '.join(measured.gui_callers)})"
                  for name, measured in runs[-1].results.items() if measured.gui_queries]
        late += [f"\nSQL statements sent from the GUI thread at {runs[-1].size:,} villages (from where):",
                 *(on_gui or ["- none"])]
        late += [f"- ⚠ {run.size:,}, {name}: the window raised {error}" for run in runs
                 for name, measured in run.results.items() for error in measured.raised]
        late += _first_rounds(runs[-1]) + _nones_lost(runs[-1])
        report = "\n".join([table(runs), *late, "", f"Over {BUDGET_MS} ms at {runs[-1].size:,} villages:",
                            *[f"- {line}" for line in over_budget(runs[-1]) or ["none"]]])
        print(f"\n{report}")
        (CACHE / "latest.md").write_text(report + "\n", encoding="utf-8")
        if arguments.profile:
            print_profile(profile_file, arguments.profile, sizes[-1])
        elif arguments.profile_slowest and runs[-1].results:
            name = slowest(runs[-1])
            measure_size(sizes[-1], arguments.limit, 1, name, profile_file, only=[name])
            print_profile(profile_file, f"{name} (the slowest)", sizes[-1])
    print(f"\nwhole run: {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
