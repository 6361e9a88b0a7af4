"""Làng Mới's icon drawn with QPainter at any pixel size: a communal house of the Central Highlands (nhà rông, its
tall blade-shaped roof on stilts) in white on a teal tile, with a golden sun. resources/icons/make_icons.py writes
the bundled PNGs and the .ico from it; the window draws it for the screen's pixel ratio where it shows it large.

At 16 and 24 pixels the roof's pattern and the sun are left out and the lines drawn thicker, so the house stays a
clear shape in a title bar or the taskbar rather than a grey smudge."""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPainterPath, QPixmap

TEAL_TOP, TEAL_BOTTOM = QColor("#00897b"), QColor("#00574b")
SUN = QColor("#ffc107")
WHITE = QColor("#ffffff")


def _roof(unit: float) -> QPainterPath:
    """The nhà rông's roof: an apex high above, its two sides curving in and flaring out to low eaves."""
    path = QPainterPath(QPointF(50 * unit, 9 * unit))
    path.cubicTo(QPointF(47 * unit, 30 * unit), QPointF(36 * unit, 50 * unit), QPointF(16 * unit, 62 * unit))
    path.lineTo(QPointF(84 * unit, 62 * unit))
    path.cubicTo(QPointF(64 * unit, 50 * unit), QPointF(53 * unit, 30 * unit), QPointF(50 * unit, 9 * unit))
    path.closeSubpath()
    return path


def paint_icon(painter: QPainter, side: float, detailed: bool | None = None) -> None:
    """Paint the icon into the square (0, 0, side, side) of `painter`'s device (in its logical units).
    `detailed`: the roof's pattern and the sun, by default from 32 pixels up."""
    if detailed is None:
        detailed = side >= 32
    unit = side / 100
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    tile = QRectF(1 * unit, 1 * unit, 98 * unit, 98 * unit) if detailed else QRectF(0, 0, side, side)
    gradient = QLinearGradient(tile.topLeft(), tile.bottomLeft())
    gradient.setColorAt(0, TEAL_TOP)
    gradient.setColorAt(1, TEAL_BOTTOM)
    painter.setBrush(gradient)
    painter.drawRoundedRect(tile, 20 * unit, 20 * unit)
    if detailed:
        painter.setBrush(SUN)
        painter.drawEllipse(QPointF(77 * unit, 25 * unit), 10 * unit, 10 * unit)
    painter.setBrush(WHITE)
    painter.drawPath(_roof(unit))
    if detailed:  # the roof's woven pattern: two rows of teal diamonds
        painter.setBrush(TEAL_BOTTOM)
        for centre_x, centre_y, half in ((50, 37, 3.2), (44, 51, 3.2), (50, 51, 3.2), (56, 51, 3.2)):
            diamond = QPainterPath(QPointF(centre_x * unit, (centre_y - half * 1.4) * unit))
            diamond.lineTo(QPointF((centre_x + half) * unit, centre_y * unit))
            diamond.lineTo(QPointF(centre_x * unit, (centre_y + half * 1.4) * unit))
            diamond.lineTo(QPointF((centre_x - half) * unit, centre_y * unit))
            diamond.closeSubpath()
            painter.drawPath(diamond)
    painter.setBrush(WHITE)
    painter.drawRect(QRectF(28 * unit, 62 * unit, 44 * unit, 10 * unit))  # the floor and the house's body
    line = 5 if detailed else 7  # the stilts and the ground, thicker where the icon is small
    for x in (30, 50 - line / 2, 70 - line):
        painter.drawRect(QRectF(x * unit, 72 * unit, line * unit, 14 * unit))
    painter.drawRect(QRectF(14 * unit, 86 * unit, 72 * unit, line * unit))  # the ground
    if detailed:  # the door
        painter.setBrush(TEAL_BOTTOM)
        painter.drawRect(QRectF(45 * unit, 64 * unit, 10 * unit, 8 * unit))
    painter.restore()


def icon_image(size: int) -> QImage:
    """The icon drawn at `size` × `size` pixels on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    paint_icon(painter, size)
    painter.end()
    return image


def icon_pixmap(side: int, device_pixel_ratio: float) -> QPixmap:
    """The icon drawn for a screen: `side` logical pixels, side × ratio device pixels, so that it is sharp at 125,
    150 or 200 % scaling instead of a small picture stretched."""
    pixels = max(1, round(side * device_pixel_ratio))
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_icon(painter, pixels)
    painter.end()
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    return pixmap

