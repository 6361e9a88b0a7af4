"""The review cycle's dialogs (issue 19): a step's comment or reason (required for a return and a reopening),
and the round the secretariat opens (year, yearly or mid-year, deadline). Laid out by ui/forms/review_note_dialog.ui
and ui/forms/review_round_dialog.ui; nothing here reads or writes the database."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from domain.formatting import format_date
from domain.vocabulary import RoundKind
from ui.date_field import DateField
from ui.forms.review_note_dialog_ui import Ui_ReviewNoteDialog
from ui.forms.review_round_dialog_ui import Ui_ReviewRoundDialog
from ui.review_labels import round_kind_label


class ReviewNoteDialog(QDialog):
    """A text to go with a step: `required` refuses an empty one in the dialog (the domain refuses it too)."""

    def __init__(self, title: str, intro: str, label: str, ok_text: str, *, required: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReviewNoteDialog()
        self.ui.setupUi(self)
        self.required = required
        self.setWindowTitle(title)
        self.ui.noteIntro.setText(intro)
        self.ui.noteLabel.setText(label)
        self.text_box = self.ui.noteText
        self.ok_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setObjectName("noteOk")
        self.ui.buttons.accepted.connect(self._accept)

    def text(self) -> str:
        return self.text_box.toPlainText().strip()

    def _accept(self) -> None:
        if self.required and not self.text():
            self.ui.noteRefusal.setText(self.tr("Write it first: it is kept with the review and shown to the team."))
            self.ui.noteRefusal.show()
            self.text_box.setFocus()
            return
        self.accept()


class ReviewRoundDialog(QDialog):
    """The round to open: its year (the plan's years), yearly or mid-year, and the deadline; or, given the `kind` of
    an open round, only its deadline moved (its year and kind shown, not changed)."""

    def __init__(self, years: list[int], year: int, deadline: date, parent: QWidget | None = None, *,
                 kind: RoundKind | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReviewRoundDialog()
        self.ui.setupUi(self)
        self.year_combo, self.kind_combo = self.ui.roundYear, self.ui.roundKind
        for each in years:
            self.year_combo.addItem(str(each), each)
        self.year_combo.setCurrentIndex(years.index(year))
        for each_kind in RoundKind:  # its value, a str: Qt gives an enum back as its value anyway
            self.kind_combo.addItem(round_kind_label(each_kind), each_kind.value)
        self.chosen_deadline = deadline
        self.deadline = DateField()
        self.deadline.setObjectName("roundDeadline")
        self.deadline.set_value(deadline)
        self.ui.form.addRow(self.ui.deadlineLabel, self.deadline)
        self.ui.deadlineLabel.setBuddy(self.deadline)
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Open the round"))
        if kind is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(RoundKind(kind).value))
            self.year_combo.setEnabled(False)
            self.kind_combo.setEnabled(False)
            self.setWindowTitle(self.tr("Change the deadline"))
            ok.setText(self.tr("Change the deadline"))
        self.ui.buttons.accepted.connect(self._accept)

    def choice(self) -> tuple[int, RoundKind, date]:
        """(year, kind, deadline) as accepted."""
        return self.year_combo.currentData(), RoundKind(self.kind_combo.currentData()), self.chosen_deadline

    def _accept(self) -> None:
        typed = self.deadline.value()
        if not isinstance(typed, date):
            self.ui.roundRefusal.setText(self.tr("Deadline: “%1” is not a date (e.g. %2).")
                                         .replace("%1", typed or "").replace("%2", format_date(date.today())))
            self.ui.roundRefusal.show()
            self.deadline.setFocus()
            return
        self.chosen_deadline = typed
        self.accept()
