"""The qt-material theme, with the fixes Vietnamese text needs, rendered once into the user's cache folder.

qt-material renders its style sheet with Jinja and writes its icons (three colours of each, 1.2 MB) into
~/.qt_material at every start. Here both are rendered once per qt-material version, theme, extras and overrides
into the user's cache folder (platformdirs' user_cache_dir), made complete in a temporary folder and then renamed
into place, so a start that stopped half-way leaves nothing that a later start would take. Later starts read the
rendered style sheet and point Qt at the icons, without importing qt-material or Jinja. A cache folder that cannot
be written (read-only, full disk): the plain Fusion style, as before. What a start reads before its first paint is
kept cheap: no platformdirs (the cache folder asked of Qt), no json, and Fusion given to the application when it is
made (ui/application.themed_application).
"""

import importlib.util
import logging
import re
import shutil
import sys
import tempfile
import zlib
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ui.application import FUSION_GIVEN, cache_folder

log = logging.getLogger(__name__)

THEME = "light_teal.xml"
EXTRA = {"density_scale": "-1"}

# qt-material upper-cases headers, tabs and buttons; upper-case Vietnamese stacks its diacritics
# above the cap height and was clipped ("TRẠNG THÁI"). Keep the case people typed.
OVERRIDES = """
QHeaderView::section { text-transform: none; padding: 4px 6px; }
QTabBar::tab { text-transform: none; }
QPushButton, QToolButton { text-transform: none; }
QTableView, QTreeView { font-size: 13px; }
QLabel#sampleBanner { background: #fff4ce; color: #3d3000; padding: 6px; border: 1px solid #e0c060; }
"""

FONTS = ("Roboto-Regular.ttf", "Roboto-Bold.ttf", "Roboto-Italic.ttf", "Roboto-BoldItalic.ttf")
"""The faces of qt-material's Roboto that the style sheet and the window use (normal and bold, upright and italic);
qt-material registers all 18, thin to black and condensed, at every start."""

STYLE_FILE, ICONS, FACTS = "style.qss", "icons", "primary.txt"
"""In a rendered theme's folder: the style sheet with the overrides, the icons it names as icon:/…, and what
else qt-material sets (the palette's text colour, its primary colour, as #rrggbb), written last: a folder without
it is incomplete."""

ICON_FORMAT = "lean-svg"
"""How the icons are written (part of the cache's key): qt-material's SVGs without what Inkscape keeps for itself."""

INKSCAPE_ONLY = (
    r"<!--.*?-->"  # comments
    r"|<(sodipodi:namedview|metadata)\b.*?</\1>|<sodipodi:namedview\b[^>]*/>"  # Inkscape's canvas, the RDF block
    r"|\s+(?:inkscape|sodipodi):[\w-]+=\"[^\"]*\""  # Inkscape's own attributes
    r"|\s+xmlns:(?:inkscape|sodipodi|dc|cc|rdf)=\"[^\"]*\"")  # their namespaces (dc, cc, rdf: the RDF block's)
"""What `lean_svg` drops; a pattern compiled only when a theme is rendered, not at every start."""


