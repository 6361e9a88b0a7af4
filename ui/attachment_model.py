"""A row's attached files as a Qt list model: the name, its thumbnail (or its kind's icon) and, in the tooltip, its
type, size, who attached it and when.

A row shows its thumbnail once held (ui/attachment_thumbnails.py reads those of the files on screen, a screenful at
once, off the GUI thread), the icon of its kind until then: opening fifty files reads none of their contents on the
GUI thread.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from domain.formatting import format_decimal, format_int, format_moment
from ui.attachment_icon import paperclip
from ui.labels import translate
from ui.table_models import Column

if TYPE_CHECKING:
    from ui.attachment_gateway import AttachmentGateway
    from ui.records_page import RecordsPage

Index = QModelIndex | QPersistentModelIndex
INFO_ROLE = Qt.ItemDataRole.UserRole + 1

KIND_NAMES = {
    "application/pdf": "PDF",
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word (DOCX)",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel (XLSX)",
}
PICTURED = {"application/pdf", "image/jpeg", "image/png"}
"""The types a thumbnail is made of (a PDF: its first page)."""


def with_paperclip(column: Column, page: RecordsPage) -> Column:
    """A record list's first column, with a paperclip and the count of the files attached to the record (none when
    it has none), as the checklist shows them."""

    def clip(row):
        record = page.record_of(row)
        count = page.attachment_counts.get(record.id, 0) if record is not None else 0
        return paperclip(count) if count else None

    return replace(column, decoration=clip)


def size_text(size: int) -> str:
    """"820 KB", "20,5 MB", "512 byte" as Vietnamese write them."""
    if size >= 1024 * 1024:
        return f"{format_decimal(size / (1024 * 1024))} MB"
    if size >= 1024:
        return f"{format_int(round(size / 1024))} KB"
    return translate("Attachments", "%1 bytes").replace("%1", format_int(size))


def described(info) -> str:
    """The tooltip: name, type, size; who attached it, when."""
    return "\n".join((info.name, f"{KIND_NAMES.get(info.media_type, info.media_type)} · {size_text(info.size)}",
                      translate("Attachments", "Attached by %1 on %2").replace("%1", info.added_by)
                      .replace("%2", format_moment(info.added_at))))


class AttachmentListModel(QAbstractListModel):
    """The files attached to one row, newest first as the domain lists them."""

    def __init__(self, gateway: AttachmentGateway, parent=None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """Overrides QAbstractListModel.rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Overrides QAbstractListModel.data."""
        if not index.isValid():
            return None
        info = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return info.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return described(info)
        if role == INFO_ROLE:
            return info
        if role == Qt.ItemDataRole.DecorationRole:
            image = self._gateway.thumbnails.image(info.sha256) if info.media_type in PICTURED else None
            if image is not None:
                return image
            icon = QStyle.StandardPixmap.SP_FileIcon
            return QApplication.style().standardIcon(icon)
        return None

    def thumbnails_made(self, digests: set[str]) -> None:
        """The rows of `digests` show their thumbnails."""
        for row, info in enumerate(self._rows):
            if info.sha256 in digests:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
