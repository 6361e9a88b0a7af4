"""The preview before a plan import: per sheet what would be created, changed, kept and dropped; warnings;
or, for a refused workbook, every problem with its sheet, row and column."""

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.formatting import format_int
from domain.plan_import import ImportReport
from ui.labels import translate
from ui.table_models import Column, RowTableModel

SHEET_COLUMNS = (
    Column(lambda: translate("ImportPlanDialog", "Sheet"), lambda row: row[0]),
    Column(lambda: translate("ImportPlanDialog", "New"), lambda row: format_int(row[1].created), align_right=True),
    Column(lambda: translate("ImportPlanDialog", "Changed"), lambda row: format_int(row[1].changed), align_right=True),
    Column(lambda: translate("ImportPlanDialog", "Unchanged"), lambda row: format_int(row[1].unchanged),
           align_right=True),
    Column(lambda: translate("ImportPlanDialog", "Leaving the plan"), lambda row: format_int(row[1].removed),
           align_right=True),
)


class ImportPlanDialog(QDialog):
    """Accepting the preview means: import it. A refusal has only a Close button."""

    def __init__(self, parent: QWidget, file_name: str, report: ImportReport | None = None,
                 warnings: list[str] | None = None, refusal: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import plan"))
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.buttons = QDialogButtonBox()
        if report is None:
            self.heading.setText(self.tr("“%1” cannot be imported; nothing was written. Correct the file and "
                                         "import it again:").replace("%1", file_name))
            self.details.setPlainText(refusal)
            layout.addWidget(self.details)
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        else:
            self._preview(layout, file_name, report, warnings or [])
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _preview(self, layout: QVBoxLayout, file_name: str, report: ImportReport, warnings: list[str]) -> None:
        text = (self.tr("“%1” will create the plan %2.") if report.new_plan
                else self.tr("“%1” will update the plan %2; recorded assessments are kept."))
        text = text.replace("%1", file_name).replace("%2", report.plan_code)
        if not report.changes_anything:
            text += " " + self.tr("Nothing would change: this plan is already as the file says.")
        self.heading.setText(text)
        self.sheet_model = RowTableModel(SHEET_COLUMNS, self)
        self.sheet_model.set_rows(list(report.sheets.items()))
        table = QTableView()
        table.setModel(self.sheet_model)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        rows_height = sum(table.rowHeight(row) for row in range(self.sheet_model.rowCount()))
        table.setMinimumHeight(rows_height + table.horizontalHeader().sizeHint().height() + 4)
        layout.addWidget(table)
        if warnings:
            layout.addWidget(QLabel(self.tr("Please check:")))
            self.details.setPlainText("\n".join(warnings))
            self.details.setMaximumHeight(140)
            layout.addWidget(self.details)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(report.changes_anything)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

