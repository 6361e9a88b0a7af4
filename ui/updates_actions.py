"""File → the team-lead workbooks: send them out, take them back. The same use cases as `export updates` and
`import-updates`; reading, judging and writing run off the GUI thread."""

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from domain.agency_overview import AgencyRow
from domain.plan import Plan
from storage.database import Database
from ui.background import BackgroundTask
from ui.export_folder import FileKind, remember_folder, start_folder
from ui.plan_gateway import PlanGateway
from ui.updates_dialogs import UpdatesExportDialog, UpdatesImportDialog


class UpdatesActions(QObject):
    applied = Signal()

    def __init__(self, window: QWidget, database: Database, gateway: PlanGateway, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.database = database
        self.gateway = gateway
        self.settings = settings
        self.export_action = QAction(self.tr("Update &workbooks for support teams (Excel)…"), window)
        self.import_action = QAction(self.tr("I&mport support team updates…"), window)

    def export(self, plan: Plan | None, year: int | None, agencies: list[AgencyRow]) -> None:
        if plan is None or year is None:
            return
        dialog = UpdatesExportDialog(agencies, list(range(plan.first_year, plan.last_year + 1)), year, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        agency_id, _name, year = dialog.choice()
        target = self._ask_target(agency_id, year, agencies)
        if target is None:
            return
        factory, plan_id = self.database.session_factory, plan.id

        def job(progress):
            from exports.updates_export import export_updates  # openpyxl kept off start-up

            return export_updates(factory, plan_id=plan_id, year=year, target=target, agency_id=agency_id,
                                  progress=progress)

        self._run(self.tr("Writing the update workbooks…"), job, self._exported, self.tr("Workbooks not written"))

    def _ask_target(self, agency_id: int | None, year: int, agencies: list[AgencyRow]) -> Path | None:
        from exports.updates_export import file_name

        folder = start_folder(self.settings, FileKind.UPDATE_WORKBOOKS)
        if agency_id is None:
            chosen = QFileDialog.getExistingDirectory(self.window, self.tr("Folder for the workbooks"), folder)
            path = Path(chosen) if chosen else None
        else:
            agency = next(a for a in agencies if a.agency_id == agency_id)
            suggested = str(Path(folder) / file_name(agency.short_name or agency.name, year))
            chosen, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save as"), suggested,
                                                    self.tr("Excel workbooks (*.xlsx)"))
            path = Path(chosen).with_suffix(".xlsx") if chosen else None
        if path is not None:
            remember_folder(self.settings, FileKind.UPDATE_WORKBOOKS, path)
        return path

    def _exported(self, result) -> None:
        folder = result.files[0].parent
        message = (self.tr("Wrote %1 workbook(s) with %2 village sheet(s) to %3.")
                   .replace("%1", str(len(result.files))).replace("%2", str(result.villages))
                   .replace("%3", str(folder)))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Workbooks written"), message,
                          QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close, self.window)
        if box.exec() == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def take_back(self, plan: Plan | None) -> None:
        """Read and judge the workbook, show every row, apply what the officer ticks."""
        if plan is None:
            return
        folder = start_folder(self.settings, FileKind.RETURNED_UPDATES)
        chosen, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import support team updates"), folder,
                                                self.tr("Excel workbooks (*.xlsx)"))
        if chosen:
            remember_folder(self.settings, FileKind.RETURNED_UPDATES, Path(chosen))
            self.read(plan.id, Path(chosen))

    def read(self, plan_id: int, path: Path) -> None:
        gateway = self.gateway

        def job(progress):
            from storage.update_workbook import read_update_workbook

            progress.advance(0, 2)
            filled = read_update_workbook(path)
            progress.advance(1, 2)
            return filled, gateway.preview_updates(plan_id, filled)

        self._run(self.tr("Reading the workbook…"), job, lambda result: self._previewed(plan_id, *result),
                  self.tr("Workbook not imported"))

    def _previewed(self, plan_id: int, filled, preview) -> None:
        dialog = UpdatesImportDialog(preview, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen, submit, gateway = dialog.chosen(), dialog.submits(), self.gateway

        def job(progress):
            progress.advance(0, 1)
            return gateway.apply_updates(plan_id, filled, chosen, submit=submit)

        self._run(self.tr("Saving the updates…"), job, self._applied, self.tr("Updates not saved"))

    def _applied(self, count: int) -> None:
        self.applied.emit()
        self.window.statusBar().showMessage(self.tr("%1 criterion assessment(s) updated from the workbook.")
                                            .replace("%1", str(count)), 10000)

    def _run(self, label: str, job, on_success, failure_title: str) -> None:
        BackgroundTask(self.window, label, job, on_success,
                       lambda message: QMessageBox.warning(self.window, failure_title, message)).start()
