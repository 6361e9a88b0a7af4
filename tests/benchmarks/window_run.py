"""One size of the window benchmark, in a process of its own (so that its memory is the window's at that size):
open a copy of the cached database, show the main window as ui/app.py does, run each action and print, one JSON
line per event (prefixed with EVENT), its time until settled, its longest GUI-thread stall, the GUI thread's CPU
time and its floor.

Started by tests.benchmarks.bench_window, which reads the events, stops a process whose action runs past the limit
and starts another that skips what is done.
"""

import argparse
import collections
import cProfile
import importlib
import json
import os
import pstats
import shutil
import statistics
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

EVENT = "@@bench "
YEAR, OTHER_YEAR = 2025, 2024
PAGES = (("agency_view", "open the Agencies page", "agencies"),
         ("campaign_view", "open the Campaign page", "campaign"),
         ("dashboard", "open the dashboard (after a status saved)", "dashboard"),
         ("village_panel", "back to the Village page", "village"))
OPEN = "open the window, cold (attach → settled; no figures kept)"
WARM_OPEN = "open the window again, warm (figures kept)"
LOAD_WARM = "load a plan, warm (plan combo; figures kept)"
LOAD_COLD = "load a plan, cold (figures cache emptied)"
RECORDS = "read a village's records (the read “records”: 7 kinds, in its thread)"
REVIEWS = "open the Review page (every village's review, read again)"
COMPLETENESS = "open the Review progress page (its report)"
APPROVE = "approve a village sent (its page's Approve)"
FILES = "select a village with files (the checklist's paperclips)"
FILE_LIST = "a checklist row's files (the list with its thumbnails)"
REVIEW_ACTIONS = (REVIEWS, COMPLETENESS, APPROVE, FILES, FILE_LIST)
HISTORY_END = "history: scroll to the end (the next page read)"
HISTORY_READ = 2_000
"""Changes read (scrolled through) before the history's sort is timed."""
HISTORY_SORT = "history, 2,000 changes read: sort by village"
HISTORY_SORTED_END = "history, 2,000 read, sorted by village: scroll to the end (the page merged)"
HISTORY_ACTIONS = (HISTORY_END, HISTORY_SORT, HISTORY_SORTED_END)


def action_names() -> list[str]:
    """Every action in the order they run (and the table lists them)."""
    from tests.benchmarks.window_driver import SEARCH

    keys = [f"search: type “{SEARCH[: i + 1]}”" for i in range(len(SEARCH))]
    return [OPEN, "select a village (click in the tree)", "change a status (checklist editor)",
            "change evidence (checklist)", "add a visit (records page form)", f"switch the year {YEAR} → {OTHER_YEAR}",
            f"switch the year {OTHER_YEAR} → {YEAR}", *keys, "search: clear", *[p[1] for p in PAGES],
            "open each tab of the village page (worst)", RECORDS, *REVIEW_ACTIONS, LOAD_WARM, LOAD_COLD,
            "history, every change", *HISTORY_ACTIONS, WARM_OPEN]


