"""Which years a draft review covers: from and to, within the plan's years."""

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout


class ReviewYearsDialog(QDialog):
    def __init__(self, years: list[int], last: int, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Draft review report"))
        self.first_combo, self.last_combo = QComboBox(), QComboBox()
        for combo in (self.first_combo, self.last_combo):
            for year in years:
                combo.addItem(str(year), year)
        self.first_combo.setCurrentIndex(0)
        self.last_combo.setCurrentIndex(years.index(last))
        form = QFormLayout()
        form.addRow(self.tr("From year:"), self.first_combo)
        form.addRow(self.tr("To year:"), self.last_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("A one-year review compares with the year before; a longer one compares "
                                        "its last year with its first.")))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def years(self) -> tuple[int, int]:
        return self.first_combo.currentData(), self.last_combo.currentData()
