"""The theme's icons are written lean (ui/theme.lean_svg: without what Inkscape keeps for itself, which Qt parsed
at every start) and look exactly as qt-material's own: every icon drawn pixel for pixel the same, at its size, larger
(a 24 px check box) and at 1.5× and 2× screens."""

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from ui.theme import EXTRA, ICONS, THEME, _render, lean_svg


@pytest.fixture(scope="module")
def shipped_icons(tmp_path_factory) -> dict[str, str]:
    """qt-material's icons as it writes them, by their path under the icons folder."""
    import qt_material

    folder = tmp_path_factory.mktemp("qt-material")
    qt_material.build_stylesheet(theme=THEME, extra=dict(EXTRA), parent=str(folder))
    return {str(path.relative_to(folder)): path.read_text(encoding="utf-8") for path in sorted(folder.rglob("*.svg"))}


def drawn(svg: str, pixels: int) -> QImage:
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    assert renderer.isValid()
    renderer.render(painter)
    painter.end()
    return image


def test_every_lean_icon_is_drawn_as_qt_material_s_own(qapp, shipped_icons):
    assert len(shipped_icons) > 100
    for name, svg in shipped_icons.items():
        lean = lean_svg(svg)
        assert len(lean) < len(svg), name
        for pixels in (6, 18, 20, 24, 30, 36, 40, 48):  # its own size, larger, at 1.5× and 2× screens
            assert drawn(lean, pixels) == drawn(svg, pixels), f"{name} drawn differently at {pixels} px"
    shipped = sum(map(len, shipped_icons.values()))
    assert sum(len(lean_svg(svg)) for svg in shipped_icons.values()) < 0.7 * shipped


def test_a_rendered_theme_holds_the_lean_icons(qapp, tmp_path: Path, shipped_icons):
    _render(tmp_path)
    written = {str(path.relative_to(tmp_path / ICONS)): path.read_text(encoding="utf-8")
               for path in sorted((tmp_path / ICONS).rglob("*.svg"))}
    assert written == {name: lean_svg(svg) for name, svg in shipped_icons.items()}
    assert not any("sodipodi" in svg or "inkscape:" in svg for svg in written.values())
