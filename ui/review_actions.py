"""The review cycle in the window (issue 19): the Review menu (the secretariat opens and closes a plan-year's round
and closes or reopens a reported year), the village page's steps (a team lead sends the review; the secretariat
marks one received from the team, approves, returns it with a comment, reopens it with a reason), the tree's marks
(overdue, sent, approved, returned) and the Review page (a team lead's villages; the secretariat's every village).

Everything goes through ui/review_gateway.py off the GUI thread: the reads in the window's reads (the tree's states
read once per plan-year, in one query, when the year's figures are read), the steps and round actions in the
window's save queue, after which `changed` is emitted (the window reads the village shown again: its state, its
thread, its lock) and the tree's states and the page are read again."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox, QVBoxLayout, QWidget

from domain.formatting import format_date
from domain.vocabulary import ReviewState, ReviewStep, Role
from ui.background import failure_message
from ui.review_dialogs import ReviewNoteDialog, ReviewRoundDialog
from ui.review_gateway import ReviewGateway
from ui.review_labels import round_kind_label

if TYPE_CHECKING:
    from collections.abc import Callable

    from domain.access import Principal
    from domain.plan import Plan
    from domain.review_reads import LeadReview, ReviewStates, RoundView, VillageReviewView
    from storage.database import Database
    from ui.latest_read import LatestRead
    from ui.reviews_page import ReviewsPage
    from ui.save_queue import SaveQueue

STATES, PAGE = "review states", "review list"
"""The kinds of the window's reads this module asks for."""
DEADLINE_DAYS = 30
"""A new round's deadline offered: a month from today."""


def ask_text(parent: QWidget, title: str, intro: str, label: str, ok_text: str, *, required: bool) -> str | None:
    """The text to go with a step or an action (None: cancelled)."""
    dialog = ReviewNoteDialog(title, intro, label, ok_text, required=required, parent=parent)
    return dialog.text() if dialog.exec() == ReviewNoteDialog.DialogCode.Accepted else None


