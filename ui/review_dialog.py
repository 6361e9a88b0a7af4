"""Which years a draft review covers: from and to, within the plan's years. Laid out by
ui/forms/review_dialog.ui."""

from PySide6.QtWidgets import QDialog

from ui.forms.review_dialog_ui import Ui_ReviewYearsDialog


class ReviewYearsDialog(QDialog):
    def __init__(self, years: list[int], last: int, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReviewYearsDialog()
        self.ui.setupUi(self)
        self.first_combo, self.last_combo = self.ui.reviewFirstYear, self.ui.reviewLastYear
        for combo in (self.first_combo, self.last_combo):
            for year in years:
                combo.addItem(str(year), year)
        self.first_combo.setCurrentIndex(0)
        self.last_combo.setCurrentIndex(years.index(last))

    def years(self) -> tuple[int, int]:
        return self.first_combo.currentData(), self.last_combo.currentData()
