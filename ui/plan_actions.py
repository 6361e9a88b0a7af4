"""The Plan menu: import a plan from Excel (previewed first), export it, save an empty template, remove the
sample plan; and the plan's editors (ui/plan_editors.py: villages, communes, agencies, assignments, teams), also
on the tree's context menu. Reading, judging and writing run off the GUI thread; the window reads its plans (or the
plan's layout) again after."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox

from ui.background import BackgroundTask
from ui.export_folder import FileKind, remember_folder, start_folder
from ui.plan_edit_gateway import PlanEditGateway
from ui.plan_editors import PlanEditors
from ui.plan_import_dialog import ImportPlanDialog
from ui.print_actions import FileWriting, file_part

if TYPE_CHECKING:
    from domain.plan_import import ImportReport
    from ui.plan_gateway import PlanGateway


class PlanActions(QObject):
    """`plans_changed(code)` when the plans are no longer what the window shows: the plan to show next (or None
    for the window's choice) after an import or the sample's removal."""

    plans_changed = Signal(object)

    def __init__(self, window: QMainWindow, gateway: PlanGateway, files: FileWriting) -> None:
        super().__init__(window)
        self.window = window
        self.gateway = gateway
        self.files = files
        self.editors = PlanEditors(window, PlanEditGateway(gateway.database, gateway.user))

    def remove_sample(self) -> None:
        answer = QMessageBox.question(
            self.window, self.tr("Remove sample plan"),
            self.tr("Remove the sample plan and everything recorded in it? Your own plans are kept."))
        if answer == QMessageBox.StandardButton.Yes:
            self._remove_samples()

    def _remove_samples(self) -> None:
        gateway = self.gateway

        def run(progress):
            progress.advance(0, 1)
            return gateway.remove_samples()

        BackgroundTask(self.window, self.tr("Removing the sample plan…"), run, self._samples_removed,
                       lambda message: QMessageBox.warning(self.window, self.tr("Sample plan not removed"),
                                                           message)).start()

    def _samples_removed(self, removed: int) -> None:
        plan = self.window.plan
        self.files.settings.remove("view/village_id")
        self.plans_changed.emit(plan.code if plan and not plan.is_sample else None)
        self.window.statusBar().showMessage(self.tr("Sample plan removed.") if removed else "", 5000)

    def import_plan(self) -> None:
        """Read the workbook and preview the import; import only what the user accepts."""
        settings = self.files.settings
        folder = start_folder(settings, FileKind.PLAN_WORKBOOK)
        chosen, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import plan"), folder,
                                                self.tr("Excel workbooks (*.xlsx)"))
        if not chosen:
            return
        path = Path(chosen)
        remember_folder(settings, FileKind.PLAN_WORKBOOK, path)
        gateway = self.gateway

        def preview(progress):
            from storage.plan_workbook import read_plan_workbook

            progress.advance(0, 2)
            reading = read_plan_workbook(path)
            progress.advance(1, 2)
            return path, reading, gateway.preview_import(reading.draft, path.name)

        BackgroundTask(self.window, self.tr("Reading the workbook…"), preview, self._import_previewed,
                       lambda message: ImportPlanDialog(self.window, path.name, refusal=message).exec()).start()

    def _import_previewed(self, result) -> None:
        path, reading, report = result
        dialog = ImportPlanDialog(self.window, path.name, report, reading.warnings)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        gateway = self.gateway

        def run(progress):
            progress.advance(0, 1)
            return gateway.import_plan(reading.draft, path.name)

        BackgroundTask(self.window, self.tr("Importing the plan…"), run, self._plan_imported,
                       lambda message: QMessageBox.warning(self.window, self.tr("Plan not imported"),
                                                           message)).start()

    def _plan_imported(self, report: ImportReport) -> None:
        self.plans_changed.emit(report.plan_code)
        self.window.statusBar().showMessage(self.tr("Plan %1 imported: %2").replace("%1", report.plan_code)
                                            .replace("%2", report.summary()), 10000)
        if any(plan.is_sample for plan in self.window.plans):  # the sample is still there beside it
            answer = QMessageBox.question(self.window, self.tr("Remove sample plan"), self.tr(
                "Your plan is in. Remove the sample plan now? Your own plans are kept."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Yes:
                self._remove_samples()

    def export_plan(self) -> None:
        plan = self.window.plan
        if plan is None:
            return
        path = self.files.ask_save_path(f"ke_hoach_{file_part(plan.code)}.xlsx", self.tr("Excel workbooks (*.xlsx)"),
                                        ".xlsx", FileKind.PLAN_WORKBOOK)
        if path is None:
            return
        gateway = self.gateway

        def job(progress):
            from exports.plan_workbook import write_plan_workbook

            progress.advance(0, 1)
            return write_plan_workbook(gateway.snapshot(plan), path)

        self.files.run(job, self.tr("Writing the workbook…"))

    def export_template(self) -> None:
        path = self.files.ask_save_path("mau_ke_hoach.xlsx", self.tr("Excel workbooks (*.xlsx)"), ".xlsx",
                                        FileKind.PLAN_WORKBOOK)
        if path is None:
            return

        def job(progress):
            from exports.plan_workbook import template_draft, write_plan_workbook

            progress.advance(0, 1)
            return write_plan_workbook(template_draft(), path)

        self.files.run(job, self.tr("Writing the workbook…"))
