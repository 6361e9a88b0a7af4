"""Địa bàn → Sắp xếp đơn vị hành chính…: the recorded reorganisations (each decision, and what each old unit
became), the villages' history across them, and the workbook's import (previewed first), export and template.

Reads run off the GUI thread (ui/latest_read.py) through ui/reorganisation_gateway.py; the import's reading,
judging and writing run as background tasks. Laid out by ui/forms/reorganisation_dialog.ui and
ui/forms/reorganisation_preview_dialog.ui."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QMainWindow, QTableView, QWidget

from domain.formatting import format_int
from domain.reorganisation_workbook_format import KIND_LABEL
from domain.text import matches
from domain.unit_history import short_date
from domain.users import Role
from ui.background import BackgroundTask
from ui.export_folder import FileKind, remember_folder, start_folder
from ui.forms.reorganisation_dialog_ui import Ui_ReorganisationDialog
from ui.forms.reorganisation_preview_dialog_ui import Ui_ReorganisationPreviewDialog
from ui.labels import translate
from ui.latest_read import LatestRead
from ui.reorganisation_gateway import ReorganisationGateway
from ui.table_models import Column, RowTableModel

if TYPE_CHECKING:
    from domain.access import Principal
    from domain.reorganisation_import import ReorganisationPreview
    from storage.database import Database
    from ui.print_actions import FileWriting
    from ui.reorganisation_gateway import ReorganisationsRead


def _day(value) -> str:
    return short_date(value) if value else ""


DECISION_COLUMNS = (
    Column(lambda: translate("ReorganisationDialog", "Decision"), lambda r: r.decision.number),
    Column(lambda: translate("ReorganisationDialog", "Decided by"), lambda r: r.decision.body),
    Column(lambda: translate("ReorganisationDialog", "Signed"), lambda r: _day(r.decision.signed_on)),
    Column(lambda: translate("ReorganisationDialog", "In effect from"), lambda r: _day(r.decision.effective_on)),
    Column(lambda: translate("ReorganisationDialog", "Changes"), lambda r: format_int(len(r.changes)),
           align_right=True),
    Column(lambda: translate("ReorganisationDialog", "Note"), lambda r: r.decision.note.replace("\n", " "),
           tooltip=lambda r: r.decision.note),
)
CHANGE_COLUMNS = (
    Column(lambda: translate("ReorganisationDialog", "Kind of change"), lambda c: KIND_LABEL[c.kind]),
    Column(lambda: translate("ReorganisationDialog", "Old unit"), lambda c: c.old.text()),
    Column(lambda: translate("ReorganisationDialog", "Became"), lambda c: c.new.text()),
)
HISTORY_COLUMNS = (
    Column(lambda: translate("ReorganisationDialog", "Village (today)"), lambda h: h.village),
    Column(lambda: translate("ReorganisationDialog", "From"),
           lambda h: _day(h.valid_from) or translate("ReorganisationDialog", "the beginning")),
    Column(lambda: translate("ReorganisationDialog", "Until"),
           lambda h: _day(h.valid_until) or translate("ReorganisationDialog", "today")),
    Column(lambda: translate("ReorganisationDialog", "Village and units then"), lambda h: h.units),
)
UNIT_COLUMNS = (
    Column(lambda: translate("ReorganisationDialog", "Decision"), lambda u: u.decision),
    Column(lambda: translate("ReorganisationDialog", "Kind of change"), lambda u: u.kind),
    Column(lambda: translate("ReorganisationDialog", "Old unit"), lambda u: u.old),
    Column(lambda: translate("ReorganisationDialog", "Becomes"), lambda u: u.new),
)
VILLAGE_COLUMNS = (
    Column(lambda: translate("ReorganisationDialog", "Village, before"), lambda v: v.before),
    Column(lambda: translate("ReorganisationDialog", "After"), lambda v: v.after),
)


def _fit(table: QTableView, stretch: int) -> None:
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class VillageFilter(QSortFilterProxyModel):
    """The history's lines of every village one of whose lines holds the words typed (diacritics and case
    ignored: "te xang" finds "Tê Xăng"), so that a village found by its old commune shows its whole history."""

    def __init__(self, source: RowTableModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.source = source
        self.shown: set[int] | None = None

    def find(self, text: str) -> None:
        self.beginFilterChange()
        self.shown = {line.village_id for line in self.source.rows() if matches(text, line.village, line.units)} \
            if text.strip() else None
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        """Overrides QSortFilterProxyModel.filterAcceptsRow: the row's village is one of those found."""
        return self.shown is None or self.source.row_at(source_row).village_id in self.shown


