"""The qt-material theme, with the fixes Vietnamese text needs."""

import logging

from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

THEME = "light_teal.xml"

# qt-material upper-cases headers, tabs and buttons; upper-case Vietnamese stacks its diacritics
# above the cap height and was clipped ("TRẠNG THÁI"). Keep the case people typed.
OVERRIDES = """
QHeaderView::section { text-transform: none; padding: 4px 6px; }
QTabBar::tab { text-transform: none; }
QPushButton, QToolButton { text-transform: none; }
QTableView, QTreeView { font-size: 13px; }
QLabel#sampleBanner { background: #fff4ce; color: #3d3000; padding: 6px; border: 1px solid #e0c060; }
"""


def apply_theme(app: QApplication) -> bool:
    """Apply the theme; when it cannot be (a read-only home where qt-material writes its icons), go on plain."""
    try:
        import qt_material

        qt_material.apply_stylesheet(app, theme=THEME, extra={"density_scale": "-1"})
    except OSError as error:
        log.warning("qt-material theme not applied: %s", error)
        app.setStyle("Fusion")
        return False
    app.setStyleSheet(app.styleSheet() + OVERRIDES)
    return True
