"""A village's records of one kind: the list, and add / change / delete through the one record form.

Imported with the window, before the database layer (the household page, a kind of this one, lends its indicator
columns to the campaign page); the domain's description of the kinds lives with the tables, so it is imported
where a page is made, once the database is open.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.errors import DomainError
from domain.formatting import format_date, format_int
from domain.vocabulary import ResourceKind
from ui.conflict_box import answered_overwrite, change_question, question_box
from ui.labels import translate
from ui.record_labels import choice_label, field_label, kind_heading, overdue_text
from ui.table_models import Column, RowTableModel, row_table

if TYPE_CHECKING:
    from domain.recording import FieldSpec, RecordKind
    from domain.village_records import Contribution
    from ui.record_dialog import RecordDialog
    from ui.record_gateway import RecordGateway


def _field_column(kind: RecordKind, spec: FieldSpec, gateway: RecordGateway) -> Column:
    def value(row):
        return getattr(row, spec.name)

    def title() -> str:
        return field_label(kind.key, spec.name)

    if spec.kind in ("count", "amount"):
        return Column(title, lambda row: format_int(value(row)) if value(row) is not None else "", value,
                      align_right=True)
    if spec.kind == "year":
        return Column(title, lambda row: str(value(row)), value)
    if spec.kind == "date":
        return Column(title, lambda row: format_date(value(row)) if value(row) else "", value)
    if spec.kind == "choice":
        return Column(title, lambda row: choice_label(value(row)))
    if spec.kind == "agency":
        return Column(title, lambda row: gateway.agency_names.get(value(row), "") if value(row) else "")
    return Column(title, lambda row: " ".join(value(row).split()), tooltip=value)


def _amount_text(row: Contribution) -> str:
    if row.kind == ResourceKind.WORKDAYS:
        return translate("Records", "%1 workdays").replace("%1", format_int(row.amount))
    return translate("Records", "%1 VND").replace("%1", format_int(row.amount))


def record_columns(kind: RecordKind, gateway: RecordGateway) -> list[Column]:
    """The list's columns: one a field, amounts with their unit, and an overdue mark for difficulties."""
    from domain.recording import is_overdue

    columns = []
    for spec in kind.fields:
        if kind.key == "contributions" and spec.name == "amount":
            columns.append(Column(lambda: field_label("contributions", "amount"), _amount_text,
                                  lambda row: row.amount, align_right=True))
        else:
            columns.append(_field_column(kind, spec, gateway))
    if kind.key == "concerns":
        columns.insert(4, Column(lambda: translate("Records", "Overdue"),
                                 lambda row: overdue_text() if is_overdue(row, gateway.today) else ""))
    return columns


