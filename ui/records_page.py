"""A village's records of one kind: the list, and add / change / delete through the one record form.

The list is read off the GUI thread (the gateway's `read`, through the window's reads: the newest request wins),
the page greyed and saying so while it is read; rows of a village other than the one shown are cleared at once.
A save or a deletion runs in the window's save queue: the form stays open, greyed, until the save came back, then
closes, or shows the refusal, or asks about someone else's change (ui/conflict_box.py) and, to overwrite, saves
again in the background. `gateway.changed` is emitted only once a save went through.

Imported with the window, before the database layer (the household page, a kind of this one, lends its indicator
columns to the campaign page); the domain's description of the kinds lives with the tables, so it is imported
where a page is made, once the database is open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.formatting import format_date, format_int
from domain.vocabulary import ResourceKind
from ui.attachment_input import FileDrops
from ui.attachment_model import with_paperclip
from ui.conflict_box import answered_overwrite, change_question, question_box
from ui.labels import translate
from ui.record_labels import choice_label, field_label, kind_heading, kind_title, overdue_text
from ui.table_models import Column, RowTableModel, row_table
from ui.wide_tables import FittedColumns

if TYPE_CHECKING:
    from domain.recording import FieldSpec, RecordKind
    from domain.village_records import Contribution
    from ui.record_dialog import RecordDialog
    from ui.record_gateway import RecordGateway, Saved

Landed = Callable[["Saved | None"], None]
"""An undo's save or deletion went through (a deletion: None)."""


@dataclass(frozen=True)
class RecordChange:
    """A record added (`before` None), changed or deleted (`after` None) by the user, as the window's undo keeps it:
    the values before and after, the record's id (for a deletion, the one deleted) and its version as saved (None
    for a deletion)."""

    kind: str
    village_id: int
    record_id: int | None
    version: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


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


@dataclass
class _Widgets:
    """What a records page shows, made the first time it is shown (or asked for)."""

    heading: QLabel
    view: QTableView
    add_button: QPushButton
    edit_button: QPushButton
    delete_button: QPushButton
    history_button: QPushButton
    note: QLabel
    files_button: QPushButton


