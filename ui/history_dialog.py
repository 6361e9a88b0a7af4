"""The change history dialog (Lịch sử thay đổi): who changed what and when, in a village, a criterion of a village
or one record, narrowed by person, kind and days, and written to an Excel workbook.

Open it with the scope and the words that name it:

>>> HistoryDialog(window, database, HistoryFilter.of_village(village_id), "Làng Kon Pia, xã Ngọk Yêu", settings)
>>> HistoryDialog(window, database, HistoryFilter.of_criterion(village_id, criterion_id), "…", settings)
>>> HistoryDialog(window, database, HistoryFilter.of_record("models", record_id), "…", settings)
"""

import html
from pathlib import Path

from PySide6.QtCore import QDate, QItemSelection, QSettings, QSortFilterProxyModel, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from domain.formatting import format_int, format_moment
from domain.history import (
    HistoryFilter,
    HistoryRow,
    describe_filter,
)
from domain.text import fold
from storage.database import Database
from ui.background import BackgroundTask
from ui.history_gateway import HistoryGateway
from ui.labels import translate
from ui.table_models import ROW_ROLE, SORT_ROLE, Column, RowTableModel, row_table


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _tooltip(text: str) -> str:
    """The whole text, wrapped: Qt wraps a rich-text tooltip, never a plain one."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def _text_column(title, value) -> Column:
    return Column(title, lambda row: _one_line(value(row)), lambda row: f"{fold(value(row))}\0{value(row)}",
                  tooltip=lambda row: _tooltip(value(row)))


TIME, WHO, KIND, VILLAGE, SUBJECT, FIELD, OLD, NEW, NOTE = range(9)
COLUMNS = (
    Column(lambda: translate("HistoryDialog", "Time"), lambda row: format_moment(row.when),
           lambda row: f"{row.when.isoformat()}#{row.event_id:012d}"),
    _text_column(lambda: translate("HistoryDialog", "Changed by"), lambda row: row.who),
    _text_column(lambda: translate("HistoryDialog", "Kind"), lambda row: row.kind),
    _text_column(lambda: translate("HistoryDialog", "Village"), lambda row: row.village),
    _text_column(lambda: translate("HistoryDialog", "Subject"), lambda row: row.subject),
    _text_column(lambda: translate("HistoryDialog", "What changed"), lambda row: row.field),
    _text_column(lambda: translate("HistoryDialog", "Old value"), lambda row: row.old),
    _text_column(lambda: translate("HistoryDialog", "New value"), lambda row: row.new),
    _text_column(lambda: translate("HistoryDialog", "Note"), lambda row: row.note),
)
WEIGHTS = (0, 14, 12, 15, 17, 11, 15, 15, 10)
"""How the table's width is shared out when the dialog opens or is resized; the time takes what it needs."""


class HistoryModel(RowTableModel):
    """The changes, one row each: the HistoryRow under ROW_ROLE, a sort key under SORT_ROLE (times by time, texts
    without diacritics), the whole text of a cell as its tooltip."""

    def __init__(self, parent=None) -> None:
        super().__init__(COLUMNS, parent)


def _file_part(name: str) -> str:
    """'Làng Kon Pia, xã Ngọk Yêu' -> 'lang_kon_pia_xa_ngok_yeu'."""
    kept = "".join(ch if ch.isalnum() or ch == "-" else " " for ch in fold(name))
    return "_".join(kept.split())[:60]


