"""The dashboard's four bar charts (QtCharts) over the summary report's figures.

Villages meeting the standard by district and by commune, their count year by year, and the weakest criteria.
A bar clicked calls back with the villages behind it. A chart of many areas stays readable: past
MAX_AREAS it draws the communes with the smallest share meeting the standard, past LABELLED bars its bars
carry no numbers, past UPRIGHT names (or UPRIGHT_LETTERS letters in all) its names stand upright (side by side,
Qt leaves out every other one, or they overlap: six communes' names of the sample after its reorganisation did).
This module is imported when the dashboard is first shown: QtCharts is not loaded while the window starts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QGridLayout, QWidget

if TYPE_CHECKING:
    from domain.summary import Summary

MET_COLOUR, NOT_MET_COLOUR = QColor("#26a69a"), QColor("#cfd8dc")
"""Light enough for the bars' black numbers (contrast 7:1 and 13:1), a number overflowing a short bar onto its
neighbour too; the dark teal #00796b under black numbers was 2.9:1."""
ROOM_ABOVE = 1.15
"""The value axis reaches this much above the tallest bar: its number and the chart's top never touch."""
MAX_AREAS = 30
LABELLED = 12
UPRIGHT = 6
UPRIGHT_LETTERS = 40
ShowVillages = Callable[[str, list[int]], None]


def _axes(chart: QChart, series, categories: list[str], tallest: int, horizontal: bool = False) -> QValueAxis:
    """Categories labelled in a small font; the value axis keeps its grid but not its labels (bars carry them),
    and reaches past the `tallest` bar (returned, to follow a new tallest)."""
    small = QFont()
    small.setPointSizeF(7.5)
    category_axis = QBarCategoryAxis()
    category_axis.append(categories)
    category_axis.setLabelsFont(small)
    category_axis.setTruncateLabels(False)
    if (len(categories) > UPRIGHT or sum(map(len, categories)) > UPRIGHT_LETTERS) and not horizontal:
        category_axis.setLabelsAngle(-90)
    value_axis = QValueAxis()
    value_axis.setLabelFormat("%d")
    _reach(value_axis, tallest)
    value_axis.setLabelsVisible(False)
    chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(category_axis)
    series.attachAxis(value_axis)
    return value_axis


def _reach(value_axis: QValueAxis, tallest: int) -> None:
    value_axis.setRange(0, max(1, tallest) * ROOM_ABOVE)
    value_axis.applyNiceNumbers()


def _bar_set(label: str, values: list[int], colour: QColor) -> QBarSet:
    bar_set = QBarSet(label)
    bar_set.append(values)
    bar_set.setColor(colour)
    bar_set.setLabelColor(QColor("black"))
    return bar_set


@dataclass
class _Drawn:
    """A chart as drawn: what it shows (title, categories) and its bars' values, to tell what a new report changes."""

    title: str
    categories: list[str]
    values: list[list[int]]
    bar_sets: list[QBarSet]
    value_axis: QValueAxis