class ReviewActions(QObject):
    changed = Signal()
    """A step or a round action went through (or was refused because the review changed): the village shown is
    to be read again."""

    def __init__(self, window: QMainWindow, database: Database, user: Principal, saves: SaveQueue,
                 reads: LatestRead) -> None:
        super().__init__(window)
        self.window = window
        self.user = user
        self.secretariat = user.role is Role.SECRETARIAT
        self.gateway = ReviewGateway(database, user)
        self.saves, self.reads = saves, reads
        self.states: ReviewStates | None = None
        """The plan-year's states as last read (its round, whether the year is closed): the menu follows them."""
        self.states_of: tuple[int, int] | None = None
        """The (plan id, year) of `states`: a village of another plan or year is not compared with them."""
        self.held: dict[tuple[int, int], ReviewStates] = {}
        """The states last read of each (plan id, year)."""
        panel = window.village_panel
        panel.review_strip.secretariat = self.secretariat
        panel.review_strip.step_requested.connect(self.take_step)
        panel.review_thread.comment_requested.connect(lambda: self.take_step(ReviewStep.COMMENT))
        panel.review_shown.connect(self._village_seen)
        self._make_menu()
        self.page: ReviewsPage | None = None
        self.page_stale = True
        self.page_holder: QWidget | None = None
        """The Review page's tab: a team lead's villages, or the secretariat's every village (a viewer has none)."""
        if user.role is not Role.VIEWER:
            self.page_holder = QWidget()
            self.page_holder.setObjectName("reviewsHolder")
            QVBoxLayout(self.page_holder).setContentsMargins(0, 0, 0, 0)
            window.tabs.addTab(self.page_holder, self.tr("Review"))
            window.tabs.currentChanged.connect(lambda _index: self._read_page())

    # the menu

    def _make_menu(self) -> None:
        ui = self.window.ui
        self.menu = ui.menuBar.addMenu(self.tr("&Review"))
        ui.menuBar.insertMenu(ui.systemMenu.menuAction(), self.menu)
        self.list_action = self._action(self.tr("&List of the year's reviews"), self.show_page)
        self.menu.addSeparator()
        self.open_action = self._action(self.tr("&Open a review round…"), self.open_round)
        self.deadline_action = self._action(self.tr("Change the &deadline…"), self.change_deadline)
        self.close_round_action = self._action(self.tr("&Close the review round…"), self.close_round)
        self.reopen_round_action = self._action(self.tr("Reopen the review &round…"), self.reopen_round)
        self.menu.addSeparator()
        self.close_year_action = self._action(self.tr("Close the &year once reported…"), self.close_year)
        self.reopen_year_action = self._action(self.tr("Reopen the closed y&ear…"), self.reopen_year)
        self._enable_menu()

    def _action(self, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def _enable_menu(self) -> None:
        """The secretariat's actions as the plan-year allows them (the use cases refuse the others anyway)."""
        states, plan = self.states, self.window.plan
        round_ = states.round if states is not None else None
        closed_year = states is not None and states.year_closed
        may = self.secretariat and plan is not None and states is not None
        self.open_action.setEnabled(may and not closed_year)
        self.close_round_action.setEnabled(may and round_ is not None and not round_.closed and not closed_year)
        self.deadline_action.setEnabled(self.close_round_action.isEnabled())
        self.reopen_round_action.setEnabled(may and round_ is not None and round_.closed and not closed_year)
        self.close_year_action.setEnabled(may and not closed_year)
        self.reopen_year_action.setEnabled(may and closed_year)
        self.list_action.setEnabled(plan is not None and self.page_holder is not None)

    # reads

    def read_states(self, *, tree: bool = True) -> None:
        """The plan-year's review states for the tree (one query), and the page read again when shown. With `tree`
        False the window's read of the year's figures brings them (`states_read`): one read, one repaint."""
        plan, year = self.window.plan, self.window.year
        self.page_stale = True
        if plan is None or year is None:
            self.reads.drop(STATES)
            self._states_read(None, None)
            return
        if tree:
            self.reads.request(STATES, lambda: self.gateway.states(plan, year),
                               lambda states: self.states_read(plan, year, states))
        else:
            self.reads.drop(STATES)
        self._read_page()

    def states_read(self, plan: Plan, year: int, states: ReviewStates) -> None:
        """The plan-year's states, read here or with the year's figures: held for the year, shown in the tree."""
        self.held[(plan.id, year)] = states
        self._states_read(states, (plan.id, year))

    def held_states(self, plan: Plan, year: int) -> ReviewStates | None:
        """The plan-year's states as last read (None: never read), shown with a year's figures held by the window
        until they are read again."""
        return self.held.get((plan.id, year))

    def _states_read(self, states: ReviewStates | None, states_of: tuple[int, int] | None) -> None:
        self.states, self.states_of = states, states_of
        self.window.tree_model.set_reviews(states)
        self._enable_menu()

    def _village_seen(self, review: VillageReviewView | None) -> None:
        """A village's review read differs from the tree's states (someone else took a step since, on another PC):
        the plan-year's states, and a team lead's list, read again. Not against the states of another plan or year
        (a plan just chosen: its village is read before its states, which its figures' read brings): they were read
        a second time at each plan loaded, the tree's marks and the village page repainted again (issue 14)."""
        shown, states, plan = self.window.shown_sheet, self.states, self.window.shown_plan
        if (review is None or shown is None or states is None or plan is None or self.states_of != (plan.id, shown[1])
                or self.reads.pending(STATES)):
            return
        village_id = shown[0]
        held = (states.round.id if states.round else None, states.states.get(village_id),
                village_id in states.overdue, village_id in states.locked)
        if held != (review.round.id if review.round else None, review.state, review.overdue, review.lock is not None):
            self.read_states()

    def show_page(self) -> None:
        if self.page_holder is not None:
            self.window.tabs.setCurrentWidget(self.page_holder)

    def _read_page(self) -> None:
        """The Review page, made the first time it is shown, read again when shown after a change. A team lead's is
        read at once (their few villages): its tab counts the villages awaiting them (returned, or overdue)."""
        shown = self.window.tabs.currentWidget() is self.page_holder
        if self.page_holder is None or not self.page_stale or not (shown or self.user.role is Role.TEAM_LEAD):
            return
        if self.page is None:
            from ui.reviews_page import ReviewsPage

            self.page = ReviewsPage(self.secretariat)
            self.page.village_activated.connect(self.window.open_village)
            self.page_holder.layout().addWidget(self.page)
        plan, year = self.window.plan, self.window.year
        if plan is None or year is None:
            self.page.set_rows([], None, year)
            return
        self.page_stale = False
        self.reads.request(PAGE, lambda: self.gateway.lead_reviews(plan, year),
                           lambda read: self._page_read(read[0], read[1], year))

    def _page_read(self, rows: list[LeadReview], round_: RoundView | None, year: int) -> None:
        self.page.set_rows(rows, round_, year)
        if self.secretariat:
            return
        awaiting = sum(row.state is ReviewState.RETURNED or row.overdue for row in rows)
        tabs = self.window.tabs
        index = tabs.indexOf(self.page_holder)
        tabs.setTabText(index, self.tr("Review") + (f" (⚠ {awaiting})" if awaiting else ""))
        tabs.setTabToolTip(index, self.tr("%1 of your villages returned or overdue").replace("%1", str(awaiting))
                           if awaiting else "")

    # a village's steps

    def take_step(self, step: ReviewStep) -> None:
        """Ask what goes with `step` (a comment, a reason, a confirmation), then take it on the village shown."""
        panel, window = self.window.village_panel, self.window
        review, shown = panel.review, window.shown_sheet
        if review is None or review.round is None or shown is None:
            return
        village_id, year = shown
        name = panel.title.text()
        text = self._ask_for(step, name, year)
        if text is None:
            return
        round_id, version = review.round.id, review.version
        done = {ReviewStep.SUBMIT: self.tr("%1: sent for approval.") if not self.secretariat
                else self.tr("%1: marked as sent by its support team."),
                ReviewStep.APPROVE: self.tr("%1: approved; its figures of the year are locked."),
                ReviewStep.RETURN: self.tr("%1: returned to its support team."),
                ReviewStep.REOPEN: self.tr("%1: reopened; it can be changed again."),
                ReviewStep.COMMENT: self.tr("%1: comment added.")}[step].replace("%1", name)
        self._save(lambda: self.gateway.take_step(round_id, village_id, step, text, version), done)

    def _ask_for(self, step: ReviewStep, village: str, year: int) -> str | None:
        """The text going with the step ("" when none is asked), or None when the user cancelled."""
        parent = self.window
        if step is ReviewStep.SUBMIT and not self.secretariat:
            return ""
        if step is ReviewStep.SUBMIT:
            return ask_text(parent, self.tr("Received from the support team"), self.tr(
                "Record that the support team of %1 sent its review of %2 (its workbook, a paper sheet, a message): it "
                "counts as sent today.").replace("%1", village).replace("%2", str(year)),
                self.tr("How it came (optional):"), self.tr("Mark as sent"), required=False)
        if step is ReviewStep.APPROVE:
            return ask_text(parent, self.tr("Approve the review"), self.tr(
                "Approve the review of %1 for %2? Its checklist and records of the year are then locked: nobody can "
                "change them until the secretariat reopens it with a reason.").replace("%1", village)
                .replace("%2", str(year)), self.tr("Comment (optional):"), self.tr("Approve"), required=False)
        if step is ReviewStep.RETURN:
            return ask_text(parent, self.tr("Return to the support team"), self.tr(
                "Send the review of %1 for %2 back to its support team. Say what is to be done: the team lead reads it "
                "on the village's page and in their review list.").replace("%1", village).replace("%2", str(year)),
                self.tr("Comment (required):"), self.tr("Return"), required=True)
        if step is ReviewStep.REOPEN:
            return ask_text(parent, self.tr("Reopen the approved review"), self.tr(
                "Unlock %1 for %2 so that its checklist and records can change again; it is then in review. The "
                "reason is kept with the review and in the history.").replace("%1", village).replace("%2", str(year)),
                self.tr("Reason (required):"), self.tr("Reopen"), required=True)
        return ask_text(parent, self.tr("Comment on the review"), self.tr(
            "A remark on the review of %1 for %2, kept in its thread; the state does not change.")
            .replace("%1", village).replace("%2", str(year)), self.tr("Comment:"), self.tr("Add"), required=True)

    def _save(self, job: Callable[[], Any], done: str) -> None:
        """Run `job` in the window's save queue; then say `done` (or the refusal) and read again what it changed."""

        def came_back(_result: Any, error: BaseException | None) -> None:
            if error is None:
                self.window.statusBar().showMessage(done, 5000)
            else:
                QMessageBox.warning(self.window, self.tr("Not done"), failure_message(error))
            self.changed.emit()
            self.read_states()

        self.saves.submit(lambda: job, came_back)

    # the secretariat's rounds and years

    def _year_said(self) -> str:
        return self.tr("%1 of plan %2").replace("%1", str(self.window.year)).replace("%2", self.window.plan.code)

    def open_round(self) -> None:
        plan = self.window.plan
        if plan is None or self.window.year is None:
            return
        years = list(range(plan.first_year, plan.last_year + 1))
        dialog = ReviewRoundDialog(years, self.window.year, date.today() + timedelta(days=DEADLINE_DAYS), self.window)
        if dialog.exec() != ReviewRoundDialog.DialogCode.Accepted:
            return
        year, kind, deadline = dialog.choice()
        self._save(lambda: self.gateway.open_round(plan, year, deadline, kind),
                   self.tr("Opened: %1 %2.").replace("%1", round_kind_label(kind)).replace("%2", str(year)))

    def change_deadline(self) -> None:
        """The round's deadline moved (on time or late is then counted against the new one)."""
        round_, plan = self.states.round if self.states is not None else None, self.window.plan
        if round_ is None or plan is None:
            return
        years = list(range(plan.first_year, plan.last_year + 1))
        dialog = ReviewRoundDialog(years, round_.year, round_.deadline, self.window, kind=round_.kind)
        if dialog.exec() != ReviewRoundDialog.DialogCode.Accepted:
            return
        _year, _kind, deadline = dialog.choice()
        self._save(lambda: self.gateway.change_deadline(round_.id, deadline),
                   self.tr("New deadline: %1.").replace("%1", format_date(deadline)))

    def close_round(self) -> None:
        round_ = self.states.round if self.states is not None else None
        if round_ is None:
            return
        named = f"{round_kind_label(round_.kind)} {round_.year}"
        asked = QMessageBox.question(self.window, self.tr("Close the review round"), self.tr(
            "Close the %1? No village can be sent, approved or returned in it any more (it can be reopened with a "
            "reason).").replace("%1", named))
        if asked != QMessageBox.StandardButton.Yes:
            return
        self._save(lambda: self.gateway.close_round(round_.id), self.tr("%1 closed.").replace("%1", named))

    def reopen_round(self) -> None:
        round_ = self.states.round if self.states is not None else None
        if round_ is None:
            return
        named = f"{round_kind_label(round_.kind)} {round_.year}"
        reason = ask_text(self.window, self.tr("Reopen the review round"), self.tr(
            "Reopen the %1 so that villages can be sent, approved and returned in it again.").replace("%1", named),
            self.tr("Reason (required):"), self.tr("Reopen"), required=True)
        if reason is None:
            return
        self._save(lambda: self.gateway.reopen_round(round_.id, reason), self.tr("%1 reopened.").replace("%1", named))

    def close_year(self) -> None:
        plan, year = self.window.plan, self.window.year
        if plan is None or year is None:
            return
        said = self._year_said()
        note = ask_text(self.window, self.tr("Close the year"), self.tr(
            "Close %1 once it is reported: nothing of its villages can change any more and its figures print as "
            "final. The secretariat can reopen it, with a reason.").replace("%1", said),
            self.tr("Reported in (optional):"), self.tr("Close the year"), required=False)
        if note is None:
            return
        self._save(lambda: self.gateway.close_year(plan, year, note), self.tr("Year closed: %1.").replace("%1", said))

    def reopen_year(self) -> None:
        plan, year = self.window.plan, self.window.year
        if plan is None or year is None:
            return
        said = self._year_said()
        reason = ask_text(self.window, self.tr("Reopen the year"), self.tr(
            "Reopen %1 so that its villages' figures can change again; its printed figures are then no longer final.")
            .replace("%1", said), self.tr("Reason (required):"), self.tr("Reopen the year"), required=True)
        if reason is None:
            return
        self._save(lambda: self.gateway.reopen_year(plan, year, reason),
                   self.tr("Year reopened: %1.").replace("%1", said))
