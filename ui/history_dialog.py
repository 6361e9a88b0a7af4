"""The change history dialog (Lịch sử thay đổi): who changed what and when, in a village, a criterion of a village
or one record, narrowed by person, kind and days, and written to an Excel workbook.

Open it with the scope and the words that name it:

>>> HistoryDialog(window, database, HistoryFilter.of_village(village_id), "Làng Kon Pia, xã Ngọk Yêu", settings)
>>> HistoryDialog(window, database, HistoryFilter.of_criterion(village_id, criterion_id), "…", settings)
>>> HistoryDialog(window, database, HistoryFilter.of_record("models", record_id), "…", settings)

Given the user (and the plan shown), *Khôi phục giá trị này* puts back the old value of the change chosen, for a
criterion's assessment or a village record (domain/restoring.py, off the GUI thread): a new change, refused as any
other, then read at the top of the list; `restored` holds the villages whose figures the window reads again.

Laid out by ui/forms/history_dialog.ui. It opens at once whatever the audit's size: the people and kinds of the
scope and the changes (a page at a time, as the table scrolls: ui/history_model.py) are read off the GUI thread,
through ui/history_gateway.py (which counts a wide history's people, kinds and changes from a tally of the audit
kept between openings); the dialog holds no session.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QItemSelection, QSettings, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from domain.formatting import format_int, format_moment
from domain.history import HistoryFilter, HistoryRow, describe_filter
from domain.text import fold
from domain.vocabulary import Role
from ui.background import BackgroundTask
from ui.export_folder import FileKind, remember_folder, start_folder
from ui.forms.history_dialog_ui import Ui_HistoryDialog
from ui.history_gateway import HistoryGateway
from ui.history_model import COLUMNS, KIND, SUBJECT, TIME, VILLAGE, WHO, HistoryModel
from ui.latest_read import LatestRead
from ui.table_models import ROW_ROLE

if TYPE_CHECKING:
    from domain.access import Principal
    from storage.database import Database

__all__ = ["KIND", "SUBJECT", "TIME", "VILLAGE", "WHO", "HistoryDialog"]

WEIGHTS = (0, 14, 12, 15, 17, 11, 15, 15, 10)
"""How the table's width is shared out when the dialog opens or is resized; the time takes what it needs."""


def _file_part(name: str) -> str:
    """'Làng Kon Pia, xã Ngọk Yêu' -> 'lang_kon_pia_xa_ngok_yeu'."""
    kept = "".join(ch if ch.isalnum() or ch == "-" else " " for ch in fold(name))
    return "_".join(kept.split())[:60]


