"""Whether a file may be kept as evidence: its name, its size, its type read from its bytes, and its soundness.

Nothing here runs or renders anything of the file: the type is read from the first bytes (and, for DOCX and XLSX,
from the zip's `[Content_Types].xml`, parsed with defusedxml), an image is decoded by Pillow only to check that it
is whole and to make its thumbnail, a PDF's structure is read as text. Each refusal is one Vietnamese sentence
naming the file (FileRefused); `check_file` returns what to store only when every check passed.

Limits: MAX_FILE_BYTES a file — a scanned decision or minutes at 300 dpi is about 1 MB a page and a phone photo
3-5 MB, so 20 MB holds a 20-page scan; a bigger one is better split or scanned in grey. MAX_VILLAGE_YEAR_BYTES a
village in a year (each attachment counted) — 19 criteria with two scans of 2 MB each come to ~80 MB; the ceiling
keeps a province's file within what its backups can hold: the backups are whole copies of the file and up to
~45 are kept (storage/backups.py), so every 100 MB stored costs the backup folder up to 4.5 GB.

HEIC (iPhone photos) is refused with a sentence saying to save it as JPEG: Pillow cannot read it without
pillow-heif, whose native libheif/libde265 (LGPL) would have to ship in the Windows build too, and an iPhone sends
JPEG when its camera is set to "Most Compatible" or when a photo is shared by mail.
"""

import hashlib
import io
import logging
import re
import unicodedata
import warnings
import zipfile
import zlib
from dataclasses import dataclass

from defusedxml import ElementTree
from PIL import Image, ImageOps

from domain.errors import DomainError
from domain.text import nfc

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_VILLAGE_YEAR_BYTES = 100 * 1024 * 1024
MAX_NAME_LENGTH = 255
MAX_IMAGE_PIXELS = 60_000_000
"""An image larger than this (a 60-megapixel photo) is refused before it is decoded: a small file can unpack to
gigabytes of pixels."""
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
"""The most a DOCX or XLSX may unpack to while it is checked."""
THUMBNAIL_PIXELS = 320

