"""The paperclip a row shows when files are attached to it, with their count: drawn in code (no emoji font is
needed, which Windows 10's and Debian's default fonts lack in colour), made once per count."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPainter, QPainterPath, QPen, QPixmap

HEIGHT = 16
CLIP_WIDTH = 12
INK = QColor("#3a3a3a")


def _clip(painter: QPainter, left: float, height: float) -> None:
    """A paperclip leaning right: one wire bent into an outer loop and an inner one."""
    path = QPainterPath()
    # in a 10 × 20 box, drawn upright, then scaled to the height and leant
    path.moveTo(QPointF(6.5, 6))
    path.lineTo(QPointF(6.5, 15))
    path.arcTo(QRectF(3.5, 13.5, 3, 3), 0, -180)  # the inner loop's bottom
    path.lineTo(QPointF(3.5, 4))
    path.arcTo(QRectF(3.5, 1, 5, 5), 180, -180)  # the top
    path.lineTo(QPointF(8.5, 16))
    path.arcTo(QRectF(1.5, 13, 7, 6), 0, -180)  # the outer loop's bottom
    path.lineTo(QPointF(1.5, 6))
    scale = height / 21
    painter.save()
    painter.translate(left + CLIP_WIDTH / 2, height / 2)
    painter.rotate(25)
    painter.scale(scale, scale)
    painter.translate(-5, -10)
    painter.setPen(QPen(INK, 1.5 / scale, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPath(path)
    painter.restore()


@cache
def paperclip(count: int) -> QPixmap:
    """The paperclip and the count beside it ("📎 3"), for a row's decoration."""
    font = QFont(QGuiApplication.font())
    font.setBold(True)
    text = str(count)
    width = CLIP_WIDTH + QFontMetrics(font).horizontalAdvance(text) + 2
    ratio = QGuiApplication.primaryScreen().devicePixelRatio() if QGuiApplication.primaryScreen() else 1.0
    pixmap = QPixmap(round(width * ratio), round(HEIGHT * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _clip(painter, 0, HEIGHT)
    painter.setFont(font)
    painter.setPen(INK)
    painter.drawText(QRectF(CLIP_WIDTH, 0, width - CLIP_WIDTH, HEIGHT),
                     Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
    painter.end()
    return pixmap