class HistoryDialog(QDialog):
    """The history of `scope`, titled with `title` (what the history is of, as the window names it)."""

    def __init__(self, parent: QWidget | None, database: Database, scope: HistoryFilter, title: str,
                 settings: QSettings) -> None:
        super().__init__(parent)
        self.gateway = HistoryGateway(database)
        self.scope = scope
        self.subject_title = title
        self.settings = settings
        self.task: BackgroundTask | None = None
        self.writing = False
        self.total = 0
        self.setWindowTitle(self.tr("Change history: %1").replace("%1", title))

        heading = QLabel(self.tr("Change history: %1").replace("%1", title))
        heading.setObjectName("historyHeading")
        heading.setStyleSheet("font-weight: bold;")
        heading.setWordWrap(True)

        people, kinds = self.gateway.choices(scope)
        self.person_combo = QComboBox()
        self.person_combo.addItem(self.tr("Everyone"), None)
        for username, shown in people:
            self.person_combo.addItem(shown, username)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Every kind"), None)
        for entity, label in kinds:
            self.kind_combo.addItem(label, entity)
        self.since_check, self.since_edit = self._date_filter(self.tr("From"), QDate.currentDate().addMonths(-1))
        self.until_check, self.until_edit = self._date_filter(self.tr("To"), QDate.currentDate())
        self.count_label = QLabel()
        self.count_label.setObjectName("historyCount")

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Changed by:")))
        filters.addWidget(self.person_combo, 2)
        self.kind_label = QLabel(self.tr("Kind:"))
        filters.addWidget(self.kind_label)
        filters.addWidget(self.kind_combo, 2)
        for check, edit in ((self.since_check, self.since_edit), (self.until_check, self.until_edit)):
            filters.addSpacing(8)
            filters.addWidget(check)
            filters.addWidget(edit)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        one_kind = scope.entity is not None or scope.criterion_id is not None
        self.kind_label.setVisible(not one_kind)
        self.kind_combo.setVisible(not one_kind)

        self.model = HistoryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = row_table(self.proxy, "history")
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(TIME, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(60)
        one_village = scope.village_id is not None or scope.entity_id is not None
        self.table.setColumnHidden(VILLAGE, one_village)
        self.table.setColumnHidden(KIND, one_kind)
        self.table.setColumnHidden(SUBJECT, scope.entity_id is not None)
        self.table.selectionModel().selectionChanged.connect(self._selected)

        self.details = QPlainTextEdit()
        self.details.setObjectName("historyDetails")
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Choose a change to read it whole."))
        self.details.setMaximumHeight(96)

        self.status = QLabel()
        self.status.setObjectName("historyStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Export to Excel…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(bottom)

        for combo in (self.person_combo, self.kind_combo):
            combo.currentIndexChanged.connect(self.refresh)
        for check, edit in ((self.since_check, self.since_edit), (self.until_check, self.until_edit)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.refresh)
            edit.dateChanged.connect(self.refresh)
        self._restore_size()
        self.refresh()

    def _date_filter(self, text: str, day: QDate) -> tuple[QCheckBox, QDateEdit]:
        """A tick box that turns the limit on and the day it sets; unticked, any day passes."""
        check = QCheckBox(text)
        edit = QDateEdit(day)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setEnabled(False)
        return check, edit

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
        """Overrides QDialog.done: remember the size for next time. Not while a workbook is being written (a second
        or two): the thread writing it belongs to the dialog."""
        if self.writing:
            return
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

    def refresh(self, *_args) -> None:
        """Read the changes again for the filter chosen."""
        flt = self.current_filter()
        rows, self.total = self.gateway.changes(flt)
        self.model.set_rows(rows)
        if self.total > len(rows):
            self.count_label.setText(self.tr("the newest %1 of %2 changes")
                                     .replace("%1", format_int(len(rows))).replace("%2", format_int(self.total)))
            self.count_label.setToolTip(self.tr("Choose a person, a kind or days to see older changes."))
        else:
            self.count_label.setText(self.tr("%1 change(s)").replace("%1", format_int(len(rows))))
            self.count_label.setToolTip("")
        self.export_button.setEnabled(bool(rows))
        self.details.clear()

    def shown_rows(self) -> list[HistoryRow]:
        """The rows in the order the table shows them."""
        return [self.proxy.index(row, 0).data(ROW_ROLE) for row in range(self.proxy.rowCount())]

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
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

    # the workbook

    def export(self) -> None:
        """Ask where, then write the rows shown (in their order) off the GUI thread."""
        folder = self.settings.value("history/folder") or str(Path.home())
        suggested = f"lich_su_thay_doi_{_file_part(self.subject_title)}.xlsx".replace("_.", ".")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the history as"), str(Path(folder) / suggested),
                                                self.tr("Excel workbooks (*.xlsx)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self.settings.setValue("history/folder", str(path.parent))
        rows, title = self.shown_rows(), self.subject_title
        flt = self.current_filter()
        filter_text = describe_filter(flt, self.person_combo.currentText() if flt.actor else None)

        def job(progress):
            from exports.history_workbook import write_history_workbook  # openpyxl kept off start-up

            return write_history_workbook(rows, path, title, filter_text=filter_text, progress=progress)

        self.status.clear()
        self.export_button.setEnabled(False)
        self.task = BackgroundTask(self, self.tr("Writing the workbook…"), job, self._written, self._not_written)
        self.task.finished.connect(self._export_finished)
        self.writing = True
        self.task.start()

    def _export_finished(self) -> None:
        self.writing = False
        self.export_button.setEnabled(bool(self.model.rowCount()))

    def _written(self, path: Path) -> None:
        self.status.setText(self.tr("Wrote %1.").replace("%1", str(path)))

    def _not_written(self, message: str) -> None:
        self.status.setText(self.tr("The workbook was not written."))
        QMessageBox.warning(self, self.tr("Workbook not written"),
                            self.tr("The history was not written to the workbook: %1").replace("%1", message))

