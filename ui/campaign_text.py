"""The campaign figures of a village or group in a few lines, for tooltips."""

from domain.campaign import CampaignFigures
from domain.formatting import format_int, format_points, format_rate
from domain.village_records import ModelStatus
from ui.labels import translate


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
