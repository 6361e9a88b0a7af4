"""Hostile workbooks made for real: a part of a real .xlsx replaced by streamed XML, a zip bomb, a billion
laughs, a formula without its value, macros, a 10 MB cell. Each is built in a second or two."""

import random
import re
import string
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from openpyxl import Workbook

SHEET_HEAD = (b'<?xml version="1.0" encoding="UTF-8"?>'
              b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
BILLION_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + b"".join(b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
                             for n in range(1, 10))
                  + b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                  b'<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')


def one_sheet(path: Path, title: str) -> Path:
    """A real one-sheet workbook written by openpyxl, to be altered."""
    workbook = Workbook()
    workbook.active.title = title
    workbook.active["A1"] = "x"
    workbook.save(path)
    return path


def rewrite(source: Path, target: Path, parts: dict[str, bytes | Iterable[bytes]]) -> Path:
    """`source` with the zip parts given replaced (or added), each written as a stream."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as new:
        for entry in old.infolist():
            if entry.filename not in parts:
                new.writestr(entry, old.read(entry))
        for name, content in parts.items():
            with new.open(name, "w", force_zip64=True) as stream:
                for chunk in [content] if isinstance(content, bytes) else content:
                    stream.write(chunk)
    return target


def rows(count: int, *, dimension: bool) -> Iterator[bytes]:
    """A sheet of `count` rows of one number each, in chunks of 10.000 rows."""
    yield SHEET_HEAD + (b'<dimension ref="A1:A%d"/>' % count if dimension else b"") + b"<sheetData>"
    for start in range(1, count + 1, 10_000):
        yield b"".join(b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (r, r)
                       for r in range(start, min(start + 10_000, count + 1)))
    yield b"</sheetData></worksheet>"


def zeros(size: int) -> Iterator[bytes]:
    chunk = bytes(16 * 1024 * 1024)
    for _ in range(size // len(chunk)):
        yield chunk


def letters(count: int) -> str:
    """Text that compresses as real text does (a run of one letter would be refused as a zip bomb first)."""
    return "".join(random.Random(7).choices(string.ascii_letters + " ", k=count))


def with_cell(source: Path, target: Path, sheet_part: str, cell: str, xml: str) -> Path:
    """`source` with the cell `cell` of the sheet part replaced by `xml` (a whole <c> element)."""
    with zipfile.ZipFile(source) as archive:
        text = archive.read(sheet_part).decode()
    pattern = re.compile(rf'<c r="{cell}"[^>]*?(/>|>.*?</c>)', re.S)
    assert pattern.search(text), f"no cell {cell} in {sheet_part}"
    return rewrite(source, target, {sheet_part: pattern.sub(xml, text, count=1).encode()})
