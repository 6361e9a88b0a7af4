"""An attached picture or PDF shown full size in the program; any attached file opened with the system's viewer.

The picture (a PDF: one page at a time, rendered by Qt Pdf's image plugin) is read and decoded off the GUI
thread, through the dialog's own reads (ui/latest_read.py), which close with it. At first it fits the window;
"Kích thước thật" shows it pixel for pixel, in a scrolled view.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.attachment_pictures import read_picture
from ui.labels import translate
from ui.latest_read import LatestRead

if TYPE_CHECKING:
    from ui.attachment_gateway import AttachmentGateway

PDF_WIDTH = 1240
"""A PDF page's width when rendered (an A4 page at 150 dpi)."""


@dataclass(frozen=True)
class Page:
    image: QImage
    number: int
    """From 0."""
    pages: int


def read_page(content: bytes, number: int = 0, pdf: bool = False) -> Page:
    """The picture (a PDF's page `number`, PDF_WIDTH wide) decoded; an empty image when it cannot be read."""
    image, pages = read_picture(content, _pdf_width if pdf else None, number if pdf else 0)
    return Page(image, number, pages)


def _pdf_width(size: QSize) -> QSize:
    return size.scaled(PDF_WIDTH, PDF_WIDTH * 10, Qt.AspectRatioMode.KeepAspectRatio)


def open_outside(parent: QWidget, gateway: AttachmentGateway, info, reads: LatestRead) -> None:
    """The file handed to the system's viewer from a read-only temporary copy (the content read and written off
    the GUI thread); a message when the system has no viewer for it."""
    from ui.attachment_files import open_with_system, read_only_copy

    def opened(path) -> None:
        if not open_with_system(path):
            QMessageBox.warning(parent, translate("Attachments", "Not opened"), translate(
                "Attachments", "No program on this computer opens %1.").replace("%1", info.name))

    reads.request(f"copy {info.id}", lambda: read_only_copy(info.name, info.media_type, gateway.content(info.id)),
                  opened)


class AttachmentViewer(QDialog):
    """One attached picture or PDF, full size."""

    def __init__(self, gateway: AttachmentGateway, info, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentViewer")
        self.gateway, self.info = gateway, info
        self.pdf = info.media_type == "application/pdf"
        self.reads = LatestRead(self)
        self.reads.failed.connect(lambda _kind, message: QMessageBox.warning(self, self.tr("Not read"), message))
        self.page: Page | None = None
        self._content: bytes | None = None
        self.setWindowTitle(info.name)
        self.picture = QLabel(self.tr("Reading the file…"))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.picture)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.actual_size = QCheckBox(self.tr("Actual size"))
        self.actual_size.toggled.connect(self._show)
        self.previous_button = QPushButton(self.tr("◀ Previous page"))
        self.next_button = QPushButton(self.tr("Next page ▶"))
        self.page_label = QLabel()
        self.previous_button.clicked.connect(lambda: self._turn(-1))
        self.next_button.clicked.connect(lambda: self._turn(1))
        self.outside_button = QPushButton(self.tr("Open with the computer's viewer"))
        self.outside_button.clicked.connect(lambda: open_outside(self, gateway, info, self.reads))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for widget in (self.actual_size, self.previous_button, self.page_label, self.next_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.outside_button)
        buttons.addWidget(close)
        for widget in (self.previous_button, self.next_button, self.page_label):
            widget.setVisible(self.pdf)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        self.resize(1000, 680)
        self._read(0)

    def _read(self, number: int) -> None:
        attachment_id, pdf, held, gateway = self.info.id, self.pdf, self._content, self.gateway

        def read() -> tuple[bytes, Page]:  # holds nothing of the dialog's (ui/latest_read.py)
            content = held if held is not None else gateway.content(attachment_id)
            return content, read_page(content, number, pdf)

        self.previous_button.setEnabled(False)
        self.next_button.setEnabled(False)
        self.reads.request("page", read, self._page_read)

    def _page_read(self, read: tuple[bytes, Page]) -> None:
        self._content, self.page = read
        if self.page.image.isNull():
            self.picture.setText(self.tr("This file cannot be shown here."))
            return
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(self.page.number + 1))
                                .replace("%2", str(self.page.pages)))
        self.previous_button.setEnabled(self.page.number > 0)
        self.next_button.setEnabled(self.page.number + 1 < self.page.pages)
        self._show()

    def _turn(self, step: int) -> None:
        if self.page is not None:
            self._read(self.page.number + step)

    def _show(self) -> None:
        if self.page is None or self.page.image.isNull():
            return
        image = self.page.image
        if not self.actual_size.isChecked():
            room = self.scroll.viewport().size()
            if image.width() > room.width() or image.height() > room.height():
                image = image.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
        self.picture.setPixmap(QPixmap.fromImage(image))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Overrides QDialog.resizeEvent: a picture fitted to the window follows its size."""
        super().resizeEvent(event)
        if not self.actual_size.isChecked():
            self._show()

    def done(self, result: int) -> None:
        """Overrides QDialog.done (closing, by any way): a read still running is dropped."""
        self.reads.close()
        super().done(result)
