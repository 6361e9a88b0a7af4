"""A village's review of the year on its page (issue 19): a row under its helpers — the round's state, the deadline
and whether it is overdue, the comment a return came with, and the steps this user may take — and, behind its
"Trao đổi" button, a window with the round, the lock and the comment thread. The row is hidden while the year has no
round (at 1366×768 the checklist keeps its height).

Which buttons show comes from the domain (`VillageReviewView.steps`: what this user may do now, from the table of
domain/review_states.py), so the window offers exactly what the use cases allow. No database here: the steps are
asked for by `step_requested` and taken by ui/review_actions.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from domain.formatting import format_date, format_moment
from domain.vocabulary import ReviewState, ReviewStep
from ui.forms.review_strip_ui import Ui_ReviewStrip
from ui.labels import translate
from ui.review_labels import deadline_text, review_state_label, review_step_label, round_kind_label
from ui.table_models import Column, RowTableModel, row_table, rows_fitted_as_changed

if TYPE_CHECKING:
    from datetime import date

    from domain.review_reads import CommentView, RoundView, VillageReviewView

STATE_STYLE = {
    ReviewState.IN_REVIEW: "background: #eceff1; color: #263238;",
    ReviewState.SUBMITTED: "background: #e3f2fd; color: #0d47a1;",
    ReviewState.APPROVED: "background: #e8f5e9; color: #1b5e20;",
    ReviewState.RETURNED: "background: #fff3e0; color: #8a3c00;",
}
"""The state's badge: a soft background behind the state's name (the word says it; the colour only helps)."""
BADGE = "font-weight: bold; border-radius: 3px; padding: 1px 6px; "

THREAD_COLUMNS = (
    Column(lambda: translate("ReviewThread", "When"), lambda c: format_moment(c.at)),
    Column(lambda: translate("ReviewThread", "Who"), lambda c: c.author_name or c.author),
    Column(lambda: translate("ReviewThread", "Step"), lambda c: review_step_label(c.step)),
    Column(lambda: translate("ReviewThread", "Comment"), lambda c: c.text),
)


def round_line(round_: RoundView | None, year: int | None) -> str:
    """'Rà soát cả năm 2025 · hạn 30/11/2025 · mở lúc 08:00 01/10/2025 bởi bich' (and when it was closed)."""
    if round_ is None:
        return translate("Review", "No review round is open for %1.").replace("%1", str(year or ""))
    text = (f"{round_kind_label(round_.kind)} {round_.year} · "
            + translate("Review", "due %1").replace("%1", format_date(round_.deadline)) + " · "
            + translate("Review", "opened at %1 by %2").replace("%1", format_moment(round_.opened_at))
            .replace("%2", round_.opened_by))
    if round_.closed:
        text += " · " + translate("Review", "closed at %1 by %2").replace("%1", format_moment(round_.closed_at)) \
            .replace("%2", round_.closed_by)
    return text


def last_comment(comments: list[CommentView], step: ReviewStep | None = None) -> CommentView | None:
    """The newest comment (of `step`), or None."""
    found = [c for c in comments if step is None or c.step is step]
    return max(found, key=lambda c: c.at) if found else None


class ReviewStrip(QWidget):
    """The state, deadline and steps of the village's review; `step_requested(step)` when a button is clicked,
    `thread_requested` when the comment is clicked."""

    step_requested = Signal(object)
    thread_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReviewStrip()
        self.ui.setupUi(self)
        self.secretariat = False
        """Whether the user is the secretariat: its submission is one "received" on behalf of the team."""
        self.state_label, self.deadline_label, self.comment_label = (self.ui.reviewState, self.ui.reviewDeadline,
                                                                     self.ui.reviewComment)
        self.comment = ""
        """The comment shown, whole (the label shows as much as fits, ending in "…")."""
        self.comment_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.comment_label.installEventFilter(self)
        self.thread_button = self.ui.threadButton
        self.thread_button.clicked.connect(self.thread_requested)
        self.buttons: dict[str, QPushButton] = {
            "submit": self.ui.submitButton, "received": self.ui.receivedButton, "approve": self.ui.approveButton,
            "return": self.ui.returnButton, "reopen": self.ui.reopenButton}
        steps = {"submit": ReviewStep.SUBMIT, "received": ReviewStep.SUBMIT, "approve": ReviewStep.APPROVE,
                 "return": ReviewStep.RETURN, "reopen": ReviewStep.REOPEN}
        for name, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, step=steps[name]: self.step_requested.emit(step))
        self.show_review(None, None, None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Overrides QObject.eventFilter: the comment elided to its label's width, and clicked to read it whole."""
        if watched is self.comment_label:
            if event.type() == QEvent.Type.Resize:
                self._elide_comment()
            elif event.type() == QEvent.Type.MouseButtonRelease and self.comment:
                self.thread_requested.emit()
        return False

    def _elide_comment(self) -> None:
        label = self.comment_label
        label.setText(label.fontMetrics().elidedText(self.comment, Qt.TextElideMode.ElideRight, label.width()))

    def show_review(self, review: VillageReviewView | None, year: int | None, today: date | None) -> None:
        """The village's review in the year's round; hidden without one (None: no village, or no round)."""
        round_ = review.round if review is not None else None
        self.setVisible(round_ is not None)
        for button in self.buttons.values():
            button.hide()
        if review is None or round_ is None:
            self.comment = ""
            self.comment_label.clear()
            return
        self.state_label.setText(review_state_label(review.state))
        self.state_label.setStyleSheet(BADGE + STATE_STYLE[review.state])
        self.state_label.setToolTip(round_line(round_, year))
        parts = [deadline_text(round_.deadline, today, review.overdue)] if today is not None else []
        if round_.closed:
            parts.append(self.tr("round closed"))
        if review.lock is not None:
            parts.append(self.tr("locked"))
        self.deadline_label.setText(" · ".join(parts))
        self.deadline_label.setStyleSheet("color: #9c1c1c; font-weight: bold;" if review.overdue else "color: #444444;")
        self.deadline_label.setToolTip(review.lock.reason if review.lock is not None else round_line(round_, year))
        returned = last_comment(review.comments, ReviewStep.RETURN) if review.state is ReviewState.RETURNED else None
        self.comment = self.tr("Returned with: “%1”").replace("%1", returned.text) if returned is not None else ""
        self.comment_label.setToolTip(f"{self.comment}\n— {returned.author_name or returned.author}, "
                                      f"{format_moment(returned.at)}" if returned is not None else "")
        self._elide_comment()
        self.thread_button.setText(self.tr("Thread (%1)…").replace("%1", str(len(review.comments))) if review.comments
                                   else self.tr("Thread…"))
        steps = review.steps
        self.buttons["submit"].setVisible(ReviewStep.SUBMIT in steps and not self.secretariat)
        self.buttons["received"].setVisible(ReviewStep.SUBMIT in steps and self.secretariat)
        self.buttons["approve"].setVisible(ReviewStep.APPROVE in steps)
        self.buttons["return"].setVisible(ReviewStep.RETURN in steps)
        self.buttons["reopen"].setVisible(ReviewStep.REOPEN in steps)


