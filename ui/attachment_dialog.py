"""The files attached to one row (a criterion's assessment, a village record): thumbnails, open, attach, remove.

The list is read off the GUI thread through the dialog's own reads (they close with it), and so are the thumbnails
of the files on screen, a screenful at once (ui/attachment_thumbnails.py). Files are attached here as on the row itself:
*Thêm tệp…*, dropped onto the list, or pasted (Ctrl+V). Removing asks first; the domain audits it, and the
history can put it back.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from ui.attachment_actions import attach, choose_files
from ui.attachment_gateway import AttachmentGateway, Incoming, Target
from ui.attachment_input import FileDrops
from ui.attachment_model import INFO_ROLE, PICTURED, AttachmentListModel
from ui.attachment_thumbnails import SIZE, ThumbnailsOnScreen
from ui.attachment_viewer import AttachmentViewer, open_outside
from ui.latest_read import LatestRead

GRID = QSize(SIZE + 48, SIZE + 52)
"""Each file's cell: its thumbnail and two lines of its name."""


class AttachmentsDialog(QDialog):
    """The files of `target`, titled `title` ("Làng Mới – 3. Điện"); `editable` False: only seen and opened."""

    def __init__(self, gateway: AttachmentGateway, target: Target, title: str, editable: bool, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentsDialog")
        self.gateway, self.target, self.editable = gateway, target, editable
        self.setWindowTitle(self.tr("Evidence files – %1").replace("%1", title))
        self.reads = LatestRead(self)
        self.reads.failed.connect(lambda _kind, message: QMessageBox.warning(self, self.tr("Not read"), message))
        self.heading = QLabel(title)
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setWordWrap(True)
        self.note = QLabel(self.tr("Reading the files…"))
        self.note.setStyleSheet("font-style: italic;")
        self.model = AttachmentListModel(gateway, self)
        self.view = QListView()
        self.view.setObjectName("attachmentList")
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setUniformItemSizes(True)  # a row's size is measured once: the others are not asked for anything
        self.view.setIconSize(QSize(SIZE, SIZE))
        self.view.setGridSize(GRID)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setModel(self.model)
        self.thumbnails = ThumbnailsOnScreen(self.view, gateway, self.reads)
        self.view.doubleClicked.connect(self._open)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.drops = FileDrops(self.view, lambda _row, files: self.add(files), lambda: self.editable, anywhere=True)
        self.add_button = QPushButton(self.tr("Add files…"))
        self.view_button = QPushButton(self.tr("View"))
        self.outside_button = QPushButton(self.tr("Open with the computer's viewer"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        close = QPushButton(self.tr("Close"))
        self.add_button.clicked.connect(lambda: self.add(choose_files(self)))
        self.view_button.clicked.connect(lambda: self._open(self.view.currentIndex()))
        self.outside_button.clicked.connect(self._open_outside)
        self.remove_button.clicked.connect(self.remove_selected)
        close.clicked.connect(self.accept)
        self.add_button.setEnabled(editable)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.view_button, self.outside_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        hint = QLabel(self.tr("Drag files here or paste a picture (Ctrl+V) to attach them.") if editable else "")
        hint.setVisible(editable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self.resize(820, 560)
        gateway.changed.connect(self._changed)
        self._selection_changed()
        self.reload()

    def reload(self) -> None:
        self.note.show()
        self.gateway.read_list(self.reads, self.target, self._listed)

    def _listed(self, rows: list) -> None:
        self.model.set_rows(rows)
        self.note.setVisible(not rows)
        self.note.setText(self.tr("No file attached yet."))
        self._selection_changed()

    def _changed(self, village_id: int) -> None:
        if village_id == self.target.village_id:
            self.reload()

    def selected(self):
        index = self.view.currentIndex()
        return index.data(INFO_ROLE) if index.isValid() and self.view.selectionModel().isSelected(index) else None

    def _selection_changed(self, *_args) -> None:
        info = self.selected()
        self.view_button.setEnabled(info is not None and info.media_type in PICTURED)
        self.outside_button.setEnabled(info is not None)
        self.remove_button.setEnabled(info is not None and self.editable)

    def add(self, files: list[Incoming]) -> None:
        attach(self, self.gateway, self.target, files)

    def _open(self, index: QModelIndex) -> None:
        info = index.data(INFO_ROLE) if index.isValid() else None
        if info is None:
            return
        if info.media_type in PICTURED:
            AttachmentViewer(self.gateway, info, self).exec()
        else:
            open_outside(self, self.gateway, info, self.reads)

    def _open_outside(self) -> None:
        info = self.selected()
        if info is not None:
            open_outside(self, self.gateway, info, self.reads)

    def remove_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove file"), self.tr(
            "Remove %1 from %2? The history keeps it and can put it back.").replace("%1", info.name)
            .replace("%2", self.heading.text()), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.remove_button.setEnabled(False)

        def came_back(_result, error: BaseException | None) -> None:
            if error is not None:
                from ui.background import failure_message

                QMessageBox.warning(self, self.tr("Not removed"), failure_message(error))
                self._selection_changed()
                return
            self.gateway.changed.emit(self.target.village_id)

        self.gateway.remove_later(info, came_back)

    def done(self, result: int) -> None:
        """Overrides QDialog.done (closing, by any way): reads still running are dropped."""
        if self.isVisible():  # the first time only
            self.reads.close()
            self.gateway.changed.disconnect(self._changed)
        super().done(result)
