"""Printing and previewing from the window: printed to a PDF QPrinter, the paper's pages are compared with the file
the File menu exports (rasterised in grey and compared block by block: the printed PDF holds page images, so its
text does not survive for pdftotext); the preview dialog opened, grabbed and closed from a timer."""

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from sqlmodel import select

from domain.agencies import Agency
from domain.places import find_place
from exports.sheet_export import export_village_sheets
from exports.summary_export import export_summary
from tests.pdf import pdf_pages, pdf_text
from tests.raster import differing_share, page_greys
from tests.ui.conftest import settle
from ui import printing
from ui.printing import PdfPreview


class PrintToFile:
    """Stands in for Qt's print dialog: "prints" to a PDF file at 150 dpi (a real printer's dialog sets its own
    resolution), the pages `from_to` when given, as a person choosing a page range would."""

    target: Path
    from_to: tuple[int, int] | None = None
    resolution = 150
    shown: list[tuple[int, int]] = []

    def __init__(self, printer: QPrinter, _parent) -> None:
        self.printer = printer

    def setWindowTitle(self, title: str) -> None:
        self.title = title

    def setMinMax(self, first: int, last: int) -> None:
        PrintToFile.shown.append((first, last))

    def setOption(self, *_args) -> None:
        pass

    def exec(self) -> QDialog.DialogCode:
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(PrintToFile.target))
        self.printer.setResolution(PrintToFile.resolution)
        if PrintToFile.from_to is not None:
            self.printer.setFromTo(*PrintToFile.from_to)
        return QDialog.DialogCode.Accepted


@pytest.fixture
def paper(monkeypatch, tmp_path) -> Path:
    """Where the window's printing goes: a PDF file."""
    PrintToFile.target, PrintToFile.from_to, PrintToFile.shown = tmp_path / "giay.pdf", None, []
    PrintToFile.resolution = 150
    monkeypatch.setattr(printing, "QPrintDialog", PrintToFile)
    return PrintToFile.target


def _printed(qtbot, window, action) -> None:
    action.trigger()
    qtbot.waitUntil(lambda: PrintToFile.target.exists() and not window.tasks, timeout=60000)


def _same_pages(printed: Path, exported: Path, pages: list[int] | None = None) -> None:
    paper, file = page_greys(printed), page_greys(exported)
    file = [file[i] for i in pages] if pages is not None else file
    assert len(paper) == len(file)
    shares = [differing_share(a, b) for a, b in zip(paper, file, strict=True)]
    assert max(shares) < 0.01, shares  # a minute passed between the two: the footer's time, a few blocks
    if len(file) > 1:  # the comparison tells pages apart
        assert differing_share(paper[0], file[1]) > 0.1


def _village(window, database, name: str) -> int:
    with database.session() as session:
        return find_place(session, window.plan.id, name).village_id


def test_ctrl_p_on_the_village_page_prints_the_village_s_sheet_as_the_file_has_it(qtbot, window, database, paper,
                                                                                  tmp_path):
    village_id = _village(window, database, "Làng Kon Pia")
    window.open_village(village_id)
    settle(qtbot, window)
    assert window.printing.print_action.shortcut().toString() == "Ctrl+P"
    _printed(qtbot, window, window.printing.print_action)
    exported = tmp_path / "phieu.pdf"
    result = export_village_sheets(database.session, plan_id=window.plan.id, year=window.year, target=exported,
                                   village_ids=[village_id])
    assert PrintToFile.shown == [(1, result.pages)]
    _same_pages(paper, exported)
    assert "Sent" not in window.statusBar().currentMessage()  # said in Vietnamese
    assert f"Đã gửi {result.pages} trang" in window.statusBar().currentMessage()


def test_a_page_range_prints_those_pages_only(qtbot, window, database, paper, tmp_path):
    village_id = _village(window, database, "Làng Kon Pia")
    window.open_village(village_id)
    settle(qtbot, window)
    PrintToFile.from_to = (2, 3)
    _printed(qtbot, window, window.printing.print_action)
    exported = tmp_path / "phieu.pdf"
    export_village_sheets(database.session, plan_id=window.plan.id, year=window.year, target=exported,
                          village_ids=[village_id])
    _same_pages(paper, exported, [1, 2])


def _agency(database, name: str) -> int:
    with database.session() as session:
        return session.exec(select(Agency.id).where(Agency.short_name == name)).first() or session.exec(
            select(Agency.id).where(Agency.name == name)).one()


def test_on_the_agencies_page_ctrl_p_prints_the_chosen_agency_s_sheet(qtbot, window, database, paper, tmp_path):
    window.tabs.setCurrentWidget(window.agency_view)
    settle(qtbot, window)
    agency_id = _agency(database, "Ban Tổ chức Tỉnh ủy")
    window.agency_view.select_agency(agency_id)
    _printed(qtbot, window, window.printing.print_action)
    exported = tmp_path / "co_quan.pdf"
    export_village_sheets(database.session, plan_id=window.plan.id, year=window.year, target=exported,
                          agency_id=agency_id)
    assert "PHIẾU THEO DÕI CÁC THÔN (LÀNG) DO BAN TỔ CHỨC TỈNH ỦY" in pdf_pages(exported)[0]
    _same_pages(paper, exported)


