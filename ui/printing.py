"""Printing and previewing the PDFs the exports write: each page of the file is rasterised with Qt Pdf (PDFium, in
pyside6-addons, which the program already ships) and drawn on the printer, so that the paper shows exactly what the
file does (the same fonts, breaks, blank pages).

Printing runs off the GUI thread, a page at a time at the printer's resolution (at most PRINT_DPI_MAX), and can be
cancelled between pages (QPainter may paint on a QPrinter in another thread). The preview's pages are rasterised
off the GUI thread too, in grey (the documents are black on white and grey), before the preview dialog opens; its
own Print button prints through the same background path at the printer's resolution.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintEngine, QPainter, QTransform
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QMessageBox, QToolBar, QWidget

from domain.errors import DomainError
from ui.background import BackgroundTask

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument

    from exports.cancel import Progress

PRINT_DPI_MAX = 600
"""Pages are rasterised at the printer's resolution up to this: a 1200 dpi A4 page would be a 550 MB image; 600 dpi
is what office printers print text at (140 MB a page in colour, one page at a time)."""
translate = QCoreApplication.translate
PREVIEW_DPI = 110
PREVIEW_BYTES = 256 * 1024 * 1024
"""The preview holds every page's image: a long file is rasterised at a lower resolution so that they stay under
this (grey, one byte a pixel: 110 dpi up to 229 A4 pages; the sample's every-village file has 227, 254 MB)."""


@contextmanager
def opened(pdf: Path) -> Iterator[QPdfDocument]:
    """The PDF opened with Qt Pdf (imported here: off the window's start-up), closed after use."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    if document.load(str(pdf)) != QPdfDocument.Error.None_:
        raise DomainError(translate("Printing", "The file %1 could not be read as a PDF.").replace("%1", str(pdf)))
    try:
        yield document
    finally:
        document.close()


def page_size(document: QPdfDocument, index: int) -> tuple[float, float]:
    """The page's width and height in points."""
    size = document.pagePointSize(index)
    return size.width(), size.height()


def page_image(document: QPdfDocument, index: int, dpi: float, grey: bool) -> QImage:
    """One page rasterised at `dpi` on white (Qt Pdf leaves the page transparent), in grey if asked."""
    width, height = page_size(document, index)
    image = document.render(index, QSize(round(width * dpi / 72), round(height * dpi / 72)))
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
    painter.fillRect(image.rect(), Qt.GlobalColor.white)
    painter.end()
    image.convertTo(QImage.Format.Format_Grayscale8 if grey else QImage.Format.Format_RGB32)
    return image


def _page_layout(width_pt: float, height_pt: float) -> QPageLayout:
    """The paper of a PDF page (A4 found as A4), no margins: the page is drawn over the whole sheet."""
    orientation = QPageLayout.Orientation.Landscape if width_pt > height_pt else QPageLayout.Orientation.Portrait
    size = QPageSize(QSizeF(min(width_pt, height_pt), max(width_pt, height_pt)), QPageSize.Unit.Point)
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))


def printer_for(pdf: Path, title: str) -> tuple[QPrinter, int]:
    """A printer set to the PDF's paper and name, and the PDF's page count."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)
    with opened(pdf) as document:
        count = document.pageCount()
        if count:
            printer.setPageLayout(_page_layout(*page_size(document, 0)))
    printer.setFromTo(1, count)
    return printer, count


def chosen_pages(printer: QPrinter, count: int) -> list[int]:
    """The pages (0-based) to print as the print dialog left them: its range, its order, the copies Qt does not
    make itself."""
    ranges = printer.pageRanges()
    pages = [i for i in range(count) if ranges.isEmpty() or ranges.contains(i + 1)]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    if printer.supportsMultipleCopies() or printer.copyCount() <= 1:
        return pages
    if printer.collateCopies():
        return pages * printer.copyCount()
    return [page for page in pages for _ in range(printer.copyCount())]


def _turn_paper(printer: QPrinter, width_pt: float, height_pt: float) -> None:
    """Before a new page: the paper turned when the next page is landscape and this one portrait, or back."""
    orientation = _page_layout(width_pt, height_pt).orientation()
    if printer.pageLayout().orientation() != orientation:
        printer.setPageOrientation(orientation)


def _draw(painter: QPainter, printer: QPrinter, image: QImage, width_pt: float, height_pt: float) -> None:
    """The page's image over the paper, its proportions kept (on other paper than the file's: as large as fits)."""
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    scale = min(paper.width() / width_pt, paper.height() / height_pt)
    width, height = width_pt * scale, height_pt * scale
    target = QRectF((paper.width() - width) / 2, (paper.height() - height) / 2, width, height)
    painter.drawImage(target, image)


def draw_pdf(printer: QPrinter, pdf: Path, progress: Progress) -> int:
    """Print the chosen pages of `pdf` on `printer` (any thread); returns the pages sent. A cancel between pages
    aborts the print job (the printer is told; nothing more comes out)."""
    from exports.cancel import Cancelled

    with opened(pdf) as document:
        pages = chosen_pages(printer, document.pageCount())
        dpi = min(printer.resolution(), PRINT_DPI_MAX)
        grey = printer.colorMode() == QPrinter.ColorMode.GrayScale
        painter = QPainter()
        if not pages:
            return 0
        if not painter.begin(printer):
            raise DomainError(translate("Printing", "The printer could not be opened. Check that it is on and "
                                                    "chosen in the print dialog."))
        try:
            for done, index in enumerate(pages):
                progress.step(done, len(pages))
                if progress.cancelled():
                    printer.abort()
                    raise Cancelled
                width, height = page_size(document, index)
                if done:
                    _turn_paper(printer, width, height)
                    printer.newPage()
                _draw(painter, printer, page_image(document, index, dpi, grey), width, height)
        finally:
            painter.end()
    return len(pages)


def preview_dpi(page_sizes: list[tuple[float, float]]) -> float:
    """PREVIEW_DPI, or less when the pages' grey images would take more than PREVIEW_BYTES."""
    square_inches = sum(width * height for width, height in page_sizes) / 72 ** 2
    return min(PREVIEW_DPI, math.sqrt(PREVIEW_BYTES / max(square_inches, 1)))


