"""A splash painted before the database layer is imported (SQLModel alone takes over a second to import)."""

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QSplashScreen


def make_splash() -> QSplashScreen:
    pixmap = QPixmap(460, 200)
    pixmap.fill(QColor("#ffffff"))
    painter = QPainter(pixmap)
    painter.fillRect(QRect(0, 0, 460, 8), QColor("#009688"))
    title = QFont()
    title.setPointSize(24)
    title.setBold(True)
    painter.setFont(title)
    painter.setPen(QColor("#1a1a1a"))
    painter.drawText(QRect(0, 40, 460, 60), Qt.AlignmentFlag.AlignCenter, "Làng Mới")
    body = QFont()
    body.setPointSize(11)
    painter.setFont(body)
    painter.setPen(QColor("#444444"))
    painter.drawText(QRect(20, 110, 420, 60), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                     QCoreApplication.translate("Splash", "Opening the data…"))
    painter.end()
    return QSplashScreen(pixmap)
