"""Files brought to a row of a list: dragged from the file manager onto it, or pasted (Ctrl+V) onto the selected row.

`FileDrops` watches a view's viewport: a drag carrying local files is accepted over a row (the row is selected,
so that the user sees where they will land) and its files are handed over with the row. `clipboard_files` reads
what Ctrl+V brings: files copied in the file manager, or a picture (a screenshot, a photo copied from a viewer),
which is attached as a PNG named for the moment it was pasted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import QAbstractItemView

from ui.attachment_gateway import Incoming

Brought = Callable[[int, list[Incoming]], None]
"""Called with the row (of the view's model) and the files brought to it."""


def local_files(mime: QMimeData) -> list[Incoming]:
    """The local files a drag or the clipboard carries (folders and remote addresses left out)."""
    files = []
    for url in mime.urls() if mime.hasUrls() else ():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.is_file():
                files.append(Incoming(path.name, path=path))
    return files


def pasted_name(now: datetime | None = None) -> str:
    """A pasted picture's name: "Ảnh dán 02-12-2026 14.55.03.png"."""
    from ui.labels import translate

    moment = (now or datetime.now()).strftime("%d-%m-%Y %H.%M.%S")
    return translate("Attachments", "Pasted picture %1.png").replace("%1", moment)


def clipboard_files(mime: QMimeData | None = None) -> list[Incoming]:
    """What Ctrl+V brings: the files copied, else the picture copied (as a PNG), else nothing."""
    mime = mime or QGuiApplication.clipboard().mimeData()
    if mime is None:
        return []
    files = local_files(mime)
    if files:
        return files
    if mime.hasImage():
        image = QImage(mime.imageData())
        if not image.isNull():
            return [Incoming(pasted_name(), image=image)]
    return []


class FileDrops(QObject):
    """Files dropped onto a row of `view` (and pasted onto its selected row) handed to `brought(row, files)`, while
    `allowed()`; `anywhere`: dropped or pasted anywhere on the view (a row's own list of files), the row -1."""

    def __init__(self, view: QAbstractItemView, brought: Brought, allowed: Callable[[], bool], *,
                 anywhere: bool = False) -> None:
        super().__init__(view)
        self.view = view
        self.anywhere = anywhere
        self._brought = brought
        self._allowed = allowed
        view.viewport().setAcceptDrops(True)
        view.viewport().installEventFilter(self)
        paste = QShortcut(QKeySequence.StandardKey.Paste, view, context=Qt.ShortcutContext.WidgetShortcut)
        paste.activated.connect(self.paste)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Overrides QObject.eventFilter: drags of local files over a row accepted, their drop handed over."""
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            return self._drag(event)
        if event.type() == QEvent.Type.Drop:
            return self._drop(event)
        return False

    def _row_at(self, event: QDragMoveEvent | QDropEvent) -> int:
        index = self.view.indexAt(event.position().toPoint())
        return index.row() if index.isValid() else -1

    def _drag(self, event: QDragEnterEvent | QDragMoveEvent) -> bool:
        row = self._row_at(event)
        if not self._allowed() or not event.mimeData().hasUrls() or (row < 0 and not self.anywhere):
            event.ignore()
            return True
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if not self.anywhere and self.view.currentIndex().row() != row:
            self.view.setCurrentIndex(self.view.model().index(row, 0))
        return True

    def _drop(self, event: QDropEvent) -> bool:
        row = self._row_at(event)
        files = local_files(event.mimeData())
        if (row < 0 and not self.anywhere) or not files or not self._allowed():
            event.ignore()
            return True
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self._brought(row, files)
        return True

    def paste(self) -> None:
        """Ctrl+V on the view: the clipboard's files or picture attached to the selected row."""
        rows = self.view.selectionModel().selectedRows() or self.view.selectionModel().selectedIndexes()
        files = clipboard_files()
        if (rows or self.anywhere) and files and self._allowed():
            self._brought(rows[0].row() if rows else -1, files)