def _package_folder() -> Path:
    """qt-material's folder, found without importing it (its fonts are read from there)."""
    spec = importlib.util.find_spec("qt_material")
    if spec is None or not spec.submodule_search_locations:
        raise OSError("qt-material is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def _version(package: Path) -> str:
    """qt-material's version, from the name of its dist-info folder beside it (importlib.metadata would import the
    email package, 90 ms of a start); else its template's size and time, which change with any version."""
    for info in package.parent.glob("qt_material-*.dist-info"):
        return info.name.removeprefix("qt_material-").removesuffix(".dist-info")
    template = (package / "material.qss.template").stat()
    return f"{template.st_size}.{template.st_mtime_ns}"


def theme_folder() -> Path:
    """Where the theme of this qt-material version, with these extras and overrides, is rendered."""
    version = _version(_package_folder())
    key = repr((version, THEME, sorted(EXTRA.items()), OVERRIDES, ICON_FORMAT, sys.platform))
    digest = zlib.crc32(key.encode())  # hashlib would cost a start 10 ms to import; a checksum tells them apart
    return cache_folder() / "qt-material" / f"{version}-{digest:08x}"


def _render(folder: Path) -> None:
    """qt-material's style sheet (with the overrides) and icons written into the new folder `folder`."""
    import qt_material  # Jinja and qt-material's own imports: only when the theme is rendered

    stylesheet = qt_material.build_stylesheet(theme=THEME, extra=dict(EXTRA), parent=str(folder / ICONS))
    if stylesheet is None:
        raise OSError(f"qt-material has no theme {THEME}")
    (folder / STYLE_FILE).write_text(stylesheet + OVERRIDES, encoding="utf-8")
    for icon in (folder / ICONS).rglob("*.svg"):
        icon.write_text(lean_svg(icon.read_text(encoding="utf-8")), encoding="utf-8")
    (folder / FACTS).write_text(qt_material.get_theme(THEME)["primaryColor"], encoding="utf-8")


def lean_svg(svg: str) -> str:
    """An icon as qt-material ships it, without Inkscape's canvas settings, RDF metadata, its own attributes and the
    blank between tags: drawn the same (a test compares every icon's pixels), and 40% smaller. Qt parses each icon
    the style sheet names twice when a widget first uses it (its size, then the icon): ~25% fewer instructions."""
    return re.sub(r">\s+<", "><", re.sub(INKSCAPE_ONLY, "", svg, flags=re.DOTALL))


def rendered_theme() -> Path:
    """The folder of the rendered theme: rendered now if no complete one is cached. OSError when it cannot be."""
    folder = theme_folder()
    if (folder / FACTS).is_file():
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(folder, ignore_errors=True)  # incomplete: its facts, written last, are missing
    work = Path(tempfile.mkdtemp(prefix=".rendering-", dir=folder.parent))
    try:
        _render(work)
        try:
            work.rename(folder)
        except OSError:
            if not (folder / FACTS).is_file():  # not another start that rendered it at the same moment
                raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    _remove_other_renderings(folder)
    return folder


def _remove_other_renderings(kept: Path) -> None:
    """Once a theme is rendered (a new qt-material, extras or icon format: an upgrade), the themes rendered before it
    are removed: each a folder named "<version>-<8 hex digits>" holding its facts file, as `rendered_theme` writes
    them; anything else in the folder is left alone. Before, every upgrade left the last one's ~1 MB for good."""
    for folder in kept.parent.iterdir():
        if folder == kept or not re.fullmatch(r".+-[0-9a-f]{8}", folder.name) or folder.is_symlink():
            continue
        if (folder / FACTS).is_file():
            shutil.rmtree(folder, ignore_errors=True)


def _fusion(app: QApplication) -> None:
    """Fusion, made anew only when it is not the style already."""
    if app.property(FUSION_GIVEN) is not True and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")


def _use(app: QApplication, folder: Path) -> None:
    """Apply a rendered theme as qt-material's apply_stylesheet would: Fusion, Roboto, the palette's text colour, the
    icons' search path, the style sheet."""
    stylesheet = (folder / STYLE_FILE).read_text(encoding="utf-8")
    primary = (folder / FACTS).read_text(encoding="utf-8").strip()
    fonts = _package_folder() / "fonts" / "roboto"
    for font in FONTS:
        QFontDatabase.addApplicationFont(str(fonts / font))
    palette = QGuiApplication.palette()
    colour = QColor(primary)
    colour.setAlpha(92)
    palette.setColor(QPalette.ColorRole.Text, colour)
    QGuiApplication.setPalette(palette)
    QDir.setSearchPaths("icon", [str(folder / ICONS)])
    _fusion(app)
    app.setStyleSheet(stylesheet)


def apply_theme(app: QApplication) -> bool:
    """Apply the theme; when it cannot be rendered or read (a read-only or full cache folder), go on plain."""
    try:
        _use(app, rendered_theme())
    except (OSError, ImportError, ValueError, KeyError) as error:
        log.warning("qt-material theme not applied: %s", error)
        _fusion(app)
        return False
    return True
