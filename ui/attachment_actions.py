"""Attaching files from the window: *Thêm tệp…* (a file dialog), a drop, a paste, all the same way.

The files are read and attached off the GUI thread, in a background task (ui/background.py) whose progress
dialog says how far the reading is (a 20 MB scan) and can be cancelled while the files are read; each file is then
one transaction, whole or not at all, which is let finish (closing the window waits for it, ui/tasks.py). The
files the domain refuses (too large, not what their name claims, damaged, a bad name…) are named in one message
with the domain's Vietnamese sentence each; the others are attached.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ui.attachment_gateway import Attached, AttachmentGateway, Incoming, Target
from ui.export_folder import FileKind, remember_folder, start_folder
from ui.labels import translate
from ui.window_host import held_window

if TYPE_CHECKING:
    from exports.cancel import Progress


def _settings(parent: QWidget) -> QSettings:
    """The window's settings (the main window holds them, inside the program's window: ui/window_host.py; tests give
    their own), else the program's."""
    return getattr(held_window(parent.window()), "settings", None) or QSettings()


def choose_files(parent: QWidget) -> list[Incoming]:
    """Thêm tệp…: the files chosen in the file dialog (started where the last were chosen)."""
    settings = _settings(parent)
    chosen, _ = QFileDialog.getOpenFileNames(
        parent, translate("Attachments", "Attach files"), start_folder(settings, FileKind.ATTACHMENTS),
        translate("Attachments", "Evidence files (*.pdf *.jpg *.jpeg *.png *.docx *.xlsx);;All files (*)"))
    if not chosen:
        return []
    remember_folder(settings, FileKind.ATTACHMENTS, Path(chosen[0]))
    return [Incoming(Path(path).name, path=Path(path)) for path in chosen]


def attach(parent: QWidget, gateway: AttachmentGateway, target: Target, files: Sequence[Incoming],
           done: Callable[[Attached], None] | None = None) -> None:
    """Attach `files` to `target` in the background; refusals said naming each file; `gateway.changed` once any
    file went in; `done(outcome)` after."""
    from ui.background import BackgroundTask

    if not files:
        return
    files = list(files)
    label = (translate("Attachments", "Attaching %1…").replace("%1", files[0].name) if len(files) == 1
             else translate("Attachments", "Attaching %1 files…").replace("%1", str(len(files))))

    def job(progress: Progress) -> Attached:
        return gateway.attach_files(target, files, progress)

    def succeeded(outcome: Attached) -> None:
        if outcome.refused:
            lines = "\n".join(f"• {name}: {reason}" for name, reason in outcome.refused)
            QMessageBox.warning(parent, translate("Attachments", "Files not attached"),
                                translate("Attachments", "These files were not attached:") + "\n" + lines)
        if outcome.attached:
            gateway.changed.emit(target.village_id)
        if done is not None:
            done(outcome)

    def failed(message: str) -> None:
        QMessageBox.warning(parent, translate("Attachments", "Files not attached"), message)

    BackgroundTask(parent, label, job, succeeded, failed).start()
