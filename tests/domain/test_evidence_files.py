"""What files may be kept as evidence (domain/evidence_files.py): the six kinds people send are kept with the type
read from their bytes; every other file, or a damaged one, is refused with one sentence naming it."""

import io
import zipfile

import pytest

from domain.evidence_files import (
    DOCX,
    JPEG,
    MAX_FILE_BYTES,
    PDF,
    PNG,
    XLSX,
    FileRefused,
    check_file,
    check_name,
    check_size,
)
from tests.evidence import (
    damaged_member,
    docx_bytes,
    heic_bytes,
    jpeg_bytes,
    pdf_bytes,
    png_bytes,
    with_member,
    xlsx_bytes,
)


def _refusal(name: str, content: bytes) -> str:
    with pytest.raises(FileRefused) as refused:
        check_file(name, content)
    assert refused.value.file_name == check_name.__globals__["nfc"](name)
    return str(refused.value)


@pytest.mark.parametrize(("name", "make", "media_type"), [
    ("Biên bản họp thôn.pdf", pdf_bytes, PDF), ("nha-van-hoa.JPG", jpeg_bytes, JPEG), ("so-do.jpeg", jpeg_bytes, JPEG),
    ("ban-do.png", png_bytes, PNG), ("Quyết định.docx", docx_bytes, DOCX), ("Danh sách hộ.xlsx", xlsx_bytes, XLSX)])
def test_the_kinds_people_send_are_kept_with_the_type_read_from_their_bytes(name, make, media_type):
    content = make()
    checked = check_file(name, content)
    assert (checked.name, checked.media_type, checked.size) == (name, media_type, len(content))
    assert len(checked.sha256) == 64
    assert (checked.thumbnail is not None) == media_type.startswith("image/")


def test_an_image_gets_a_small_jpeg_thumbnail():
    from PIL import Image

    checked = check_file("anh.png", png_bytes(1600, 1200))
    with Image.open(io.BytesIO(checked.thumbnail)) as thumbnail:
        assert thumbnail.format == "JPEG" and max(thumbnail.size) == 320


def test_a_name_decomposed_by_the_file_system_is_kept_composed_and_trimmed():
    assert check_file(" Bie\u0302n ba\u0309n.pdf ", pdf_bytes()).name == "Biên bản.pdf"


@pytest.mark.parametrize(("name", "said"), [
    ("../../etc/passwd.pdf", "dấu “/” hoặc “\\”"), ("C:\\Users\\x\\a.pdf", "dấu “/” hoặc “\\”"),
    ("bien\x07ban.pdf", "ký tự điều khiển hoặc ký tự ẩn"), ("anh\u202egpj.pdf", "ký tự điều khiển hoặc ký tự ẩn"),
    ("bien:ban.pdf", "ký tự : mà Windows không cho dùng"), ("   .pdf ", "tên tệp không có đuôi"),
    ("", "tên tệp trống"), ("a" * 300 + ".pdf", "quá 255 ký tự")])
def test_a_name_that_is_a_path_or_hides_characters_is_refused(name, said):
    message = _refusal(name, pdf_bytes())
    assert said in message and message.startswith("Tệp “")


def test_an_invisible_character_is_shown_in_the_refusal():
    assert "anh[U+202E]gpj.pdf" in _refusal("anh\u202egpj.pdf", pdf_bytes())


def test_a_file_over_the_limit_is_refused_with_its_size():
    message = _refusal("quet.pdf", b"%PDF-1.4\n" + bytes(MAX_FILE_BYTES))
    assert message == ("Tệp “quet.pdf”: 20 MB, quá giới hạn 20 MB một tệp. Hãy chia nhỏ hoặc quét lại với độ phân "
                       "giải thấp hơn.")


def test_a_size_alone_is_checked_before_a_file_is_read():
    with pytest.raises(FileRefused, match="^Tệp “phim.pdf”: 2048 MB, quá giới hạn 20 MB một tệp"):
        check_size("phim.pdf", 2 * 1024 ** 3)
    check_size("phim.pdf", MAX_FILE_BYTES)


def test_an_empty_file_is_refused():
    assert _refusal("trong.pdf", b"") == "Tệp “trong.pdf”: tệp rỗng (0 byte)."


