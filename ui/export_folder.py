"""The folder this PC saves documents to unless told otherwise: QSettings `export/folder` (set in Hệ thống →
Thiết lập…, and by every Save as), else the user's Documents folder."""

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

KEY = "export/folder"


def documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def export_folder(settings: QSettings) -> str:
    return str(settings.value(KEY) or "") or documents_folder()
