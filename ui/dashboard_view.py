"""The dashboard: the year's progress as bar charts over the summary report's figures.

Clicking a bar lists the villages behind it beside the charts (below them, at 1366×768, the list showed no row);
double-clicking one opens its page. The charts
(ui/dashboard_charts.py, QtCharts) are built when the dashboard is first shown, so that neither QtCharts nor
the report types are loaded while the window starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ui.busy_note import BusyNote
from ui.labels import progress_text, translate
from ui.layouts import column
from ui.table_models import Column, RowTableModel, row_table
from ui.units_note import UnitsNote
from ui.wide_tables import fitting_table

if TYPE_CHECKING:
    from PySide6.QtCharts import QBarSet

    from domain.places import PlaceRow
    from domain.summary import Summary
    from ui.dashboard_charts import DashboardCharts

VILLAGE_COLUMNS = (
    Column(lambda: translate("DashboardView", "Village"), lambda line: line[0].village),
    Column(lambda: translate("DashboardView", "Commune"), lambda line: line[0].commune),
    Column(lambda: translate("DashboardView", "District"), lambda line: line[0].district or ""),
    Column(lambda: translate("DashboardView", "Criteria met"), lambda line: line[1], align_right=True),
)
VILLAGE_COLUMNS_HIDDEN = 2
"""The district, shown from the header's menu: the list beside the charts has room for three columns."""


class DashboardView(QWidget):
    village_activated = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.report: Summary | None = None
        self.charts: DashboardCharts | None = None
        self._chart_area = QWidget()
        self._chart_layout = QVBoxLayout(self._chart_area)
        self._chart_layout.setContentsMargins(0, 0, 0, 0)
        self.behind_label = QLabel(self.tr("Click a bar to list the villages behind it."))
        self.behind_label.setStyleSheet("font-weight: bold;")
        self.behind_label.setWordWrap(True)
        self.village_model = RowTableModel(VILLAGE_COLUMNS, self)
        self.village_table = row_table(self.village_model, "dashboardVillages")
        self.village_columns = fitting_table(self.village_table, (VILLAGE_COLUMNS_HIDDEN,))
        self.village_table.doubleClicked.connect(self._village_double_clicked)
        self.busy_note = BusyNote(self._chart_area, self.village_table)
        self.units_label = UnitsNote("dashboardUnits")
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy_note)
        layout.addWidget(self.units_label)
        self.approval_label = QLabel()
        self.approval_label.setObjectName("dashboardApproval")
        self.approval_label.setVisible(False)
        layout.addWidget(self.approval_label)
        beside = QSplitter(Qt.Orientation.Horizontal)
        beside.addWidget(self._chart_area)
        beside.addWidget(column(self.behind_label, self.village_table))
        beside.setStretchFactor(0, 3)
        beside.setStretchFactor(1, 2)
        beside.setSizes([620, 380])  # shared out in this ratio once laid out: the charts are made when first shown
        layout.addWidget(beside, 1)  # the charts take the height; the line naming the units only its own

    def remember_columns(self, settings: QSettings) -> None:
        """The list's columns as last chosen in `settings`, and kept there when changed."""
        self.village_columns.remember(settings)

    @property
    def bar_sets(self) -> dict[str, list[QBarSet]]:
        """Each chart's bars by name: district, commune, years, criteria (none before the first report)."""
        return self.charts.bar_sets if self.charts is not None else {}

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Overrides QWidget.showEvent: the charts are built the first time the dashboard is seen."""
        self._build_charts()
        super().showEvent(event)

    def _build_charts(self) -> DashboardCharts:
        if self.charts is None:
            from ui.dashboard_charts import DashboardCharts

            self.charts = DashboardCharts(self.show_villages)
            self._chart_layout.addWidget(self.charts)
        return self.charts

    def set_units(self, said: str) -> None:
        self.units_label.show_units(said)

    def set_busy(self, busy: bool) -> None:
        """Say that the report is being read (the charts and the list greyed until it is shown)."""
        self.busy_note.set_busy(busy)

    def set_report(self, report: Summary | None) -> None:
        self.report = report
        self._show_approval(report)
        self.village_model.set_rows([])
        self.behind_label.setText(self.tr("Click a bar to list the villages behind it."))
        self._build_charts().show_report(report)

    def _show_approval(self, report: Summary | None) -> None:
        """Whether the figures shown are approved (issue 19): "chưa duyệt" above the charts until every village's
        review is, "final" once the year is closed."""
        self.approval_label.setVisible(report is not None)
        if report is None:
            return
        approval, villages = report.approval, [place.village_id for place in report.places]
        approved = approval.approved_among(villages)
        if approval.closed:
            text, colour = self.tr("%1 is closed: its figures are final.").replace("%1", str(report.year)), ""
        elif approved == len(villages):
            text, colour = self.tr("The figures of all %1 villages are approved.").replace("%1", str(approved)), ""
        else:
            text = (self.tr("Figures not approved: %1 of %2 villages approved.").replace("%1", str(approved))
                    .replace("%2", str(len(villages))))
            colour = "color: #9c1c1c;"
        self.approval_label.setText(text)
        self.approval_label.setStyleSheet(f"font-weight: bold; {colour}")

    def show_villages(self, label: str, village_ids) -> None:
        report = self.report
        places: list[PlaceRow] = report.villages(village_ids)
        self.behind_label.setText(f"{label} ({len(places)})")
        self.village_model.set_rows([(p, progress_text(report.village_progress[p.village_id].met,
                                                       report.village_progress[p.village_id].total))
                                     for p in places])
        self.village_table.resizeColumnsToContents()

    def _village_double_clicked(self, index: QModelIndex) -> None:
        self.village_activated.emit(self.village_model.row_at(index.row())[0].village_id)
