"""Evidence files for the tests, made here as the programs people use make them: a PDF by reportlab, photos by
Pillow, a DOCX by python-docx, an XLSX by openpyxl; and their damaged look-alikes."""

import io
import random
import zipfile

from docx import Document
from openpyxl import Workbook
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas


def pdf_bytes(pages: int = 1, text: str = "Biên bản họp thôn", padding: int = 0) -> bytes:
    """A real PDF of `pages` pages; with `padding`, a photo of about that many bytes on the first page (a scan)."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=True)  # the same bytes every time: a file sent twice
    for page in range(pages):
        canvas.drawString(72, 760, f"{text} {page + 1}")
        if padding and page == 0:
            canvas.drawImage(ImageReader(io.BytesIO(noise_jpeg(padding))), 72, 200, width=400, height=400)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def image(width: int = 640, height: int = 480, colour: str = "#2a6f97", label: str = "Nhà văn hóa") -> Image.Image:
    picture = Image.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(picture)
    draw.rectangle((width // 8, height // 3, width * 7 // 8, height * 7 // 8), fill="#f2e8cf", outline="black")
    draw.polygon([(width // 10, height // 3), (width // 2, height // 10), (width * 9 // 10, height // 3)],
                 fill="#bc4749")
    draw.text((10, 10), label, fill="white")
    return picture


def jpeg_bytes(width: int = 640, height: int = 480, colour: str = "#2a6f97") -> bytes:
    out = io.BytesIO()
    image(width, height, colour).save(out, "JPEG", quality=85)
    return out.getvalue()


def png_bytes(width: int = 400, height: int = 300, colour: str = "#6a994e") -> bytes:
    out = io.BytesIO()
    image(width, height, colour).save(out, "PNG")
    return out.getvalue()


def noise_jpeg(size: int) -> bytes:
    """A photo-like JPEG of about `size` bytes (random pixels do not compress)."""
    side = max(64, int((size / 1.35) ** 0.5))
    picture = Image.frombytes("RGB", (side, side), random.Random(side).randbytes(side * side * 3))
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=95)
    return out.getvalue()


def docx_bytes(text: str = "Quyết định công nhận thôn đạt chuẩn") -> bytes:
    document = Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def xlsx_bytes() -> bytes:
    workbook = Workbook()
    workbook.active["A1"] = "Danh sách hộ"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def with_member(content: bytes, name: str, data: bytes, content_types: bytes | None = None) -> bytes:
    """A copy of an Office package with one member added (and its [Content_Types].xml replaced, if given)."""
    source = zipfile.ZipFile(io.BytesIO(content))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            body = source.read(item.filename)
            if item.filename == "[Content_Types].xml" and content_types is not None:
                body = content_types
            target.writestr(item.filename, body)
        target.writestr(name, data)
    return out.getvalue()


def damaged_member(content: bytes) -> bytes:
    """An Office package whose main part's compressed bytes were changed: its checksum no longer matches."""
    archive = zipfile.ZipFile(io.BytesIO(content))
    member = next(item for item in archive.infolist() if item.filename in ("word/document.xml", "xl/workbook.xml"))
    start = member.header_offset + 30 + len(member.filename.encode()) + len(member.extra)
    middle = start + member.compress_size // 2
    return content[:middle] + bytes([content[middle] ^ 0xFF]) + content[middle + 1:]


def heic_bytes() -> bytes:
    """The first bytes of an iPhone's HEIC photo (an ISO box 'ftyp' of brand 'heic'), padded."""
    return b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(2000)
