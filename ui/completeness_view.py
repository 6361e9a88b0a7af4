"""The review round's completeness and timeliness page: by district and commune or by lead agency, how many
villages are expected, sent on time, late, not sent (overdue), approved, returned; below, the villages awaited
with their team leads and phones, which *Chép* puts on the clipboard as plain text; the report printed or saved
as PDF or Excel by the same export as `completeness --year`.

The page is made the first time its tab is shown (`CompletenessTab`), and reads its report off the GUI thread
each time the window settles while it is on screen: a tab shown settles the window (at once, or once the reads in
flight are in), as a save or a year switched to does.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from domain.formatting import format_int
from domain.vocabulary import RoundKind
from ui.busy_note import BusyNote
from ui.labels import translate
from ui.latest_read import LatestRead
from ui.layouts import column, vertical_split
from ui.review_labels import review_state_label, round_kind_label
from ui.table_models import Column, RowTableModel, row_table

if TYPE_CHECKING:
    from domain.completeness import CompletenessReport, CountedRow, Reminder
    from exports.cancel import Progress
    from ui.main_window import MainWindow
    from ui.print_actions import Document


def _count(name: str, title: Callable[[], str]) -> Column:
    return Column(title, lambda row: format_int(getattr(row.counts, name)), align_right=True)


def _name(row: CountedRow) -> str:
    return f"   {row.name}" if row.level == "commune" else row.name


COUNT_COLUMNS = (
    Column(lambda: translate("CompletenessView", "Area or agency"), _name),
    _count("expected", lambda: translate("CompletenessView", "Expected")),
    _count("on_time", lambda: translate("CompletenessView", "On time")),
    _count("late", lambda: translate("CompletenessView", "Late")),
    _count("not_submitted", lambda: translate("CompletenessView", "Not sent")),
    _count("overdue", lambda: translate("CompletenessView", "of which overdue")),
    _count("approved", lambda: translate("CompletenessView", "Approved")),
    _count("returned", lambda: translate("CompletenessView", "Returned")),
)


def _state(line: tuple[str, Reminder]) -> str:
    reminder = line[1]
    text = review_state_label(reminder.state)
    return text + translate("CompletenessView", ", overdue") if reminder.overdue else text


REMINDER_COLUMNS = (
    Column(lambda: translate("CompletenessView", "Lead agency"), lambda line: line[0]),
    Column(lambda: translate("CompletenessView", "Village"), lambda line: line[1].place.village),
    Column(lambda: translate("CompletenessView", "Commune"), lambda line: line[1].place.commune),
    Column(lambda: translate("CompletenessView", "State"), _state),
    Column(lambda: translate("CompletenessView", "Team lead"), lambda line: line[1].leader),
    Column(lambda: translate("CompletenessView", "Phone"), lambda line: line[1].phone),
)


class CompletenessView(QWidget):
    """The page; `export_requested(suffix)` asks for the report as ".pdf" or ".xlsx", `round_chosen` says the round
    (yearly or mid-year) to read."""

    export_requested = Signal(str)
    round_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: CompletenessReport | None = None
        self.fitted: dict[str, object] = {}
        """What each table's columns were last fitted to (a plan, a grouping): fitting measures the first rows'
        cells through the model, ~8 roles a cell, ~80 ms of the GUI thread for the two tables at 10,000 villages
        (issue 14), so a report read again for the same plan keeps the widths (and the user's)."""
        self.heading = QLabel(self.tr("Open a plan to see its review round."))
        self.heading.setObjectName("completenessHeading")
        self.heading.setWordWrap(True)
        self.grouping = QComboBox()
        self.grouping.setObjectName("completenessGrouping")
        self.grouping.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.grouping.addItem(self.tr("By district and commune"))
        self.grouping.addItem(self.tr("By lead agency"))
        self.grouping.currentIndexChanged.connect(lambda _index: self._show_counts())
        self.round_combo = QComboBox()
        self.round_combo.setObjectName("completenessRound")
        for kind in RoundKind:
            self.round_combo.addItem(round_kind_label(kind), kind)
        self.round_combo.currentIndexChanged.connect(lambda _index: self.round_chosen.emit())
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.xlsx_button = QPushButton(self.tr("Save as Excel…"))
        self.pdf_button.clicked.connect(lambda: self.export_requested.emit(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export_requested.emit(".xlsx"))
        self.count_model = RowTableModel(COUNT_COLUMNS, self)
        self.count_table = row_table(self.count_model, "completenessCounts")
        self.count_table.horizontalHeader().setStretchLastSection(False)
        self.count_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.reminder_label = QLabel()
        self.reminder_label.setStyleSheet("font-weight: bold;")
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("copyReminders")
        self.copy_button.setToolTip(self.tr("Copy the reminder list (agency, village, team lead, phone) as plain text"))
        self.copy_button.clicked.connect(self.copy_reminders)
        self.reminder_model = RowTableModel(REMINDER_COLUMNS, self, emphasis=lambda line: line[1].overdue)
        self.reminder_table = row_table(self.reminder_model, "completenessReminders")
        self.busy_note = BusyNote(self.count_table, self.reminder_table)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        for widget in (self.round_combo, self.grouping, self.pdf_button, self.xlsx_button):
            top.addWidget(widget)
        reminders_head = QHBoxLayout()
        reminders_head.addWidget(self.reminder_label, 1)
        reminders_head.addWidget(self.copy_button)
        split = vertical_split(self.count_table, column(reminders_head, self.reminder_table), stretch=(1, 1))
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy_note)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.set_report(None)

    def set_busy(self, busy: bool) -> None:
        self.busy_note.set_busy(busy)

    def kind(self) -> RoundKind:
        """The round chosen: the yearly one unless the mid-year one is."""
        return self.round_combo.currentData()

    def set_report(self, report: CompletenessReport | None) -> None:
        self.report = report
        for button in (self.pdf_button, self.xlsx_button):
            button.setEnabled(report is not None)
        if report is None:
            self.count_model.set_rows([])
            self.reminder_model.set_rows([])
            self.reminder_label.setText("")
            self.copy_button.setEnabled(False)
            return
        from domain.completeness import round_sentence

        self.heading.setText(round_sentence(report))
        self._show_counts()
        lines = [(agency.agency, reminder) for agency in report.reminders for reminder in agency.reminders]
        self.reminder_model.set_rows(lines)
        self.reminder_label.setText(self.tr("Villages awaited, whose team leads to remind: %1")
                                    .replace("%1", str(len(lines))))
        self.copy_button.setEnabled(bool(lines))
        self._fit(self.reminder_table, "reminders", report.plan_code if lines else None)

    def _show_counts(self) -> None:
        if self.report is None:
            return
        self.count_model.set_rows(self.report.areas if self.grouping.currentIndex() == 0 else self.report.agencies)
        self._fit(self.count_table, "counts", (self.report.plan_code, self.grouping.currentIndex()))

    def _fit(self, table: QTableView, name: str, key: object) -> None:
        """The table's columns fitted to its rows, unless they were last fitted to the same `key` (None: no rows)."""
        if key is not None and self.fitted.get(name) != key:
            self.fitted[name] = key
            table.resizeColumnsToContents()

    def copy_reminders(self) -> None:
        """The reminder list on the clipboard as plain text, to paste into a message."""
        from domain.completeness import reminder_text

        if self.report is not None:
            QGuiApplication.clipboard().setText(reminder_text(self.report))


class CompletenessTab(QObject):
    """The page in the window's tabs: a placeholder until first shown, then the page, read when shown and after the
    window settles while it is on screen. Its reads are its own (they do not hold the window's `settled`)."""

    def __init__(self, window: MainWindow) -> None:
        from ui.completeness_gateway import CompletenessGateway

        super().__init__(window)
        self.window = window
        self.gateway = CompletenessGateway(window.database)
        self.reads = LatestRead(self)
        self.reads.busy.connect(lambda _kind, busy: self.view.set_busy(busy) if self.view is not None else None)
        self.reads.failed.connect(lambda _kind, message: window.statusBar().showMessage(message, 10000))
        self.view: CompletenessView | None = None
        self.placeholder = QWidget()
        window.tabs.addTab(self.placeholder, self.tr("Review progress"))
        window.tabs.currentChanged.connect(self._shown)
        window.settled.connect(self._settled)

    def shown(self) -> bool:
        return self.view is not None and self.window.tabs.currentWidget() is self.view

    def _shown(self, _index: int) -> None:
        tabs = self.window.tabs
        if self.view is None and tabs.currentWidget() is self.placeholder:
            self.view = CompletenessView()
            self.view.setObjectName("completenessView")
            self.view.export_requested.connect(self.export)
            self.view.round_chosen.connect(self.read)
            index = tabs.indexOf(self.placeholder)
            tabs.blockSignals(True)
            tabs.insertTab(index, self.view, tabs.tabText(index))
            tabs.removeTab(index + 1)
            tabs.setCurrentWidget(self.view)
            tabs.blockSignals(False)
            self.placeholder.deleteLater()

    def _settled(self) -> None:
        """The report read again while on screen: each time the page comes on screen (another page's work may have
        changed the round), since the window settles after a tab is shown, and after each change. Read here only,
        not also when the tab is shown: that read, superseded by the one the tab's settling asks for, read the
        10,000 villages' report twice (issue 14)."""
        if self.shown():
            self.read()

    def read(self) -> None:
        window = self.window
        if window.plan is None or window.year is None:
            self.reads.drop("completeness")
            self.view.set_report(None)
            return
        plan, year, places, kind = window.plan, window.year, window.places, self.view.kind()
        self.reads.request("completeness", lambda: self.gateway.report(plan, year, places, kind),
                           self.view.set_report)

    def export(self, suffix: str) -> None:
        """The report as the page shows it (plan, year), to a file the user names."""
        window = self.window
        if window.plan is None or window.year is None:
            return
        filters = {".pdf": self.tr("PDF files (*.pdf)"), ".xlsx": self.tr("Excel workbooks (*.xlsx)")}
        path = window.printing.files.ask_save_path(f"tien_do_ra_soat_{window.year}{suffix}", filters[suffix], suffix)
        if path is not None:
            write = self.document_writer(window.plan.id, window.year)
            window.printing.files.run(lambda progress: write(path, progress),
                                      self.tr("Writing the review progress report…"))

    def document_writer(self, plan_id: int, year: int) -> Callable[[Path, Progress], Path]:
        """The report of the round the page shows."""
        factory, kind = self.window.database.session_factory, self.view.kind()

        def write(path: Path, progress: Progress) -> Path:
            from exports.completeness_export import export_completeness

            return export_completeness(factory, plan_id=plan_id, year=year, target=path, progress=progress,
                                       kind=kind)

        return write

    def document(self) -> Document | None:
        """What File → Print and Print preview print while the page is on screen."""
        from ui.print_actions import Document

        window = self.window
        if window.plan is None or window.year is None:
            return None
        return Document(self.tr("Review progress %1").replace("%1", str(window.year)),
                        self.document_writer(window.plan.id, window.year))
