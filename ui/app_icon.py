"""Làng Mới's icon for the window, its dialogs and the taskbar, from the bundled PNGs (resources/icons/, drawn by
ui/icon_drawing.py). Kept apart from the drawing so that setting the icon before the first paint imports little."""

import sys

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from resources import resource_path

SIZES = (16, 24, 32, 48, 64, 256)
"""The sizes of the icon files: Windows' small and large icons at 100–200 % and its jumbo tile."""


def png_name(size: int) -> str:
    return f"langmoi-{size}.png"


def app_icon() -> QIcon:
    """The icon of every size; Qt reads a file only when that size is first needed (about 1 ms to set)."""
    icon = QIcon()
    for size in SIZES:
        icon.addFile(str(resource_path("icons", png_name(size))), QSize(size, size))
    return icon


APP_USER_MODEL_ID = "LangMoi.LangMoi"
"""Windows' name for the program in the taskbar; the installer's Start-menu shortcut carries the same one
(Inno Setup's AppUserModelID), so that a pinned shortcut and the running window are one taskbar button."""


def claim_taskbar() -> None:
    """On Windows, make the taskbar show Làng Mới's icon and group its windows as its own, not as python.exe's
    (run from source) — the window icon alone does not change the taskbar's button there."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_USER_MODEL_ID)
