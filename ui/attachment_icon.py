"""The paperclip a row shows when files are attached to it, with their count: drawn in code (no emoji font is
needed, which Windows 10's and Debian's default fonts lack in colour), made once per count."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPainter, QPainterPath, QPen, QPixmap

HEIGHT = 16
INK = QColor("#3a3a3a")


def _clip(painter: QPainter, left: float, height: float) -> None:
    """A paperclip standing upright: three nested loops of one wire."""
    path = QPainterPath()
    top, bottom = 1.5, height - 1.5
    path.moveTo(QPointF(left + 6, top + 4))
    path.lineTo(QPointF(left + 6, bottom - 3))
    path.arcTo(QRectF(left + 1, bottom - 6, 5, 5), 0, -180)
    path.lineTo(QPointF(left + 1, top + 3))
    path.arcTo(QRectF(left + 1, top, 7, 6), 180, -180)
    path.lineTo(QPointF(left + 8, bottom - 4))
    painter.setPen(QPen(INK, 1.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPath(path)


@cache
def paperclip(count: int) -> QPixmap:
    """The paperclip and the count beside it ("📎 3"), for a row's decoration."""
    font = QFont(QGuiApplication.font())
    font.setBold(True)
    text = str(count)
    width = 12 + QFontMetrics(font).horizontalAdvance(text) + 2
    ratio = QGuiApplication.primaryScreen().devicePixelRatio() if QGuiApplication.primaryScreen() else 1.0
    pixmap = QPixmap(round(width * ratio), round(HEIGHT * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _clip(painter, 0, HEIGHT)
    painter.setFont(font)
    painter.setPen(INK)
    painter.drawText(QRectF(11, 0, width - 11, HEIGHT), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                     text)
    painter.end()
    return pixmap
