"""The campaign figures of a village or group: in a few lines for tooltips, and as table columns."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from domain.formatting import format_int, format_points, format_rate
from domain.vocabulary import ModelStatus
from ui.labels import translate
from ui.table_models import Column

if TYPE_CHECKING:
    from domain.campaign import CampaignFigures


def campaign_lines(figures: CampaignFigures, year: int, first_year: int) -> list[str]:
    lines = []
    if figures.villages_reporting:
        indicators = figures.indicators
        lines.append(translate("Campaign", "Households %1: %2 ethnic-minority households (%3 of %4 villages reported)")
                     .replace("%1", str(year)).replace("%2", format_int(figures.minority_households))
                     .replace("%3", str(figures.villages_reporting)).replace("%4", str(figures.villages)))
        lines.append(translate("Campaign", "Reached %1; changed ways %2; applying science %3; better life %4")
                     .replace("%1", format_rate(indicators["reached"].rate))
                     .replace("%2", format_rate(indicators["changed_ways"].rate))
                     .replace("%3", format_rate(indicators["applying_science"].rate))
                     .replace("%4", format_rate(indicators["better_life"].rate)))
        lines.append(translate("Campaign", "Poor households %1 (%2 points against %3)")
                     .replace("%1", format_rate(indicators["poor"].rate))
                     .replace("%2", format_points(indicators["poor"].change_base)).replace("%3", str(first_year)))
    else:
        lines.append(translate("Campaign", "No household figures for %1").replace("%1", str(year)))
    models = figures.models
    lines.append(translate("Campaign", "Models: built %1, maintained %2, replicated %3")
                 .replace("%1", str(models[ModelStatus.BUILT])).replace("%2", str(models[ModelStatus.MAINTAINED]))
                 .replace("%3", str(models[ModelStatus.REPLICATED])))
    lines.append(translate("Campaign", "Resources: %1 VND in money, %2 VND in kind, %3 workdays; %4 visits")
                 .replace("%1", format_int(figures.money_vnd)).replace("%2", format_int(figures.in_kind_vnd))
                 .replace("%3", format_int(figures.workdays)).replace("%4", str(figures.visits)))
    if figures.open_concerns:
        text = translate("Campaign", "Difficulties not resolved: %1").replace("%1", str(figures.open_concerns))
        if figures.overdue_concerns:
            text += " — " + translate("Campaign", "⚠ %1 over 90 days").replace("%1", str(figures.overdue_concerns))
        lines.append(text)
    return lines


def concerns_text(figures: CampaignFigures) -> str:
    """'3 (⚠ 1)': difficulties not resolved, with those over 90 days."""
    if figures.overdue_concerns:
        return f"{figures.open_concerns} (⚠ {figures.overdue_concerns})"
    return str(figures.open_concerns)


def activity_columns(figures_of: Callable[[Any], CampaignFigures]) -> tuple[Column, ...]:
    """Models, resources, visits and difficulties of a row whose figures `figures_of` gives."""
    def models(row) -> str:
        counts = figures_of(row).models
        return f"{counts[ModelStatus.BUILT]} / {counts[ModelStatus.MAINTAINED]} / {counts[ModelStatus.REPLICATED]}"

    def number(title: Callable[[], str], value: Callable[[CampaignFigures], int]) -> Column:
        return Column(title, lambda row: format_int(value(figures_of(row))), lambda row: value(figures_of(row)),
                      align_right=True)

    return (
        Column(lambda: translate("Campaign", "Models built / maintained / replicated"), models,
               lambda row: sum(figures_of(row).models.values()), align_right=True),
        number(lambda: translate("Campaign", "Money (VND)"), lambda f: f.money_vnd),
        number(lambda: translate("Campaign", "In kind (VND)"), lambda f: f.in_kind_vnd),
        number(lambda: translate("Campaign", "Workdays"), lambda f: f.workdays),
        number(lambda: translate("Campaign", "Visits"), lambda f: f.visits),
        Column(lambda: translate("Campaign", "Difficulties open (overdue)"), lambda row: concerns_text(figures_of(row)),
               lambda row: figures_of(row).overdue_concerns * 100_000 + figures_of(row).open_concerns,
               align_right=True),
    )
