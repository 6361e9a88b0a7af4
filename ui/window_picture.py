"""The window's picture (issue 14): what a start's own widgets will paint first, kept at the last close, painted by
the next start ~90 ms before those widgets can be — before the window's modules are imported, its form built, the
theme applied and its fonts loaded.

What a start paints first is the first screen (ui/first_screen.py): the tree and village page of the last close laid
read-only over a window not yet given its database. So the picture is rendered at the close, once that snapshot is
kept, by making that very window (`take`): a main window made as a start makes it, held as a start holds it
(ui/window_host.py), the snapshot just kept laid over it, shown off the screen at the closed window's size on its
screen, and grabbed. The next start paints it (`first_paint`) only where the first screen will be shown as it was
rendered: the snapshot it was rendered from is the one kept (its CRC), the database file is unchanged since (its
stamp), and the window opens at the picture's size on a screen of its pixel ratio. Then the main window is shown in
its place, in the same window, at the same pixels. Anything else (no snapshot, a damaged, foreign or older file,
another screen, another size): no picture, the start as without one.

The file, beside its snapshot ("<the snapshot's name>.picture", removed with it): a first line "LMPIC <version>
<the header's CRC32> <its length>", the header (JSON: the stamp, the snapshot's CRC, the size in device pixels, the
pixel ratio, the window's title), then the pixels (premultiplied ARGB32) compressed by zlib, whose Adler-32 is
checked as they are read: a 1366 × 768 window is ~200 KB, read in ~7 ms. At most MAX_BYTES; written whole or not at
all (a temporary file renamed over it)."""

from __future__ import annotations

import logging
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from ui.application import named_application
from ui.first_screen_file import SNAPSHOT_MAX_BYTES, SNAPSHOT_VERSION
from ui.startup_trace import mark
from ui.window_host import WindowHost

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger("langmoi")

MAGIC, VERSION = b"LMPIC", 1
MAX_BYTES = 8_000_000
"""A picture's file at most (a 3840 × 2160 screen of office documents compresses to ~1 MB)."""
MAX_PIXELS = 40_000_000
"""A picture's size at most, in device pixels (an 8K screen is 33 million)."""
HEADER_BYTES = 4096
SUFFIX = ".picture"


def picture_file(snapshot: Path) -> Path:
    return snapshot.with_suffix(SUFFIX)


def _snapshot_crc(snapshot: Path) -> str:
    """The CRC32 on the first line of the snapshot's file (ui/first_screen.encoded) when it is its text's; "" when
    the file is missing, damaged, too large or of another version (what ui/first_screen.load refuses: the first
    screen then shows none, so the picture of it must not be painted either)."""
    try:
        if snapshot.stat().st_size > SNAPSHOT_MAX_BYTES:
            return ""
        crc, _, text = snapshot.read_bytes().partition(b"\n")
    except OSError:
        return ""
    if crc != b"%08x" % zlib.crc32(text) or not text.startswith(b'{"version":%d,' % SNAPSHOT_VERSION):
        return ""  # damaged, or another version's (after an update of the program)
    return crc.decode("ascii")


def encoded(image: QImage, header: dict[str, Any]) -> bytes:
    """The picture's file: its first line, the header, the pixels compressed."""
    import json

    image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    text = json.dumps({**header, "width": image.width(), "height": image.height(),
                       "ratio": image.devicePixelRatio()}, ensure_ascii=False).encode("utf-8")
    pixels = zlib.compress(bytes(image.constBits())[:image.sizeInBytes()], 1)
    return b"%s %d %08x %d\n" % (MAGIC, VERSION, zlib.crc32(text), len(text)) + text + pixels


def header_of(data: bytes) -> tuple[dict[str, Any], bytes]:
    """The header of a picture's file and its pixels still compressed; ValueError if the header is damaged, truncated
    or not this version's."""
    import json

    first, _, rest = data.partition(b"\n")
    words = first.split(b" ")
    if len(words) != 4 or words[0] != MAGIC or words[1] != b"%d" % VERSION:
        raise ValueError("not this version's picture")
    length = int(words[3])
    text = rest[:length]
    if not 0 < length <= HEADER_BYTES or b"%08x" % zlib.crc32(text) != words[2]:
        raise ValueError("its header's CRC32 does not match")
    return json.loads(text), rest[length:]


def pictured(header: dict[str, Any], pixels: bytes) -> QImage:
    """The picture of a file's header and pixels; ValueError if they are damaged or not a window's."""
    width, height, ratio = int(header["width"]), int(header["height"]), float(header["ratio"])
    if not (0 < width and 0 < height and width * height <= MAX_PIXELS and 0.5 <= ratio <= 8):
        raise ValueError("not a window's size")
    size = width * height * 4
    inflater = zlib.decompressobj()  # inflated no further than its size: a small file may hold gigabytes of zeros
    try:
        raw = inflater.decompress(pixels, size)
        if len(raw) == size and not inflater.eof:  # the stream's end (its Adler-32) not read yet, or more pixels
            raw += inflater.decompress(inflater.unconsumed_tail, 1)
    except zlib.error as error:
        raise ValueError(f"its pixels are damaged ({error})") from error
    if len(raw) != size or not inflater.eof:
        raise ValueError("its pixels are not its size")
    image = QImage(raw, width, height, width * 4, QImage.Format.Format_ARGB32_Premultiplied).copy()
    image.setDevicePixelRatio(ratio)
    return image


