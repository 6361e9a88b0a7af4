"""File → the documents the window writes: a village's sheet, every village's sheets, an agency's sheet, the
year's summary report and the draft review report; printing and previewing what the page on screen shows; and
the file choice and writing they share with the plan menu (ui/plan_actions.py).

Every document is written off the GUI thread (ui/background.py); reportlab, openpyxl and python-docx are imported
in the job, kept off start-up. What is printed or previewed is first written to a temporary PDF by the same export
as the file, then drawn from it (ui/printing.py), so that paper and file never differ."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import count
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox, QWidget

from domain.text import fold
from ui.background import BackgroundTask
from ui.export_folder import FileKind, remember_folder, start_folder
from ui.scratch_folders import scratch_folder

if TYPE_CHECKING:
    from exports.cancel import Progress
    from exports.sheet_export import SheetExportResult
    from storage.database import Database

PRINTED = "langmoi-in-"
"""The prefix of the folder of the PDFs written to be printed or previewed (ui/scratch_folders.py)."""


def file_part(name: str) -> str:
    """A name as part of a file name: 'Làng Kon Pia' -> 'lang_kon_pia', '133-KH/TU' -> '133-kh_tu'."""
    return "_".join(fold(name).replace("/", " ").replace("\\", " ").split())


class FileWriting(QObject):
    """Asking where to save (the folder remembered) and writing the file in the background, said when done."""

    def __init__(self, window: QMainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings

    def ask_save_path(self, suggested: str, filter_text: str, suffix: str,
                      kind: FileKind = FileKind.EXPORT) -> Path | None:
        """The file to write (with `suffix`), asked in the folder last used for `kind`; None when cancelled."""
        folder = start_folder(self.settings, kind)
        chosen, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save as"), str(Path(folder) / suggested),
                                                filter_text)
        if not chosen:
            return None
        path = Path(chosen) if Path(chosen).suffix.lower() == suffix else Path(chosen).with_suffix(suffix)
        remember_folder(self.settings, kind, path)
        return path

    def run(self, job: Callable[[Progress], Any], label: str) -> None:
        """Run `job`, which returns the path it wrote; the status bar says it, a refusal is shown."""
        BackgroundTask(self.window, label, job, self._written,
                       lambda message: QMessageBox.warning(self.window, self.tr("File not written"), message)).start()

    def _written(self, path: Path) -> None:
        self.window.statusBar().showMessage(self.tr("Wrote %1.").replace("%1", str(path)), 10000)


@dataclass(frozen=True)
class Document:
    """A PDF the window prints: its title (the print job's and the preview's), and the job writing it to a path."""

    title: str
    write: Callable[[Path, Progress], Any]


class PrintActions(QObject):
    """The documents of the window's plan and year (read from `window.plan`, `.year`, `.places`, `.village_id`,
    `.agencies` and the page on screen, `window.tabs`)."""

    def __init__(self, window: QMainWindow, database: Database, files: FileWriting) -> None:
        super().__init__(window)
        self.window = window
        self.database = database
        self.files = files
        self._numbers = count(1)
        self.preview_action = QAction(self.tr("Print pre&view…"), self)
        self.preview_action.triggered.connect(lambda: self._show(self.current_document(), preview=True))
        self.print_action = QAction(self.tr("&Print…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(lambda: self._show(self.current_document(), preview=False))
        self.print_every_village_action = QAction(self.tr("Print the sheets of every village…"), self)
        self.print_every_village_action.triggered.connect(
            lambda: self._show(self.every_village_document(), preview=False))
        self.odd_pages_action = QAction(self.tr("Each village starts on an &odd page (two-sided printing)"), self)
        self.odd_pages_action.setCheckable(True)
        self.odd_pages_action.setChecked(files.settings.value("print/odd_pages", True, type=bool))
        self.odd_pages_action.toggled.connect(lambda on: files.settings.setValue("print/odd_pages", on))
        self.annex_action = QAction(self.tr("Add the attached &images as an annex"), self)
        """Each village's sheet followed by its criteria's attached images, a page each (off by default: a sheet
        with many photos is many pages of ink)."""
        self.annex_action.setCheckable(True)
        self.annex_action.setChecked(files.settings.value("print/annex", False, type=bool))
        self.annex_action.toggled.connect(lambda on: files.settings.setValue("print/annex", on))
        # The form's items that save a PDF, named for what they do now that printing prints.
        window.print_village_action.setText(self.tr("&Export the village's sheet (PDF)…"))
        window.print_all_action.setText(self.tr("Export the sheets of &all villages (PDF)…"))
        self.agency_actions = [
            self._agency_action(self.tr("Print preview of the agency's sheet…"),
                                lambda agency_id: self._show(self.agency_document(agency_id), preview=True)),
            self._agency_action(self.tr("Print the agency's sheet…"),
                                lambda agency_id: self._show(self.agency_document(agency_id), preview=False)),
            self._agency_action(self.tr("Export the agency's sheet (PDF)…"), self.export_agency_sheet),
        ]

    def _agency_action(self, text: str, slot: Callable[[int], None]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda: self._for_selected_agency(slot))
        return action

    def add_agency_menu(self, table: QWidget) -> None:
        """The agency sheet's print, preview and export in the context menu of the agency table."""
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.addActions(self.agency_actions)

    def _for_selected_agency(self, slot: Callable[[int], None]) -> None:
        agency_id = self.window.agency_view.selected_agency_id()
        if agency_id is None:
            self.window.statusBar().showMessage(self.tr("Choose an agency in the table first."), 5000)
        else:
            slot(agency_id)

    # printing and previewing

    def current_document(self) -> Document | None:
        """What the page on screen shows: the village page its village's sheet, the Agencies page the chosen
        agency's sheet, the dashboard and the Campaign page the year's summary."""
        window = self.window
        if window.plan is None or window.year is None:
            return None
        page = window.tabs.currentWidget()
        if page is window.agency_view:
            agency_id = window.agency_view.selected_agency_id()
            return self.agency_document(agency_id) if agency_id is not None else None
        if page in (window.dashboard, window.campaign_view):
            return self.summary_document()
        if window.completeness_tab.shown():
            return window.completeness_tab.document()
        return self.village_document()

    def village_document(self) -> Document | None:
        window = self.window
        place = next((p for p in window.places if p.village_id == window.village_id), None)
        if place is None or window.plan is None:
            return None
        title = (self.tr("Sheet of %1 (%2), %3").replace("%1", place.village).replace("%2", place.commune)
                 .replace("%3", str(window.year)))
        return Document(title, self._sheets_job([place.village_id], None))

    def every_village_document(self) -> Document | None:
        if self.window.plan is None:
            return None
        title = self.tr("Sheets of every village, %1").replace("%1", str(self.window.year))
        return Document(title, self._sheets_job(None, None))

    def agency_document(self, agency_id: int) -> Document | None:
        window = self.window
        agency = next((a for a in window.agencies if a.agency_id == agency_id), None)
        if agency is None or window.plan is None:
            return None
        title = self.tr("Sheet of %1, %2").replace("%1", agency.name).replace("%2", str(window.year))
        return Document(title, self._sheets_job(None, agency_id))

    def summary_document(self) -> Document:
        plan_id, year, factory = self.window.plan.id, self.window.year, self.database.session_factory
        grouping = self.window.grouping  # the units the window groups the year's figures by, named on the page

        def write(path: Path, progress: Progress) -> Path:
            from exports.summary_export import export_summary

            return export_summary(factory, plan_id=plan_id, year=year, target=path, progress=progress,
                                  grouping=grouping)

        return Document(self.tr("Summary report %1").replace("%1", str(year)), write)

    def _sheets_job(self, village_ids: list[int] | None, agency_id: int | None) -> Callable[[Path, Progress], Path]:
        plan_id, year, factory = self.window.plan.id, self.window.year, self.database.session_factory
        odd_pages = self.odd_pages_action.isChecked()
        with_annex = self.annex_action.isChecked()

        def write(path: Path, progress: Progress) -> Path:
            from exports.sheet_export import export_village_sheets

            return export_village_sheets(factory, plan_id=plan_id, year=year, target=path, village_ids=village_ids,
                                         agency_id=agency_id, progress=progress, odd_pages=odd_pages,
                                         with_annex=with_annex).path

        return write

    def _show(self, document: Document | None, *, preview: bool) -> None:
        """Write `document` to a temporary PDF in the background, then preview or print it."""
        from ui.printing import preview_pdf, print_pdf

        if document is None:
            self.window.statusBar().showMessage(self.tr("This page has nothing to print."), 5000)
            return
        path = scratch_folder(PRINTED) / f"{next(self._numbers)}_{file_part(document.title)}.pdf"
        show = preview_pdf if preview else print_pdf
        BackgroundTask(self.window, self.tr("Preparing %1…").replace("%1", document.title),
                       lambda progress: document.write(path, progress),
                       lambda written: show(self.window, written, document.title),
                       lambda message: QMessageBox.warning(self.window, self.tr("Not printed"), message)).start()

    # files

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

    def export_agency_sheet(self, agency_id: int) -> None:
        """The agency's sheet and its villages' sheets, as `export sheets --agency` writes them."""
        agency = next((a for a in self.window.agencies if a.agency_id == agency_id), None)
        if agency is None or self.window.plan is None:
            return
        path = self.files.ask_save_path(f"phieu_{file_part(agency.short_name or agency.name)}_{self.window.year}.pdf",
                                        self.tr("PDF files (*.pdf)"), ".pdf")
        if path is not None:
            self._export_sheets(path, None, agency_id)

    def _export_sheets(self, path: Path, village_ids: list[int] | None, agency_id: int | None = None) -> None:
        plan_id, year, factory = self.window.plan.id, self.window.year, self.database.session_factory
        odd_pages = self.odd_pages_action.isChecked()
        with_annex = self.annex_action.isChecked()

        def job(progress):
            from exports.sheet_export import export_village_sheets

            return export_village_sheets(factory, plan_id=plan_id, year=year, target=path, village_ids=village_ids,
                                         agency_id=agency_id, progress=progress, odd_pages=odd_pages,
                                         with_annex=with_annex)

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
        folder = start_folder(self.files.settings, FileKind.EXPORT)
        pdf_filter, xlsx_filter = self.tr("PDF files (*.pdf)"), self.tr("Excel workbooks (*.xlsx)")
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            window, self.tr("Save as"), str(Path(folder) / f"bao_cao_tong_hop_{window.year}.pdf"),
            f"{pdf_filter};;{xlsx_filter}")
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".pdf", ".xlsx"):
            path = path.with_suffix(".xlsx" if chosen_filter == xlsx_filter else ".pdf")
        remember_folder(self.files.settings, FileKind.EXPORT, path)
        plan_id, year, factory, grouping = window.plan.id, window.year, self.database.session_factory, window.grouping

        def job(progress):
            from exports.summary_export import export_summary

            return export_summary(factory, plan_id=plan_id, year=year, target=path, progress=progress,
                                  grouping=grouping)

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
