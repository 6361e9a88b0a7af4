"""Comparing PDF pages as a reader sees them: each page rasterised in grey (pypdfium2), pixel by pixel."""

from pathlib import Path

DPI = 100


def page_greys(path: Path) -> list[tuple[int, int, bytes]]:
    """(width, height, one byte a pixel, rows packed) of every page at DPI."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    pages = []
    for index in range(len(document)):
        bitmap = document[index].render(scale=DPI / 72, grayscale=True)
        buffer = bytes(bitmap.buffer)
        rows = b"".join(buffer[y * bitmap.stride:y * bitmap.stride + bitmap.width] for y in range(bitmap.height))
        pages.append((bitmap.width, bitmap.height, rows))
    document.close()
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
