"""File → the documents the window writes: a village's sheet, every village's sheets, the year's summary report
and the draft review report; and the file choice and writing they share with the plan menu (ui/plan_actions.py).

Every document is written off the GUI thread (ui/background.py); reportlab, openpyxl and python-docx are imported
in the job, kept off start-up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox

from domain.text import fold
from ui.background import BackgroundTask

if TYPE_CHECKING:
    from exports.cancel import Progress
    from exports.sheet_export import SheetExportResult
    from storage.database import Database


def file_part(name: str) -> str:
    """A name as part of a file name: 'Làng Kon Pia' -> 'lang_kon_pia', '133-KH/TU' -> '133-kh_tu'."""
    return "_".join(fold(name).replace("/", " ").replace("\\", " ").split())


class FileWriting(QObject):
    """Asking where to save (the folder remembered) and writing the file in the background, said when done."""

    def __init__(self, window: QMainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings

    def ask_save_path(self, suggested: str, filter_text: str, suffix: str) -> Path | None:
        folder = self.settings.value("export/folder") or str(Path.home())
        chosen, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save as"), str(Path(folder) / suggested),
                                                filter_text)
        if not chosen:
            return None
        path = Path(chosen) if Path(chosen).suffix.lower() == suffix else Path(chosen).with_suffix(suffix)
        self.settings.setValue("export/folder", str(path.parent))
        return path

    def run(self, job: Callable[[Progress], Any], label: str) -> None:
        """Run `job`, which returns the path it wrote; the status bar says it, a refusal is shown."""
        BackgroundTask(self.window, label, job, self._written,
                       lambda message: QMessageBox.warning(self.window, self.tr("File not written"), message)).start()

    def _written(self, path: Path) -> None:
        self.window.statusBar().showMessage(self.tr("Wrote %1.").replace("%1", str(path)), 10000)


class PrintActions(QObject):
    """The documents of the window's plan and year (read from `window.plan`, `.year`, `.places`, `.village_id`)."""

    def __init__(self, window: QMainWindow, database: Database, files: FileWriting) -> None:
        super().__init__(window)
        self.window = window
        self.database = database
        self.files = files

    def print_village_sheet(self) -> None:
        window = self.window
        place = next((p for p in window.places if p.village_id == window.village_id), None)
        if place is None or window.plan is None:
            return
        path = self.files.ask_save_path(f"phieu_{file_part(place.village)}_{window.year}.pdf",
                                        self.tr("PDF files (*.pdf)"), ".pdf")
        if path is not None:
            self._export_sheets(path, [place.village_id])

    def print_all_sheets(self) -> None:
        if self.window.plan is None:
            return
        path = self.files.ask_save_path(f"phieu_cac_thon_{self.window.year}.pdf", self.tr("PDF files (*.pdf)"),
                                        ".pdf")
        if path is not None:
            self._export_sheets(path, None)

    def _export_sheets(self, path: Path, village_ids: list[int] | None) -> None:
        plan_id, year, factory = self.window.plan.id, self.window.year, self.database.session_factory

        def job(progress):
            from exports.sheet_export import export_village_sheets

            return export_village_sheets(factory, plan_id=plan_id, year=year, target=path,
                                         village_ids=village_ids, progress=progress)

        BackgroundTask(self.window, self.tr("Writing the sheets…"), job, self._sheets_written,
                       lambda message: QMessageBox.warning(self.window, self.tr("Sheets not written"),
                                                           message)).start()

    def _sheets_written(self, result: SheetExportResult) -> None:
        message = (self.tr("Wrote %1 page(s) for %2 village(s) to %3.")
                   .replace("%1", str(result.pages)).replace("%2", str(result.villages))
                   .replace("%3", str(result.path)))
        self.window.statusBar().showMessage(message, 10000)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Sheets written"), message,
                          QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close, self.window)
        if box.exec() == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))

    def export_summary(self) -> None:
        """The year's summary report, PDF or Excel as the user picks."""
        window = self.window
        if window.plan is None or window.year is None:
            return
        folder = self.files.settings.value("export/folder") or str(Path.home())
        pdf_filter, xlsx_filter = self.tr("PDF files (*.pdf)"), self.tr("Excel workbooks (*.xlsx)")
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            window, self.tr("Save as"), str(Path(folder) / f"bao_cao_tong_hop_{window.year}.pdf"),
            f"{pdf_filter};;{xlsx_filter}")
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".pdf", ".xlsx"):
            path = path.with_suffix(".xlsx" if chosen_filter == xlsx_filter else ".pdf")
        self.files.settings.setValue("export/folder", str(path.parent))
        plan_id, year, factory = window.plan.id, window.year, self.database.session_factory

        def job(progress):
            from exports.summary_export import export_summary

            return export_summary(factory, plan_id=plan_id, year=year, target=path, progress=progress)

        self.files.run(job, self.tr("Writing the summary report…"))

    def draft_review(self) -> None:
        """Ask for the years, then where to write the .docx."""
        from ui.review_dialog import ReviewYearsDialog

        window = self.window
        if window.plan is None or window.year is None:
            return
        years = list(range(window.plan.first_year, window.plan.last_year + 1))
        dialog = ReviewYearsDialog(years, window.year, window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        first, last = dialog.years()
        path = self.files.ask_save_path(f"du_thao_bao_cao_{first}_{last}.docx", self.tr("Word documents (*.docx)"),
                                        ".docx")
        if path is None:
            return
        plan_id, factory = window.plan.id, self.database.session_factory

        def job(progress):
            from exports.review_export import export_review

            return export_review(factory, plan_id=plan_id, first=first, last=last, target=path, progress=progress)

        self.files.run(job, self.tr("Writing the draft review report…"))
