"""Driving the real main window as a user does, and timing each action three ways: until the window has settled
(every read the action started has been applied and painted), the longest stall of the GUI thread meanwhile, and
the GUI thread's CPU time over the action (time.thread_time: what the GUI thread itself ran, which a busy machine
disturbs far less than the wall clock; a stall much longer than it is the GUI thread waiting, mostly for the
interpreter's lock held by a reading thread).

Settled is the window's own `settled` signal / `is_settled()` (CONTRACTS C) when the window has them; an older
window that does everything in the call is settled when the call and the events it posted have run. The stall is
the worst lateness of a 1 ms repeating timer: while the GUI thread runs anything longer, the timer cannot fire, and
nothing on screen moves or answers either.
"""

import inspect
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEventLoop, QObject, QPoint, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

TICK_MS = 1
SEARCH = "xa 1"


class NotSettled(RuntimeError):
    """The window did not settle within the time allowed."""


class StallMeter(QObject):
    """The longest gap between two ticks of a 1 ms timer, less the 1 ms: how long the GUI thread was busy."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.worst = 0.0
        self.last = 0.0

    def start(self) -> None:
        self.worst = 0.0
        self.last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return max(0.0, self.worst - TICK_MS / 1000)


@dataclass
class Timing:
    settled: float
    stall: float
    problem: str | None = None
    """What the window did not show yet when it said it had settled."""
    gui_queries: int = 0
    """SQL statements sent from the GUI thread during the action."""
    cpu: float = 0.0
    """The GUI thread's CPU time during the action (time.thread_time, in the GUI thread)."""


def checked(act: Callable[[], object], check: Callable[[], str | None]) -> Callable[[], object]:
    """`act` with the check run once it has settled: None when what the action must show is on screen."""

    def action() -> object:
        return act()

    action.check = check  # type: ignore[attr-defined]
    return action


def has_settled_signal(window) -> bool:
    return hasattr(window, "is_settled") and hasattr(window, "settled")


def settle(window, limit_s: float) -> None:
    """Return once the window has settled and painted what it shows; NotSettled after `limit_s`."""
    app = QApplication.instance()
    app.processEvents()
    if has_settled_signal(window) and not window.is_settled():
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(20)

        def check() -> None:
            if window.is_settled():
                loop.quit()

        window.settled.connect(check)
        poll.timeout.connect(check)
        poll.start()
        QTimer.singleShot(int(limit_s * 1000), loop.quit)
        loop.exec()
        poll.stop()
        window.settled.disconnect(check)
        if not window.is_settled():
            raise NotSettled(f"the window had not settled after {limit_s:.0f} s")
    app.processEvents()  # the paint of what arrived


HOSTS: list = []
"""The program's windows made by build_window (ui/app.run_window keeps its own the same way)."""


def build_window(database, user, settings: QSettings):
    """The window as ui/app.py builds it: MainWindow(settings) held in the program's window (ui/window_host.py)
    when it can be, then attach(database, user) when the window has attach (CONTRACTS B), else
    MainWindow(database, user, settings); shown."""
    from ui.main_window import MainWindow

    if "holder" in inspect.signature(MainWindow).parameters:
        from ui.window_host import WindowHost
        from ui.window_place import place_window

        host = WindowHost()
        HOSTS.append(host)  # a top-level widget Python no longer refers to is deleted, with the window it holds
        place_window(host, settings.value("window/geometry"))
        window = MainWindow(settings=settings, holder=host)
        host.hold(window)
        host.show_window()
        QApplication.instance().processEvents()
        window.attach(database, user)
        return window
    if hasattr(MainWindow, "attach"):
        window = MainWindow(settings=settings)
        window.show()
        QApplication.instance().processEvents()
        window.attach(database, user)
        return window
    parameters = inspect.signature(MainWindow).parameters
    window = MainWindow(database, user, settings) if "settings" in parameters else MainWindow(database, user)
    window.show()
    return window


