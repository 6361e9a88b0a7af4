"""The bundled Noto Serif, registered with reportlab so every Vietnamese diacritic prints and is embedded."""

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from resources import resource_path

REGULAR = "NotoSerif"
BOLD = "NotoSerif-Bold"
ITALIC = "NotoSerif-Italic"
BOLD_ITALIC = "NotoSerif-BoldItalic"


@cache
def register_fonts() -> str:
    """Register the four faces once and map them as a family; returns the family name."""
    for name, file in ((REGULAR, "NotoSerif-Regular.ttf"), (BOLD, "NotoSerif-Bold.ttf"),
                       (ITALIC, "NotoSerif-Italic.ttf"), (BOLD_ITALIC, "NotoSerif-BoldItalic.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    return REGULAR
