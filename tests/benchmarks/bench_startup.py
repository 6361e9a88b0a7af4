"""Start-up against a bare PySide6 window, in one run: medians over several rounds, each launch a process of its own
and each round launching every row once.

Rows: a bare window with a QTableView; the same under qt-material as it ships (it renders its style sheet and
writes its icons into ~/.qt_material at every start); the same under Làng Mới's theme (ui/theme.py) at a first
start (empty cache) and cached; then Làng Mới (`main.py --db FILE`) on the 57-village sample, on 1,000 and
10,000 villages (tests/benchmarks/bench_scale.large_draft with its records, built once and cached under
/tmp/langmoi-bench-startup/) and on a new database (the sample loaded behind the window). Columns: the first paint
(process start → the window shown and its events processed once: for Làng Mới, the window with the picture of its
last close when it had one, ui/window_picture.py, else with its own widgets) and the CPU time the process had run
by then
(all its threads, time.process_time() read by the process at the mark, ui/startup_trace.py: what a busy machine
disturbs least; read from /proc a few ms later, as before, it counted what the app did meanwhile, more the busier
the machine was, while the bare window slept), and for Làng Mới the main window's own widgets first painted (in
the picture's place, at the same pixels), the database open and the
window settled (the tree filled, the figures and the remembered village shown: the window's `settled` signal),
and the first screen: the tree and village kept at the last close painted from their snapshot (ui/first_screen.py),
shown with the first paint when the file is unchanged since. Each row has its own home, settings, cache folders and
copy of the database (warmed by one round first, not counted), the remembered village being the plan's last one;
the window closes itself once settled (LANGMOI_STARTUP_CLOSE), as a person closes it, keeping its snapshot.
Offscreen and under X: DISPLAY when set, else an Xvfb of its own
(display :74, started and ended here).
Bytecode is cached (under /tmp/langmoi-bench-startup/pycache), as an installed program has it: with
PYTHONDONTWRITEBYTECODE set, as on the machine this was written on, every start compiled the program's modules
again (~0.5 s).

The app reports its milestones through LANGMOI_STARTUP_TRACE (ui/startup_trace.py); the launch is ended once
"settled" is written (the window closing itself; killed if it has not within CLOSE_S). Run with `uv run python -m
tests.benchmarks.bench_startup [--runs N] [--sizes 57,1000]`. It measures and prints ratios to the bare window; it
never fails on a time.
"""

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.benchmarks.plan_files import cached_plan_file

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path("/tmp/langmoi-bench-startup")
DISPLAY = ":74"
TIMEOUT_S = 180
CLOSE_S = 60

BARE = """
import os, sys, time
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv)
THEME
window = QMainWindow()
table = QTableView()
table.setModel(QStandardItemModel(40, 6))
window.setCentralWidget(table)
window.resize(1280, 720)
window.show()
app.processEvents()
with open(os.environ["LANGMOI_STARTUP_TRACE"], "a") as trace:
    trace.write(f"painted {time.monotonic():.6f} {time.process_time():.6f}\\n")
time.sleep(30)  # killed once its mark is read
"""
THEMES = {
    "bare": "",
    "qt-material": "import qt_material\nqt_material.apply_stylesheet(app, theme='light_teal.xml', "
                   "extra={'density_scale': '-1'})",
    "theme": "from ui.theme import apply_theme\napply_theme(app)",
}


@dataclass(frozen=True)
class Launch:
    """One kind of start: the command, and what to set up before each launch."""

    name: str
    command: Callable[[Path], list[str]]
    """The command, given the launch's folder."""
    is_app: bool = False
    database: Path | None = None
    """Copied to the launch's folder before each launch (None: no database)."""
    village: int | None = None
    """The remembered village (the plan's last)."""
    fresh_cache: bool = False
    fresh_database: bool = False


def _bare(theme: str) -> Callable[[Path], list[str]]:
    return lambda _folder: [sys.executable, "-c", BARE.replace("THEME", THEMES[theme])]