class RecordsPage(QWidget):
    """The records of one kind for the village the gateway points at; `history_requested(scope, title)` asks the
    window for the history of the selected record.

    Its rows are read with every village shown (the village page's tab counts them), but its widgets (list,
    buttons, note) are made the first time the page is shown or one of them is asked for: seven pages built and
    styled under the app's style sheet cost ~45 ms of the GUI thread at the window's first village, for tabs the
    user may never open."""

    history_requested = Signal(object, str)
    files_requested = Signal(object)
    """(the record): its attached files to be shown (ui/attachment_panel.py)."""
    files_brought = Signal(object, list)
    """(the record, files dropped on it or pasted): to be attached to it."""

    def __init__(self, kind: str, gateway: RecordGateway, parent=None) -> None:
        from domain.recording import KINDS

        super().__init__(parent)
        self.kind = KINDS[kind]
        self.gateway = gateway
        self.year = 0
        self._listed: int | None = None
        """The village whose rows the list holds (or is reading)."""
        self._to_select: int | None = None
        """The record to select once the rows being read are in (or once the list is made)."""
        self._addable = False
        self._note_text: str | None = None
        self._widgets: _Widgets | None = None
        self.attachment_counts: dict[int, int] = {}
        """By record id: how many files are attached (a paperclip in the list's first column)."""
        self.model = self._make_model()
        if gateway.reads is not None:
            gateway.reads.busy.connect(self._read_busy)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Overrides QWidget.showEvent: the page's widgets made before its first paint."""
        self._made()
        super().showEvent(event)

    def _made(self) -> _Widgets:
        if self._widgets is None:
            self._widgets = self._make_widgets()
            self._show_rows()
        return self._widgets

    def _make_widgets(self) -> _Widgets:
        widgets = _Widgets(QLabel(kind_heading(self.kind.key)), row_table(self.model, f"records_{self.kind.key}"),
                           QPushButton(self.tr("Add…")), QPushButton(self.tr("Change…")),
                           QPushButton(self.tr("Delete")), QPushButton(self.tr("History…")), QLabel(),
                           QPushButton(self.tr("Files…")))
        widgets.heading.setStyleSheet("font-weight: bold;")
        self._columns = FittedColumns(widgets.view)
        widgets.view.doubleClicked.connect(self._double_clicked)
        widgets.add_button.clicked.connect(self.add)
        widgets.edit_button.clicked.connect(self.edit_selected)
        widgets.delete_button.clicked.connect(self.delete_selected)
        widgets.history_button.setObjectName("recordHistory")
        widgets.history_button.clicked.connect(self.show_history)
        widgets.files_button.setObjectName("recordFiles")
        widgets.files_button.clicked.connect(self._show_files)
        FileDrops(widgets.view, lambda row, files: self.files_brought.emit(self.record_of(self.model.row_at(row)),
                                                                           files), self._may_change)
        buttons = QHBoxLayout()
        buttons.addWidget(widgets.heading, 1)
        for button in (widgets.add_button, widgets.edit_button, widgets.delete_button, widgets.files_button,
                       widgets.history_button):
            buttons.addWidget(button)
        widgets.note.setObjectName("recordsNote")
        widgets.note.setStyleSheet("font-style: italic;")
        widgets.note.setVisible(self._note_text is not None)
        widgets.note.setText(self._note_text or "")
        widgets.view.setEnabled(self._note_text is None)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(widgets.note)
        layout.addWidget(widgets.view, 1)
        below = self._below()
        for widget, stretch in below:
            layout.addWidget(widget, stretch)
        if self.isVisible():  # made in showEvent: shown now, not at the next pass of the event loop
            for widget in (widgets.heading, widgets.view, widgets.add_button, widgets.edit_button,
                           widgets.delete_button, widgets.history_button, widgets.files_button,
                           *(widget for widget, _ in below)):
                widget.show()
        widgets.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._show_addable(widgets)
        return widgets

    def _may_change(self) -> bool:
        """Whether the user may change this page's records: a lock of the village-year holds only the kinds a year
        puts records in (RecordGateway.may_change); the models and contacts stay open."""
        return self.gateway.may_change(self.kind.key)

    def _open_fields(self) -> frozenset[str] | None:
        """The fields of a record the user may change (None: all): under a lock, a concern's follow-up only
        (domain.recording.FOLLOW_UP: a difficulty raised in a locked year is still followed up and resolved)."""
        from domain.recording import FOLLOW_UP

        if self._may_change():
            return None
        return FOLLOW_UP.get(self.kind.key, frozenset()) if self.gateway.may_edit else frozenset()

    def _show_addable(self, widgets: _Widgets) -> None:
        """Add… enabled when the page's records may be added; the buttons a lock greys say the lock's sentence."""
        widgets.add_button.setEnabled(self._addable)
        locked = self.gateway.lock_reason if not self._may_change() else ""
        for button in (widgets.add_button, widgets.edit_button, widgets.delete_button):
            button.setToolTip(locked)

    @property
    def view(self) -> QTableView:
        return self._made().view

    @property
    def add_button(self) -> QPushButton:
        return self._made().add_button

    @property
    def edit_button(self) -> QPushButton:
        return self._made().edit_button

    @property
    def delete_button(self) -> QPushButton:
        return self._made().delete_button

    @property
    def history_button(self) -> QPushButton:
        return self._made().history_button

    @property
    def note(self) -> QLabel:
        return self._made().note

    @property
    def files_button(self) -> QPushButton:
        return self._made().files_button

    def _below(self) -> list[tuple[QWidget, int]]:
        """Widgets a kind shows under its list (with their stretch)."""
        return []

    def _make_model(self) -> RowTableModel:
        from domain.recording import is_overdue

        emphasis = (lambda row: is_overdue(row, self.gateway.today)) if self.kind.key == "concerns" else None
        first, *others = record_columns(self.kind, self.gateway)
        return RowTableModel([with_paperclip(first, self), *others], self, emphasis=emphasis)

    def set_attachment_counts(self, counts: dict[int, int]) -> None:
        """How many files are attached to each record (issue 20): a paperclip with the count in the first column;
        the list repainted only when they changed (they are read again at each village shown, mostly the same)."""
        before, self.attachment_counts = self.attachment_counts, counts
        if counts != before and self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(self.model.rowCount() - 1, 0))

    def reload(self, year: int | None = None) -> None:
        """Read the village's records again in the background, keeping the selected one selected; the rows of
        another village are cleared at once."""
        self.prepare(year)
        self.gateway.read(self.kind.key, self.rows_read)

    def prepare(self, year: int | None = None) -> None:
        """Ready for the rows about to be read (by `reload`, or by the village page's one read of every kind):
        the rows of another village cleared, the selected record kept to select again."""
        if year is not None:
            self.year = year
        village_id = self.gateway.village_id
        if village_id != self._listed:
            self._listed, self._to_select = village_id, None
            self.model.set_rows([])
        elif self._to_select is None and self._widgets is not None:
            selected = self.selected_record()
            self._to_select = self._record_id(selected) if selected is not None else None
        self._addable = village_id is not None and self._may_change()
        if self._widgets is not None:
            self._show_addable(self._widgets)

    def lock_changed(self) -> None:
        """The village-year's lock set or lifted (a review step): the buttons it greys again, the rows kept."""
        self._addable = self.gateway.village_id is not None and self._may_change()
        if self._widgets is not None:
            self._show_addable(self._widgets)
            self._selection_changed()

    def rows_read(self, rows: list) -> None:
        self.model.set_rows(rows)
        if self._widgets is not None:
            self._show_rows()

    def _show_rows(self) -> None:
        """The list's columns fitted to the rows held and the page's width, the record to select selected."""
        self._columns.fit()
        to_select, self._to_select = self._to_select, None
        self._select(to_select)
        self._selection_changed()

    def _read_busy(self, kind: str, busy: bool) -> None:
        if kind in (f"records:{self.kind.key}", "records"):  # alone, or with every kind (RecordGateway.read_village)
            self._show_note(self.tr("Reading the records…") if busy else None)

    def _show_note(self, text: str | None) -> None:
        """Say what the page waits for (its rows being read, a deletion being saved), the list greyed meanwhile."""
        self._note_text = text
        if self._widgets is None:
            return
        self.note.setVisible(text is not None)
        self.note.setText(text or "")
        self.view.setEnabled(text is None)

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
        chosen = selected is not None
        self.edit_button.setEnabled(chosen and self._open_fields() != frozenset())
        self.delete_button.setEnabled(chosen and self._may_change())
        self.history_button.setEnabled(selected is not None and self.record_of(selected) is not None)
        self.files_button.setEnabled(selected is not None and self.record_of(selected) is not None)

    def _show_files(self) -> None:
        selected = self.selected_record()
        if selected is not None and self.record_of(selected) is not None:
            self.files_requested.emit(self.record_of(selected))

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
        if self.edit_button.isEnabled():
            self.edit_selected()

    def form(self, record=None) -> RecordDialog:
        """The form for a new record (None) or for changing `record`; saving reloads the list.

        The save names the version the record was read at: when someone saved it since (or, for a new record,
        saved one with the same key), the user sees who, when and what it holds, and overwrites it or keeps it
        (the form then closes and the list shows what is saved)."""
        from ui.record_dialog import RecordDialog

        village_id = self.gateway.village_id
        record_id, expected = (record.id, record.version) if record is not None else (None, None)
        before = self.values_of(record) if record is not None else None

        def save(values: dict, done: Callable[[str | None], None]) -> None:
            self.save_values(values, before, village_id, record_id, expected, done)

        return RecordDialog(self.kind, save, agencies=self.gateway.agencies, agency_names=self.gateway.agency_names,
                            year=self.year, record=record, own_agencies=self.gateway.own_agencies,
                            open_fields=None if record is None else self._open_fields(), parent=self)

    def values_of(self, record) -> dict:
        """The record's values, field by field (what a form shows, what an undo puts back)."""
        return {spec.name: getattr(record, spec.name) for spec in self.kind.fields}

    def save_values(self, values: dict, before: dict | None, village_id: int | None, record_id: int | None,
                    expected: int | None, done: Callable[[str | None], None], *, first: bool = False,
                    landed: Landed | None = None, deleted_id: int | None = None) -> None:
        """Save in the background; `done(refusal or None)` once it came back (None: the form may close).
        `before`: the values the record held (None: a new one). A user's save that changed something is announced
        by the gateway's `recorded`; an undo's (`landed` given) is told to `landed` instead. `deleted_id`: an undo
        brings back that deleted record, with its files (RecordGateway.save)."""
        key = self.kind.key

        def came_back(saved: Saved | None, error: BaseException | None) -> None:
            if error is None:
                self._changed(saved.record_id)
                if landed is not None:
                    landed(saved)
                elif record_id is None or saved.version != expected:
                    self.gateway.recorded.emit(RecordChange(key, village_id, saved.record_id, saved.version, before,
                                                            values))
                done(None)
            elif self._is_conflict(error):
                box = question_box(self, error, change_question(self._typed(values, before)),
                                   translate("Conflict", "Overwrite with mine"))
                if answered_overwrite(box):
                    self.save_values(values, error.current.values, village_id, error.record_id,
                                     error.current.version, done, first=True, landed=landed, deleted_id=deleted_id)
                    return
                self.reload()
                done(None)
            else:
                done(_refusal(error))

        self.gateway.saves.submit(
            lambda: lambda: self.gateway.save(key, values, record_id, expected, village_id, deleted_id), came_back,
            first=first)

    @staticmethod
    def _is_conflict(error: BaseException | None) -> bool:
        from domain.record_versions import RecordConflict

        return isinstance(error, RecordConflict)

    def _changed(self, record_id: int | None) -> None:
        """A save or deletion went through: the window's figures follow; the list is read again."""
        self.gateway.changed.emit()
        self._to_select = record_id
        self.reload()

    def _typed(self, values: dict, before: dict | None) -> str:
        """The fields the user changed (all of them for a new record), as the list would show them."""
        typed = SimpleNamespace(**values)
        columns = [_field_column(self.kind, spec, self.gateway) for spec in self.kind.fields
                   if before is None or before.get(spec.name) != values.get(spec.name)]
        return "; ".join(f"{column.title()}: “{column.text(typed)}”" for column in columns)

    def describe(self, values: dict) -> str:
        """'Visits “06/05/2025 – Tổ hỗ trợ”': the kind and the record's first fields as the list shows them (a date
        or a year first: with the first text after it)."""
        shown = SimpleNamespace(**values)
        first, *rest = self.kind.fields
        parts = [_field_column(self.kind, first, self.gateway).text(shown)]
        if first.kind in ("date", "year"):
            text = next((spec for spec in rest if spec.kind in ("text", "long_text") and values.get(spec.name)),
                        None)
            if text is not None:
                parts.append(_field_column(self.kind, text, self.gateway).text(shown))
        words = " – ".join(part for part in parts if part)
        return f"{kind_title(self.kind.key)} “{_shortened(words)}”"

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
        record = self.record_of(selected)
        values = self.values_of(record)
        answer = QMessageBox.question(self, self.tr("Delete record"), self.tr(
            "Delete %1 of %2? The history keeps what it held.").replace("%1", self.describe(values))
            .replace("%2", self.gateway.village_name), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.delete_record(record.id, record.version, self.gateway.village_id, values)

    def delete_record(self, record_id: int, expected: int | None, village_id: int | None, values: dict, *,
                      first: bool = False, landed: Landed | None = None) -> None:
        """Delete in the background, the page saying so meanwhile; `values`: what it holds (for the undo). A user's
        deletion is announced by the gateway's `recorded`; an undo's is told to `landed` (None: not deleted)."""
        key = self.kind.key
        self._show_note(self.tr("Saving…"))
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setEnabled(False)

        def came_back(_result: Any, error: BaseException | None) -> None:
            if error is None:
                self._show_note(None)
                self._changed(None)
                if landed is not None:
                    landed(None)
                else:
                    self.gateway.recorded.emit(RecordChange(key, village_id, record_id, None, values, None))
                return
            if self._is_conflict(error):
                box = question_box(self, error, self.tr("Delete it anyway, or keep what is saved?"),
                                   self.tr("Delete anyway"))
                if answered_overwrite(box):
                    self.delete_record(record_id, error.current.version, village_id, error.current.values,
                                       first=True, landed=landed)
                    return
            else:
                QMessageBox.warning(self, self.tr("Not deleted"), _refusal(error))
            self._show_note(None)
            self.reload()

        self.gateway.saves.submit(lambda: lambda: self.gateway.delete(key, record_id, expected, village_id),
                                  came_back, first=first)


DESCRIBED_LENGTH = 60


def _shortened(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= DESCRIBED_LENGTH else text[:DESCRIBED_LENGTH - 1].rstrip() + "…"


def _refusal(error: BaseException) -> str:
    """A refusal as the domain or storage says it; anything else logged and said in one sentence."""
    from ui.background import failure_message

    return failure_message(error)