PDF, JPEG, PNG, DOCX, XLSX = ("application/pdf", "image/jpeg", "image/png",
                              "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
TYPE_LABELS = {PDF: "PDF", JPEG: "ảnh JPEG", PNG: "ảnh PNG", DOCX: "văn bản Word (DOCX)",
               XLSX: "bảng tính Excel (XLSX)"}
EXTENSIONS = {".pdf": PDF, ".jpg": JPEG, ".jpeg": JPEG, ".png": PNG, ".docx": DOCX, ".xlsx": XLSX}
ACCEPTED = "PDF, JPEG, PNG, DOCX, XLSX"
_MAIN_PARTS = {DOCX: ("/word/document.xml", DOCX + ".main+xml"),
               XLSX: ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")}
_MACRO_TYPES = ("application/vnd.ms-word.document.macroEnabled.main+xml",
                "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs", b"mif1", b"msf1"}
_WINDOWS_FORBIDDEN = set('<>:"|?*')
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_OBJECT = re.compile(rb"\d+\s+\d+\s+obj\b")


class FileRefused(DomainError):
    """A file that is not kept; `str(error)` is the sentence to show, naming the file (`file_name`)."""

    def __init__(self, file_name: str, message: str) -> None:
        super().__init__(message)
        self.file_name = file_name


@dataclass(frozen=True)
class CheckedFile:
    """A file that passed every check: its name (NFC), type, size, digest and, for an image, a thumbnail."""

    name: str
    media_type: str
    size: int
    sha256: str
    thumbnail: bytes | None


def megabytes(size: int) -> str:
    """'20 MB', '23,4 MB': a size as the refusals say it."""
    text = f"{size / (1024 * 1024):.1f}".replace(".", ",")
    return f"{text.removesuffix(',0')} MB"


def shown_name(name: str) -> str:
    """The name with its invisible characters made visible (U+202E…), safe to repeat in a sentence."""
    return "".join(f"[U+{ord(c):04X}]" if unicodedata.category(c) in ("Cc", "Cf") else c for c in name)


def check_name(name: str) -> str:
    """The name in NFC without surrounding spaces (domain/text.nfc), or FileRefused: empty, too long, a path, a
    control or invisible character, a character Windows does not allow in a file name."""
    name = nfc(name)
    said = f"Tệp “{shown_name(name)}”"
    if not name.strip(" ."):
        raise FileRefused(name, f"{said}: tên tệp trống.")
    if "/" in name or "\\" in name:
        raise FileRefused(name, f"{said}: tên tệp chứa dấu “/” hoặc “\\” (một đường dẫn); chỉ nhận tên tệp.")
    if any(unicodedata.category(c) in ("Cc", "Cf") for c in name):
        raise FileRefused(name, f"{said}: tên tệp chứa ký tự điều khiển hoặc ký tự ẩn; hãy đổi tên tệp.")
    if forbidden := sorted(set(name) & _WINDOWS_FORBIDDEN):
        raise FileRefused(name, f"{said}: tên tệp chứa ký tự {' '.join(forbidden)} mà Windows không cho dùng.")
    if len(name) > MAX_NAME_LENGTH:
        raise FileRefused(name, f"{said[:60]}…: tên tệp dài {len(name)} ký tự, quá {MAX_NAME_LENGTH} ký tự.")
    return name


def detected_type(content: bytes) -> str | None:
    """The type the first bytes say (DOCX and XLSX told apart by their content types), None when not one we keep.
    Raises nothing: a damaged DOCX is reported by `check_file`."""
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if content.startswith(b"\xff\xd8\xff"):
        return JPEG
    if b"%PDF-" in content[:1024]:
        return PDF
    if content.startswith(b"PK\x03\x04"):
        try:
            return _office_type(content)
        except (zipfile.BadZipFile, ElementTree.ParseError, KeyError, ValueError, OSError, EOFError):
            return None
    return None


def _kind_said(content: bytes) -> str:
    """What a file of a type we do not keep is, in words, for the refusal."""
    if content[4:8] == b"ftyp" and content[8:12] in _HEIF_BRANDS:
        return "ảnh HEIC/HEIF"
    if content.startswith(b"MZ") or content.startswith(b"\x7fELF"):
        return "một chương trình"
    if content.startswith(b"PK\x03\x04"):
        return "một tệp nén ZIP (không phải DOCX hay XLSX)"
    if content.startswith(b"\xd0\xcf\x11\xe0"):
        return "một tệp Office cũ (DOC/XLS)"
    return "một loại tệp không nhận"


def check_size(name: str, size: int) -> None:
    """FileRefused for an empty file or one over MAX_FILE_BYTES: the window asks before it reads a file."""
    said = f"Tệp “{shown_name(nfc(name))}”"
    if size == 0:
        raise FileRefused(name, f"{said}: tệp rỗng (0 byte).")
    if size > MAX_FILE_BYTES:
        raise FileRefused(name, f"{said}: {megabytes(size)}, quá giới hạn {megabytes(MAX_FILE_BYTES)} một tệp. "
                                "Hãy chia nhỏ hoặc quét lại với độ phân giải thấp hơn.")


def check_file(name: str, content: bytes) -> CheckedFile:
    """Every check of a file about to be attached; FileRefused with the first reason it may not be."""
    name = check_name(name)
    said = f"Tệp “{name}”"
    size = len(content)
    check_size(name, size)
    dot = name.rfind(".")
    extension = name[dot:].lower() if dot > 0 else ""
    claimed = EXTENSIONS.get(extension)
    if content[4:8] == b"ftyp" and content[8:12] in _HEIF_BRANDS or extension in (".heic", ".heif"):
        raise FileRefused(name, f"{said}: ảnh HEIC/HEIF (iPhone) chương trình chưa đọc được; hãy lưu ảnh thành "
                                "JPEG (trên iPhone: Cài đặt > Camera > Định dạng > Tương thích nhất) rồi đính kèm.")
    if claimed is None:
        if not extension:
            raise FileRefused(name, f"{said}: tên tệp không có đuôi (.pdf, .jpg…) cho biết loại tệp; chỉ nhận "
                                    f"{ACCEPTED}.")
        raise FileRefused(name, f"{said}: đuôi “{extension}” không phải loại tệp được nhận; chỉ nhận {ACCEPTED}.")
    found = detected_type(content)
    if found is None and claimed in (DOCX, XLSX) and content.startswith(b"PK\x03\x04"):
        found = claimed  # a zip that does not say what it is: its damage is reported below, as the name's type
    if found != claimed:
        what = TYPE_LABELS[found] if found else _kind_said(content)
        raise FileRefused(name, f"{said}: tên tệp ghi là {TYPE_LABELS[claimed]} nhưng nội dung là {what}; "
                                "chưa đính kèm.")
    thumbnail = None
    if found in (JPEG, PNG):
        thumbnail = _checked_image(said, name, content)
    elif found == PDF:
        _check_pdf(said, name, content)
    else:
        _check_office(said, name, content, found)
    return CheckedFile(name, found, size, hashlib.sha256(content).hexdigest(), thumbnail)


def _checked_image(said: str, name: str, content: bytes) -> bytes:
    """Decode the whole image (a truncated or damaged one is refused) and return its thumbnail as a JPEG."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(content)) as image:
                image.verify()
            with Image.open(io.BytesIO(content)) as image:
                width, height = image.size
                if width * height > MAX_IMAGE_PIXELS:
                    raise FileRefused(name, f"{said}: ảnh {width}×{height} điểm ảnh, quá lớn "
                                            f"(tối đa {MAX_IMAGE_PIXELS // 1_000_000} triệu điểm ảnh).")
                image.load()
                small = ImageOps.exif_transpose(image)
                small.thumbnail((THUMBNAIL_PIXELS, THUMBNAIL_PIXELS))
                if small.mode not in ("RGB", "L"):
                    small = small.convert("RGBA")
                    flat = Image.new("RGB", small.size, "white")
                    flat.paste(small, mask=small.getchannel("A"))
                    small = flat
                out = io.BytesIO()
                small.save(out, "JPEG", quality=80)
                return out.getvalue()
    except FileRefused:
        raise
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError,
            Image.DecompressionBombWarning, TypeError) as error:
        _log_why(name, error)
        raise FileRefused(name, f"{said}: ảnh bị hỏng hoặc không đọc hết được; chưa đính kèm.") from None


def _log_why(name: str, error: BaseException) -> None:
    """The library's own words on a damaged file go to the log, for whoever looks into it; the person attaching
    is told in Vietnamese what is wrong, not Pillow's or zipfile's English."""
    logging.getLogger(__name__).info("refused %r: %s: %s", name, type(error).__name__, str(error)[:200])


def _check_pdf(said: str, name: str, content: bytes) -> None:
    """A whole PDF: its header, and at its end `startxref` giving the place of a cross-reference table or stream
    inside the file, then `%%EOF`. A PDF cut short (an interrupted download or copy) has no such end."""
    end = _STARTXREF.search(content[-2048:])
    if end is None:
        raise FileRefused(name, f"{said}: tệp PDF bị hỏng hoặc không trọn vẹn (thiếu phần kết thúc “%%EOF”); "
                                "chưa đính kèm.")
    offset = int(end.group(1))
    at = content[offset:offset + 64] if offset < len(content) else b""
    if not (at.startswith(b"xref") or _OBJECT.match(at)):
        raise FileRefused(name, f"{said}: tệp PDF bị hỏng (bảng tham chiếu chéo “xref” không ở chỗ tệp ghi); "
                                "chưa đính kèm.")


def _office_type(content: bytes) -> str | None:
    """DOCX or XLSX, as the package's `[Content_Types].xml` names its main part; None for another zip."""
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        types = _content_types(archive)
    for media_type, (part, main_type) in _MAIN_PARTS.items():
        if types.get(part) == main_type:
            return media_type
    return None


def _content_types(archive: zipfile.ZipFile) -> dict[str, str]:
    """Part name -> content type, from the package's overrides."""
    with archive.open("[Content_Types].xml") as handle:
        root = ElementTree.fromstring(handle.read(1024 * 1024))
    return {item.get("PartName", ""): item.get("ContentType", "") for item in root
            if item.tag.endswith("}Override")}


def _check_office(said: str, name: str, content: bytes, media_type: str) -> None:
    """A whole DOCX or XLSX: its content types name its main part, it has no macros, and every member unpacks with
    the right checksum (at most MAX_UNPACKED_BYTES in all, so that a small file cannot unpack to gigabytes)."""
    damaged = f"{said}: tệp {TYPE_LABELS[media_type]} bị hỏng hoặc không trọn vẹn"
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            members = archive.infolist()
            if sum(member.file_size for member in members) > MAX_UNPACKED_BYTES:
                raise FileRefused(name, f"{said}: tệp giải nén ra quá {megabytes(MAX_UNPACKED_BYTES)}; "
                                        "chưa đính kèm.")
            types = _content_types(archive)
            if any(kind in _MACRO_TYPES for kind in types.values()) or any(
                    member.filename.lower().endswith("vbaproject.bin") for member in members):
                raise FileRefused(name, f"{said}: tệp có macro (mã lệnh chạy được); chỉ nhận tệp không có macro "
                                        "— lưu lại thành .docx hoặc .xlsx thường.")
            part, main_type = _MAIN_PARTS[media_type]
            if types.get(part) != main_type or part.lstrip("/") not in archive.namelist():
                raise FileRefused(name, f"{damaged} (thiếu phần nội dung chính); chưa đính kèm.")
            bad = archive.testzip()
    except FileRefused:
        raise
    except (zipfile.BadZipFile, ElementTree.ParseError, KeyError, ValueError, OSError, EOFError, zlib.error,
            NotImplementedError) as error:
        _log_why(name, error)
        raise FileRefused(name, f"{damaged}; chưa đính kèm.") from None
    if bad is not None:
        raise FileRefused(name, f"{damaged} (phần “{bad}” sai mã kiểm tra); chưa đính kèm.")