def read(path: Path) -> tuple[QImage, str, list[int]] | None:
    """The picture kept for the database file at `path`, its window's title and the available area of the screen it
    was made on (x, y, width, height), when the file is unchanged since and the snapshot it was rendered from is the
    one kept; else None (logged)."""
    from ui.first_screen_file import read_kept, snapshot_file, stamp

    snapshot = snapshot_file(path)
    target = picture_file(snapshot)
    try:
        data = read_kept(target, MAX_BYTES)
        if data is None:
            return None
        header, pixels = header_of(data)
        crc = _snapshot_crc(snapshot)
        if not crc or header.get("stamp") != stamp(path) or header.get("snapshot") != crc:
            log.info("window picture: %s is not of the file or snapshot kept", target)
            return None
        return pictured(header, pixels), str(header.get("title", "")), [int(n) for n in header.get("area", [])]
    except Exception as error:  # a cache: a file that is not a picture of this program's is ignored, whatever it holds
        log.info("window picture: %s is ignored (%r)", target, error)
        return None


def placed_host(picture: tuple[QImage, str] | None = None) -> WindowHost:
    """The program's window (with `picture` and its title), where and as large as it was left."""
    from ui.window_place import place_window

    host = WindowHost(*picture) if picture is not None else WindowHost()
    place_window(host, QSettings().value("window/geometry"))
    return host


def first_paint(db_choice: str | None) -> WindowHost:
    """The program's window, shown at once with the picture of the last close when there is one for the file
    `db_choice` opens and it fits the window; else not yet shown (shown with the main window: ui/app.run_window)."""
    from storage.log_buffer import keep_early_records
    from ui.first_screen_file import chosen_file

    keep_early_records()  # why no picture is painted, for the log file set up after the paint
    app = named_application()
    path = chosen_file(db_choice)
    kept = read(path) if path is not None else None
    host = placed_host(kept[:2] if kept is not None else None)
    if host.picture is not None and (host.shows_picture() or host.isMaximized() and _area(host) == kept[2]):
        host.show()  # maximised, its size known once shown: on a screen whose available area is the picture's
        app.processEvents()
        if host.shows_picture():
            mark("picture")
    return host


def take(closed: QWidget, path: Path) -> Path | None:
    """At the close of `closed`, once the first screen's snapshot of the database file at `path` is kept: the
    window the next start will paint first, rendered off the screen and kept beside the snapshot."""
    from shiboken6 import delete

    from ui.first_screen import show
    from ui.first_screen_file import snapshot_file, write_whole

    snapshot = snapshot_file(path)
    target = picture_file(snapshot)
    host = WindowHost()
    try:
        crc = _snapshot_crc(snapshot)
        window = _held_off_screen(host, closed)
        shown = show(window, str(path))
        if shown is None or not crc:
            return None
        host.show_window()
        host.setWindowState(closed.windowState())  # maximised once shown, as a start's is: no size grip in the corner
        host.setGeometry(closed.geometry())
        QApplication.processEvents()
        image = host.grab().toImage()
        image.setDevicePixelRatio(host.devicePixelRatioF())
        # The snapshot's stamp, which `show` found the file's: a stamp taken now would make a file written meanwhile
        # (the events turned above) read as the one pictured.
        data = encoded(image, {"stamp": shown.snapshot["stamp"], "snapshot": crc, "title": host.windowTitle(),
                               "area": _area(host)})
        if _snapshot_crc(snapshot) != crc:  # removed or kept anew meanwhile (another window's close)
            log.info("window picture: none kept, the snapshot of %s changed while it was rendered", path)
            return None
        if len(data) > MAX_BYTES:
            log.info("window picture: one of %d bytes is not kept", len(data))
            return None
        write_whole(target, data)
        return target
    except Exception:  # a cache: whatever fails here, the window closes as without it
        log.exception("window picture: none kept")
        target.unlink(missing_ok=True)
        return None
    finally:
        host.hide()
        delete(host)


def _area(window: QWidget) -> list[int]:
    """The available area (the taskbar left out) of the screen `window` is on, or will open on: a maximised window's
    size, known before it is shown."""
    area = window.screen().availableGeometry()
    return [area.x(), area.y(), area.width(), area.height()]


def _held_off_screen(host: WindowHost, closed: QWidget) -> MainWindow:
    """A main window made as a start makes it, in `host` shown off the screen where `closed` was, at its size."""
    from PySide6.QtCore import Qt

    from ui.main_window import MainWindow

    host.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    host.setGeometry(closed.geometry())  # where it was, not only its size: a window at (0, 0) is on the first screen
    window = MainWindow(holder=host)
    host.hold(window)
    return window