def preview_pages(pdf: Path, progress: Progress) -> list[tuple[QImage, float, float]]:
    """Every page's grey image for the preview, with its size in points (any thread). Qt's preview draws every
    page on the first page's paper: a page turned the other way (the summary's wide tables) is shown turned a
    quarter to the left, as it comes out of the printer, rather than cut at the paper's edge."""
    with opened(pdf) as document:
        sizes = [page_size(document, index) for index in range(document.pageCount())]
        dpi = preview_dpi(sizes)
        pages = []
        for index, (width, height) in enumerate(sizes):
            progress.advance(index, len(sizes))
            image = page_image(document, index, dpi, grey=True)
            if (width > height) != (sizes[0][0] > sizes[0][1]):
                image, width, height = image.transformed(QTransform().rotate(-90)), height, width
            pages.append((image, width, height))
    return pages


class PdfPreview(QPrintPreviewDialog):
    """Qt's preview of the PDF's pages; its Print button (after Qt's print dialog) prints them through print_later,
    in the background, once the preview has closed."""

    def __init__(self, parent: QWidget, pdf: Path, title: str, pages: list[tuple[QImage, float, float]]) -> None:
        printer, _ = printer_for(pdf, title)
        super().__init__(printer, parent)
        self.printer, self.pages = printer, pages
        self.print_asked = False
        self.setWindowTitle(translate("Printing", "Print preview — %1").replace("%1", title))
        self.paintRequested.connect(self._paint)
        # qt-material gives tool buttons 32 px of height inside margins and 12 px side borders: in the preview's
        # tool bar, whose buttons have only an icon, that left them 3 px high (seen at 1366×768).
        self.findChild(QToolBar).setStyleSheet("QToolButton { height: 26px; min-width: 26px; "
                                                "border-left: 2px solid transparent; "
                                                "border-right: 2px solid transparent; }")
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(int(screen.width() * 0.9), int(screen.height() * 0.9))

    def _paint(self, printer: QPrinter) -> None:
        if printer.paintEngine().type() != QPaintEngine.Type.Picture:
            self.print_asked = True  # the Print button: printed in the background at the printer's resolution
            return
        painter = QPainter(printer)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)  # the preview scales the images down
        for done, (image, width, height) in enumerate(self.pages):
            if done:
                printer.newPage()
            _draw(painter, printer, image, width, height)
        painter.end()


def preview_pdf(parent: QWidget, pdf: Path, title: str) -> None:
    """Rasterise the pages in the background, then show them in Qt's preview dialog."""

    def show(pages: list[tuple[QImage, float, float]]) -> None:
        dialog = PdfPreview(parent, pdf, title, pages)
        dialog.exec()
        if dialog.print_asked:
            print_later(parent, dialog.printer, pdf, title)
        dialog.deleteLater()

    BackgroundTask(parent, translate("Printing", "Preparing the preview…"),
                   lambda progress: preview_pages(pdf, progress), show,
                   lambda message: QMessageBox.warning(parent, translate("Printing", "No preview"), message)).start()


def print_pdf(parent: QWidget, pdf: Path, title: str) -> None:
    """Qt's print dialog (printer, pages, copies, two-sided), then the chosen pages printed in the background."""
    try:
        printer, count = printer_for(pdf, title)
    except DomainError as error:
        QMessageBox.warning(parent, translate("Printing", "Not printed"), str(error))
        return
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Print — %1").replace("%1", title))
    dialog.setMinMax(1, count)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies, True)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        print_later(parent, printer, pdf, title)


def print_later(parent: QWidget, printer: QPrinter, pdf: Path, title: str) -> None:
    """Print `pdf` on the chosen `printer` off the GUI thread; the status bar says when the pages were sent."""

    def sent(pages: int) -> None:
        status = getattr(parent, "statusBar", None)
        if status is not None:
            status().showMessage(translate("Printing", "Sent %1 page(s) of %2 to the printer.")
                                 .replace("%1", str(pages)).replace("%2", title), 10000)

    BackgroundTask(parent, translate("Printing", "Printing %1…").replace("%1", title),
                   lambda progress: draw_pdf(printer, pdf, progress), sent,
                   lambda message: QMessageBox.warning(parent, translate("Printing", "Not printed"), message)).start()
