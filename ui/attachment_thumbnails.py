"""Small pictures of attached files in a row's list (ui/attachment_dialog.py): an image's small copy, a PDF's first
page, decoded off the GUI thread (ui/attachment_pictures.py), scaled while read.

They are read for the files on screen, a screenful at once (`ThumbnailsOnScreen`): when the list is shown, has new
rows, is scrolled or resized, the pictured files on screen whose thumbnails are not held are asked for through the
dialog's reads (ui/latest_read.py: the window's reading threads), in PARTS reads side by side, one session each. A
newer screenful supersedes the one being read (its files scrolled away are never shown: not read if its read had
not started, and no file more once it has, ui/latest_read.still_wanted) and closing the dialog drops it. An image's
thumbnail is made from the 320 px JPEG stored with it when it was attached (one query for a read's images); a PDF's
from its content, read and rendered one file after the other (one file's content held at a time by each read).

Thumbnails are kept by the content's SHA-256 (`Thumbnails`, one for the window: the same file attached twice, or
seen again in another row's list, has one), in memory only, the most recently used first, at most MEMORY_BYTES
(20 MiB) of them. A PDF's first page is rendered again in the next run. A file Qt
cannot read (a document, a damaged picture) has none: its list shows the icon of its kind. The versions before kept
PNG copies on disk, in the user's cache folder's “thumbnails”: the first list shown in a run removes that folder
(`remove_old_folder`), if all it holds is theirs.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QListView

from ui.application import cache_folder
from ui.attachment_model import INFO_ROLE, PICTURED
from ui.attachment_pictures import read_picture
from ui.latest_read import still_wanted
from ui.rows_in_view import ViewportShown

if TYPE_CHECKING:
    from ui.attachment_gateway import AttachmentGateway
    from ui.latest_read import LatestRead

log = logging.getLogger(__name__)

SIZE = 128
"""A thumbnail's longer side, in pixels."""
MEMORY_BYTES = 20 * 1024 * 1024
"""The most bytes of thumbnails kept in memory: 320 of SIZE × SIZE pixels of 4 bytes (64 KiB) each, more of the
narrower ones (an A4 page's is 91 × 128)."""
PARTS = 2
"""A screenful is read in this many reads at once (two reading threads: a PDF's page is rendered beside another)."""
KINDS = tuple(f"thumbnails {part + 1}" for part in range(PARTS))
"""The kinds of the dialog's reads of the thumbnails on screen (ui/latest_read.py), one a part."""


def thumbnail(content: bytes) -> QImage | None:
    """The content read as a picture whose longer side is at most SIZE (a PDF: its first page); None when Qt
    cannot read it."""
    image, _pages = read_picture(content, _within_size)
    return None if image.isNull() else image


def _within_size(size: QSize) -> QSize:
    if size.width() <= SIZE and size.height() <= SIZE:
        return size
    return size.scaled(SIZE, SIZE, Qt.AspectRatioMode.KeepAspectRatio)


OLD_FOLDER = "thumbnails"
"""The cache folder's folder where the versions before thumbnails were held in memory only kept PNG copies."""
_OLD_PART = re.compile(r"[0-9a-f]{2}")
_OLD_FILE = re.compile(r"[0-9a-f]{64}(\.png|\.\d+\.part)")
"""Their files: `<2 hex>/<sha256>.png`, and the `<sha256>.<thread>.part` a write cut short left."""
_old_removal: list[threading.Thread] = []
"""The removal started in this run (at most one)."""


def remove_old_folder(folder: Path) -> bool:
    """Remove `folder`, the old thumbnails' copies, when every entry in it is one of theirs (a folder of two hex
    digits holding only `<digest>.png` or `.part` files whose digest starts with them); returns whether it was
    removed. Anything else in it (another's file, a link) leaves the whole folder as it is, and is logged; links are
    never followed."""
    try:
        if folder.is_symlink() or not folder.is_dir():
            return False
        parts, files = _entries(folder), []
        for part in parts:
            if part.is_symlink() or not part.is_dir() or not _OLD_PART.fullmatch(part.name):
                log.warning("old thumbnails folder %s holds %s: left as it is", folder, part.name)
                return False
            for entry in _entries(part.path):
                if entry.is_symlink() or not entry.is_file() or not _OLD_FILE.fullmatch(entry.name) \
                        or not entry.name.startswith(part.name):
                    log.warning("old thumbnails folder %s holds %s: left as it is", folder, entry.path)
                    return False
                files.append(entry.path)
        for path in files:
            os.remove(path)
        for part in parts:
            os.rmdir(part.path)
        os.rmdir(folder)
    except OSError:
        log.warning("old thumbnails folder %s not removed", folder, exc_info=True)
        return False
    log.info("old thumbnails folder %s removed (%d files)", folder, len(files))
    return True


