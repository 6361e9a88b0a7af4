"""The household indicators of a village, year by year, with the rates and changes the domain derives.

Above: one row a year, each count with its rate. Below: the chosen year as a review quotes it, each indicator
with its count, rate and the change (in percentage points) against the year before and the plan's first year.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from domain.formatting import format_int, format_points, format_rate
from domain.vocabulary import COUNT_FIELDS
from ui.attachment_model import with_paperclip
from ui.labels import translate
from ui.record_labels import field_label
from ui.records_page import RecordsPage
from ui.table_models import Column, RowTableModel, row_table

if TYPE_CHECKING:
    from domain.campaign import HouseholdYear, Indicator


def _count_column(name: str) -> Column:
    def text(year: HouseholdYear) -> str:
        indicator = year.indicators[name]
        return f"{format_int(indicator.count)} · {format_rate(indicator.rate)}"

    def tooltip(year: HouseholdYear) -> str:
        indicator = year.indicators[name]
        return translate("Households", "%1: %2 households, %3; against the year before %4 points, "
                                       "against the first year %5 points").replace(
            "%1", field_label("households", name)).replace("%2", format_int(indicator.count)).replace(
            "%3", format_rate(indicator.rate)).replace("%4", format_points(indicator.change_previous)).replace(
            "%5", format_points(indicator.change_base))

    return Column(lambda: field_label("households", name), text, lambda year: year.indicators[name].count,
                  align_right=True, tooltip=tooltip)


YEAR_COLUMNS = (
    Column(lambda: field_label("households", "year"), lambda year: str(year.record.year), lambda y: y.record.year),
    Column(lambda: translate("Households", "EM households"), lambda year: format_int(year.record.minority_households),
           lambda year: year.record.minority_households, align_right=True),
    *(_count_column(name) for name in COUNT_FIELDS),
)


@dataclass(frozen=True)
class IndicatorLine:
    name: str
    indicator: Indicator


DETAIL_COLUMNS = (
    Column(lambda: translate("Households", "Indicator"), lambda line: field_label("households", line.name)),
    Column(lambda: translate("Households", "Households"), lambda line: format_int(line.indicator.count),
           align_right=True),
    Column(lambda: translate("Households", "Rate"), lambda line: format_rate(line.indicator.rate), align_right=True),
    Column(lambda: translate("Households", "Against the year before (points)"),
           lambda line: format_points(line.indicator.change_previous), align_right=True),
    Column(lambda: translate("Households", "Against the plan's first year (points)"),
           lambda line: format_points(line.indicator.change_base), align_right=True),
)


class HouseholdsPage(RecordsPage):
    def __init__(self, gateway, parent=None) -> None:
        super().__init__("households", gateway, parent)
        self.detail_model = RowTableModel(DETAIL_COLUMNS, self)

    def _below(self) -> list[tuple[QWidget, int]]:
        self.detail_label = QLabel()
        self.detail_label.setStyleSheet("font-weight: bold;")
        self.detail_view = row_table(self.detail_model, "householdRates")
        return [(self.detail_label, 0), (self.detail_view, 1)]

    def _make_model(self) -> RowTableModel:
        first, *others = YEAR_COLUMNS
        return RowTableModel([with_paperclip(first, self), *others], self)

    def record_of(self, row: HouseholdYear):
        return row.record

    def _selection_changed(self, *args) -> None:
        super()._selection_changed(*args)
        chosen: HouseholdYear | None = self.selected_record()
        if chosen is None:
            self.detail_model.set_rows([])
            self.detail_label.setText(self.tr("Choose a year above to see its rates and changes."))
            return
        self.detail_label.setText(self.tr("%1: rates over %2 ethnic-minority households").replace(
            "%1", str(chosen.record.year)).replace("%2", format_int(chosen.record.minority_households)))
        self.detail_model.set_rows([IndicatorLine(name, chosen.indicators[name]) for name in COUNT_FIELDS])
        self.detail_view.resizeColumnsToContents()

    def _show_rows(self) -> None:
        """With nothing chosen, the page's year is shown if the village reported it."""
        super()._show_rows()
        if self.selected_record() is None:
            self._select(next((r.record.id for r in self.model.rows() if r.record.year == self.year), None))
