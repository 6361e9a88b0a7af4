"""The village page: where it is, who helps it in two lines; tabs for the year's editable checklist, its support
team, and each kind of village record.

Laid out by ui/forms/village_panel.ui. Built with the window, before the database layer is imported: this module
imports no SQLModel or SQLAlchemy. The record tabs (one page a kind of record, generated from the domain's
description of the kinds, which lives with the tables) are added in code when the first village is shown.

At 1366×768 the checklist has the height: the team has a tab of its own, the headings share lines, and a
criterion's row is at most CHECKLIST_LINES lines (the whole text in its tooltip).
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Signal
from PySide6.QtWidgets import QHeaderView, QMenu, QWidget

from domain.formatting import format_int
from domain.vocabulary import AssignmentRole
from ui.checklist_model import ChecklistModel, Saver
from ui.delegates import StatusDelegate
from ui.forms.village_panel_ui import Ui_VillagePanel
from ui.labels import progress_text, role_label, team_role_label, translate
from ui.review_strip import ReviewStrip, ReviewThread
from ui.short_rows import ShortRows
from ui.steady_tabs import keep_steady
from ui.table_models import Column, RowTableModel, rows_fitted_as_changed

if TYPE_CHECKING:
    from datetime import date

    from domain.progress import VillageProgress
    from domain.review_reads import VillageReviewView
    from domain.village_detail import VillageSheet
    from ui.attachment_panel import VillageFiles
    from ui.record_gateway import RecordGateway
    from ui.records_page import RecordsPage

TEAM_COLUMNS = (
    Column(lambda: translate("VillagePanel", "Full name"), lambda m: m.full_name),
    Column(lambda: translate("VillagePanel", "Role in team"), lambda m: team_role_label(m.role)),
    Column(lambda: translate("VillagePanel", "Position"), lambda m: m.position),
    Column(lambda: translate("VillagePanel", "Agency"), lambda m: m.agency),
    Column(lambda: translate("VillagePanel", "Phone"), lambda m: m.phone),
)
CHECKLIST_WIDTHS = {
    ChecklistModel.COL_GROUP: 120,
    ChecklistModel.COL_NAME: 140,
    # Under qt-material the status popup is as wide as this column: wide enough for "Đang thực hiện".
    ChecklistModel.COL_STATUS: 165,
    ChecklistModel.COL_EVIDENCE: 125,
    ChecklistModel.COL_NOTE: 105,
}
"""The checklist's columns the user may widen, at their first width; the number fits its contents and the
requirement takes the rest."""
GROUP_WIDE, WIDE_CHECKLIST = 210, 1250
"""The group column's width when the checklist is at least WIDE_CHECKLIST pixels wide (1920, or the tree folded):
"IV. Văn hóa - Xã hội - Môi trường" on one line instead of two or three; a width the user set is kept."""
CHECKLIST_LINES = 2
"""Lines of text a checklist row shows at most: at 1366×768 maximised, 8 criteria or more are on screen."""


class VillagePanel(QWidget):
    """Shows one village; edits to the checklist go through `saver` and are announced by `saved`; the record
    pages read and write through `gateway`."""

    saved = Signal(bool)
    history_requested = Signal(object, str)
    """(a HistoryFilter, what it is the history of): the village's, a criterion's or a record's."""
    review_shown = Signal(object)
    """The village's review as just read (a VillageReviewView, or None): newer than the tree's, maybe."""

    def __init__(self, saver: Saver, gateway: RecordGateway, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_VillagePanel()
        self.ui.setupUi(self)
        self.gateway = gateway
        self.looking_only = False
        """The database is open read-only: the read-only note says so instead of naming who may change it."""
        self.busy = False
        self._shown = False
        self.title = self.ui.villageTitle
        self.place_label = self.ui.villagePlace
        self.details = self.ui.villageDetails
        self.tabs = self.ui.villageTabs
        keep_steady(self.tabs)
        self.history_button = self.ui.villageHistory
        self.checklist_label = self.ui.checklistLabel
        self.template_label = self.ui.templateNote
        self.read_only_label = self.ui.readOnlyNote

        self.team_model = RowTableModel(TEAM_COLUMNS, self)
        self.team_view = self.ui.team
        self.team_view.setModel(self.team_model)

        self.checklist_model = ChecklistModel(saver, self)
        self.checklist_model.saved.connect(self.saved)
        self.checklist_view = self.ui.checklist
        self.checklist_view.setModel(self.checklist_model)
        self.checklist_view.setItemDelegate(ShortRows(CHECKLIST_LINES, self.checklist_view))
        self.checklist_view.setItemDelegateForColumn(ChecklistModel.COL_STATUS, StatusDelegate(self.checklist_view))
        rows_fitted_as_changed(self.checklist_view)
        header = self.checklist_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ChecklistModel.COL_NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ChecklistModel.COL_REQUIREMENT, QHeaderView.ResizeMode.Stretch)
        for column, width in CHECKLIST_WIDTHS.items():
            header.resizeSection(column, width)
        self.checklist_view.customContextMenuRequested.connect(self._checklist_menu)
        self.checklist_view.viewport().installEventFilter(self)

        self.pages: dict[str, RecordsPage] = {}
        """The record pages by kind ("visits"), made when the first village is shown."""
        self._counts_held = False
        """While the record pages are cleared or filled together: their tabs are counted once, after."""
        self.files: VillageFiles | None = None
        """The attached files' counts and actions (ui/attachment_panel.py), made with the record pages."""
        self.history_button.clicked.connect(self._village_history)
        self.review_strip = ReviewStrip(self)
        self.ui.layout.insertWidget(self.ui.layout.indexOf(self.details) + 1, self.review_strip)
        self.review_thread = ReviewThread(self)
        self.review_strip.thread_requested.connect(lambda: self.review_thread.open_for(self.title.text()))
        self.review: VillageReviewView | None = None
        """The village's review of the year shown (issue 19): a lock makes the checklist and records read-only."""
        self.show_sheet(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Overrides QObject.eventFilter: the checklist resized widens or narrows its group column."""
        if event.type() == QEvent.Type.Resize and watched is self.checklist_view.viewport():
            narrow = CHECKLIST_WIDTHS[ChecklistModel.COL_GROUP]
            width = GROUP_WIDE if self.checklist_view.viewport().width() >= WIDE_CHECKLIST else narrow
            header = self.checklist_view.horizontalHeader()
            if header.sectionSize(ChecklistModel.COL_GROUP) in (narrow, GROUP_WIDE):
                header.resizeSection(ChecklistModel.COL_GROUP, width)
        return False

    def set_busy(self, busy: bool) -> None:
        """While the village's sheet is being read: says so, and the page (still the last village's) is greyed
        and cannot be edited."""
        self.busy = busy
        self.ui.villageBusy.setVisible(busy)
        self.tabs.setEnabled(not busy)
        self.history_button.setEnabled(self._shown and not busy)

    def make_record_pages(self) -> None:
        """The record pages and the evidence files' panel, made once: at the first village shown unless the window
        made them before (in a pass of its own while attaching: with the first village's checklist and paint they
        held the GUI thread ~90 ms, issue 14)."""
        if not self.pages:
            self._add_record_pages()
        if self.files is None:
            from ui.attachment_panel import VillageFiles

            self.files = VillageFiles(self)

    def _add_record_pages(self) -> None:
        """A tab for each kind of village record, in the domain's order, counting what it holds."""
        from domain.recording import KINDS
        from ui.households_page import HouseholdsPage
        from ui.records_page import RecordsPage

        for key in KINDS:
            page = HouseholdsPage(self.gateway) if key == "households" else RecordsPage(key, self.gateway)
            self.pages[key] = page
            self.tabs.addTab(page, "")
            page.model.modelReset.connect(lambda key=key: self._count_records(key))
            page.history_requested.connect(
                lambda scope, title: self.history_requested.emit(scope, f"{self.title.text()} – {title}"))

    def _village_history(self) -> None:
        from domain.history import HistoryFilter

        self.history_requested.emit(HistoryFilter.of_village(self.gateway.village_id), self.title.text())

    def show_sheet(self, sheet: VillageSheet | None, editable: bool = True) -> None:
        """Show the village of `sheet`, or an invitation to pick one; `editable` False shows it read-only."""
        self._shown = sheet is not None
        self.read_only_label.setVisible(sheet is not None and not editable)
        self.read_only_label.setText(self._read_only_text())
        self.history_button.setEnabled(sheet is not None and not self.busy)
        if sheet is None:
            self.title.setText(self.tr("Choose a village in the tree"))
            self.place_label.clear()
            self.details.clear()
            self.team_model.set_rows([])
            self._set_tab_text(self.tabs.indexOf(self.ui.teamPage), self.tr("Support team"))
            self.checklist_model.set_rows([])
            self.checklist_label.clear()
            self.template_label.hide()
            self._reload_records(None)
            return
        self.make_record_pages()
        place = sheet.place
        self.title.setText(place.village)
        where = [self.tr("Commune: %1").replace("%1", place.commune)]
        if place.district:
            where.append(self.tr("District: %1").replace("%1", place.district))
        if sheet.former:
            where.append(sheet.former[0].upper() + sheet.former[1:])
        if sheet.households is not None:
            where.append(self.tr("Households: %1").replace("%1", format_int(sheet.households)))
        self.place_label.setText(" · ".join(where))
        self.place_label.setToolTip(self.place_label.text())
        helpers = []
        for role in AssignmentRole:
            names = [escape(a.name) for a in sheet.agencies if a.role == role]
            if names:
                helpers.append(f"<b>{role_label(role)}:</b> " + ", ".join(names))
        if not any(a.role == AssignmentRole.LEAD for a in sheet.agencies):
            helpers.append(self.tr("No lead agency assigned."))
        self.details.setText(" · ".join(helpers))
        self.team_model.set_rows(sheet.members)
        team_tab = self.tabs.indexOf(self.ui.teamPage)
        self._set_tab_text(team_tab, self.tr("Support team") + (f" ({len(sheet.members)})" if sheet.members else ""))
        self.team_view.resizeColumnsToContents()
        self.checklist_model.set_rows(sheet.checklist, editable)
        criteria_set = sheet.criteria_set
        self.template_label.setVisible(criteria_set.is_template)
        self.template_label.setText(
            self.tr("The criteria set %1 is a template: %2").replace("%1", criteria_set.code)
            .replace("%2", criteria_set.note))
        self.template_label.setToolTip(self.template_label.text())
        self.refresh_summary(sheet.year, sheet.progress)
        self._reload_records(sheet.year)
        self.files.read_counts(sheet.year)

    def show_lock(self, editable: bool) -> None:
        """The village-year's lock set or lifted by a review step (after `show_review`): the read-only note, the
        checklist's editors and the record pages' buttons, not their rows (the sheet and records are unchanged)."""
        self.read_only_label.setVisible(self._shown and not editable)
        self.read_only_label.setText(self._read_only_text())
        self.checklist_model.set_editable(editable)
        for page in self.pages.values():
            page.lock_changed()

    def _read_only_text(self) -> str:
        """Why the village cannot be changed here: the database opened only to look, the lock of the village-year
        (approved, or the year closed: the domain's sentence), or the user's role."""
        if self.looking_only:
            return self.tr("The database is open read-only: you can read this village, not change it.")
        if self.review is not None and self.review.lock is not None:
            return self.review.lock.reason
        return self.tr("You can read this village; only its support team's lead and the secretariat change it.")

    def show_review(self, review: VillageReviewView | None, year: int | None, today: date | None) -> None:
        """The village's review in the year's round (before `show_sheet`, whose read-only note then names a lock)."""
        self.review = review
        self.review_strip.show_review(review, year, today)
        self.review_thread.show_review(review, year)
        self.review_shown.emit(review)

    def _checklist_menu(self, position: QPoint) -> None:
        index = self.checklist_view.indexAt(position)
        if not index.isValid() or self.gateway.village_id is None:
            return
        from domain.history import HistoryFilter

        row = self.checklist_model.row_at(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("History of this criterion…"), lambda: self.history_requested.emit(
            HistoryFilter.of_criterion(self.gateway.village_id, row.criterion_id),
            f"{self.title.text()} – {row.number}. {row.name}"))
        if self.files is not None:
            self.files.add_to_menu(menu, index.row())
        menu.exec(self.checklist_view.viewport().mapToGlobal(position))

    def _reload_records(self, year: int | None) -> None:
        """Every record page's rows read again, in one read; the tabs' counts set once, when the rows are in (not
        as each page is cleared, then filled)."""
        if not self.pages:
            return
        self._counts_held = True
        try:
            for page in self.pages.values():
                page.prepare(year)
        finally:
            self._counts_held = False
        self.gateway.read_village(self._records_read)

    def _records_read(self, rows: dict[str, list]) -> None:
        self._counts_held = True
        try:
            for key, kind_rows in rows.items():
                self.pages[key].rows_read(kind_rows)
        finally:
            self._counts_held = False
        for key in rows:
            self._count_records(key)

    def _count_records(self, key: str) -> None:
        """A record tab says how many it holds; the difficulties tab also how many are overdue."""
        from domain.recording import is_overdue

        if self._counts_held:
            return
        from ui.record_labels import kind_title

        page = self.pages[key]
        rows = page.model.rows()
        text = kind_title(key) + (f" ({len(rows)})" if rows else "")
        if key == "concerns":
            overdue = sum(is_overdue(row, self.gateway.today) for row in rows)
            if overdue:
                text = kind_title(key) + f" ({len(rows)}, ⚠ {overdue})"
        self._set_tab_text(self.tabs.indexOf(page), text)

    def _set_tab_text(self, position: int, text: str) -> None:
        """A tab's text changed only when it differs: any text set, even the same, lays the tab widget out again
        and Qt then repaints the whole page and the window's tabs around it, the checklist twice (~10-20 ms of the
        GUI thread each at 10,000 villages, issue 14)."""
        if self.tabs.tabText(position) != text:
            self.tabs.setTabText(position, text)

    def refresh_summary(self, year: int, progress: VillageProgress) -> None:
        text = self.tr("Checklist %1: %2").replace("%1", str(year)).replace(
            "%2", progress_text(progress.met, progress.total))
        if progress.meets_standard:
            text += " — " + self.tr("★ meets the standard")
        self.checklist_label.setText(text)
