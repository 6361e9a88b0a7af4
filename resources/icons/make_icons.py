"""Writes Làng Mới's icon files from ui/icon_drawing.py's drawing: langmoi-16.png … langmoi-256.png (the window loads
these) and langmoi.ico (the Windows executable's and the installer's icon), beside this script.

Run after changing the drawing: `uv run python -m resources.icons.make_icons`. The files are committed; a test
checks they are what the drawing gives.

The .ico holds each size as Windows' own icon resource holds it: 32-bit BGRA bitmaps with their AND mask below
256 pixels (every Windows and resource tool reads those) and a PNG for 256 (as Windows Vista and later expect)."""

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QImage

from ui.app_icon import SIZES, png_name
from ui.icon_drawing import icon_image

FOLDER = Path(__file__).resolve().parent
ICO_NAME = "langmoi.ico"


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _bitmap_entry(image: QImage) -> bytes:
    """An icon directory entry's image as a DIB: header (height doubled for the mask), BGRA rows bottom-up, then the
    1-bit AND mask (rows padded to 32 bits; left all 0, the alpha channel carrying the transparency)."""
    size = image.width()
    pixels = image.convertToFormat(QImage.Format.Format_ARGB32)  # little-endian memory order: B, G, R, A
    rows = [bytes(pixels.constScanLine(y))[: size * 4] for y in range(size)]
    mask_row = ((size + 31) // 32) * 4
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, size * size * 4 + mask_row * size, 0, 0, 0, 0)
    return header + b"".join(reversed(rows)) + bytes(mask_row * size)


def ico_bytes(images: dict[int, QImage]) -> bytes:
    """A Windows .ico holding `images` (size → image), smallest first."""
    entries = [(size, png_bytes(image) if size >= 256 else _bitmap_entry(image)) for size, image in
               sorted(images.items())]
    directory = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    for size, data in entries:
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return directory + b"".join(data for _size, data in entries)


def write_icons(folder: Path = FOLDER) -> list[Path]:
    images = {size: icon_image(size) for size in SIZES}
    written = []
    for size, image in images.items():
        target = folder / png_name(size)
        target.write_bytes(png_bytes(image))
        written.append(target)
    ico = folder / ICO_NAME
    ico.write_bytes(ico_bytes(images))
    written.append(ico)
    return written


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1] + ["-platform", "offscreen"])
    for path in write_icons():
        print(path)
    del app


if __name__ == "__main__":
    main()