def _entries(folder: Path | str) -> list[os.DirEntry]:
    with os.scandir(folder) as entries:
        return list(entries)


def remove_old_folder_once(cache: Path) -> None:
    """Remove the old thumbnails' folder of the cache folder `cache` in a thread of its own (thousands of small
    files), once a run; a run stopped meanwhile leaves what is left to the next."""
    if not _old_removal:
        _old_removal.append(threading.Thread(target=remove_old_folder, args=(cache / OLD_FOLDER,),
                                             name="old thumbnails", daemon=True))
        _old_removal[0].start()


class Thumbnails:
    """The window's thumbnails by digest (None: the file has none), the most recently used ones that fit in
    MEMORY_BYTES."""

    def __init__(self) -> None:
        self._held: OrderedDict[str, QImage | None] = OrderedDict()
        self.size = 0
        """The bytes of the thumbnails held."""

    def known(self, digest: str) -> bool:
        """Whether the thumbnail is held (or the file known to have none)."""
        return digest in self._held

    def image(self, digest: str) -> QImage | None:
        """The thumbnail if held, else None."""
        if digest not in self._held:
            return None
        self._held.move_to_end(digest)
        return self._held[digest]

    def keep(self, made: dict[str, QImage | None]) -> None:
        for digest, image in made.items():
            self.size += _size(image) - _size(self._held.pop(digest, None))
            self._held[digest] = image
        while self.size > MEMORY_BYTES:
            self.size -= _size(self._held.popitem(last=False)[1])


def _size(image: QImage | None) -> int:
    return 0 if image is None else image.sizeInBytes()


class ThumbnailsOnScreen(QObject):
    """Reads the thumbnails of the files `view` shows on screen, through `reads`, into the gateway's Thumbnails; its
    model (ui/attachment_model.py) repaints the rows whose thumbnails came."""

    def __init__(self, view: QListView, gateway: AttachmentGateway, reads: LatestRead) -> None:
        super().__init__(view)
        self.view, self.gateway, self.reads = view, gateway, reads
        self._reading: set[str] = set()
        """The digests the latest reads make (while one is pending)."""
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)  # after the layout: the cells' places are known; many causes make one ask
        self._soon.timeout.connect(self.ask)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, view.verticalScrollBar().valueChanged):
            signal.connect(self.ask_soon)
        ViewportShown(view, self.ask_soon)
        remove_old_folder_once(cache_folder())

    def ask_soon(self, *_args) -> None:
        """Ask once the events being handled are (a signal's arguments are not the timer's interval)."""
        self._soon.start()

    def on_screen(self) -> list:
        """The pictured files whose cells are (partly) on screen, each content once. The list lays its cells out
        row after row in the model's order (icon mode, wrapping), so their bottoms never go up: the first cell on
        screen is found by halving, and only the cells on screen are looked at (a scroll of a list of hundreds
        looks at a screenful, not at every row)."""
        view, area = self.view, self.view.viewport().rect()
        model, found = view.model(), {}
        if not view.isVisible():
            return []
        low, high = 0, model.rowCount()
        while low < high:  # the first row whose cell ends below the viewport's top
            middle = (low + high) // 2
            if view.visualRect(model.index(middle)).bottom() < area.top():
                low = middle + 1
            else:
                high = middle
        for row in range(low, model.rowCount()):
            index = model.index(row)
            rect = view.visualRect(index)
            if rect.top() > area.bottom():
                break
            info = index.data(INFO_ROLE)
            if info.media_type in PICTURED and rect.intersects(area):
                found.setdefault(info.sha256, info)
        return list(found.values())

    def ask(self) -> None:
        """Read the thumbnails on screen not held, unless the pending reads make them all already. The PDFs (each a
        content read and a page rendered) are shared out first between the parts, then the images (a small copy
        each)."""
        held = self.gateway.thumbnails
        wanted = [info for info in self.on_screen() if not held.known(info.sha256)]
        digests = {info.sha256 for info in wanted}
        if self._pending() and digests <= self._reading:
            return
        self._reading = digests
        wanted.sort(key=lambda info: info.is_image)
        gateway = self.gateway
        for part, kind in enumerate(KINDS):
            share = wanted[part::PARTS]
            if share:
                self.reads.request(kind, lambda share=share: gateway.thumbnails_of(share, thumbnail, still_wanted),
                                   self._made)
            else:
                self.reads.drop(kind)

    def complete(self) -> bool:
        """Whether every pictured file on screen has its thumbnail (or is known to have none), none being read."""
        held = self.gateway.thumbnails
        return not self._soon.isActive() and not self._pending() and all(
            held.known(info.sha256) for info in self.on_screen())

    def _pending(self) -> bool:
        return any(self.reads.pending(kind) for kind in KINDS)

    def _made(self, made: dict[str, QImage | None]) -> None:
        self.gateway.thumbnails.keep(made)
        self.view.model().thumbnails_made(set(made))