class RecordsPage(QWidget):
    """The records of one kind for the village the gateway points at; `history_requested(scope, title)` asks the
    window for the history of the selected record."""

    history_requested = Signal(object, str)

    def __init__(self, kind: str, gateway: RecordGateway, parent=None) -> None:
        from domain.recording import KINDS

        super().__init__(parent)
        self.kind = KINDS[kind]
        self.gateway = gateway
        self.year = 0
        self.heading = QLabel(kind_heading(kind))
        self.heading.setStyleSheet("font-weight: bold;")
        self.model = self._make_model()
        self.view = row_table(self.model, f"records_{kind}")
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.doubleClicked.connect(self._double_clicked)
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Change…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setObjectName("recordHistory")
        self.history_button.clicked.connect(self.show_history)
        buttons = QHBoxLayout()
        buttons.addWidget(self.heading, 1)
        for button in (self.add_button, self.edit_button, self.delete_button, self.history_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        for widget, stretch in self._below():
            layout.addWidget(widget, stretch)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def _below(self) -> list[tuple[QWidget, int]]:
        """Widgets a kind shows under its list (with their stretch)."""
        return []

    def _make_model(self) -> RowTableModel:
        from domain.recording import is_overdue

        emphasis = (lambda row: is_overdue(row, self.gateway.today)) if self.kind.key == "concerns" else None
        return RowTableModel(record_columns(self.kind, self.gateway), self, emphasis=emphasis)

    def reload(self, year: int | None = None) -> None:
        """Read the village's records again, keeping the selected one selected."""
        if year is not None:
            self.year = year
        selected = self.selected_record()
        self.model.set_rows(self._rows())
        self.add_button.setEnabled(self.gateway.village_id is not None and self.gateway.editable)
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            if self.view.columnWidth(column) > 260:
                self.view.setColumnWidth(column, 260)
        self._select(self._record_id(selected) if selected is not None else None)
        self._selection_changed()

    def _rows(self) -> list:
        return self.gateway.records(self.kind.key)

    def record_of(self, row) -> object:
        return row

    def _record_id(self, record) -> int:
        return self.record_of(record).id

    def selected_record(self):
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _select(self, record_id: int | None) -> None:
        for row in range(self.model.rowCount()):
            if record_id is not None and self._record_id(self.model.row_at(row)) == record_id:
                self.view.selectRow(row)
                return

    def _selection_changed(self, *_args) -> None:
        selected = self.selected_record()
        chosen = selected is not None and self.gateway.editable
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.history_button.setEnabled(selected is not None and self.record_of(selected) is not None)

    def show_history(self) -> None:
        selected = self.selected_record()
        if selected is None or self.record_of(selected) is None:
            return
        title = self.tr("%1, record no. %2").replace("%1", kind_heading(self.kind.key)) \
            .replace("%2", str(self._record_id(selected)))
        from domain.history import HistoryFilter

        self.history_requested.emit(HistoryFilter.of_record(self.kind.key, self._record_id(selected)), title)

    def _double_clicked(self, index: QModelIndex) -> None:
        self.view.selectRow(index.row())
        if self.gateway.editable:
            self.edit_selected()

    def form(self, record=None) -> RecordDialog:
        """The form for a new record (None) or for changing `record`; saving reloads the list.

        The save names the version the record was read at: when someone saved it since (or, for a new record,
        saved one with the same key), the user sees who, when and what it holds, and overwrites it or keeps it
        (the form then closes and the list shows what is saved)."""
        from domain.record_versions import RecordConflict
        from ui.record_dialog import RecordDialog

        def save(values: dict) -> str | None:
            record_id, expected = (record.id, record.version) if record is not None else (None, None)
            while True:
                try:
                    saved_id = self.gateway.save(self.kind.key, values, record_id, expected)
                    break
                except RecordConflict as conflict:
                    box = question_box(self, conflict, change_question(self._typed(values, record)),
                                       translate("Conflict", "Overwrite with mine"))
                    if not answered_overwrite(box):
                        self.reload()
                        return None
                    record_id, expected = conflict.record_id, conflict.current.version
                except DomainError as refusal:
                    return str(refusal)
            self.reload()
            self._select(saved_id)
            return None

        return RecordDialog(self.kind, save, agencies=self.gateway.agencies, agency_names=self.gateway.agency_names,
                            year=self.year, record=record, parent=self)

    def _typed(self, values: dict, record) -> str:
        """The fields the user changed (all of them for a new record), as the list would show them."""
        typed = SimpleNamespace(**values)
        columns = [_field_column(self.kind, spec, self.gateway) for spec in self.kind.fields
                   if record is None or getattr(record, spec.name) != values.get(spec.name)]
        return "; ".join(f"{column.title()}: “{column.text(typed)}”" for column in columns)

    def add(self) -> None:
        self.form().exec()

    def edit_selected(self) -> None:
        selected = self.selected_record()
        if selected is not None:
            self.form(self.record_of(selected)).exec()

    def delete_selected(self) -> None:
        selected = self.selected_record()
        if selected is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete record"), self.tr(
            "Delete this record from “%1”? The history keeps what it held.").replace("%1", kind_heading(
                self.kind.key)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        from domain.record_versions import RecordConflict

        record = self.record_of(selected)
        expected = record.version
        while True:
            try:
                self.gateway.delete(self.kind.key, record.id, expected)
                break
            except RecordConflict as conflict:
                box = question_box(self, conflict, self.tr("Delete it anyway, or keep what is saved?"),
                                   self.tr("Delete anyway"))
                if not answered_overwrite(box):
                    break
                expected = conflict.current.version
            except DomainError as refusal:
                QMessageBox.warning(self, self.tr("Not deleted"), str(refusal))
                break
        self.reload()

