"""The application object and where the program keeps its caches: what the first paint needs, kept cheap (no
platformdirs, no theme, no window module: ui/window_picture.first_paint)."""

import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication

FUSION_GIVEN = "langmoiFusionGiven"
"""The application's property saying it was made in Fusion by `themed_application`."""
NAMED = "langmoiNamed"
"""The application's property saying `named_application` has named it and given it its icon."""


def themed_application(argv: list[str]) -> QApplication:
    """The application object, in Fusion from the start (Qt's own `-style` option, after the program's arguments):
    setStyle hands the style it made back to Python, which builds QStyle's enums for it (~10 ms of a start)."""
    app = QApplication([*argv, "-style", "Fusion"])
    app.setProperty(FUSION_GIVEN, True)
    return app


def named_application() -> QApplication:
    """The application object as the first paint needs it: made in the theme's style, named (its settings and
    folders), with its icon (the window's and the taskbar's, from the first window shown); once (the first paint's,
    then the main window's preparation ask it)."""
    from ui.app_icon import app_icon, claim_taskbar

    app = QApplication.instance() or themed_application(sys.argv)
    if app.property(NAMED) is True:
        return app
    app.setProperty(NAMED, True)
    app.setOrganizationName("LangMoi")
    app.setApplicationName("LangMoi")
    app.setApplicationDisplayName("Làng Mới")
    claim_taskbar()
    app.setWindowIcon(app_icon())  # the window's, its dialogs' and the taskbar's (~1 ms: files read when shown)
    return app


def cache_folder() -> Path:
    """The user's cache folder of Làng Mới, platformdirs' user_cache_dir("LangMoi", appauthor=False) as the figures'
    cache uses (storage/figures_cache.py; thumbnails are kept in memory only), asked of Qt: importing platformdirs
    is ~8 ms of a start. Windows: %LOCALAPPDATA% (Qt's generic data location) with LangMoi\\Cache; elsewhere the
    generic cache folder (XDG_CACHE_HOME or ~/.cache, ~/Library/Caches) with LangMoi."""
    if sys.platform == "win32":
        return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation),
                    "LangMoi", "Cache")
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation), "LangMoi")