@pytest.mark.parametrize(("name", "make", "said"), [
    ("anh.pdf", jpeg_bytes, "tên tệp ghi là PDF nhưng nội dung là ảnh JPEG"),
    ("bien-ban.jpg", pdf_bytes, "tên tệp ghi là ảnh JPEG nhưng nội dung là PDF"),
    ("so-lieu.docx", xlsx_bytes, "tên tệp ghi là văn bản Word (DOCX) nhưng nội dung là bảng tính Excel (XLSX)"),
    ("setup.pdf", lambda: b"MZ\x90\x00" + bytes(500), "nội dung là một chương trình"),
    ("cu.docx", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "nội dung là một tệp Office cũ (DOC/XLS)")])
def test_a_file_that_is_not_what_its_name_says_is_refused(name, make, said):
    assert said in _refusal(name, make())


def test_a_kind_not_kept_is_refused_naming_the_kinds_kept():
    assert _refusal("cai-dat.exe", b"MZ" + bytes(100)) == (
        "Tệp “cai-dat.exe”: đuôi “.exe” không phải loại tệp được nhận; chỉ nhận PDF, JPEG, PNG, DOCX, XLSX.")
    assert "tên tệp không có đuôi (.pdf, .jpg…)" in _refusal("README", b"hello")


def test_a_heic_photo_is_refused_with_how_to_send_it_as_jpeg():
    for name in ("IMG_0001.HEIC", "IMG_0001.jpg"):
        message = _refusal(name, heic_bytes())
        assert "HEIC/HEIF" in message and "JPEG" in message


def test_a_photo_cut_short_is_refused():
    content = jpeg_bytes(1200, 900)
    assert "ảnh bị hỏng hoặc không đọc hết được" in _refusal("anh.jpg", content[:len(content) // 2])
    content = png_bytes(800, 600)
    assert "ảnh bị hỏng" in _refusal("anh.png", content[:len(content) - 200])


def test_a_photo_with_damaged_bytes_is_refused():
    content = bytearray(png_bytes())
    content[60] ^= 0xFF  # inside the first chunk: its CRC no longer matches
    assert "ảnh bị hỏng" in _refusal("anh.png", bytes(content))


def test_a_damaged_file_is_refused_in_vietnamese_only():
    """The library's own English ("cannot identify image file <_io.BytesIO …>", "File is not a zip file") goes to
    the log, not into the sentence the person reads."""
    assert _refusal("anh.png", png_bytes()[:40]) == (
        "Tệp “anh.png”: ảnh bị hỏng hoặc không đọc hết được; chưa đính kèm.")
    assert "zip" not in _refusal("qd.docx", docx_bytes()[:5000]).lower()


def test_a_pdf_cut_short_or_with_a_wrong_cross_reference_is_refused():
    content = pdf_bytes(3)
    assert "thiếu phần kết thúc “%%EOF”" in _refusal("bb.pdf", content[:len(content) * 2 // 3])
    offset = content.rindex(b"startxref") + len("startxref\n")
    wrong = content[:offset] + b"17" + content[content.index(b"\n", offset):]
    assert "bảng tham chiếu chéo “xref”" in _refusal("bb.pdf", wrong)


def test_a_damaged_office_file_is_refused():
    assert "bị hỏng hoặc không trọn vẹn" in _refusal("qd.docx", damaged_member(docx_bytes()))
    assert "bị hỏng hoặc không trọn vẹn" in _refusal("ds.xlsx", damaged_member(xlsx_bytes()))
    assert "bị hỏng hoặc không trọn vẹn" in _refusal("qd.docx", docx_bytes()[:5000])


def test_an_office_file_with_macros_is_refused():
    content = docx_bytes()
    types = zipfile.ZipFile(io.BytesIO(content)).read("[Content_Types].xml")
    macro_types = types.replace(b"wordprocessingml.document.main+xml", b"wordprocessingml.document.main+xml\"/>"
                                b"<Override PartName=\"/word/vbaProject.bin\" ContentType=\"application/"
                                b"vnd.ms-office.vbaProject")
    assert "tệp có macro" in _refusal("qd.docx", with_member(content, "word/vbaProject.bin", b"\x00" * 100,
                                                              macro_types))


def test_a_small_office_file_that_would_unpack_to_gigabytes_is_refused():
    content = with_member(docx_bytes(), "word/media/bomb.bin", bytes(210 * 1024 * 1024))
    assert len(content) < MAX_FILE_BYTES
    assert "giải nén ra quá 200 MB" in _refusal("qd.docx", content)


def test_a_zip_that_is_not_an_office_file_is_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("a.txt", "x")
    assert "bị hỏng hoặc không trọn vẹn" in _refusal("qd.docx", out.getvalue())