class DashboardCharts(QWidget):
    """Four charts in a grid; `bar_sets` holds each chart's bars by name for the tests and the clicks. A new report
    redraws only the charts whose title or bars' names it changes; another chart keeps its bars and has their
    values set (after a save, one village: one or two bars, not four charts built and laid out again)."""

    def __init__(self, show_villages: ShowVillages, parent=None) -> None:
        super().__init__(parent)
        self._show_villages = show_villages
        self.views = [QChartView() for _ in range(4)]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for position, view in enumerate(self.views):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(200)
            grid.addWidget(view, position // 2, position % 2)
        self.bar_sets: dict[str, list[QBarSet]] = {}
        self._drawn: dict[str, _Drawn] = {}
        self._report: Summary | None = None
        self._areas_shown: dict[str, list] = {}
        """The areas behind each area chart's bars, in their order."""
        self._criteria_shown: list = []
        """The criteria behind the criteria chart's bars, bottom-up."""

    def show_report(self, report: Summary | None) -> None:
        self._report = report
        if report is None:
            self.bar_sets, self._drawn = {}, {}
            for view in self.views:
                view.setChart(QChart())
            return
        self._areas(self.views[0], "district", [a for a in report.areas[:-1] if a.is_district]
                    or report.areas[-1:],
                    self.tr("Villages meeting the standard by district, %1").replace("%1", str(report.year)))
        communes = [a for a in report.areas[:-1] if not a.is_district]
        title = self.tr("Villages meeting the standard by commune, %1").replace("%1", str(report.year))
        if len(communes) > MAX_AREAS:
            weakest = sorted(communes, key=lambda a: a.progress.villages_meeting / max(1, a.progress.villages))
            drawn = {id(area) for area in weakest[:MAX_AREAS]}
            communes = [area for area in communes if id(area) in drawn]  # in the plan's order
            title = self.tr("Villages meeting the standard, the %1 communes with the smallest share, %2").replace(
                "%1", str(MAX_AREAS)).replace("%2", str(report.year))
        self._areas(self.views[2], "commune", communes, title)
        self._years(self.views[1], report)
        self._criteria(self.views[3], report)

    def _kept(self, key: str, title: str, categories: list[str], values: list[list[int]], tallest: int) -> bool:
        """Whether the chart `key` shows this title and these categories already: its bars then take `values`
        where they differ, and its value axis the new `tallest`."""
        drawn = self._drawn.get(key)
        if drawn is None or drawn.title != title or drawn.categories != categories:
            return False
        if drawn.values != values:
            for bar_set, old, new in zip(drawn.bar_sets, drawn.values, values, strict=True):
                for index, (before, after) in enumerate(zip(old, new, strict=True)):
                    if before != after:
                        bar_set.replace(index, after)
            _reach(drawn.value_axis, tallest)
            drawn.values = values
        return True

    def _chart(self, view: QChartView, title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        view.setChart(chart)
        return chart

    def _areas(self, view: QChartView, key: str, areas, title: str) -> None:
        self._areas_shown[key] = areas
        categories = [a.name for a in areas]
        values = [[a.progress.villages_meeting for a in areas],
                  [a.progress.villages - a.progress.villages_meeting for a in areas]]
        tallest = max((a.progress.villages for a in areas), default=0)
        if self._kept(key, title, categories, values, tallest):
            return
        chart = self._chart(view, title)
        met = _bar_set(self.tr("Meeting the standard"), values[0], MET_COLOUR)
        not_met = _bar_set(self.tr("Not yet"), values[1], NOT_MET_COLOUR)
        series = QStackedBarSeries()
        series.append([met, not_met])
        series.setLabelsVisible(len(areas) <= LABELLED)
        chart.addSeries(series)
        axis = _axes(chart, series, categories, tallest)

        def show(meeting: bool) -> Callable[[int], None]:
            def clicked(index: int) -> None:
                report, area = self._report, self._areas_shown[key][index]
                ids = [v for v in area.village_ids if report.village_progress[v].meets_standard == meeting]
                label = (self.tr("%1: villages meeting the standard") if meeting
                         else self.tr("%1: villages not yet meeting the standard")).replace("%1", area.name)
                self._show_villages(label, ids)

            return clicked

        met.clicked.connect(show(True))
        not_met.clicked.connect(show(False))
        self.bar_sets[key] = [met, not_met]
        self._drawn[key] = _Drawn(title, categories, values, [met, not_met], axis)

    def _years(self, view: QChartView, report: Summary) -> None:
        title = self.tr("Villages meeting the standard, year by year")
        years = sorted(report.meeting_by_year)
        values = [[len(report.meeting_by_year[y]) for y in years]]
        categories = [str(y) for y in years]
        if self._kept("years", title, categories, values, max(values[0], default=0)):
            return
        chart = self._chart(view, title)
        bars = _bar_set(self.tr("Villages meeting the standard"), values[0], MET_COLOUR)
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        axis = _axes(chart, series, categories, max(values[0], default=0))
        chart.legend().hide()

        def clicked(index: int) -> None:
            year = sorted(self._report.meeting_by_year)[index]
            self._show_villages(self.tr("Villages meeting the standard in %1").replace("%1", str(year)),
                                self._report.meeting_by_year[year])

        bars.clicked.connect(clicked)
        self.bar_sets["years"] = [bars]
        self._drawn["years"] = _Drawn(title, categories, values, [bars], axis)

    def _criteria(self, view: QChartView, report: Summary) -> None:
        shown = list(reversed(report.criteria[:8]))  # drawn bottom-up: the weakest on top
        self._criteria_shown = shown
        title = self.tr("Weakest criteria: villages meeting each, %1").replace("%1", str(report.year))
        values = [[c.villages_met for c in shown]]
        categories = [f"{c.number}. {c.name}" for c in shown]
        if self._kept("criteria", title, categories, values, max(values[0], default=0)):
            return
        chart = self._chart(view, title)
        bars = _bar_set(self.tr("Villages meeting the criterion"), values[0], MET_COLOUR)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        axis = _axes(chart, series, categories, max(values[0], default=0), horizontal=True)
        chart.legend().hide()

        def clicked(index: int) -> None:
            report, criterion = self._report, self._criteria_shown[index]
            missing = [p.village_id for p in report.places
                       if p.village_id not in report.criterion_villages[criterion.number]]
            self._show_villages(self.tr("Criterion %1 (%2): villages not meeting it").replace(
                "%1", str(criterion.number)).replace("%2", criterion.name), missing)

        bars.clicked.connect(clicked)
        self.bar_sets["criteria"] = [bars]
        self._drawn["criteria"] = _Drawn(title, categories, values, [bars], axis)
