"""The documents' bundled typefaces, registered with reportlab so every Vietnamese letter prints and is embedded.

Liberation Serif (metric-compatible with Times New Roman, the face of Party and state documents) by default; Noto
Serif when the office's settings say so (domain/document_settings.Typeface). Both carry every Vietnamese letter and
come with their licence in resources/fonts/.

Every export names its faces REGULAR, BOLD, ITALIC and BOLD_ITALIC. reportlab registers fonts for the whole
process by name, so those names are bound to one typeface at a time: a document is built inside
`document_fonts(typeface)`, which binds them and holds a lock until the file is written, so that two documents
built at once in different threads with different typefaces wait for each other instead of mixing faces.
"""

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from domain.document_settings import Typeface
from resources import resource_path

REGULAR = "DocumentSerif"
BOLD = "DocumentSerif-Bold"
ITALIC = "DocumentSerif-Italic"
BOLD_ITALIC = "DocumentSerif-BoldItalic"
DEFAULT = Typeface.LIBERATION_SERIF

FILES = {Typeface.LIBERATION_SERIF: "LiberationSerif", Typeface.NOTO_SERIF: "NotoSerif"}
"""The file name's stem of each typeface in resources/fonts ("-Regular.ttf", "-Bold.ttf"… follow)."""
_STYLES = ((REGULAR, "Regular"), (BOLD, "Bold"), (ITALIC, "Italic"), (BOLD_ITALIC, "BoldItalic"))

_lock = threading.RLock()
_bound: list[Typeface] = []
"""The typeface the names are bound to (none before the first registration)."""


@cache
def _faces(typeface: Typeface) -> tuple[TTFont, ...]:
    """The four faces of `typeface`, read once, under the documents' names."""
    stem = FILES[typeface]
    return tuple(TTFont(name, str(resource_path("fonts", f"{stem}-{style}.ttf"))) for name, style in _STYLES)


def _bind(typeface: Typeface) -> None:
    if _bound == [typeface]:
        return
    for face in _faces(typeface):
        # registerFont keeps a TrueType name's first registration: the name is bound again in its table.
        pdfmetrics.registerFont(face)
        pdfmetrics._fonts[face.fontName] = face
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    _bound[:] = [typeface]


def register_fonts() -> str:
    """Make the names usable (bound to the default typeface if nothing was bound yet); returns the family name."""
    with _lock:
        if not _bound:
            _bind(DEFAULT)
    return REGULAR


@contextmanager
def document_fonts(typeface: Typeface) -> Iterator[None]:
    """Build a document in `typeface`: the names are bound to it, and stay so, until the block ends."""
    with _lock:
        _bind(Typeface(typeface))
        yield
