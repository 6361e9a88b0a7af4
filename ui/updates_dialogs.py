"""The dialogs of the team-lead workbooks: for whom and which year to send; and, back in, every change,
conflict and refused row before anything is written, with the rows to apply ticked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QWidget

from domain.vocabulary import LineKind
from ui.forms.updates_export_dialog_ui import Ui_UpdatesExportDialog
from ui.forms.updates_import_dialog_ui import Ui_UpdatesImportDialog
from ui.labels import status_label, translate
from ui.rows_in_view import RowsInView
from ui.table_models import Answer, Column, Index, RowTableModel, row_table

if TYPE_CHECKING:  # the database layer is imported after the window's first paint, not with this module
    from domain.agency_overview import AgencyRow
    from domain.update_merge import UpdateLine, UpdatePreview

MEASURED_ROWS = 200
"""Rows a column's width is measured over (the header's default is 1,000, for each of a preview's columns)."""
WIDEST_COLUMN = 260


class UpdatesExportDialog(QDialog):
    """Which agency (or every agency, one workbook each) and which year. Laid out by
    ui/forms/updates_export_dialog.ui."""

    def __init__(self, agencies: list[AgencyRow], years: list[int], year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UpdatesExportDialog()
        self.ui.setupUi(self)
        self.agency_combo, self.year_combo = self.ui.agencyCombo, self.ui.yearCombo
        self.agency_combo.addItem(self.tr("Every agency (one workbook each, into a folder)"), None)
        for agency in agencies:
            self.agency_combo.addItem(agency.name, agency.agency_id)
        for each in years:
            self.year_combo.addItem(str(each), each)
        self.year_combo.setCurrentIndex(years.index(year))

    def choice(self) -> tuple[int | None, str, int]:
        """(agency id or None for every agency, its name, year)."""
        return self.agency_combo.currentData(), self.agency_combo.currentText(), self.year_combo.currentData()


def _status_change(line: UpdateLine) -> str:
    if line.old is None:
        return ""
    if line.old.status == line.new.status:
        return status_label(line.new.status)
    return f"{status_label(line.old.status)} → {status_label(line.new.status)}"


def _text_change(name: str):
    def text(line: UpdateLine) -> str:
        if line.old is None:
            return ""
        before, after = getattr(line.old, name), getattr(line.new, name)
        return after if before == after else f"{before or '∅'} → {after or '∅'}"
    return text


WHERE = Column(lambda: translate("UpdatesImportDialog", "In the file"), lambda line: line.where)
VILLAGE = Column(lambda: translate("UpdatesImportDialog", "Village"), lambda line: line.village)
CRITERION = Column(lambda: translate("UpdatesImportDialog", "Criterion"), lambda line: line.criterion)
STATUS = Column(lambda: translate("UpdatesImportDialog", "Status"), _status_change)
EVIDENCE = Column(lambda: translate("UpdatesImportDialog", "Evidence"), _text_change("evidence"))
NOTE = Column(lambda: translate("UpdatesImportDialog", "Note"), _text_change("note"))
REASON = Column(lambda: translate("UpdatesImportDialog", "Why"), lambda line: line.reason)
SUBMITTED_VILLAGE = Column(lambda: translate("UpdatesImportDialog", "Village"), lambda line: line[1])
COLUMNS = {
    LineKind.CHANGE: (VILLAGE, CRITERION, STATUS, EVIDENCE, NOTE, WHERE),
    LineKind.CONFLICT: (VILLAGE, CRITERION, STATUS, EVIDENCE, NOTE, REASON, WHERE),
    LineKind.REFUSED: (WHERE, VILLAGE, CRITERION, REASON),
}


class LinesModel(RowTableModel):
    """Update lines; those that may be applied carry a tick box in the first column."""

    def __init__(self, kind: LineKind, lines: list[UpdateLine], parent=None) -> None:
        super().__init__(COLUMNS[kind], parent)
        self.set_rows(lines)
        self._ticked = {index for index, line in enumerate(lines) if line.kind == LineKind.CHANGE}

    def ticked(self) -> list[UpdateLine]:
        return [self.row_at(index) for index in sorted(self._ticked)]

    def tick_all(self, ticked: bool) -> None:
        rows = self.rows()
        self._ticked = {index for index, line in enumerate(rows) if line.applicable} if ticked else set()
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 0), [Qt.ItemDataRole.CheckStateRole])

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Overrides RowTableModel.flags: the first column of an applicable line can be ticked."""
        flags = super().flags(index)
        if index.isValid() and index.column() == 0 and self.row_at(index.row()).applicable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def answers(self) -> dict[int, Answer]:
        """Overrides RowTableModel.answers: the tick boxes, besides every table's roles."""
        return {**super().answers(), int(Qt.ItemDataRole.CheckStateRole): self._tick}

    def _tick(self, row: int, column: int) -> Qt.CheckState | None:
        if column != 0 or not self.row_at(row).applicable:
            return None
        return Qt.CheckState.Checked if row in self._ticked else Qt.CheckState.Unchecked

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Overrides RowTableModel.setData: ticking and unticking."""
        if role != Qt.ItemDataRole.CheckStateRole or not (self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable):
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._ticked.add(index.row())
        else:
            self._ticked.discard(index.row())
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class UpdatesImportDialog(QDialog):
    """Accepting means: apply the ticked rows, and mark submitted the villages whose sheet sends the team's review
    when "Mark … submitted" is ticked (issue 19; a tab lists them). A workbook refused whole has only a Close button.
    Laid out by
    ui/forms/updates_import_dialog.ui. A workbook of 477 villages brings 8,109 lines: its tables measure their
    columns over their first rows and size the rows on screen only (ui/rows_in_view.py), so it opens at once."""

    def __init__(self, preview: UpdatePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UpdatesImportDialog()
        self.ui.setupUi(self)
        self.preview = preview
        self.models: dict[LineKind, LinesModel] = {}
        self.heading, self.tabs, self.buttons = self.ui.heading, self.ui.tabs, self.ui.buttons
        self.submit_box: QCheckBox | None = None
        if preview.refusal:
            self.heading.setText(self.tr("This workbook cannot be imported; nothing was written."))
            self.ui.refusal.setPlainText(preview.refusal)
            for part in (self.tabs, self.ui.tickAllButton, self.ui.untickAllButton):
                part.hide()
            self.ui.refusal.show()
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        else:
            self._preview()

    def _preview(self) -> None:
        preview = self.preview
        self.heading.setText(
            self.tr("“%1” from %2 for %3: %4 change(s), %5 conflict(s), %6 row(s) refused, %7 row(s) unchanged. "
                    "Nothing is written until you apply; conflicts are applied only when you tick them.")
            .replace("%1", preview.file_name).replace("%2", preview.agency).replace("%3", str(preview.year))
            .replace("%4", str(len(preview.changes))).replace("%5", str(len(preview.conflicts)))
            .replace("%6", str(len(preview.refused))).replace("%7", str(preview.unchanged)))
        tables = {LineKind.CHANGE: self.ui.updates_change, LineKind.CONFLICT: self.ui.updates_conflict,
                  LineKind.REFUSED: self.ui.updates_refused}
        for tab, (kind, table) in enumerate(tables.items()):
            lines = preview.of_kind(kind)
            model = LinesModel(kind, lines, self)
            model.dataChanged.connect(self._ticks_changed)
            self.models[kind] = model
            table.setModel(model)
            table.horizontalHeader().setResizeContentsPrecision(MEASURED_ROWS)
            table.resizeColumnsToContents()
            for column in range(model.columnCount()):
                table.setColumnWidth(column, min(table.columnWidth(column), WIDEST_COLUMN))
            RowsInView(table)  # long reasons and evidence wrap instead of ending in "…"
            table.clicked.connect(lambda index, m=model: self._toggle(m, index))
            self.tabs.setTabText(tab, self.tabs.tabText(tab).replace("%1", str(len(lines))))
        if preview.to_submit:
            self._submissions(preview)
        self.tabs.setCurrentIndex(next((i for i, kind in enumerate(tables) if self.models[kind].rowCount()), 0))
        self.ui.tickAllButton.clicked.connect(lambda: self._tick_all(True))
        self.ui.untickAllButton.clicked.connect(lambda: self._tick_all(False))
        self.apply_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._ticks_changed()

    def _submissions(self, preview: UpdatePreview) -> None:
        """The villages the import marks Đã gửi: a tab listing them, and the choice, ticked, under the tabs."""
        count = str(len(preview.to_submit))
        self.heading.setText(self.heading.text() + " " + self.tr("%1 village(s) sent their review and will be marked "
                                                                 "submitted.").replace("%1", count))
        model = RowTableModel((SUBMITTED_VILLAGE,), self)
        model.set_rows(preview.to_submit)
        self.tabs.addTab(row_table(model, "updates_submitted"), self.tr("Marked submitted (%1)").replace("%1", count))
        self.submit_box = QCheckBox(self.tr("Mark these %1 village(s) submitted (the team sent its review)")
                                    .replace("%1", count))
        self.submit_box.setObjectName("submitBox")
        self.submit_box.setChecked(True)
        self.submit_box.toggled.connect(self._ticks_changed)
        self.ui.layout.insertWidget(self.ui.layout.indexOf(self.tabs) + 1, self.submit_box)

    def submits(self) -> bool:
        """Whether to mark the villages that sent their review submitted."""
        return self.submit_box is not None and self.submit_box.isChecked()

    def _toggle(self, model: LinesModel, index: QModelIndex) -> None:
        """A click anywhere on an applicable row ticks or unticks it, not only on the small box."""
        if index.column() == 0:
            return
        box = model.index(index.row(), 0)
        if model.flags(box) & Qt.ItemFlag.ItemIsUserCheckable:
            ticked = model.data(box, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
            model.setData(box, (Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked).value,
                          Qt.ItemDataRole.CheckStateRole)

    def _tick_all(self, ticked: bool) -> None:
        """On the tab in view only: ticking every change must not also overwrite every conflict."""
        models = list(self.models.values())
        if self.tabs.currentIndex() < len(models):  # the villages marked submitted have no ticks of their own
            models[self.tabs.currentIndex()].tick_all(ticked)

    def _ticks_changed(self, *_args) -> None:
        count = len(self.ticked())
        self.apply_button.setText(self.tr("Apply %1 ticked row(s)").replace("%1", str(count)))
        self.apply_button.setEnabled(count > 0 or self.submits())

    def ticked(self) -> list[UpdateLine]:
        return [line for kind in (LineKind.CHANGE, LineKind.CONFLICT) for line in self.models[kind].ticked()]

    def chosen(self) -> dict[tuple[int, int], int]:
        """What apply_updates takes: each ticked row's key and the version it was seen at."""
        return {line.key: line.version for line in self.ticked()}
