"""An attached file's content decoded as a picture by Qt's QImageReader, the one setup for the list's thumbnails
(ui/attachment_thumbnails.py) and the viewer (ui/attachment_viewer.py).

Qt's image plugins read JPEG, PNG, GIF, WebP, TIFF, and PDF through Qt Pdf's plugin (pyside6-addons ships it: a
page is rendered). The picture is scaled while it is read, so that a 4000×3000 photo is never decoded whole for a
thumbnail; a photo taken upright stays upright (its EXIF orientation is applied); transparent parts (a PDF page, a
PNG) are drawn on white, as they would print. Qt refuses to decode a picture needing more than its allocation limit
(QImageReader.allocationLimit(), 256 MB by default; the domain refuses an image over 60 megapixels when attached).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter


def read_picture(content: bytes, fit: Callable[[QSize], QSize] | None = None, page: int = 0) -> tuple[QImage, int]:
    """The content decoded (a PDF: its page `page`, from 0), at the size `fit(its size)` says, and its number of
    pages (1 for a picture); the image is null when Qt cannot read the content."""
    buffer = QBuffer()
    buffer.setData(QByteArray(content))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    pages = max(1, reader.imageCount())
    if page:
        reader.jumpToImage(min(page, pages - 1))
    size = reader.size()
    if fit is not None and size.isValid() and not size.isEmpty():
        reader.setScaledSize(fit(size))
    image = reader.read()
    return (image if image.isNull() else on_white(image)), pages


def on_white(image: QImage) -> QImage:
    """A picture with transparent parts drawn on white."""
    if not image.hasAlphaChannel():
        return image
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(QColor("white"))
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat
