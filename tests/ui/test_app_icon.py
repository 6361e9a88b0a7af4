"""The icon: the committed files are what the drawing gives, the .ico holds every size Windows asks for, and the
window and its dialogs carry it."""

import struct

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QApplication, QMessageBox

from resources import resource_path
from resources.icons.make_icons import ICO_NAME, write_icons
from ui.app_icon import SIZES, app_icon, png_name
from ui.icon_drawing import icon_pixmap

ROUNDING = 2
"""How far one colour channel of a committed picture may be from today's drawing: Qt's raster engine antialiases
through the processor's own SIMD path, so two machines give a few edge pixels one level apart (seen: 3 of 4,096
pixels of the 64 px icon on an AVX-512 machine). A changed drawing moves far more than that."""


def _same_picture(committed: QImage, drawn: QImage) -> bool:
    first, second = (image.convertToFormat(QImage.Format.Format_ARGB32) for image in (committed, drawn))
    if first.size() != second.size():
        return False
    return all(abs(a - b) <= ROUNDING for a, b in zip(bytes(first.constBits()), bytes(second.constBits()), strict=True))


def test_the_committed_pngs_and_ico_are_what_the_drawing_gives(tmp_path, qapp):
    write_icons(tmp_path)
    for size in SIZES:
        committed = QImage(str(resource_path("icons", png_name(size))))
        drawn = QImage(str(tmp_path / png_name(size)))
        assert committed.size() == QSize(size, size)
        assert _same_picture(committed, drawn), f"run make_icons: the {size} px PNG is stale"
    reader = QImageReader(str(resource_path("icons", ICO_NAME)))
    in_ico = {}
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        in_ico[image.width()] = image
    for size in SIZES:
        drawn = QImage(str(tmp_path / png_name(size)))
        assert _same_picture(in_ico[size], drawn), f"run make_icons: the {size} px image of the .ico is stale"


def test_the_ico_holds_each_size_and_qt_reads_them(qapp):
    data = resource_path("icons", ICO_NAME).read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(SIZES))
    sizes = []
    for index in range(count):
        width, height, _colours, _zero, planes, bits, length, offset = struct.unpack_from("<BBBBHHII", data,
                                                                                          6 + 16 * index)
        assert (planes, bits) == (1, 32) and offset + length <= len(data)
        sizes.append(width or 256)
    assert sorted(sizes) == sorted(SIZES)
    image = QImage()
    assert image.loadFromData(data, "ICO")
    assert image.pixelColor(image.width() // 2, image.height() - 2).alpha() > 0  # not drawn upside down: the tile


def test_the_icon_is_the_house_on_its_tile(qapp):
    image = QImage(str(resource_path("icons", png_name(256))))
    assert image.pixelColor(0, 0).alpha() == 0  # rounded corners, transparent
    tile = image.pixelColor(20, 128)
    assert tile.green() > tile.red() + 60  # teal
    roof = image.pixelColor(128, 60)
    assert (roof.red(), roof.green(), roof.blue()) == (255, 255, 255)


def test_the_icon_loads_every_size(qapp):
    icon = app_icon()
    assert not icon.isNull()
    assert sorted(size.width() for size in icon.availableSizes()) == sorted(SIZES)


def test_a_pixmap_drawn_for_a_screen_at_150_percent_has_its_pixels(qapp):
    pixmap = icon_pixmap(64, 1.5)
    assert pixmap.devicePixelRatio() == 1.5
    assert pixmap.size() == QSize(96, 96)
    assert pixmap.deviceIndependentSize().toSize() == QSize(64, 64)


def test_message_boxes_carry_the_application_icon(qapp, qtbot):
    QApplication.setWindowIcon(app_icon())
    box = QMessageBox(QMessageBox.Icon.Information, "Làng Mới", "…")
    qtbot.addWidget(box)
    assert box.windowIcon().cacheKey() == QApplication.windowIcon().cacheKey()
