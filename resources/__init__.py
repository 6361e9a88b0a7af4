"""Bundled files (fonts, translations, the sample plan) and the one helper that finds them."""

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """The path of a bundled file, from the source tree or from inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) / "resources" if bundle else Path(__file__).resolve().parent
    return base.joinpath(*parts)
