"""The Campaign page: the year's campaign figures per district, commune or agency and for the whole plan.

Above: one row a unit, the figures side by side. Below: the chosen unit as a review quotes it, each household
indicator with its count, rate and changes, then its models, resources, visits and difficulties. A saved
change repaints the rows of the units it touched and the whole plan's (`update_figures`), not the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSettings, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from domain.formatting import format_int, format_points, format_rate
from domain.vocabulary import COUNT_FIELDS
from ui.busy_note import BusyNote
from ui.campaign_text import activity_columns, campaign_lines
from ui.households_page import DETAIL_COLUMNS, IndicatorLine
from ui.labels import translate
from ui.layouts import column, vertical_split
from ui.record_labels import field_label
from ui.table_models import ROW_ROLE, SORT_ROLE, Column, RowTableModel, row_table
from ui.units_note import UnitsNote
from ui.wide_tables import fitting_table

if TYPE_CHECKING:
    from domain.agency_overview import AgencyRow
    from domain.campaign import CampaignFigures, CampaignRollup
    from domain.figures_refresh import FiguresChange
    from domain.places import PlaceRow
    from domain.progress import PlanProgress


@dataclass(frozen=True)
class UnitLine:
    name: str
    figures: CampaignFigures
    whole_plan: bool = False
    unit_id: int | None = None


def _rate_column(name: str, with_change: bool = False) -> Column:
    def text(line: UnitLine) -> str:
        indicator = line.figures.indicators.get(name)
        if indicator is None or indicator.rate is None:
            return "–"
        rate = format_rate(indicator.rate)
        return f"{rate} ({format_points(indicator.change_base)})" if with_change else rate

    def key(line: UnitLine):
        indicator = line.figures.indicators.get(name)
        return -1.0 if indicator is None or indicator.rate is None else indicator.rate

    def title() -> str:
        label = field_label("households", name)
        return translate("CampaignView", "%1 (points against the first year)").replace("%1", label) if with_change \
            else label

    return Column(title, text, key, align_right=True)


UNIT_COLUMNS = (
    Column(lambda: translate("CampaignView", "Unit"), lambda line: line.name),
    Column(lambda: translate("CampaignView", "Villages reporting"),
           lambda line: f"{line.figures.villages_reporting}/{line.figures.villages}",
           lambda line: line.figures.villages_reporting, align_right=True),
    Column(lambda: translate("CampaignView", "EM households"),
           lambda line: format_int(line.figures.minority_households),
           lambda line: line.figures.minority_households, align_right=True),
    *(_rate_column(name, with_change=name in ("reached", "poor")) for name in COUNT_FIELDS),
    *activity_columns(lambda line: line.figures),
)

UNIT_HIDDEN = (4, 5, 6, 7, 9, 10, 11, 12, 13)
"""Shown from the header's menu: changed ways, applying science, better life, in cooperatives, near-poor, models
and resources (reporting, households, reached, poor, visits and difficulties fit 1366×768 with the tree open)."""

BY_DISTRICT, BY_COMMUNE, BY_AGENCY = "district", "commune", "agency"


class WholePlanLast(QSortFilterProxyModel):
    """Sorts the units by the column clicked; the whole plan's row stays at the bottom either way."""

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        """Overrides QSortFilterProxyModel.lessThan."""
        left_line, right_line = left.data(ROW_ROLE), right.data(ROW_ROLE)
        if left_line.whole_plan != right_line.whole_plan:
            return right_line.whole_plan == (self.sortOrder() == Qt.SortOrder.AscendingOrder)
        return super().lessThan(left, right)