class ReviewThread(QDialog):
    """The village's review in a window of its own (not modal: the page stays usable): the round, the lock if any,
    and every comment, newest first; `comment_requested` when the user adds a remark (a step that changes no
    state). Kept up to date by the page while open."""

    comment_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewThread")
        self.resize(760, 360)
        self.round_label = QLabel()
        self.round_label.setObjectName("reviewRound")
        self.round_label.setWordWrap(True)
        self.lock_label = QLabel()
        self.lock_label.setObjectName("reviewLock")
        self.lock_label.setWordWrap(True)
        self.lock_label.setStyleSheet("font-weight: bold; color: #1b5e20;")
        self.comment_button = QPushButton(self.tr("Add a comment…"))
        self.comment_button.setObjectName("reviewCommentButton")
        self.comment_button.setStyleSheet("height: 18px; padding: 1px 8px;")
        self.comment_button.clicked.connect(self.comment_requested)
        self.model = RowTableModel(THREAD_COLUMNS, self)
        self.view = row_table(self.model, "reviewThread")
        self.view.setWordWrap(True)
        rows_fitted_as_changed(self.view)
        top = QHBoxLayout()
        top.addWidget(self.round_label, 1)
        top.addWidget(self.comment_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lock_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.show_review(None, None)

    def open_for(self, village: str) -> None:
        """Shown (or brought to the front) for the village on the page."""
        self.setWindowTitle(self.tr("Review of %1").replace("%1", village))
        if self.isVisible():
            self.raise_()
        self.show()

    def show_review(self, review: VillageReviewView | None, year: int | None) -> None:
        self.round_label.setText(round_line(review.round if review is not None else None, year))
        lock = review.lock if review is not None else None
        self.lock_label.setVisible(lock is not None)
        self.lock_label.setText(lock.reason if lock is not None else "")
        comments = sorted(review.comments, key=lambda c: c.at, reverse=True) if review is not None else []
        self.model.set_rows(comments)
        self.view.resizeColumnToContents(0)
        self.view.resizeColumnToContents(1)
        self.view.resizeColumnToContents(2)
        self.comment_button.setVisible(review is not None and ReviewStep.COMMENT in review.steps)
