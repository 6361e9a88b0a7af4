"""One form for every village record kind, built from the domain's description of its fields.

The form does not judge what is typed: it hands the values to the use case and, on a refusal, shows the
domain's message (which names the field) and stays open with everything the user typed. The save runs off the GUI
thread: meanwhile the form stays open, greyed, saying "Đang lưu…", and cannot be closed; it closes once saved.
A refusal shown goes away once a field is changed; a changed form asks before it is closed without saving
(ui/unsaved_changes.py). Dates are typed whole or picked (ui/date_field.py); an agency picker lists the village's
own agencies first, then the plan's others.
"""

from collections.abc import Callable, Collection

from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from domain.bounds import day_range, max_length, number_range
from domain.formatting import format_int, parse_int
from domain.recording import FieldSpec, RecordKind
from ui.date_field import DateField
from ui.forms.record_dialog_ui import Ui_RecordDialog
from ui.record_labels import choice_label, field_label, kind_heading
from ui.unsaved_changes import UnsavedChanges

Done = Callable[[str | None], None]
"""Called once the save came back: with the refusal to show, or None (saved, or the user kept what is saved)."""
Saver = Callable[[dict, Done], None]
"""Starts saving the values in the background; calls `done` when the save came back."""


class RecordDialog(QDialog):
    """Add (record None) or change a record of `kind`; `saver` stores the values, then says the refusal or None.

    The frame (the form layout, the required note, the refusal, the buttons) is ui/forms/record_dialog.ui; the
    fields are made here, one a FieldSpec of the kind, each editor chosen by the field's kind and bounded by the
    domain's bounds: a drawn form per record kind would repeat what the domain already describes."""

    def __init__(self, kind: RecordKind, saver: Saver, *, agencies: list[tuple[int, str]],
                 agency_names: dict[int, str], year: int, record=None, own_agencies: Collection[int] = (),
                 open_fields: Collection[str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecordDialog()
        self.ui.setupUi(self)
        self.kind = kind
        self.saver = saver
        self.agency_names = agency_names
        self.own_agencies = own_agencies
        self.setObjectName(f"recordDialog_{kind.key}")
        heading = kind_heading(kind.key)
        self.setWindowTitle(self.tr("Change: %1").replace("%1", heading) if record is not None
                            else self.tr("Add: %1").replace("%1", heading))
        self.editors: dict[str, QWidget] = {}
        for spec in kind.fields:
            editor = self._editor(spec, agencies, year)
            self.editors[spec.name] = editor
            label = field_label(kind.key, spec.name) + (" *" if spec.required else "")
            self.ui.fields.addRow(label, editor)
        self.open_fields = open_fields
        """The fields that may be changed (None: all): a record of a locked year opens with only its follow-up
        fields open (domain.recording.FOLLOW_UP), the others shown greyed."""
        self.problem = self.ui.problem
        self.saving = False
        self._enable_editors(True)
        self.ui.buttons.accepted.connect(self.save)
        if record is not None:
            self.show_values({spec.name: getattr(record, spec.name) for spec in kind.fields})
        self.unsaved = UnsavedChanges(self, self.values)
        for editor in self.editors.values():
            _changed_signal(editor).connect(self.problem.hide)

    def _editor(self, spec: FieldSpec, agencies: list[tuple[int, str]], year: int) -> QWidget:
        if spec.kind == "long_text":
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(72)
            return editor
        table = self.kind.table.__tablename__
        if spec.kind in ("count", "year"):
            editor = QSpinBox()
            editor.setGroupSeparatorShown(spec.kind == "count")
            limits = number_range(table, spec.name)
            editor.setRange(limits.low, limits.high)
            if spec.kind == "year":
                editor.setValue(year)
            return editor
        if spec.kind == "date":
            window = day_range(table, spec.name)
            return DateField(window, optional=not spec.required)
        if spec.kind == "choice":
            editor = QComboBox()
            for value in spec.choices:
                editor.addItem(choice_label(value), value)
            return editor
        if spec.kind == "agency":
            editor = QComboBox()
            editor.addItem(self.tr("(none)"), None)
            own = [agency for agency in agencies if agency[0] in self.own_agencies]
            others = [agency for agency in agencies if agency[0] not in self.own_agencies]
            for agency_id, name in own:
                editor.addItem(name, agency_id)
            if own and others:
                editor.insertSeparator(editor.count())
            for agency_id, name in others:
                editor.addItem(name, agency_id)
            return editor
        editor = QLineEdit()
        if spec.kind == "amount":
            editor.setPlaceholderText(self.tr("e.g. 12.500.000"))
        else:
            editor.setMaxLength(max_length(table, spec.name))
        return editor

    def show_values(self, values: dict) -> None:
        """Put values in the form's fields as a user would see them typed (amounts "12.500.000")."""
        for spec in self.kind.fields:
            if spec.name in values:
                self._show(spec, self.editors[spec.name], values[spec.name])

    def _show(self, spec: FieldSpec, editor: QWidget, value) -> None:
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value or "")
        elif isinstance(editor, QSpinBox):
            editor.setValue(value or 0)
        elif isinstance(editor, DateField):
            editor.set_value(value)
        elif isinstance(editor, QComboBox):
            position = editor.findData(value)
            if position < 0 and spec.kind == "agency":  # an agency no longer in the plan keeps its place
                editor.addItem(self.agency_names.get(value, str(value)), value)
                position = editor.count() - 1
            editor.setCurrentIndex(position)
        elif spec.kind == "amount":
            editor.setText(format_int(value) if value is not None else "")
        else:
            editor.setText(value or "")

    def values(self) -> dict:
        result = {}
        for spec in self.kind.fields:
            editor = self.editors[spec.name]
            if isinstance(editor, QPlainTextEdit):
                result[spec.name] = editor.toPlainText()
            elif isinstance(editor, QSpinBox):
                result[spec.name] = editor.value()
            elif isinstance(editor, DateField):
                result[spec.name] = editor.value()
            elif isinstance(editor, QComboBox):
                result[spec.name] = editor.currentData()
            elif spec.kind == "amount":
                result[spec.name] = parse_int(editor.text())
            else:
                result[spec.name] = editor.text()
        return result

    def save(self) -> None:
        """Hand the values to the saver; the form waits, greyed, for the save to come back."""
        if self.saving:
            return
        self._set_saving(True)
        self.saver(self.values(), self._came_back)

    def _came_back(self, refusal: str | None) -> None:
        self._set_saving(False)
        if refusal is None:
            self.accept()
            return
        self.problem.setText(refusal)
        self.problem.show()

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.ui.savingNote.setVisible(saving)
        if saving:
            self.problem.hide()
        self._enable_editors(not saving)
        self.ui.buttons.setEnabled(not saving)

    def _enable_editors(self, enabled: bool) -> None:
        for name, editor in self.editors.items():
            editor.setEnabled(enabled and (self.open_fields is None or name in self.open_fields))

    def reject(self) -> None:
        """Overrides QDialog.reject (Cancel, Esc, the title bar's close): not while a save runs, whose outcome the
        form shows. A changed form asks first whether to discard the changes (No keeps it open)."""
        if not self.saving and self.unsaved.may_close():
            super().reject()


def _changed_signal(editor: QWidget):
    """The signal an editor gives when the user changes its value."""
    if isinstance(editor, (QPlainTextEdit, QLineEdit)):
        return editor.textChanged
    if isinstance(editor, QSpinBox):
        return editor.valueChanged
    if isinstance(editor, QComboBox):
        return editor.currentIndexChanged
    return editor.changed
