"""Reading a PDF back as a person would check it: its text (pdftotext) and its fonts (pdffonts)."""

import subprocess
from pathlib import Path


def _raw_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def pdf_text(path: Path) -> str:
    """The whole text, every run of spaces and line breaks made one space (table cells wrap their lines)."""
    return " ".join(_raw_text(path).split())


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, spaces collapsed as in pdf_text."""
    return [" ".join(page.split()) for page in _raw_text(path).split("\f")[:-1]]


def pdf_fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font the PDF uses."""
    lines = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout.splitlines()
    fonts = []
    for line in lines[2:]:
        parts = line.split()
        embedded = parts[-5] == "yes"
        fonts.append((parts[0], embedded))
    return fonts
