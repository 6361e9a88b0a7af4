"""The small marks of a village's review in the plan tree and the review lists, drawn with QPainter (no image
file): a red clock when the review is overdue, a blue arrow when it was sent, a green tick when it was approved,
an orange arrow back when it was returned. Each has a word beside it or in its tooltip: colour is never the only
signal. Drawn once per kind and process (the tree asks for them at every paint)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from domain.vocabulary import ReviewState

OVERDUE, SUBMITTED, APPROVED, RETURNED = "overdue", "submitted", "approved", "returned"
COLOURS = {OVERDUE: QColor("#c62828"), SUBMITTED: QColor("#1565c0"), APPROVED: QColor("#2e7d32"),
           RETURNED: QColor("#ef6c00")}
SIZES = (16, 32)
MARK = {ReviewState.SUBMITTED: SUBMITTED, ReviewState.APPROVED: APPROVED, ReviewState.RETURNED: RETURNED}
"""Each state's mark (none while in review, unless overdue)."""


def state_mark(state: ReviewState, overdue: bool) -> str | None:
    """The mark of a village's review: overdue first, else its state's."""
    return OVERDUE if overdue else MARK.get(state)


def _draw(painter: QPainter, kind: str, side: float) -> None:
    unit = side / 16
    colour = COLOURS[kind]
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(QRectF(0.5 * unit, 0.5 * unit, 15 * unit, 15 * unit))
    pen = QPen(QColor("#ffffff"), 1.8 * unit, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath()
    if kind == OVERDUE:  # the hands of a clock at ten to four
        path.moveTo(QPointF(8 * unit, 3.5 * unit))
        path.lineTo(QPointF(8 * unit, 8 * unit))
        path.lineTo(QPointF(11.5 * unit, 10 * unit))
    elif kind == SUBMITTED:  # an arrow going up
        path.moveTo(QPointF(8 * unit, 12.5 * unit))
        path.lineTo(QPointF(8 * unit, 4 * unit))
        path.moveTo(QPointF(4.5 * unit, 7.5 * unit))
        path.lineTo(QPointF(8 * unit, 4 * unit))
        path.lineTo(QPointF(11.5 * unit, 7.5 * unit))
    elif kind == APPROVED:  # a tick
        path.moveTo(QPointF(4 * unit, 8.5 * unit))
        path.lineTo(QPointF(7 * unit, 11.5 * unit))
        path.lineTo(QPointF(12 * unit, 5 * unit))
    else:  # RETURNED: an arrow turning back to the left
        path.moveTo(QPointF(11.5 * unit, 12 * unit))
        path.cubicTo(QPointF(12.5 * unit, 7 * unit), QPointF(9 * unit, 5.5 * unit), QPointF(4.5 * unit, 6 * unit))
        path.moveTo(QPointF(7 * unit, 3.5 * unit))
        path.lineTo(QPointF(4.5 * unit, 6 * unit))
        path.lineTo(QPointF(7 * unit, 8.5 * unit))
    painter.drawPath(path)


@cache
def review_icon(kind: str) -> QIcon:
    """The mark of `kind` (OVERDUE, SUBMITTED, APPROVED or RETURNED) at 16 and 32 pixels."""
    icon = QIcon()
    for side in SIZES:
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        _draw(painter, kind, side)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