def test_the_agency_table_s_context_menu_exports_and_prints_the_agency_sheet(qtbot, monkeypatch, window, database,
                                                                             paper, tmp_path):
    window.tabs.setCurrentWidget(window.agency_view)
    settle(qtbot, window)
    agency_id = _agency(database, "Ban Tổ chức Tỉnh ủy")
    window.agency_view.select_agency(agency_id)
    preview, print_, export = window.agency_view.agency_table.actions()
    assert [a.text() for a in (preview, print_, export)] == [
        "Xem trước khi in phiếu của cơ quan…", "In phiếu của cơ quan…", "Xuất phiếu của cơ quan (PDF)…"]
    target = tmp_path / "out" / "co_quan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    monkeypatch.setattr("ui.print_actions.QMessageBox.exec", lambda self: 0)
    export.trigger()
    qtbot.waitUntil(lambda: target.exists() and not window.tasks, timeout=60000)
    assert "PHIẾU THEO DÕI CÁC THÔN (LÀNG) DO BAN TỔ CHỨC TỈNH ỦY" in pdf_text(target)
    _printed(qtbot, window, print_)
    _same_pages(paper, target)


def test_on_the_dashboard_ctrl_p_prints_the_year_s_summary(qtbot, window, database, paper, tmp_path):
    window.tabs.setCurrentWidget(window.dashboard)
    settle(qtbot, window)
    _printed(qtbot, window, window.printing.print_action)
    exported = tmp_path / "tong_hop.pdf"
    export_summary(database.session, plan_id=window.plan.id, year=window.year, target=exported)
    assert "BÁO CÁO" in pdf_text(exported)
    _same_pages(paper, exported)