class ReorganisationPreviewDialog(QDialog):
    """What the workbook would do; accepting means: record it. A refusal has only a Close button."""

    def __init__(self, parent: QWidget, file_name: str, preview: ReorganisationPreview | None = None,
                 refusal: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_ReorganisationPreviewDialog()
        self.ui.setupUi(self)
        ui = self.ui
        if preview is None:
            ui.heading.setText(self.tr("“%1” cannot be imported; nothing was written. Correct the file and import it "
                                       "again:").replace("%1", file_name))
            for widget in (ui.unitsLabel, ui.unitsTable, ui.villagesLabel, ui.villagesTable):
                widget.hide()
            ui.details.setMaximumHeight(16777215)
            ui.details.setPlainText(refusal)
            ui.buttons.addButton(QDialogButtonBox.StandardButton.Close)
            ui.buttons.rejected.connect(self.reject)
            return
        if preview.changes_anything:
            ui.heading.setText(self.tr("“%1” will record %2 decision(s): %3 unit(s) change, %4 village(s) change "
                                       "commune or name. Every village keeps its records.")
                               .replace("%1", file_name).replace("%2", format_int(len(preview.decisions)))
                               .replace("%3", format_int(len(preview.units)))
                               .replace("%4", format_int(len(preview.villages))))
        else:
            ui.heading.setText(self.tr("Nothing would change: every decision in “%1” is already recorded.")
                               .replace("%1", file_name))
        self.units_model = RowTableModel(UNIT_COLUMNS, self)
        self.units_model.set_rows(preview.units)
        ui.unitsTable.setModel(self.units_model)
        _fit(ui.unitsTable, 3)
        self.villages_model = RowTableModel(VILLAGE_COLUMNS, self)
        self.villages_model.set_rows(preview.villages)
        ui.villagesTable.setModel(self.villages_model)
        _fit(ui.villagesTable, 1)
        notes = list(preview.notes) + [self.tr("Already recorded, left as it is: %1").replace("%1", d.number)
                                       for d in preview.already]
        ui.details.setVisible(bool(notes))
        ui.details.setPlainText("\n".join(notes))
        self.import_button = ui.buttons.addButton(self.tr("Record"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(preview.changes_anything)
        ui.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)


class ReorganisationDialog(QDialog):
    """`changed` after a reorganisation was recorded: the window reads its plans and tree again."""

    changed = Signal()

    def __init__(self, gateway: ReorganisationGateway, files: FileWriting, *, may_import: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReorganisationDialog()
        self.ui.setupUi(self)
        self.gateway, self.files = gateway, files
        ui = self.ui
        self.decisions = RowTableModel(DECISION_COLUMNS, self)
        ui.decisionsTable.setModel(self.decisions)
        self.changes = RowTableModel(CHANGE_COLUMNS, self)
        ui.changesTable.setModel(self.changes)
        self.history = RowTableModel(HISTORY_COLUMNS, self)
        self.history_filter = VillageFilter(self.history, self)
        ui.historyTable.setModel(self.history_filter)
        ui.historyFilter.textChanged.connect(self.history_filter.find)
        ui.decisionsTable.selectionModel().currentRowChanged.connect(lambda current, _old: self._show_changes(
            current.row()))
        ui.importButton.setEnabled(may_import)
        ui.importButton.clicked.connect(self.import_workbook)
        ui.exportButton.clicked.connect(self.export_workbook)
        ui.templateButton.clicked.connect(self.save_template)
        ui.buttons.rejected.connect(self.reject)
        ui.heading.setText(self.tr("Reading the reorganisations…"))
        self.reads = LatestRead(self)
        self.reads.failed.connect(lambda _kind, message: ui.heading.setText(message))
        self.read()

    def read(self) -> None:
        self.reads.request("reorganisations", self.gateway.read, self._show)

    def _show(self, read: ReorganisationsRead) -> None:
        ui = self.ui
        self.decisions.set_rows(read.reorganisations)
        self.history.set_rows(read.history)
        _fit(ui.decisionsTable, 5)
        _fit(ui.historyTable, 3)
        villages = len({line.village_id for line in read.history})
        if read.reorganisations:
            ui.heading.setText(self.tr("%1 reorganisation(s) recorded; %2 village(s) changed commune or name and "
                                       "keep their history. A decision marked “(minh họa)” is illustrative, not a "
                                       "real one.").replace("%1", format_int(len(read.reorganisations)))
                               .replace("%2", format_int(villages)))
            ui.decisionsTable.selectRow(0)
        else:
            ui.heading.setText(self.tr("No reorganisation recorded yet. Save the template, fill in one row per old "
                                       "unit, then import it."))
            self.changes.set_rows([])

    def _show_changes(self, row: int) -> None:
        self.changes.set_rows(self.decisions.row_at(row).changes if row >= 0 else [])
        _fit(self.ui.changesTable, 2)

    def import_workbook(self) -> None:
        settings = self.files.settings
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import a reorganisation"),
                                                start_folder(settings, FileKind.PLAN_WORKBOOK),
                                                self.tr("Excel workbooks (*.xlsx)"))
        if chosen:
            path = Path(chosen)
            remember_folder(settings, FileKind.PLAN_WORKBOOK, path)
            self.preview(path)

    def preview(self, path: Path) -> None:
        """Read and judge the workbook off the GUI thread, then show what it would do."""
        gateway = self.gateway

        def job(progress):
            progress.advance(0, 1)
            return gateway.preview(path)

        BackgroundTask(self, self.tr("Reading the workbook…"), job, lambda result: self._previewed(path, *result),
                       lambda message: ReorganisationPreviewDialog(self, path.name, refusal=message).exec()).start()

    def _previewed(self, path: Path, rows: list, preview: ReorganisationPreview) -> None:
        self.preview_dialog = ReorganisationPreviewDialog(self, path.name, preview)
        if self.preview_dialog.exec() != QDialog.DialogCode.Accepted:
            return
        gateway = self.gateway

        def job(progress):
            progress.advance(0, 1)
            return gateway.import_rows(rows, path.name)

        BackgroundTask(self, self.tr("Recording the reorganisation…"), job, self._imported,
                       lambda message: ReorganisationPreviewDialog(self, path.name, refusal=message).exec()).start()

    def _imported(self, done: ReorganisationPreview) -> None:
        self.ui.heading.setText(self.tr("Recorded: %1.").replace("%1", done.summary()))
        self.read()
        self.changed.emit()

    def export_workbook(self) -> None:
        path = self.files.ask_save_path("sap_xep_don_vi.xlsx", self.tr("Excel workbooks (*.xlsx)"), ".xlsx",
                                        FileKind.PLAN_WORKBOOK)
        if path is not None:
            gateway = self.gateway
            self.files.run(lambda progress: gateway.export(path), self.tr("Writing the workbook…"))

    def save_template(self) -> None:
        path = self.files.ask_save_path("mau_sap_xep_don_vi.xlsx", self.tr("Excel workbooks (*.xlsx)"), ".xlsx",
                                        FileKind.PLAN_WORKBOOK)
        if path is None:
            return

        def job(progress):
            from exports.reorganisation_workbook import template_reorganisation, write_reorganisation_workbook

            progress.advance(0, 1)
            return write_reorganisation_workbook([template_reorganisation()], path)

        self.files.run(job, self.tr("Writing the workbook…"))


def reorganisation_action(window: QMainWindow, database: Database, user: Principal, files: FileWriting,
                          changed) -> QAction:
    """Địa bàn → Sắp xếp đơn vị hành chính…; `changed()` is called after a reorganisation was recorded."""
    action = QAction(translate("ReorganisationDialog", "Administrative &reorganisations…"), window)
    gateway = ReorganisationGateway(database, user)

    def show() -> None:
        dialog = ReorganisationDialog(gateway, files, may_import=user.role is Role.SECRETARIAT, parent=window)
        dialog.changed.connect(changed)
        dialog.exec()

    action.triggered.connect(show)
    return action
