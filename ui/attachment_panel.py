"""The village page's attached files (issue 20): the paperclips of its checklist and record lists, and the ways to
attach to a row: the row's menu (*Thêm tệp…*, *Tệp minh chứng…*), a drop onto it, a paste (Ctrl+V) onto it.

The counts of the whole page are one read off the GUI thread when a village (or year) is shown, and again after
files were attached or removed; the lists show them as they are read (ui/checklist_model.py, ui/records_page.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from ui.attachment_actions import attach, choose_files
from ui.attachment_gateway import ASSESSMENT, AttachmentGateway, Counts, Incoming, Target
from ui.attachment_input import FileDrops

if TYPE_CHECKING:
    from ui.village_panel import VillagePanel


class VillageFiles(QObject):
    """The attached files of the village `panel` shows."""

    def __init__(self, panel: VillagePanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.gateway = AttachmentGateway(panel.gateway, self)
        self.year: int | None = None
        self.counts = Counts()
        self.gateway.changed.connect(self._changed)
        # a record saved or deleted: a deletion takes its files, an undone one (or a restore) brings them back
        panel.gateway.changed.connect(lambda: self.read_counts(self.year))
        self.checklist_drops = FileDrops(panel.checklist_view, self.attach_to_criterion, self._editable)
        for page in panel.pages.values():
            page.files_requested.connect(lambda record, page=page: self.show_files(
                self.record_target(page, record), self.record_title(page, record)))
            page.files_brought.connect(lambda record, files, page=page: attach(
                page, self.gateway, self.record_target(page, record), files))

    def _editable(self, kind: str | None = None) -> bool:
        """Whether files may be added or removed: the checklist's (kind None) not under the village-year's lock, a
        record kind's as its page allows (RecordGateway.may_change: the models and contacts stay open)."""
        gateway = self.panel.gateway
        may = gateway.editable if kind is None else gateway.may_change(kind)
        return may and gateway.village_id is not None and not self.panel.busy

    def read_counts(self, year: int | None) -> None:
        """The counts of the village shown (and `year`'s criteria), read in the background."""
        self.year = year
        self.gateway.read_counts(year, self._counts_read)

    def _counts_read(self, counts: Counts) -> None:
        self.counts = counts
        self.panel.checklist_model.set_attachment_counts(counts.criteria)
        for kind, page in self.panel.pages.items():
            page.set_attachment_counts(counts.records.get(kind, {}))

    def _changed(self, village_id: int) -> None:
        if village_id == self.panel.gateway.village_id:
            self.read_counts(self.year)

    def criterion_target(self, row: int) -> Target:
        checklist_row = self.panel.checklist_model.row_at(row)
        return Target(self.panel.gateway.village_id, ASSESSMENT, checklist_row.criterion_id, self.year)

    def criterion_title(self, row: int) -> str:
        checklist_row = self.panel.checklist_model.row_at(row)
        return f"{self.panel.title.text()} – {checklist_row.number}. {checklist_row.name} ({self.year})"

    def attach_to_criterion(self, row: int, files: list[Incoming]) -> None:
        attach(self.panel, self.gateway, self.criterion_target(row), files)

    def record_target(self, page, record) -> Target:
        return Target(self.panel.gateway.village_id, page.kind.key, record.id)

    def record_title(self, page, record) -> str:
        return f"{self.panel.title.text()} – {page.describe(page.values_of(record))}"

    def add_to_menu(self, menu: QMenu, row: int) -> None:
        """The checklist row's menu: attach files, see the files attached."""
        add = menu.addAction(self.tr("Add files…"), lambda: self.attach_to_criterion(row, choose_files(self.panel)))
        add.setEnabled(self._editable())
        count = self.panel.checklist_model.attachment_count(row)
        menu.addAction(self.tr("Evidence files (%1)…").replace("%1", str(count)), lambda: self.show_files(
            self.criterion_target(row), self.criterion_title(row)))

    def show_files(self, target: Target, title: str) -> None:
        from ui.attachment_dialog import AttachmentsDialog

        editable = self._editable(None if target.kind == ASSESSMENT else target.kind)
        AttachmentsDialog(self.gateway, target, title, editable, self.panel).exec()