def _app(folder: Path) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), "--db", f"sqlite:///{folder / 'langmoi.sqlite3'}"]


def cached_database(size: int) -> tuple[Path, int]:
    """The database of `size` villages (57: the sample alone) and the id of its plan's last village, built once."""
    path = cached_plan_file(CACHE, "startup", size)
    return path, _last_village(path)


def _last_village(path: Path) -> int:
    """The last village of the plan the window shows first (real plans first, then the sample)."""
    from domain.places import plan_places
    from domain.plans import list_plans
    from storage.database import open_database

    database = open_database(f"sqlite:///{path}", actor="bench", read_only=True)
    try:
        with database.session() as session:
            return plan_places(session, list_plans(session)[0].id)[-1].village_id
    finally:
        database.close()


def _prepare(launch: Launch, folder: Path) -> None:
    if launch.fresh_cache:
        shutil.rmtree(folder / "cache", ignore_errors=True)
    if launch.database is not None and not (folder / "langmoi.sqlite3").exists():  # the warm-up's: kept after
        for stale in folder.glob("langmoi.sqlite3*"):
            stale.unlink()
        shutil.copyfile(launch.database, folder / "langmoi.sqlite3")
    if launch.fresh_database:
        for stale in folder.glob("langmoi.sqlite3*"):
            stale.unlink()
    if launch.village is not None:
        settings = folder / "config" / "LangMoi" / "LangMoi.conf"
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text(f"[view]\nvillage_id={launch.village}\n")


