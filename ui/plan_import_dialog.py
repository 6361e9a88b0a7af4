"""The preview before a plan import: per sheet what would be created, changed, kept and dropped; by name, the
villages, communes, districts and agencies created, joining or leaving the plan (a list view: thousands at a
province's first import); warnings; or, for a refused workbook, every problem with its sheet, row and column."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from domain.formatting import format_int
from ui.forms.plan_import_dialog_ui import Ui_ImportPlanDialog
from ui.labels import translate
from ui.table_models import Column, RowTableModel

if TYPE_CHECKING:
    from domain.plan_import import ImportReport, NamedChange


def _entity(change: NamedChange) -> str:
    return {
        "district": translate("ImportPlanDialog", "District"),
        "commune": translate("ImportPlanDialog", "Commune"),
        "village": translate("ImportPlanDialog", "Village"),
        "agency": translate("ImportPlanDialog", "Agency"),
    }[change.entity]


def _move(change: NamedChange) -> str:
    return {
        "created": translate("ImportPlanDialog", "new"),
        "joins": translate("ImportPlanDialog", "joins the plan"),
        "leaves": translate("ImportPlanDialog", "leaves the plan (kept with its history)"),
    }[change.move]


def _name(change: NamedChange) -> str:
    """'Làng X — trước 01/7/2025: xã Y, huyện Z' for a village found through a reorganisation."""
    return f"{change.name} — {change.former}" if getattr(change, "former", "") else change.name


NAME_COLUMNS = (
    Column(lambda: translate("ImportPlanDialog", "Kind"), _entity),
    Column(lambda: translate("ImportPlanDialog", "Name"), _name),
    Column(lambda: translate("ImportPlanDialog", "In"), lambda change: change.within),
    Column(lambda: translate("ImportPlanDialog", "What the import does"), _move),
)

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
    """Accepting the preview means: import it. A refusal has only a Close button. Laid out by
    ui/forms/plan_import_dialog.ui."""

    def __init__(self, parent: QWidget, file_name: str, report: ImportReport | None = None,
                 warnings: list[str] | None = None, refusal: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_ImportPlanDialog()
        self.ui.setupUi(self)
        self.heading, self.details, self.buttons = self.ui.heading, self.ui.details, self.ui.buttons
        if report is None:
            self.heading.setText(self.tr("“%1” cannot be imported; nothing was written. Correct the file and "
                                         "import it again:").replace("%1", file_name))
            self.details.setPlainText(refusal)
            self.ui.sheetsTable.hide()
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        else:
            self._preview(file_name, report, warnings or [])

    def _preview(self, file_name: str, report: ImportReport, warnings: list[str]) -> None:
        text = (self.tr("“%1” will create the plan %2.") if report.new_plan
                else self.tr("“%1” will update the plan %2; recorded assessments are kept."))
        text = text.replace("%1", file_name).replace("%2", report.plan_code)
        if not report.changes_anything:
            text += " " + self.tr("Nothing would change: this plan is already as the file says.")
        self.heading.setText(text)
        self.sheet_model = RowTableModel(SHEET_COLUMNS, self)
        self.sheet_model.set_rows(list(report.sheets.items()))
        table = self.ui.sheetsTable
        table.setModel(self.sheet_model)
        table.resizeColumnsToContents()  # six sheets
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        rows_height = sum(table.rowHeight(row) for row in range(self.sheet_model.rowCount()))
        table.setMinimumHeight(rows_height + table.horizontalHeader().sizeHint().height() + 4)
        self.name_model = RowTableModel(NAME_COLUMNS, self)
        self.name_model.set_rows(report.named)
        names = self.ui.namesTable
        names.setModel(self.name_model)
        names.verticalHeader().setDefaultSectionSize(names.fontMetrics().height() + 8)  # one line a row
        names.resizeColumnsToContents()  # measures at most the first 1,000 rows (the header's precision)
        names.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ui.namesLabel.setVisible(bool(report.named))
        names.setVisible(bool(report.named))
        self.ui.checkLabel.setVisible(bool(warnings))
        self.details.setVisible(bool(warnings))
        self.details.setPlainText("\n".join(warnings))
        self.details.setMaximumHeight(140)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(report.changes_anything)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