class WindowDriver:
    """Actions on one shown window, each as (setup, act): the setup brings the window to where the action starts
    (untimed), the act is what the user does (timed until settled)."""

    def __init__(self, window, limit_s: float, queries=None) -> None:
        """`queries.count` (when given) counts the SQL statements the GUI thread sends."""
        self.window = window
        self.queries = queries
        self.limit_s = limit_s
        self.meter = StallMeter()
        self.visits = 0
        self.edits = 0

    def time(self, act: Callable[[], object]) -> Timing:
        """Time `act` until settled; then its `check` (see `checked`), if it has one, says what was not yet shown."""
        queries = self._queries()
        self.meter.start()
        cpu, start = time.thread_time(), time.perf_counter()
        act()
        settle(self.window, self.limit_s)
        settled = time.perf_counter() - start
        timing = Timing(settled, self.meter.stop(), gui_queries=self._queries() - queries,
                        cpu=time.thread_time() - cpu)
        check = getattr(act, "check", None)
        timing.problem = check() if check is not None else None
        return timing

    def _queries(self) -> int:
        return self.queries.count if self.queries is not None else 0

    def tree_figure(self, village_id: int) -> str:
        """The village's progress as its tree row shows it."""
        return self.window.tree_model.village_index(village_id).siblingAtColumn(1).data() or ""

    def settle(self) -> None:
        settle(self.window, self.limit_s)

    # where an action starts

    def on_tab(self, widget) -> None:
        if self.window.tabs.currentWidget() is not widget:
            self.window.tabs.setCurrentWidget(widget)
            self.settle()

    def on_village(self, village_id: int, year: int) -> None:
        """The village open on its page, in `year`, with no search typed."""
        if self.window.search.text():
            self.window.search.clear()
            self.settle()
        self.on_year(year)
        if self.window.village_id != village_id:
            self.window.open_village(village_id)
            self.settle()
        self.on_tab(self.window.village_panel)

    def on_year(self, year: int) -> None:
        combo = self.window.year_combo
        if combo.currentData() != year:
            combo.setCurrentIndex(combo.findData(year))
            self.settle()

    def on_plan(self, code: str) -> None:
        combo = self.window.plan_combo
        if combo.currentIndex() != self._plan_index(code):
            combo.setCurrentIndex(self._plan_index(code))
            self.settle()

    def _plan_index(self, code: str) -> int:
        """The plan's place in the plan combo (its items may show the code with the title)."""
        return next(i for i, plan in enumerate(self.window.plans) if plan.code == code)

    # what the user does

    def click_village(self, village_id: int) -> Callable[[], None]:
        """Scroll the village into view (expanding its commune), then: click it."""
        tree = self.window.tree
        index = self.window.tree_filter.mapFromSource(self.window.tree_model.village_index(village_id))
        if not index.isValid():
            raise LookupError(f"village {village_id} is not in the tree")
        tree.scrollTo(index)
        self.settle()
        point: QPoint = tree.visualRect(index).center()
        return lambda: QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                                        point)

    def pick_status(self, row: int = 0) -> Callable[[], None]:
        """The status column's editor opened on `row`, another status chosen; then: committed, as the delegate
        does when the user picks it."""
        from domain.criteria import CriterionStatus
        from ui.checklist_model import ChecklistModel

        panel = self.window.village_panel
        view, model = panel.checklist_view, panel.checklist_model
        index = model.index(row, ChecklistModel.COL_STATUS)
        delegate = view.itemDelegateForColumn(ChecklistModel.COL_STATUS)
        editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index)
        delegate.setEditorData(editor, index)
        wanted = CriterionStatus.NOT_MET if model.row_at(row).status == CriterionStatus.MET else CriterionStatus.MET
        editor.setCurrentIndex(editor.findData(wanted.value))

        def commit() -> None:
            delegate.setModelData(editor, model, index)
            editor.deleteLater()

        village_id, before = self.window.village_id, self.tree_figure(self.window.village_id)
        return checked(commit, lambda: None if self.tree_figure(village_id) != before else
                       f"the tree still showed “{before}” for the village")

    def type_evidence(self, row: int = 1) -> Callable[[], None]:
        from ui.checklist_model import ChecklistModel

        model = self.window.village_panel.checklist_model
        index = model.index(row, ChecklistModel.COL_EVIDENCE)
        self.edits += 1
        text = f"Quyết định số {self.edits}/QĐ-UBND"
        return lambda: model.setData(index, text)

    def fill_visit(self, year: int) -> Callable[[], None]:
        """The visits page's form for a new visit, filled in; then: saved (OK)."""
        panel = self.window.village_panel
        page = panel.pages["visits"]
        panel.tabs.setCurrentWidget(page)
        self.settle()
        dialog = page.form()
        self.visits += 1
        dialog.show_values({"day": date(year, 5, self.visits % 28 + 1), "people": "Tổ hỗ trợ",
                            "activities": f"Họp dân lần {self.visits}"})
        before = page.model.rowCount()
        return checked(dialog.save, lambda: None if page.model.rowCount() == before + 1 else
                       f"the visits page showed {page.model.rowCount()} rows, {before} before")

    def choose_year(self, year: int) -> Callable[[], object]:
        combo = self.window.year_combo
        village_id = self.window.village_id
        before = self.tree_figure(village_id)
        return checked(lambda: combo.setCurrentIndex(combo.findData(year)), lambda: self._year_shown(year)
                       or (f"the tree still showed “{before}” for the village" if "…" in self.tree_figure(village_id)
                           else None))

    def _year_shown(self, year: int) -> str | None:
        progress, campaign = getattr(self.window, "progress", None), getattr(self.window, "campaign", None)
        if progress is None or campaign is None or progress.year != year or campaign.year != year:
            return f"the window's figures were not those of {year}"
        return None

    def key(self, typed_before: str, character: str) -> Callable[[], None]:
        """The search box holding `typed_before`, focused; then: one more key."""
        search = self.window.search
        if search.text() != typed_before:
            search.setText(typed_before)
            self.settle()
        search.setFocus()
        return lambda: QTest.keyClick(search, character)

    def clear_search(self, typed: str) -> Callable[[], None]:
        search = self.window.search
        if search.text() != typed:
            search.setText(typed)
            self.settle()
        return search.clear

    def open_tab(self, index: int) -> Callable[[], None]:
        tabs = self.window.tabs
        if tabs.currentIndex() == index:
            tabs.setCurrentIndex(0 if index else 1)
            self.settle()
        return lambda: tabs.setCurrentIndex(index)

    def village_tabs(self) -> Timing:
        """Each tab of the village page in turn, then its first again: the worst time and the worst stall."""
        tabs = self.window.village_panel.tabs
        tabs.setCurrentIndex(0)
        self.settle()
        timings = [self.time(lambda i=i: tabs.setCurrentIndex(i)) for i in [*range(1, tabs.count()), 0]]
        return Timing(max(t.settled for t in timings), max(t.stall for t in timings),
                      gui_queries=max(t.gui_queries for t in timings), cpu=max(t.cpu for t in timings))

    def open_again(self) -> Timing:
        """A second window on the same database, as the next start of the program makes it (the figures kept by the
        first one's reads, and the saves made since in the audit trail): timed until settled, then deleted. The
        window before it first ends its background reads (its other years, its check of the cache) and stops
        reading, as a program that was closed would; so does this one before it goes."""
        self._quiet(self.window)
        queries = self._queries()
        self.meter.start()
        cpu, start = time.thread_time(), time.perf_counter()
        window = build_window(self.window.database, self.window.user, self.window.settings)
        settle(window, self.limit_s)
        timing = Timing(time.perf_counter() - start, self.meter.stop(), gui_queries=self._queries() - queries,
                        cpu=time.thread_time() - cpu)
        if not window.tree_model.rowCount() or window.progress is None:
            timing.problem = "the second window showed no tree or no figures"
        self._quiet(window)
        holder = window.window()  # the program's window holding it
        holder.hide()
        holder.deleteLater()
        if holder in HOSTS:
            HOSTS.remove(holder)
        return timing

    def _quiet(self, window) -> None:
        """The window's background reads ended (within the limit), then no more reads from it."""
        deadline = time.perf_counter() + self.limit_s
        while (window.prefetch.pending() or window.reads.pending()) and time.perf_counter() < deadline:
            QApplication.instance().processEvents()
            time.sleep(0.005)
        window.reads.close()
        window.prefetch.close()
        window.plan_gateway.close()

    def choose_plan(self, code: str) -> Callable[[], object]:
        combo = self.window.plan_combo

        def shown() -> str | None:
            plan = getattr(self.window, "plan", None)
            if plan is None or plan.code != code or not self.window.tree_model.rowCount():
                return f"the plan {code} and its tree were not shown"
            return self._year_shown(self.window.year)

        return checked(lambda: combo.setCurrentIndex(self._plan_index(code)), shown)

    def history(self) -> Timing:
        """Every change, from the System menu: timed until the dialog shows its rows, then closed."""
        from domain.history import HistoryFilter

        shown: list[float] = []

        def close_when_shown() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is not None and dialog.isVisible() and _history_shown(dialog):
                shown.append(time.perf_counter())
                dialog.reject()
            elif time.perf_counter() - start < self.limit_s:
                QTimer.singleShot(2, close_when_shown)
            elif dialog is not None:
                dialog.reject()

        queries = self._queries()
        self.meter.start()
        cpu, start = time.thread_time(), time.perf_counter()
        QTimer.singleShot(0, close_when_shown)
        self.window.show_history(HistoryFilter(), self.window.tr("every change"))
        stall, cpu = self.meter.stop(), time.thread_time() - cpu
        if not shown:
            raise NotSettled(f"the history was not shown after {self.limit_s:.0f} s")
        return Timing(shown[0] - start, stall, gui_queries=self._queries() - queries, cpu=cpu)

    def history_then(self, prepare: Callable[[object], None], act: Callable[[object], None],
                     done: Callable[[object], bool], what: str) -> Callable[[], Timing]:
        """The history of every change open (as the System menu opens it, but not modal) and shown, `prepare(dialog)`
        done and settled; then: `act(dialog)`, timed until `done(dialog)` and the dialog has settled, then closed."""
        from domain.history import HistoryFilter
        from ui.history_dialog import HistoryDialog

        window = self.window

        def act_on_it() -> Timing:
            dialog = HistoryDialog(window, window.database, HistoryFilter(), window.tr("every change"),
                                   window.settings, window.user, window.plan.id, window._history_gateway())
            try:
                self.until(dialog.show, dialog.is_settled, "the history was not shown")
                prepare(dialog)
                self.until(lambda: None, dialog.is_settled, "the history was not shown")
                return self.until(lambda: act(dialog), lambda: done(dialog) and dialog.is_settled(), what)
            finally:
                dialog.reject()
                dialog.deleteLater()

        act_on_it.__name__ = "history_then"
        return act_on_it

    def village_records(self, village_id: int) -> Callable[[], Timing]:
        """The window's read of every record kind of a village (RecordGateway.village_records, what the read kind
        "records" runs when a village is shown), alone in a reading thread as the window runs it, the GUI thread
        turning its events meanwhile: timed in that thread."""
        import threading

        gateway, plan = self.window.gateway, self.window.plan

        def act() -> Timing:
            took: list[float] = []

            def read() -> None:
                start = time.perf_counter()
                gateway.village_records(plan, village_id)
                took.append(time.perf_counter() - start)

            reader = threading.Thread(target=read, name="read-records")
            self.meter.start()
            cpu = time.thread_time()
            reader.start()
            while reader.is_alive():
                QApplication.instance().processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            reader.join()
            if not took:
                raise NotSettled("the records were not read (see the log)")
            return Timing(took[0], self.meter.stop(), cpu=time.thread_time() - cpu)

        act.__name__ = "village_records"
        return act

    # the review round and the evidence files (issues 19 and 20)

    def until(self, act: Callable[[], object], done: Callable[[], bool], what: str) -> Timing:
        """`act`, timed until `done()` holds and the window has settled (for a page whose reads are its own and do
        not hold the window's `settled`): NotSettled, saying `what`, after the limit."""
        queries = self._queries()
        self.meter.start()
        cpu, start = time.thread_time(), time.perf_counter()
        act()
        loop, poll = QEventLoop(), QTimer()
        poll.setInterval(2)
        poll.timeout.connect(lambda: loop.quit() if done() and self.window.is_settled()
                             or time.perf_counter() - start > self.limit_s else None)
        poll.start()
        loop.exec()
        poll.stop()
        if not (done() and self.window.is_settled()):
            self.meter.stop()
            raise NotSettled(f"{what} after {self.limit_s:.0f} s")
        QApplication.instance().processEvents()  # the paint of what arrived
        return Timing(time.perf_counter() - start, self.meter.stop(), gui_queries=self._queries() - queries,
                      cpu=time.thread_time() - cpu)

    def reviews_page(self, villages: int) -> Callable[[], object]:
        """The Review page's tab (the secretariat's every village), its list read again since the year was
        switched away and back (as after any change of the plan-year's states); then: opened, settled when it lists
        the `villages`."""
        reviews = self.window.reviews
        if not reviews.page_stale:
            year = self.window.year
            self.on_year(next(y for y in range(self.window.plan.first_year, self.window.plan.last_year + 1)
                              if y != year))
            self.on_year(year)
        index = self.window.tabs.indexOf(reviews.page_holder)

        def shown() -> str | None:
            page = reviews.page
            listed = page.model.rowCount() if page is not None else 0
            return None if listed == villages else f"the Review page listed {listed} villages, not {villages}"

        return checked(lambda: self.window.tabs.setCurrentIndex(index), shown)

    def completeness_page(self) -> Callable[[], Timing]:
        """The Review progress tab, from the village page; then: opened, timed until its report is shown (its
        reads are its own: they do not hold the window's `settled`)."""
        tab = self.window.completeness_tab
        self.on_tab(self.window.village_panel)

        def act() -> Timing:
            before = tab.view.report if tab.view is not None else None
            tabs = self.window.tabs
            index = tabs.indexOf(tab.view if tab.view is not None else tab.placeholder)

            def done() -> bool:
                return (tab.view is not None and tab.view.report is not None and tab.view.report is not before
                        and not tab.reads.pending())

            timing = self.until(lambda: tabs.setCurrentIndex(index), done, "the review progress was not shown")
            if not tab.view.reminder_model.rowCount():
                timing.problem = "the review progress listed no village awaited"
            return timing

        act.__name__ = "completeness_page"
        return act

    def approve(self, village_id: int, year: int) -> Callable[[], object]:
        """A village sent for approval open on its page; then: *Duyệt* clicked and its confirmation accepted (the
        dialog's OK, without a comment), settled when the page shows it approved."""
        import ui.review_actions
        from domain.vocabulary import ReviewState

        self.on_village(village_id, year)
        panel = self.window.village_panel
        if panel.review is None or panel.review.state is not ReviewState.SUBMITTED:
            raise LookupError(f"village {village_id} is not waiting for approval")
        ui.review_actions.ask_text = lambda *_arguments, **_keywords: ""  # the confirmation's OK, no comment
        button = panel.review_strip.buttons["approve"]

        def approved() -> str | None:
            review = panel.review
            state = review.state if review is not None else None
            return None if state is ReviewState.APPROVED else f"the village's page showed it {state}, not approved"

        return checked(button.click, approved)

    def files_shown(self, village_id: int, files: int) -> Callable[[], object]:
        """Scroll to a village with files; then: click it, settled when its checklist's paperclips count `files`."""
        click = self.click_village(village_id)
        model = self.window.village_panel.checklist_model

        def counted() -> str | None:
            count = sum(model.attachment_count(row) for row in range(model.rowCount()))
            return None if count == files else f"the checklist's paperclips counted {count} files, not {files}"

        return checked(click, counted)

    def file_list(self) -> Callable[[], Timing]:
        """The village shown; then: the list of its checklist row with the most files opened (as the row's menu's
        *Tệp minh chứng…* does), timed until it lists them with every picture's thumbnail, then closed."""
        from ui.attachment_dialog import AttachmentsDialog

        panel = self.window.village_panel
        files, model = panel.files, panel.checklist_model
        row = max(range(model.rowCount()), key=model.attachment_count)
        expected = model.attachment_count(row)

        def act() -> Timing:
            dialog = AttachmentsDialog(files.gateway, files.criterion_target(row), files.criterion_title(row), True,
                                       self.window)

            def done() -> bool:
                pictures = getattr(dialog, "thumbnails", None)  # a dialog that reads the thumbnails on screen itself
                return dialog.model.rowCount() == expected and (
                    pictures.complete() if pictures is not None else _thumbnails_shown(dialog.model))

            try:
                return self.until(dialog.show, done, "the file list and its thumbnails were not shown")
            finally:
                dialog.done(0)
                dialog.deleteLater()

        act.__name__ = "file_list"
        return act


def _thumbnails_shown(model) -> bool:
    """Every picture (image, PDF) of the list has its thumbnail (asked for as the list's paint asks)."""
    from PySide6.QtGui import QIcon

    from ui.attachment_model import INFO_ROLE, PICTURED

    for row in range(model.rowCount()):
        index = model.index(row)
        if index.data(INFO_ROLE).media_type in PICTURED and isinstance(
                index.data(Qt.ItemDataRole.DecorationRole), QIcon | type(None)):
            return False
    return True


def _history_shown(dialog) -> bool:
    """The history dialog has read its rows (its own is_settled() when it has one)."""
    if hasattr(dialog, "is_settled"):
        return dialog.is_settled()
    model = getattr(dialog, "model", None)
    return model is not None and model.rowCount() > 0