def _when_shown(kind: type, then) -> None:
    """Call `then(dialog)` once a modal dialog of `kind` is up (its exec() blocks the test)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, look)
            return
        then(dialog)

    QTimer.singleShot(0, look)


def test_the_preview_shows_the_village_sheet_s_pages(qtbot, window, database, tmp_path):
    village_id = _village(window, database, "Làng Kon Pia")
    window.open_village(village_id)
    settle(qtbot, window)
    seen: dict = {}

    def look(dialog: PdfPreview) -> None:
        preview = dialog.findChild(QPrintPreviewWidget)
        seen.update(title=dialog.windowTitle(), pages=preview.pageCount(), picture=dialog.grab())
        dialog.reject()

    _when_shown(PdfPreview, look)
    window.printing.preview_action.trigger()
    qtbot.waitUntil(lambda: "picture" in seen and not window.tasks, timeout=60000)
    exported = tmp_path / "phieu.pdf"
    result = export_village_sheets(database.session, plan_id=window.plan.id, year=window.year, target=exported,
                                   village_ids=[village_id])
    assert seen["pages"] == result.pages
    assert "Làng Kon Pia" in seen["title"] and seen["title"].startswith("Xem trước khi in")
    assert not seen["picture"].isNull()
    seen["picture"].save(str(tmp_path / "preview.png"))
    assert (tmp_path / "preview.png").stat().st_size > 0


def test_a_long_file_s_preview_is_rasterised_coarser_to_stay_in_memory():
    a4 = (595.276, 841.89)
    assert printing.preview_dpi([a4] * 4) == printing.PREVIEW_DPI
    coarse = printing.preview_dpi([a4] * 230)
    assert coarse < printing.PREVIEW_DPI
    assert 230 * (a4[0] / 72 * coarse) * (a4[1] / 72 * coarse) <= printing.PREVIEW_BYTES * 1.0001


def test_the_preview_s_print_button_prints_at_the_printer_s_resolution_after_it_closes(qtbot, window, database,
                                                                                     tmp_path):
    village_id = _village(window, database, "Làng Kon Pia")
    window.open_village(village_id)
    settle(qtbot, window)
    paper = tmp_path / "giay.pdf"

    def print_from_the_preview(dialog: PdfPreview) -> None:
        dialog.printer.setOutputFileName(str(paper))  # what Qt's print dialog, opened by the button, sets
        dialog.printer.setResolution(150)
        dialog.findChild(QPrintPreviewWidget).print()
        dialog.accept()

    _when_shown(PdfPreview, print_from_the_preview)
    window.printing.preview_action.trigger()
    qtbot.waitUntil(lambda: paper.exists() and not window.tasks, timeout=60000)
    exported = tmp_path / "phieu.pdf"
    export_village_sheets(database.session, plan_id=window.plan.id, year=window.year, target=exported,
                          village_ids=[village_id])
    _same_pages(paper, exported)
    images = subprocess.run(["pdfimages", "-list", str(paper)], check=True, capture_output=True,
                            text=True).stdout.splitlines()[2:]
    assert [line.split()[12:14] for line in images] == [["150", "150"]] * len(images)  # not the preview's 110 dpi


def test_cancelling_a_long_print_stops_between_pages(qtbot, window, database, paper):
    """The agency's file (29 pages) printed at 600 dpi takes seconds: a cancel stops at the next page, the window's
    tasks end (closing would not wait on them), and the paper has fewer pages than the file."""
    PrintToFile.resolution = 600
    window.tabs.setCurrentWidget(window.agency_view)
    settle(qtbot, window)
    window.agency_view.select_agency(_agency(database, "Ban Tổ chức Tỉnh ủy"))
    window.printing.print_action.trigger()
    qtbot.waitUntil(lambda: any(task.label.startswith("Đang in") for task in window.tasks), timeout=60000)
    [printing_task] = [task for task in window.tasks if task.label.startswith("Đang in")]
    qtbot.waitUntil(lambda: printing_task.dialog.value() >= 1, timeout=60000)
    printing_task.cancel()
    qtbot.waitUntil(lambda: not window.tasks, timeout=60000)
    assert "Đã gửi" not in window.statusBar().currentMessage()
    assert not paper.exists() or len(page_greys(paper)) < 29


@pytest.mark.parametrize("odd", [True, False])
def test_the_file_menu_s_odd_page_option_decides_the_all_villages_file(qtbot, monkeypatch, window, settings, tmp_path,
                                                                        odd):
    option = window.printing.odd_pages_action
    assert option.isChecked()  # on by default
    assert option in window.ui.fileMenu.actions()
    if not odd:
        option.trigger()
    assert settings.value("print/odd_pages", True, type=bool) is odd  # remembered for the next start
    target = tmp_path / "out" / "tat_ca.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    monkeypatch.setattr("ui.print_actions.QMessageBox.exec", lambda self: 0)
    window.print_all_action.trigger()
    qtbot.waitUntil(lambda: target.exists() and not window.tasks, timeout=60000)
    starts = [n for n, page in enumerate(pdf_pages(target), start=1) if "ĐẢNG CỘNG SẢN VIỆT NAM" in page]
    assert len(starts) == 57
    assert all(n % 2 == 1 for n in starts) is odd


def test_the_summary_s_wide_pages_are_shown_whole_in_the_preview(qtbot, window, database, tmp_path):
    """Qt's preview draws every page on the first page's paper: the summary's landscape tables are turned to fit
    it, not cut at the portrait paper's edge."""
    window.tabs.setCurrentWidget(window.dashboard)
    settle(qtbot, window)
    seen: dict = {}

    def look(dialog: PdfPreview) -> None:
        seen["pages"] = [(image.width(), image.height(), width, height) for image, width, height in dialog.pages]
        dialog.reject()

    _when_shown(PdfPreview, look)
    window.printing.preview_action.trigger()
    qtbot.waitUntil(lambda: "pages" in seen and not window.tasks, timeout=60000)
    exported = tmp_path / "tong_hop.pdf"
    export_summary(database.session, plan_id=window.plan.id, year=window.year, target=exported)
    wide = [n for n, (width, height, _) in enumerate(page_greys(exported)) if width > height]
    assert wide and len(seen["pages"]) == len(page_greys(exported))
    assert all(w < h and width < height for w, h, width, height in seen["pages"])


def test_the_pages_sent_follow_the_print_dialog_s_range_order_and_copies(qapp):
    """On a printer that cannot make copies itself (a PDF file here) the pages are sent once per copy."""
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    assert printing.chosen_pages(printer, 3) == [0, 1, 2]
    printer.setCopyCount(2)
    assert not printer.supportsMultipleCopies()
    assert printing.chosen_pages(printer, 3) == [0, 1, 2, 0, 1, 2]
    printer.setCollateCopies(False)
    assert printing.chosen_pages(printer, 3) == [0, 0, 1, 1, 2, 2]
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    printer.setFromTo(2, 3)
    assert printing.chosen_pages(printer, 3) == [2, 2, 1, 1]


def test_the_file_menu_prints_every_village_s_sheets_each_from_an_odd_page(qtbot, window, database, paper,
                                                                         tmp_path):
    assert window.printing.print_every_village_action in window.ui.fileMenu.actions()
    window.printing.print_every_village_action.trigger()
    qtbot.waitUntil(lambda: PrintToFile.target.exists() and not window.tasks, timeout=120000)
    exported = tmp_path / "tat_ca.pdf"
    result = export_village_sheets(database.session, plan_id=window.plan.id, year=window.year, target=exported)
    assert PrintToFile.shown == [(1, result.pages)]
    assert len(page_greys(paper)) == result.pages
    assert "Đã gửi" in window.statusBar().currentMessage()