def emit(**event) -> None:
    sys.stdout.write(EVENT + json.dumps(event, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def memory() -> dict[str, float]:
    """The process's resident memory now and at its peak, in MiB (Linux's /proc)."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return {"rss": fields["VmRSS"], "peak": fields["VmHWM"]}


@dataclass
class Action:
    name: str
    setup: Callable[[], Callable[[], object] | object]
    """Brings the window to where the action starts; returns what the user does (timed), or a Timing itself."""
    floor: Callable[[], object]


def make_app():
    from PySide6.QtWidgets import QApplication

    from ui.app import install_translations
    from ui.theme import apply_theme

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName("LangMoiBench")
    app.setApplicationName("LangMoiBench")
    install_translations(app)
    apply_theme(app)
    return app


def actions(driver, floors, plans, first: int, target: int) -> list[Action]:
    from tests.benchmarks.window_driver import SEARCH

    window = driver.window

    def at_target() -> None:
        driver.on_village(target, YEAR)

    def then(prepare: Callable[[], None], act: Callable[[], Callable[[], object]]) -> Callable[[], object]:
        def setup():
            prepare()
            return act()
        return setup

    listed = [
        Action("select a village (click in the tree)",
               then(lambda: driver.on_village(first, YEAR), lambda: driver.click_village(target)),
               lambda: floors.village(target, YEAR)),
        Action("change a status (checklist editor)", then(at_target, driver.pick_status),
               lambda: floors.save_status(target, YEAR)),
        Action("change evidence (checklist)", then(at_target, driver.type_evidence),
               lambda: floors.save_evidence(target, YEAR)),
        Action("add a visit (records page form)", then(at_target, lambda: driver.fill_visit(YEAR)),
               lambda: floors.add_visit(target, YEAR)),
        Action(f"switch the year {YEAR} → {OTHER_YEAR}", then(at_target, lambda: driver.choose_year(OTHER_YEAR)),
               lambda: floors.year(OTHER_YEAR)),
        Action(f"switch the year {OTHER_YEAR} → {YEAR}",
               then(lambda: driver.on_year(OTHER_YEAR), lambda: driver.choose_year(YEAR)), lambda: floors.year(YEAR)),
    ]
    for i, character in enumerate(SEARCH):
        typed = SEARCH[: i + 1]
        listed.append(Action(f"search: type “{typed}”",
                             then(at_target, lambda before=typed[:-1], c=character: driver.key(before, c)),
                             lambda typed=typed: floors.search(typed)))
    listed.append(Action("search: clear", then(at_target, lambda: driver.clear_search(SEARCH)),
                         lambda: floors.search("")))
    def status_changed() -> None:
        """The dashboard is read again after a change: each round opens it after a status saved."""
        at_target()
        driver.pick_status()()
        driver.settle()

    before_page = {"village_panel": lambda: (at_target(), driver.on_tab(window.agency_view)),
                   "dashboard": status_changed}
    for attribute, name, floor in PAGES:
        listed.append(Action(name, then(before_page.get(attribute, at_target),
                                        lambda a=attribute: driver.open_tab(page_index(window, a))),
                             {"agencies": lambda: floors.agencies(YEAR), "campaign": lambda: floors.campaign(YEAR),
                              "dashboard": lambda: floors.dashboard(YEAR),
                              "village": lambda: floors.village(target, YEAR)}[floor]))
    listed += [
        Action("open each tab of the village page (worst)", then(at_target, lambda: driver.village_tabs),
               lambda: floors.village(target, YEAR)),
        Action(RECORDS, then(at_target, lambda: driver.village_records(target)), lambda: floors.records(target)),
        *review_actions(driver, floors, target),
        Action(LOAD_WARM, then(lambda: driver.on_plan(plans.other), lambda: driver.choose_plan(
            plans.measured)), lambda: floors.plan(YEAR)),
        Action(LOAD_COLD, then(lambda: (driver.on_plan(plans.other), shutil.rmtree(figures_cache(), True)),
                               lambda: driver.choose_plan(plans.measured)), lambda: floors.plan(YEAR)),
        Action("history, every change", lambda: driver.history, floors.history),
        *history_actions(driver, floors),
        Action(WARM_OPEN, lambda: driver.open_again, lambda: floors.plan(YEAR)),
    ]
    return listed


def review_actions(driver, floors, target: int) -> list[Action]:
    """The review round's pages, a step, and a village's evidence files (window_databases.add_reviews and
    add_attachments made them): each approval on another village sent, the nearest the target first."""
    from tests.benchmarks.window_databases import files_village, submitted_villages

    order = [place.village_id for place in floors.places]
    submitted = submitted_villages(order)
    waiting = iter(submitted)
    shown = files_village(order)

    def at_target() -> None:
        driver.on_village(target, YEAR)

    def then(prepare: Callable[[], None], act: Callable[[], Callable[[], object]]) -> Callable[[], object]:
        return lambda: (prepare(), act())[1]

    return [
        Action(REVIEWS, then(at_target, lambda: driver.reviews_page(len(order))), lambda: floors.reviews(YEAR)),
        Action(COMPLETENESS, then(at_target, driver.completeness_page), lambda: floors.completeness(YEAR)),
        Action(APPROVE, lambda: driver.approve(next(waiting), YEAR), lambda: floors.approve(submitted[0], YEAR)),
        Action(FILES, then(at_target, lambda: driver.files_shown(shown, floors.criterion_files(shown, YEAR))),
               lambda: floors.village_files(shown, YEAR)),
        Action(FILE_LIST, then(lambda: driver.on_village(shown, YEAR), driver.file_list),
               lambda: floors.file_list(shown, YEAR)),
    ]


def history_actions(driver, floors) -> list[Action]:
    """With the history of every change open: the table scrolled to its end (the next page read and shown); with
    HISTORY_READ changes read, sorted by a column, and scrolled to its end so sorted (the page merged into the user's
    order)."""
    from PySide6.QtCore import Qt

    from ui.history_model import VILLAGE

    def nothing(_dialog) -> None:
        return None

    def read_on(dialog) -> None:
        model = dialog.model
        while model.rowCount() < HISTORY_READ and model.canFetchMore():
            read = model.rowCount()
            driver.until(model.fetchMore, lambda read=read: model.rowCount() > read and dialog.is_settled(),
                         "the history's next page was not read")

    def by_village(dialog) -> None:
        dialog.table.sortByColumn(VILLAGE, Qt.SortOrder.AscendingOrder)

    def read_then_by_village(dialog) -> None:
        read_on(dialog)
        by_village(dialog)

    before: list[int] = [0]

    def scroll(dialog) -> None:
        before[0] = dialog.model.rowCount()
        dialog.table.scrollToBottom()

    def more(dialog) -> bool:
        """A page read on, or none left to read (a small plan's whole history is read before it is scrolled)."""
        return dialog.model.rowCount() > before[0] or dialog.model.complete()

    return [Action(HISTORY_END, lambda: driver.history_then(nothing, scroll, more, "no page was read on"),
                   floors.history),
            Action(HISTORY_SORT, lambda: driver.history_then(read_on, by_village, lambda _dialog: True,
                                                             "the rows were not sorted"), floors.history),
            Action(HISTORY_SORTED_END, lambda: driver.history_then(read_then_by_village, scroll, more,
                                                                   "no page was read on"), floors.history)]


def page_index(window, attribute: str) -> int:
    """The tab of the page `attribute` names, without making it: a window that makes its Agencies, Campaign and
    Dashboard pages when first shown keeps a placeholder there (`window.placeholders`) until then, and opening the
    tab times the page's making too."""
    placeholders = getattr(window, "placeholders", None)
    if placeholders is None or attribute == "village_panel":
        return window.tabs.indexOf(getattr(window, attribute))
    name = {"agency_view": "agencyView", "campaign_view": "campaignView", "dashboard": "dashboard"}[attribute]
    tabs = window.tabs
    return next(i for i in range(tabs.count())
                if tabs.widget(i).objectName() == name or placeholders.get(tabs.widget(i)) == name)


def run(size: int, skip: set[str], limit: float, repeat: int, profile: str | None, profile_file: Path | None) -> None:
    """Each action `repeat` times from where it starts; the medians of its times and of its stalls are emitted."""
    from PySide6.QtCore import QSettings

    from domain.access import Principal
    from storage.database import open_database
    from tests.benchmarks.timing import timed
    from tests.benchmarks.window_databases import plans_at, working_copy
    from tests.benchmarks.window_driver import StallMeter, Timing, WindowDriver, build_window, has_settled_signal
    from tests.benchmarks.window_floors import Floors
    from ui.database_opening import QUERY_MODULES

    folder = Path(tempfile.mkdtemp(prefix="langmoi-bench-window-"))
    os.environ["XDG_CACHE_HOME"] = str(folder / "cache")  # the figures cache (and the theme's) start empty
    make_app()
    try:
        path = working_copy(size, folder)
        plans = plans_at(size)
        floors = Floors(path, plans.measured)
        first, target = floors.places[0].village_id, floors.places[len(floors.places) // 2].village_id
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("view/plan_code", plans.measured)
        settings.setValue("view/year", YEAR)
        settings.setValue("view/village_id", first)
        database = open_database(f"sqlite:///{path}", actor="bench")
        for name in QUERY_MODULES:  # as ui/app.py's opening thread imports them before the window is attached
            importlib.import_module(name)
        raised = RaisedInWindow()
        emit(start=OPEN, floor=timed(lambda: floors.plan(YEAR), 3))
        meter = StallMeter()
        meter.start()
        cpu, started = time.thread_time(), time.perf_counter()
        window = build_window(database, Principal.local("bench"), settings)
        driver = WindowDriver(window, limit, GuiThreadQueries(database.engine))
        driver.settle()
        opened = Timing(time.perf_counter() - started, meter.stop(), cpu=time.thread_time() - cpu)
        emit(window=type(window).__module__, settled_signal=has_settled_signal(window), villages=len(floors.places),
             nones=sys.getrefcount(None))
        if OPEN not in skip:
            emit(result=OPEN, settled=opened.settled, stall=opened.stall, cpu=opened.cpu)
        memory_said = False
        for action in actions(driver, floors, plans, first, target):
            if action.name in skip:
                continue
            if action.name == WARM_OPEN:  # the window's memory after the actions, before a second one opens
                emit(memory=memory(), nones=sys.getrefcount(None))
                memory_said = True
            emit(start=action.name, floor=timed(action.floor, 3))
            driver.queries.callers.clear()
            raised.seen.clear()
            nones = sys.getrefcount(None)
            try:
                timings = []
                for time_round in range(repeat):
                    act = action.setup()
                    profiler = ActionProfile() if action.name == profile and time_round == 0 else None
                    if profiler is not None:
                        profiler.start()
                    timings.append(act() if _is_self_timed(act) else driver.time(act))
                    if profiler is not None:
                        profiler.dump(profile_file)
                problems = [t.problem for t in timings if t.problem]
                emit(result=action.name, settled=statistics.median(t.settled for t in timings),
                     stall=statistics.median(t.stall for t in timings),
                     cpu=statistics.median(t.cpu for t in timings), problem=problems[0] if problems else None,
                     gui_queries=max(t.gui_queries for t in timings),
                     gui_callers=[caller for caller, _ in driver.queries.callers.most_common(3)],
                     raised=sorted(set(raised.seen)), first=timings[0].settled, first_stall=timings[0].stall,
                     nones_lost=(nones - sys.getrefcount(None)) / repeat, nones_left=sys.getrefcount(None))
            except Exception as error:  # noqa: BLE001 — one action's failure is reported, the others still run
                emit(error=action.name, message=f"{type(error).__name__}: {error}")
        if not memory_said:
            emit(memory=memory(), nones=sys.getrefcount(None))
        database.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    emit(done=True)
    sys.stdout.flush()
    os._exit(0)  # no closing backup, no teardown of a 10,000-village tree: the numbers are out


class RaisedInWindow:
    """The exceptions the window's slots raised (PySide hands them to sys.excepthook, and the action goes on),
    each said with the ui/ line it came from; still printed to the log as before."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.previous = sys.excepthook
        sys.excepthook = self._raised

    def _raised(self, kind, error, trace) -> None:
        frames = [f for f in traceback.extract_tb(trace) if f"{os.sep}ui{os.sep}" in f.filename]
        where = f" at ui/{Path(frames[-1].filename).name}:{frames[-1].lineno} {frames[-1].name}" if frames else ""
        self.seen.append(f"{kind.__name__}: {error}{where}")
        self.previous(kind, error, trace)


class GuiThreadQueries:
    """Counts the SQL statements the GUI thread sends: none should, the window reads off it."""

    def __init__(self, engine) -> None:
        from sqlalchemy import event

        self.count = 0
        self.callers: collections.Counter[str] = collections.Counter()
        """Where in ui/ they came from: "ui/record_gateway.py:44 records"."""
        self.gui = threading.main_thread()
        event.listen(engine, "before_cursor_execute", self._executed)

    def _executed(self, *_arguments) -> None:
        if threading.current_thread() is self.gui:
            self.count += 1
            frames = [f for f in traceback.extract_stack() if f"{os.sep}ui{os.sep}" in f.filename]
            if frames:
                self.callers[f"ui/{Path(frames[-1].filename).name}:{frames[-1].lineno} {frames[-1].name}"] += 1


class ActionProfile:
    """cProfile of the GUI thread and, apart, of every Python thread started meanwhile (the window's reads)."""

    def __init__(self) -> None:
        self.gui = cProfile.Profile()
        self.readers: list[cProfile.Profile] = []

    def start(self) -> None:
        def in_new_thread(*_event) -> None:
            profile = cProfile.Profile()
            self.readers.append(profile)
            profile.enable()  # replaces this hook for the rest of the thread

        threading.setprofile(in_new_thread)
        self.gui.enable()

    def dump(self, path: Path) -> None:
        """GUI thread's stats to `path`, the reader threads' (added up) to `path` + ".reads"."""
        self.gui.disable()
        threading.setprofile(None)  # type: ignore[arg-type]
        self.gui.dump_stats(path)
        reads = Path(f"{path}.reads")
        reads.unlink(missing_ok=True)
        if self.readers:
            stats = pstats.Stats(self.readers[0])
            for profile in self.readers[1:]:
                stats.add(profile)
            stats.dump_stats(reads)


def _is_self_timed(act) -> bool:
    """The history, the village page's tabs, a second window and the records read time themselves (a modal dialog;
    several tabs; a window of its own; a read in a thread of its own)."""
    return getattr(act, "__name__", "") in ("history", "village_tabs", "open_again", "village_records",
                                            "completeness_page", "file_list", "history_then")


def figures_cache() -> Path:
    """Where the windows of this process keep their figures (storage/figures_cache.py)."""
    from storage.figures_cache import cache_folder

    return cache_folder()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("size", type=int)
    parser.add_argument("--skip", default="[]", help="a JSON list of the actions already measured")
    parser.add_argument("--limit", type=float, default=60)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile")
    parser.add_argument("--profile-file", type=Path)
    arguments = parser.parse_args()
    run(arguments.size, set(json.loads(arguments.skip)), arguments.limit, arguments.repeat, arguments.profile,
        arguments.profile_file)


if __name__ == "__main__":
    main()
