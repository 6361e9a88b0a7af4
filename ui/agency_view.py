"""The agency page: every agency of the plan with its villages, their progress and campaign figures.

A saved change repaints the rows of the agencies and villages it touched (`update_figures`), not the page.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QSettings, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from domain.formatting import format_percent
from domain.vocabulary import AssignmentRole
from ui.busy_note import BusyNote
from ui.campaign_text import activity_columns, campaign_lines
from ui.labels import agency_kind_label, progress_text, role_label, translate
from ui.layouts import column, vertical_split
from ui.table_models import ROW_ROLE, SORT_ROLE, Column, RowTableModel, row_table
from ui.wide_tables import fitting_table

if TYPE_CHECKING:
    from domain.agency_overview import AgencyRow, AgencyVillage
    from domain.campaign import CampaignFigures, CampaignRollup
    from domain.figures_refresh import FiguresChange
    from domain.places import PlaceRow
    from domain.progress import AgencyProgress, PlanProgress, Progress, VillageProgress


@dataclass(frozen=True)
class AgencyLine:
    agency: AgencyRow
    progress: AgencyProgress
    campaign: CampaignFigures
    summary: str


@dataclass(frozen=True)
class AgencyVillageLine:
    place: PlaceRow
    assignment: AgencyVillage
    progress: VillageProgress


def _share(progress: Progress) -> str:
    return format_percent(progress.criteria_met, progress.criteria_total)


AGENCY_COLUMNS = (
    Column(lambda: translate("AgencyView", "Agency"), lambda line: line.agency.name,
           tooltip=lambda line: line.summary),
    Column(lambda: translate("AgencyView", "Kind"), lambda line: agency_kind_label(line.agency.kind)),
    Column(lambda: translate("AgencyView", "Lead in"), lambda line: str(line.progress.lead.villages),
           lambda line: line.progress.lead.villages, align_right=True),
    Column(lambda: translate("AgencyView", "Co-support in"), lambda line: str(line.progress.co_support.villages),
           lambda line: line.progress.co_support.villages, align_right=True),
    Column(lambda: translate("AgencyView", "Villages meeting standard"),
           lambda line: f"{line.progress.all.villages_meeting}/{line.progress.all.villages}",
           lambda line: line.progress.all.villages_meeting, align_right=True),
    Column(lambda: translate("AgencyView", "Criteria met"), lambda line: _share(line.progress.all),
           lambda line: line.progress.all.criteria_met / max(1, line.progress.all.criteria_total), align_right=True),
    *activity_columns(lambda line: line.campaign),
)
AGENCY_HIDDEN = (1, 6, 7, 8, 9)
"""Shown from the header's menu: the kind, models and resources (lead, co-support, standard, criteria, visits
and difficulties are what the page is read for; with the tree open they fit 1366×768)."""

VILLAGE_COLUMNS = (
    Column(lambda: translate("AgencyView", "Village"), lambda line: line.place.village),
    Column(lambda: translate("AgencyView", "Commune"), lambda line: line.place.commune),
    Column(lambda: translate("AgencyView", "District"), lambda line: line.place.district or ""),
    Column(lambda: translate("AgencyView", "Role"), lambda line: role_label(line.assignment.role)),
    Column(lambda: translate("AgencyView", "Progress"),
           lambda line: ("★ " if line.progress.meets_standard else "")
           + progress_text(line.progress.met, line.progress.total),
           lambda line: line.progress.met, align_right=True),
)


class AgencyView(QWidget):
    """Agencies above, the chosen agency's villages below; double-click a village to open it."""

    village_activated = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.agency_model = RowTableModel(AGENCY_COLUMNS, self)
        self.agency_proxy = QSortFilterProxyModel(self)
        self.agency_proxy.setSourceModel(self.agency_model)
        self.agency_proxy.setSortRole(SORT_ROLE)
        self.agency_proxy.setSortLocaleAware(True)
        self.village_model = RowTableModel(VILLAGE_COLUMNS, self)
        self.agency_table = row_table(None, "agencies")
        self.village_table = row_table(None, "agencyVillages")
        self.villages_label = QLabel()
        self.villages_label.setStyleSheet("font-weight: bold;")

        self.busy_note = BusyNote(self.agency_table, self.village_table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy_note)
        layout.addWidget(vertical_split(self.agency_table, column(self.villages_label, self.village_table)))
        # The models and wrapping headings only once the tables are in the page: each move of a table into a
        # layout styled it again under the application's stylesheet, its headings measured again (issue 14).
        self.agency_table.setModel(self.agency_proxy)
        self.agency_columns = fitting_table(self.agency_table, AGENCY_HIDDEN)
        self.agency_table.setSortingEnabled(True)
        self.agency_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.village_table.setModel(self.village_model)
        self.agency_table.selectionModel().selectionChanged.connect(self._agency_selected)
        self.village_table.doubleClicked.connect(
            lambda index: self.village_activated.emit(self.village_model.row_at(index.row()).place.village_id))
        self._places: dict[int, PlaceRow] = {}
        self._by_agency: dict[int, list[AgencyVillage]] = {}
        self._progress: PlanProgress | None = None
        self._first_year = 0

    def remember_columns(self, settings: QSettings) -> None:
        """The agency table's columns as last chosen in `settings`, and kept there when changed."""
        self.agency_columns.remember(settings)

    def set_busy(self, busy: bool) -> None:
        """Say that the page's figures are being read (its tables greyed until they are shown)."""
        self.busy_note.set_busy(busy)

    def set_data(self, agencies: list[AgencyRow], assignments: list[AgencyVillage], places: list[PlaceRow],
                 progress: PlanProgress, campaign: CampaignRollup, first_year: int) -> None:
        selected = self.selected_agency_id()
        self._places = {place.village_id: place for place in places}
        self._by_agency = defaultdict(list)
        for assignment in assignments:
            self._by_agency[assignment.agency_id].append(assignment)
        self._progress, self._first_year = progress, first_year
        self.agency_model.set_rows([self._line(agency, progress, campaign) for agency in agencies])
        self.agency_table.resizeColumnsToContents()
        self.select_agency(selected)

    def update_figures(self, progress: PlanProgress, campaign: CampaignRollup, change: FiguresChange) -> None:
        """New figures where only `change`'s agencies and villages differ: those rows repainted."""
        self._progress = progress
        self.agency_model.replace_rows({
            row: self._line(line.agency, progress, campaign)
            for row, line in enumerate(self.agency_model.rows()) if line.agency.agency_id in change.agencies})
        self.village_model.replace_rows({
            row: AgencyVillageLine(line.place, line.assignment, progress.by_village[line.place.village_id])
            for row, line in enumerate(self.village_model.rows()) if line.place.village_id in change.villages})

    def _line(self, agency: AgencyRow, progress: PlanProgress, campaign: CampaignRollup) -> AgencyLine:
        from domain.campaign import CampaignFigures
        from domain.progress import AgencyProgress

        figures = campaign.by_agency.get(agency.agency_id) or CampaignFigures()
        summary = "\n".join([agency.name, *campaign_lines(figures, campaign.year, self._first_year)])
        return AgencyLine(agency, progress.by_agency.get(agency.agency_id) or AgencyProgress(), figures, summary)

    def selected_agency_id(self) -> int | None:
        rows = self.agency_table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE).agency.agency_id if rows else None

    def select_agency(self, agency_id: int | None) -> None:
        for row in range(self.agency_proxy.rowCount()):
            index = self.agency_proxy.index(row, 0)
            if agency_id is None or index.data(ROW_ROLE).agency.agency_id == agency_id:
                self.agency_table.selectRow(row)
                return
        self._show_villages(None)

    def _agency_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.agency_table.selectionModel().selectedRows()
        self._show_villages(rows[0].data(ROW_ROLE) if rows else None)

    def _show_villages(self, line: AgencyLine | None) -> None:
        if line is None or self._progress is None:
            self.village_model.set_rows([])
            self.villages_label.clear()
            return
        lines = [AgencyVillageLine(self._places[a.village_id], a, self._progress.by_village[a.village_id])
                 for a in self._by_agency.get(line.agency.agency_id, [])]
        lines.sort(key=lambda item: (item.assignment.role != AssignmentRole.LEAD, item.place.village))
        self.village_model.set_rows(lines)
        self.village_table.resizeColumnsToContents()
        self.villages_label.setText(self.tr("Villages helped by %1").replace("%1", line.agency.name))