class CampaignView(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.grouping = QComboBox()
        self.grouping.setObjectName("campaignGrouping")
        self.grouping.addItem(self.tr("By district"), BY_DISTRICT)
        self.grouping.addItem(self.tr("By commune"), BY_COMMUNE)
        self.grouping.addItem(self.tr("By agency"), BY_AGENCY)
        self.grouping.currentIndexChanged.connect(self._show_units)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        self.unit_model = RowTableModel(UNIT_COLUMNS, self, emphasis=lambda line: line.whole_plan)
        self.unit_proxy = WholePlanLast(self)
        self.unit_proxy.setSourceModel(self.unit_model)
        self.unit_proxy.setSortRole(SORT_ROLE)
        self.unit_proxy.setSortLocaleAware(True)
        self.unit_table = row_table(None, "campaignUnits")
        self.detail_label = QLabel()
        self.detail_label.setStyleSheet("font-weight: bold;")
        self.detail_model = RowTableModel(DETAIL_COLUMNS, self)
        self.detail_table = row_table(None, "campaignDetail")
        self.detail_notes = QLabel()
        self.detail_notes.setWordWrap(True)

        top_row = QHBoxLayout()
        top_row.addWidget(self.heading, 1)
        top_row.addWidget(QLabel(self.tr("Show:")))
        top_row.addWidget(self.grouping)
        self.busy_note = BusyNote(self.unit_table, self.detail_table)
        self.units_label = UnitsNote("campaignUnits")
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy_note)
        layout.addWidget(self.units_label)
        layout.addWidget(vertical_split(column(top_row, self.unit_table),
                                        column(self.detail_label, (self.detail_table, 1), self.detail_notes)))
        # The models and wrapping headings only once the tables are in the page: each move of a table into a
        # layout styled it again under the application's stylesheet, its headings measured again (issue 14).
        self.unit_table.setModel(self.unit_proxy)
        self.unit_columns = fitting_table(self.unit_table, UNIT_HIDDEN)
        self.unit_table.setSortingEnabled(True)
        self.unit_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the plan's order until a header is clicked
        self.detail_table.setModel(self.detail_model)
        self.unit_table.selectionModel().selectionChanged.connect(self._unit_selected)
        self._places: list[PlaceRow] = []
        self._agencies: list[AgencyRow] = []
        self._campaign: CampaignRollup | None = None
        self._first_year = 0

    def set_data(self, places: list[PlaceRow], agencies: list[AgencyRow], campaign: CampaignRollup | None,
                 first_year: int) -> None:
        self._places, self._agencies, self._campaign, self._first_year = places, agencies, campaign, first_year
        self._show_units()

    def set_units(self, said: str) -> None:
        self.units_label.show_units(said)

    def remember_columns(self, settings: QSettings) -> None:
        """The unit table's columns as last chosen in `settings`, and kept there when changed."""
        self.unit_columns.remember(settings)

    def set_busy(self, busy: bool) -> None:
        """Say that the page's figures are being read (its tables greyed until they are shown)."""
        self.busy_note.set_busy(busy)

    def update_figures(self, _progress: PlanProgress | None, campaign: CampaignRollup,
                       change: FiguresChange) -> None:
        """New figures where only `change`'s units differ: their rows and the whole plan's repainted."""
        self._campaign = campaign
        changed = {BY_DISTRICT: change.districts, BY_COMMUNE: change.communes,
                   BY_AGENCY: change.agencies}[self.grouping.currentData()]
        selected = self._selected()
        rows = {row: UnitLine(line.name, self._figures_of(line.unit_id, line.whole_plan), line.whole_plan,
                              line.unit_id)
                for row, line in enumerate(self.unit_model.rows()) if line.whole_plan or line.unit_id in changed}
        self.unit_model.replace_rows(rows)
        if selected is not None and (selected.whole_plan or selected.unit_id in changed):
            self._unit_selected()

    def _figures_of(self, unit_id: int | None, whole_plan: bool = False) -> CampaignFigures:
        from domain.campaign import CampaignFigures

        campaign = self._campaign
        if whole_plan:
            return campaign.plan
        grouping = self.grouping.currentData()
        if grouping == BY_AGENCY:
            return campaign.by_agency.get(unit_id) or CampaignFigures()
        return (campaign.by_district if grouping == BY_DISTRICT else campaign.by_commune)[unit_id]

    def units(self) -> list[UnitLine]:
        """The rows for the chosen grouping, the whole plan last."""
        if self._campaign is None:
            return []
        grouping = self.grouping.currentData()
        if grouping == BY_AGENCY:
            named = {a.agency_id: a.name for a in self._agencies}
        elif grouping == BY_DISTRICT:
            named = {p.district_id: p.district or self.tr("(no district)") for p in self._places}
        else:
            named = {p.commune_id: p.commune for p in self._places}
        lines = [UnitLine(name, self._figures_of(unit_id), unit_id=unit_id) for unit_id, name in named.items()]
        return [*lines, UnitLine(self.tr("Whole plan"), self._campaign.plan, whole_plan=True)]

    def _show_units(self) -> None:
        selected = self._selected()
        year = self._campaign.year if self._campaign else ""
        self.heading.setText(self.tr("Campaign figures %1").replace("%1", str(year)))
        self.unit_model.set_rows(self.units())
        self.unit_table.resizeColumnsToContents()
        lines = [self.unit_proxy.index(r, 0).data(ROW_ROLE) for r in range(self.unit_proxy.rowCount())]
        keep = next((r for r, line in enumerate(lines) if selected is not None and line.name == selected.name), None)
        whole = next((r for r, line in enumerate(lines) if line.whole_plan), None)
        row = keep if keep is not None else whole
        if row is None:
            self._unit_selected()
        else:
            self.unit_table.selectRow(row)
            self._unit_selected()

    def _selected(self) -> UnitLine | None:
        rows = self.unit_table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _unit_selected(self, *_args) -> None:
        line = self._selected()
        if line is None or self._campaign is None:
            self.detail_model.set_rows([])
            self.detail_label.clear()
            self.detail_notes.clear()
            return
        self.detail_label.setText(line.name)
        self.detail_model.set_rows([IndicatorLine(name, line.figures.indicators[name]) for name in COUNT_FIELDS
                                    if name in line.figures.indicators])
        self.detail_table.resizeColumnsToContents()
        self.detail_notes.setText("\n".join(campaign_lines(line.figures, self._campaign.year, self._first_year)))