def _run_once(launch: Launch, folder: Path, platform: str) -> dict[str, float]:
    """Milestones of one launch, in ms from the moment the process was started."""
    _prepare(launch, folder)
    trace = folder / "trace"
    trace.unlink(missing_ok=True)
    (folder / "home").mkdir(parents=True, exist_ok=True)
    environment = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
                   "PYTHONPYCACHEPREFIX": str(CACHE / "pycache"), "HOME": str(folder / "home"),
                   "XDG_CACHE_HOME": str(folder / "cache"),
                   "XDG_CONFIG_HOME": str(folder / "config"), "XDG_DATA_HOME": str(folder / "data"),
                   "XDG_STATE_HOME": str(folder / "state"), "LANGMOI_STARTUP_TRACE": str(trace),
                   "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": platform, "PYTHONFAULTHANDLER": "1",
                   "LANGMOI_STARTUP_CLOSE": "1"}
    if platform == "xcb":
        environment["DISPLAY"] = DISPLAY
    started = time.monotonic()
    process = subprocess.Popen(launch.command(folder), cwd=ROOT, env=environment, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    last = "settled" if launch.is_app else "painted"
    marks: dict[str, float] = {}
    lines: list[list[str]] = []
    while last not in marks and time.monotonic() - started < TIMEOUT_S and process.poll() is None:
        time.sleep(0.005)
        if trace.exists():
            lines = [line.split() for line in trace.read_text().splitlines() if line.count(" ") == 2]
            marks = {name: (float(moment) - started) * 1000 for name, moment, _cpu in lines}
    if launch.is_app and last in marks:  # the window closes itself once settled, keeping its first screen
        try:
            process.wait(CLOSE_S)
        except subprocess.TimeoutExpired:
            print(f"{launch.name}: not closed within {CLOSE_S} s", file=sys.stderr, flush=True)
    if process.poll() is None:
        process.send_signal(signal.SIGKILL if last in marks else signal.SIGABRT)  # SIGABRT: its stacks written
    _, errors = process.communicate()
    if last not in marks:
        raise RuntimeError(f"{launch.name}: no '{last}' within {TIMEOUT_S} s (exit {process.returncode}, "
                           f"marks {marks}): {errors.decode()[-8000:]}")
    marks.update({f"{name}_cpu": float(cpu) * 1000 for name, _moment, cpu in lines if name in ("painted", "picture")})
    marks["first"] = marks.get("picture", marks["painted"])
    marks["first_cpu"] = marks.get("picture_cpu", marks.get("painted_cpu", 0.0))
    return marks


def measure(rows: list[Launch], platform: str, runs: int) -> list[dict[str, float]]:
    """Median of each milestone of each row over `runs` rounds, each round launching every row once (so that a
    change in the machine's load falls on all rows alike), after a round that warms the folders. A launch that
    never gets there is said, with its threads' stacks, and left out."""
    results: list[list[dict[str, float]]] = [[] for _ in rows]
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as name:
        folders = [Path(name) / str(number) for number in range(len(rows))]
        for folder in folders:
            folder.mkdir()
        for round_ in range(runs + 1):
            for launch, folder, kept in zip(rows, folders, results, strict=True):
                try:
                    marks = _run_once(launch, folder, platform)
                except RuntimeError as failure:
                    print(failure, file=sys.stderr, flush=True)
                    continue
                if round_ > 0:
                    kept.append(marks)
    return [{key: statistics.median(r[key] for r in kept) for key in kept[0] if all(key in r for r in kept)}
            if kept else {} for kept in results]


def launches(sizes: list[int]) -> list[Launch]:
    rows = [Launch("bare window + table", _bare("bare")),
            Launch("  + qt-material as shipped", _bare("qt-material")),
            Launch("  + our theme, first start", _bare("theme"), fresh_cache=True),
            Launch("  + our theme, cached", _bare("theme"))]
    for size in sizes:
        path, village = cached_database(size)
        rows.append(Launch(f"Làng Mới, {size:,} villages", _app, True, database=path, village=village))
    rows.append(Launch("Làng Mới, new database", _app, True, fresh_database=True))
    return rows


def _start_xvfb() -> subprocess.Popen | None:
    """An Xvfb on DISPLAY (:74), or None when Xvfb is missing; with DISPLAY already set, that one is used: the
    returned process then does nothing."""
    global DISPLAY
    if os.environ.get("DISPLAY"):
        DISPLAY = os.environ["DISPLAY"]
        return subprocess.Popen(["true"])
    if shutil.which("Xvfb") is None:
        print("Xvfb not found: offscreen only")
        return None
    server = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    return server if server.poll() is None else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="57,1000,10000")
    arguments = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rows = launches([int(size) for size in arguments.sizes.split(",")])
    server = _start_xvfb()
    platforms = ["offscreen"] + (["xcb"] if server is not None else [])
    try:
        for platform in platforms:
            print(f"\n{platform}: medians of {arguments.runs} launches, ms from process start "
                  f"(× the bare window's first paint)")
            print(f"{'':30}{'first paint':>18}{'its CPU':>18}{'the picture?':>13}{'own widgets':>18}"
                  f"{'first screen':>18}{'database open':>16}{'settled':>18}")
            medians = measure(rows, platform, arguments.runs)
            bare, bare_cpu = medians[0]["first"], medians[0]["first_cpu"]
            for launch, result in zip(rows, medians, strict=True):
                if not result:
                    print(f"{launch.name:30}{'no launch got to the end':>70}")
                    continue
                painted = f"{result['first']:>8.0f} ({result['first'] / bare:4.1f}×)"
                cpu = result["first_cpu"]
                painted += f"{cpu:>10.0f} ({cpu / bare_cpu:4.1f}×)" if cpu and bare_cpu else f"{'':>18}"
                picture = f"{'yes' if 'picture' in result else 'no':>13}" if launch.is_app else f"{'':>13}"
                own = f"{result['painted']:>8.0f} ({result['painted'] / bare:4.1f}×)" if launch.is_app else ""
                first = result.get("first-screen")
                first = f"{first:>8.0f} ({first / bare:4.1f}×)" if first else ""
                opened = f"{result['opened']:>16.0f}" if "opened" in result else f"{'':>16}"
                settled = f"{result['settled']:>8.0f} ({result['settled'] / bare:5.1f}×)" if launch.is_app else ""
                print(f"{launch.name:30}{painted:>18}{picture}{own:>18}{first:>18}{opened}{settled:>18}",
                      flush=True)
    finally:
        if server is not None:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
