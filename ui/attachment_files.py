"""Opening an attached file with the system's viewer: from a read-only temporary copy, removed when the program ends.

The file stays in the database; the viewer (the PDF reader, the photo viewer, Word) is given a copy in a folder of
the program's own under the system's temporary folder, made read-only so that an edit in the viewer cannot be
mistaken for a change to the evidence (the viewer must "save as" elsewhere). The copy's name is the attachment's
own with the extension of the type its content was checked to be, never one the name claims: the system chooses
the viewer by the extension, and nothing else of the file decides what runs. The program opens nothing itself.

Copies are removed when the program quits, or at a later start if it was stopped (ui/scratch_folders.py).
"""

from __future__ import annotations

import stat
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from ui.scratch_folders import remove_scratch_folder, scratch_folder

PREFIX = "langmoi-tep-"
EXTENSIONS = {
    "application/pdf": ".pdf",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
}
"""The extension a copy gets from its checked type; a type not here gets none (the system then asks what opens it)."""


def copies_folder() -> Path:
    """This run's folder of copies."""
    return scratch_folder(PREFIX)


def copy_name(name: str, media_type: str) -> str:
    """The copy's file name: the attachment's name with its type's extension (in place of another one)."""
    extension = EXTENSIONS.get(media_type, "")
    stem = Path(name).stem if Path(name).suffix else name
    return f"{stem or 'tep'}{extension}"


def read_only_copy(name: str, media_type: str, content: bytes) -> Path:
    """A new read-only copy of the content (in a folder of its own: two attachments of one name both open)."""
    folder = Path(tempfile.mkdtemp(dir=copies_folder()))
    path = folder / copy_name(name, media_type)
    path.write_bytes(content)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    return path


def open_with_system(path: Path) -> bool:
    """Hand the copy to the system's viewer; False when the system has none for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def remove_copies() -> None:
    """Remove this run's copies (done at exit)."""
    remove_scratch_folder(PREFIX)
