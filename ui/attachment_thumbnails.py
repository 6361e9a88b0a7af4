"""Small pictures of attached files: an image scaled down, a PDF's first page, made off the GUI thread.

A thumbnail is made by Qt's QImageReader from the file's content (Qt's image plugins read JPEG, PNG, GIF, WebP,
TIFF, and PDF through Qt Pdf's plugin, which pyside6-addons ships: the first page is rendered), scaled while it is
read (a 4000×3000 photo is never decoded whole). Thumbnails are kept by the content's SHA-256, the same file
attached twice having one: in memory (the newest MEMORY_ITEMS), and as PNG files in the user's cache folder
(`LangMoi/thumbnails/`), so that a village opened again tomorrow reads no content for its pictures. Deleting the
folder only costs them to be made again. A file Qt cannot read (a document, a damaged picture) has none: its list
shows the icon of its kind.

`Thumbnails.image(digest, content)` is asked by the list's model when a row is painted (lazily: only the rows on
screen); the first time it starts the work in a reading thread, and `ready(digest)` says when the picture is in.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter

log = logging.getLogger(__name__)

SIZE = 128
"""A thumbnail's longer side, in pixels."""
MEMORY_ITEMS = 300
"""Thumbnails kept in memory (at most ~20 MB)."""
MAKERS = 2
"""Threads making thumbnails at once (the machine's other work goes on meanwhile)."""

Content = Callable[[], bytes]
"""Reads an attached file's content (a gateway's call, run off the GUI thread)."""


def thumbnail_folder() -> Path:
    """The user's cache folder for thumbnails (platformdirs, as the figures cache's)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("LangMoi", appauthor=False)) / "thumbnails"


def scaled_image(content: bytes, longest: int = SIZE) -> QImage | None:
    """The content read as a picture whose longer side is `longest` (a PDF: its first page, on white); None when
    Qt cannot read it."""
    buffer = QBuffer()
    buffer.setData(QByteArray(content))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # a photo taken upright stays upright (its EXIF orientation)
    size = reader.size()
    if size.isValid() and (size.width() > longest or size.height() > longest):
        reader.setScaledSize(size.scaled(longest, longest, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    return on_white(image)


def on_white(image: QImage) -> QImage:
    """A picture with transparent parts (a PDF page, a PNG) drawn on white, as it would print."""
    if not image.hasAlphaChannel():
        return image
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(QColor("white"))
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


class _Signals(QObject):
    """Carries a finished thumbnail from its thread to the GUI thread."""

    made = Signal(str, object)


class Thumbnails(QObject):
    """The window's thumbnails by digest; `ready(digest)` when one asked for is in (or known to be none)."""

    ready = Signal(str)

    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder or thumbnail_folder()
        self._memory: OrderedDict[str, QImage | None] = OrderedDict()
        self._asked: set[str] = set()
        self._signals = _Signals()
        self._signals.made.connect(self._made)
        self._work: queue.SimpleQueue[tuple[str, Content]] = queue.SimpleQueue()
        self._makers = 0

    def image(self, digest: str, content: Content) -> QImage | None:
        """The thumbnail if held (None while it is made, or when the file has none); the first ask starts making it
        with `content()` read in a thread."""
        if digest in self._memory:
            self._memory.move_to_end(digest)
            return self._memory[digest]
        if digest not in self._asked:
            self._asked.add(digest)
            self._work.put((digest, content))
            if self._makers < MAKERS:
                self._makers += 1
                threading.Thread(target=self._serve, args=(self._work, self._signals), name="thumbnails",
                                 daemon=True).start()
        return None

    def known(self, digest: str) -> bool:
        """Whether the thumbnail is made (or known to be none)."""
        return digest in self._memory

    def _path(self, digest: str) -> Path:
        return self.folder / digest[:2] / f"{digest}.png"

    def _serve(self, work: queue.SimpleQueue, signals: _Signals) -> None:
        """A making thread: thumbnails one after the other, in the order asked (the rows on screen), for ever."""
        while True:
            digest, content = work.get()
            signals.made.emit(digest, self._make(digest, content))

    def _make(self, digest: str, content: Content) -> QImage | None:
        """In a making thread: the thumbnail from the cache folder, else made from the content and kept there."""
        image: QImage | None = None
        path = self._path(digest)
        try:
            if path.is_file():
                image = QImage(str(path))
                if image.isNull() or max(image.width(), image.height()) > SIZE:
                    image = None  # not one of ours: made again
            if image is None:
                image = scaled_image(content())
                if image is not None:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    partial = path.with_suffix(f".{threading.get_ident()}.part")
                    if image.save(str(partial), "PNG"):
                        partial.replace(path)
        except Exception:  # a thumbnail is a convenience: the list shows the kind's icon instead
            log.exception("no thumbnail for %s", digest)
            image = None
        return image

    @Slot(str, object)
    def _made(self, digest: str, image: QImage | None) -> None:
        self._asked.discard(digest)
        self._memory[digest] = image
        while len(self._memory) > MEMORY_ITEMS:
            self._memory.popitem(last=False)
        self.ready.emit(digest)
