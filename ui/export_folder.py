"""Where a file dialog starts: the folder last used for that kind of file on this PC (kept in QSettings), else the
user's Documents folder — never the home folder, where Windows users do not keep their files.

Exports (sheets, summaries, the draft review) start in QSettings `export/folder`: set in Hệ thống → Thiết lập… and
by every Save as. Each other kind keeps its own folder, so that importing a team's returned workbook does not move
where the plan's workbook is looked for. A remembered folder that is gone (a USB stick taken out, a folder
renamed) gives the Documents folder again."""

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

KEY = "export/folder"


class FileKind(Enum):
    """A kind of file the window asks for, and the QSettings key of the folder it was last in."""

    EXPORT = KEY
    PLAN_WORKBOOK = "import/folder"
    """The plan's annex: imported, exported, or its blank template."""
    UPDATE_WORKBOOKS = "updates/folder"
    """Update workbooks written for the support teams."""
    RETURNED_UPDATES = "updates/returned"
    """Update workbooks the teams sent back, to import."""
    HISTORY = "history/folder"
    DATABASE = "database/folder"
    ATTACHMENTS = "attachments/folder"
    """Files attached as evidence (issue 20)."""


def documents_folder() -> str:
    """The user's Documents folder (on Windows as Explorer shows it, OneDrive's when it is moved there); the home
    folder only when the system names none that exists."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def start_folder(settings: QSettings, kind: FileKind) -> str:
    """The folder a file dialog for `kind` opens in."""
    remembered = str(settings.value(kind.value) or "")
    return remembered if remembered and Path(remembered).is_dir() else documents_folder()


def remember_folder(settings: QSettings, kind: FileKind, chosen: Path) -> None:
    """Remember the folder of `chosen` (a file, or a folder the user picked) for the next dialog of `kind`."""
    settings.setValue(kind.value, str(chosen if chosen.is_dir() else chosen.parent))


def export_folder(settings: QSettings) -> str:
    """This PC's default folder for saved documents."""
    return start_folder(settings, FileKind.EXPORT)
