"""The summary's charts, drawn with reportlab's graphics: vector, embedded fonts, legible in black and white
(bars in grey with their value written at the end, never told apart by colour alone)."""

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.renderbase import STATE_DEFAULTS
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from exports.fonts import BOLD, REGULAR, register_fonts

BAR = colors.HexColor("#7F7F7F")
LABEL_SIZE = 8

# A drawing's renderer starts every drawing in the graphics default font (Helvetica), which would then be
# named in the PDF without being embedded; ours is Noto Serif.
register_fonts()
STATE_DEFAULTS["fontName"] = REGULAR


def _titled(width: float, height: float, title: str) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(String(width / 2, height - 12, title, fontName=BOLD, fontSize=10, textAnchor="middle"))
    return drawing


def _cut(text: str, room: float) -> str:
    if stringWidth(text, REGULAR, LABEL_SIZE) <= room:
        return text
    while text and stringWidth(text + "…", REGULAR, LABEL_SIZE) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def fitted(label: str, room: float, lines: int = 1) -> str:
    """`label` in at most `lines` lines of `room` points of the axis font, the last cut with "…": a long name (a
    commune's, a criterion's, up to 300 characters) would run off the page or over its neighbours. The tables
    after the charts name it whole."""
    rows: list[str] = []
    words = label.split()
    while words and len(rows) < lines - 1:
        row = words.pop(0)
        while words and stringWidth(f"{row} {words[0]}", REGULAR, LABEL_SIZE) <= room:
            row = f"{row} {words.pop(0)}"
        rows.append(_cut(row, room))
    if words:
        rows.append(_cut(" ".join(words), room))
    return "\n".join(rows)


def _style_axes(chart) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = REGULAR
        axis.labels.fontSize = LABEL_SIZE
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = colors.black
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 8
    chart.barLabelFormat = "%d"
    chart.valueAxis.valueMin = 0


def column_chart(title: str, labels: list[str], values: list[int], width: float, height: float) -> Drawing:
    """Upright bars, one a label, the value above each bar."""
    drawing = _titled(width, height, title)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 40
    chart.width, chart.height = width - 45, height - 70
    chart.data = [values]
    room = chart.width / max(1, len(labels)) - 2
    chart.categoryAxis.categoryNames = [fitted(label, room, lines=2) for label in labels]
    chart.categoryAxis.labels.boxAnchor = "n"
    _style_axes(chart)
    chart.barLabels.nudge = 7
    chart.valueAxis.valueMax = max([*values, 1]) * 1.15
    chart.valueAxis.valueStep = max(1, round(chart.valueAxis.valueMax / 5))
    drawing.add(chart)
    return drawing


def bar_chart(title: str, labels: list[str], values: list[int], width: float, height: float,
              value_max: int | None = None) -> Drawing:
    """Lying bars, the first label on top, the value at the end of each bar."""
    drawing = _titled(width, height, title)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 20
    chart.width, chart.height = width - 180, height - 45
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = [fitted(label, chart.x - 8) for label in reversed(labels)]
    chart.categoryAxis.labels.boxAnchor = "e"
    _style_axes(chart)
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.nudge = 8
    chart.valueAxis.valueMax = value_max or max([*values, 1])
    drawing.add(chart)
    return drawing
