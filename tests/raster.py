"""Comparing PDF pages as a reader sees them: each page rasterised in grey by poppler's pdftoppm (another renderer
than the program's Qt Pdf), compared block by block."""

import subprocess
import tempfile
from pathlib import Path

DPI = 100


def page_greys(path: Path) -> list[tuple[int, int, bytes]]:
    """(width, height, one byte a pixel, rows packed) of every page at DPI."""
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["pdftoppm", "-gray", "-r", str(DPI), str(path), f"{folder}/p"], check=True)
        pages = []
        for pgm in sorted(Path(folder).glob("p-*.pgm"), key=lambda p: int(p.stem.rsplit("-", 1)[1])):
            data = pgm.read_bytes()
            magic, width, height, maximum, pixels = data.split(maxsplit=4)  # P5 header: no comment from pdftoppm
            assert magic == b"P5" and maximum == b"255"
            pages.append((int(width), int(height), pixels[:int(width) * int(height)]))
    return pages


def differing_share(a: tuple[int, int, bytes], b: tuple[int, int, bytes], block: int = 16) -> float:
    """The share of the blocks of `block`² pixels (over the size both pages have) whose mean grey differs by more
    than a tenth of black: a fraction of a pixel's shift (paper of 595 × 842 points against the file's
    595.3 × 841.9) moves single pixels of thin strokes, not a block's ink."""
    width, height = min(a[0], b[0]), min(a[1], b[1])
    differing = blocks = 0
    for top in range(0, height - block + 1, block):
        for left in range(0, width - block + 1, block):
            means = [sum(sum(page[2][y * page[0] + left:y * page[0] + left + block])
                         for y in range(top, top + block)) / block ** 2 for page in (a, b)]
            blocks += 1
            differing += abs(means[0] - means[1]) > 25
    return differing / blocks