class HistoryDialog(QDialog):
    """The history of `scope`, titled with `title` (what the history is of, as the window names it)."""

    def __init__(self, parent: QWidget | None, database: Database, scope: HistoryFilter, title: str,
                 settings: QSettings, user: Principal | None = None, plan_id: int | None = None,
                 gateway: HistoryGateway | None = None) -> None:
        """`gateway`: the window's, which holds the audit's tally between two openings (a new one otherwise)."""
        super().__init__(parent)
        self.ui = Ui_HistoryDialog()
        self.ui.setupUi(self)
        self.gateway = gateway or HistoryGateway(database)
        self.scope = scope
        self.subject_title = title
        self.settings = settings
        self.task: BackgroundTask | None = None
        self.writing = False
        self.setWindowTitle(self.tr("Change history: %1").replace("%1", title))
        self.ui.historyHeading.setText(self.tr("Change history: %1").replace("%1", title))
        self.units_label = self.ui.historyUnits

        self.person_combo, self.kind_combo, self.kind_label = self.ui.historyPerson, self.ui.historyKind, \
            self.ui.kindLabel
        self.person_combo.addItem(self.tr("Everyone"), None)
        self.kind_combo.addItem(self.tr("Every kind"), None)
        self.since_check, self.since_edit = self.ui.historySince, self.ui.historySinceDay
        self.until_check, self.until_edit = self.ui.historyUntil, self.ui.historyUntilDay
        self.since_edit.setDate(QDate.currentDate().addMonths(-1))
        self.until_edit.setDate(QDate.currentDate())
        self.count_label = self.ui.historyCount
        one_kind = scope.entity is not None or scope.criterion_id is not None
        self.kind_label.setVisible(not one_kind)
        self.kind_combo.setVisible(not one_kind)

        self.model = HistoryModel(self.gateway, self)
        self.model.read.connect(self._read)
        self.model.failed.connect(self._not_read)
        self.model.reads.busy.connect(self._busy)
        self.table = self.ui.history
        self.table.setModel(self.model)  # sorted by the model itself (ui/history_model.py)
        self.table.sortByColumn(TIME, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._order_changed)
        one_village = scope.village_id is not None or scope.entity_id is not None
        self.table.setColumnHidden(VILLAGE, one_village)
        self.table.setColumnHidden(KIND, one_kind)
        self.table.setColumnHidden(SUBJECT, scope.entity_id is not None)
        self.table.selectionModel().selectionChanged.connect(self._selected)

        self.details = self.ui.historyDetails
        self.status = self.ui.historyStatus
        self.buttons = self.ui.buttons
        self.export_button = self.ui.historyExport
        self.export_button.clicked.connect(self.export)
        self.database, self.user, self.plan_id = database, user, plan_id
        self.restored: set[int] = set()
        """The villages a value was restored in."""
        self.restore_button = self.ui.historyRestore
        self.restore_button.setVisible(user is not None and not user.looking_only and user.role is not Role.VIEWER)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restores = LatestRead(self)
        self.restores.failed.connect(self._not_restored)

        for combo in (self.person_combo, self.kind_combo):
            combo.currentIndexChanged.connect(self.refresh)
        for check, edit in ((self.since_check, self.since_edit), (self.until_check, self.until_edit)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.refresh)
            edit.dateChanged.connect(self.refresh)
        self._restore_size()
        self.choices = LatestRead(self)
        self.refresh()
        self._read_choices()

    def _read_choices(self) -> None:
        """The scope's people and kinds, each read beside the first page (in a thread of its own), not after it:
        at 300,000 changes each reads the whole audit (~40 ms), which one after the other doubled the wait."""
        gateway, scope = self.gateway, self.scope
        self.choices.request("people", lambda: gateway.people(scope), self._offer_people)
        self.choices.request("kinds", lambda: gateway.kinds(scope), self._offer_kinds)
        if scope.village_id is not None:
            self.choices.request("units", lambda: gateway.village_units(scope.village_id), self._show_units)

    def _show_units(self, said: str) -> None:
        """A village's former units (its names, communes, districts with their dates), under the heading: its
        changes before a reorganisation name it as it was then."""
        self.units_label.setText(self.tr("Administrative units over time:\n%1").replace("%1", said) if said else "")
        self.units_label.setVisible(bool(said))

    def _offer_people(self, people: list[tuple[str, str]]) -> None:
        """The people who changed something in the scope, offered in their box once read."""
        for username, shown in people:
            self.person_combo.addItem(shown, username)

    def _offer_kinds(self, kinds: list[tuple[str, str]]) -> None:
        """The kinds of change the scope holds, offered in their box once read."""
        for entity, label in kinds:
            self.kind_combo.addItem(label, entity)

    def _fit_columns(self) -> None:
        """Share the table's width out between the columns shown, so that none needs a horizontal scroll."""
        time_width = self.table.fontMetrics().horizontalAdvance("00:00 00/00/0000") + 36
        shown = [column for column in range(len(COLUMNS)) if not self.table.isColumnHidden(column)]
        weights = sum(WEIGHTS[column] for column in shown)
        room = max(self.table.viewport().width() - time_width, 60 * len(shown))
        self.table.setColumnWidth(TIME, time_width)
        for column in shown:
            if column != TIME:
                self.table.setColumnWidth(column, max(60, room * WEIGHTS[column] // weights))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Overrides QDialog.resizeEvent: the columns follow the dialog's width."""
        super().resizeEvent(event)
        self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        """Overrides QDialog.showEvent: the columns fitted once the table has its real width."""
        super().showEvent(event)
        self._fit_columns()

    def _restore_size(self) -> None:
        geometry = self.settings.value("history/geometry")
        if geometry is not None and self.restoreGeometry(geometry):
            return
        screen = (self.parentWidget() or self).screen().availableGeometry()
        self.resize(min(1280, screen.width() - 40), min(660, screen.height() - 60))

    def done(self, result: int) -> None:
        """Overrides QDialog.done: remember the size for next time; no read still to come is shown. Not while a
        workbook is being written (a second or two): the thread writing it belongs to the dialog."""
        if self.writing:
            return
        self.model.close()
        self.choices.close()
        self.restores.close()
        self.settings.setValue("history/geometry", self.saveGeometry())
        super().done(result)

    # what is shown

    def current_filter(self) -> HistoryFilter:
        """The scope narrowed by the person, kind and days chosen."""
        since = self.since_edit.date().toPython() if self.since_check.isChecked() else None
        until = self.until_edit.date().toPython() if self.until_check.isChecked() else None
        return self.scope.narrowed(actor=self.person_combo.currentData() or self.scope.actor,
                                   since=since or self.scope.since, until=until or self.scope.until,
                                   kind=self.kind_combo.currentData() or self.scope.kind)

    def is_settled(self) -> bool:
        """Whether the changes asked for, and the scope's people and kinds, are read and shown."""
        return not self.model.reading() and not self.choices.pending()

    def _oldest_first(self) -> bool:
        header = self.table.horizontalHeader()
        return header.sortIndicatorSection() == TIME and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder

    def refresh(self, *_args) -> None:
        """Read the changes again for the filter chosen, from the newest (or the oldest, sorted so)."""
        self.model.show_filter(self.current_filter(), oldest_first=self._oldest_first())
        self.export_button.setEnabled(False)
        self.details.clear()

    def _order_changed(self, column: int, order: Qt.SortOrder) -> None:
        """Sorted by time the other way while older changes are still unread: read from the other end. Any
        other order sorts the changes read so far."""
        oldest_first = column == TIME and order == Qt.SortOrder.AscendingOrder
        if column == TIME and oldest_first != self.model.oldest_first and not self.model.complete():
            self.refresh()

    def _busy(self, _kind: str, busy: bool) -> None:
        if busy:
            self.count_label.setText(self.tr("Reading the changes…"))

    def _not_read(self, message: str) -> None:
        """A read was refused (the database gone, a lost connection): said under the table, in words."""
        self.count_label.clear()
        self.status.setText(message)

    def _read(self) -> None:
        """A page arrived: say how many changes there are in all."""
        total = self.model.total
        self.count_label.setText(self.tr("%1 change(s)").replace("%1", format_int(total)))
        self.count_label.setToolTip("" if self.model.complete() else self.tr(
            "The older changes are read as you scroll down."))
        self.export_button.setEnabled(bool(total) and not self.writing)

    def shown_rows(self) -> list[HistoryRow]:
        """The rows in the order the table shows them."""
        return self.model.rows()

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        self.restore_button.setEnabled(bool(indexes) and self._restorable(indexes[0].data(ROW_ROLE)))
        if not indexes:
            self.details.clear()
            return
        row: HistoryRow = indexes[0].data(ROW_ROLE)
        lines = [f"{format_moment(row.when)} — {row.who}",
                 " — ".join(part for part in (row.kind, row.village, row.subject, row.field) if part),
                 self.tr("Old value: %1").replace("%1", row.old),
                 self.tr("New value: %1").replace("%1", row.new)]
        if row.note:
            lines.append(self.tr("Note: %1").replace("%1", row.note))
        self.details.setPlainText("\n".join(lines))

    # restoring a value

    @staticmethod
    def _restorable(row: HistoryRow) -> bool:
        from domain.restoring import can_restore

        return can_restore(row.entity, row.field_name)

    def selected_row(self) -> HistoryRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def restore_selected(self) -> None:
        """Put back the chosen change's old value, off the GUI thread; said under the table, then read again."""
        row = self.selected_row()
        if row is None or self.user is None or not self._restorable(row) or self.restores.pending():
            return
        database, user, plan_id, event_id = self.database, self.user, self.plan_id, row.event_id

        def restore() -> str:
            from domain.restoring import restore_value

            with database.unit_of_work(user) as uow:
                return restore_value(uow, event_id, plan_id)

        self.restore_button.setEnabled(False)
        self.status.setText(self.tr("Restoring…"))
        self.restores.request("restore", restore, lambda said: self._restored(said, row.village_id))

    def _restored(self, said: str, village_id: int | None) -> None:
        if village_id is not None:
            self.restored.add(village_id)
        self.refresh()
        self.status.setText(said)

    def _not_restored(self, _kind: str, message: str) -> None:
        self.status.setText(message)
        QMessageBox.warning(self, self.tr("Not restored"), message)

    # the workbook

    def export(self) -> None:
        """Ask where, then write the changes off the GUI thread: the rows shown in their order when all are
        read, else every change of the filter, read in the time order shown."""
        folder = start_folder(self.settings, FileKind.HISTORY)
        suggested = f"lich_su_thay_doi_{_file_part(self.subject_title)}.xlsx".replace("_.", ".")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the history as"), str(Path(folder) / suggested),
                                                self.tr("Excel workbooks (*.xlsx)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        remember_folder(self.settings, FileKind.HISTORY, path)
        flt, title, gateway = self.current_filter(), self.subject_title, self.gateway
        shown = self.shown_rows() if self.model.complete() else None
        oldest_first = self._oldest_first()
        filter_text = describe_filter(flt, self.person_combo.currentText() if flt.actor else None)

        def job(progress):
            from exports.history_workbook import write_history_workbook  # openpyxl kept off start-up

            rows = shown if shown is not None else gateway.changes(flt, oldest_first=oldest_first)
            return write_history_workbook(rows, path, title, filter_text=filter_text, progress=progress)

        self.status.clear()
        self.export_button.setEnabled(False)
        self.task = BackgroundTask(self, self.tr("Writing the workbook…"), job, self._written, self._not_written)
        self.task.finished.connect(self._export_finished)
        self.writing = True
        self.task.start()

    def _export_finished(self) -> None:
        self.writing = False
        self.export_button.setEnabled(bool(self.model.total) and not self.model.reading())

    def _written(self, path: Path) -> None:
        self.status.setText(self.tr("Wrote %1.").replace("%1", str(path)))

    def _not_written(self, message: str) -> None:
        self.status.setText(self.tr("The workbook was not written."))
        QMessageBox.warning(self, self.tr("Workbook not written"),
                            self.tr("The history was not written to the workbook: %1").replace("%1", message))
