"""What a workbook someone sent us must be before openpyxl loads it: its size, its sheets, its cells.

openpyxl loads a whole sheet into memory (about a kilobyte per cell) and unzips whatever the zip declares, so
a hostile or careless file is refused here first, by reading the zip's directory and streaming each sheet's
XML with expat (nothing is kept but counts):

- unzipped, all parts together, at most 50 MB; a part larger than 1 MB compressed more than 100:1 is refused
  (real sheets compress 5–20:1; a zip bomb a thousand to one);
- a sheet at most 100.000 rows (a province of 10.000 villages with teams of ten) and 100 columns (its
  <dimension>, and the rows actually met while streaming, which stops at the first row past the limit);
- a cell at most 32.767 characters (Excel's own limit); each field's own limit is checked by the reader
  after reading (domain/bounds.py);
- no DOCTYPE in any part (a real workbook never has one; entity expansion such as "billion laughs" needs it).
  openpyxl itself parses with defusedxml, which is installed;
- a formula without a computed value (a file written by a program that does not calculate) or whose value is
  an error (#REF!) is refused with its cell named: read as empty it would erase what the database holds.
  A formula with a computed value is read as that value: Excel and LibreOffice store what they computed, which
  is what the person saw on the screen;
- a workbook with macros (.xlsm, a vbaProject part) is refused: nothing here would run them, but the file is
  not what we sent, and asking for a plain .xlsx keeps macro files out of the office's mail.
"""

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from xml.parsers import expat

from domain.formatting import format_int
from storage.errors import StorageError

MAX_UNZIPPED = 50 * 1024 * 1024
MAX_RATIO = 100
RATIO_FROM = 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 100
MAX_CELL = 32_767
LISTED = 10
MACRO_SUFFIXES = (".xlsm", ".xltm", ".xlam")

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELATIONSHIP_ID = "http://schemas.openxmlformats.org/officeDocument/2006/relationships id"
_CELL = re.compile(r"([A-Z]+)(\d+)")


class WorkbookLimit(StorageError):
    """The workbook passes a limit; nothing was read from it, nothing written."""


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def _megabytes(size: int) -> str:
    return format_int(round(size / 1024 / 1024))


@dataclass
class _SheetScan:
    """Streams one sheet's XML, counting rows, and noting formulas without a value and over-long cells."""

    file_name: str
    sheet: str
    shared: list[int]
    problems: list[str]
    rows: int = 0
    _cell: str = ""
    _type: str = ""
    _formula: bool = False
    _value: list[str] = field(default_factory=list)
    _inline: int = 0
    _in: str = ""

    def refuse(self, what: str) -> WorkbookLimit:
        return WorkbookLimit(f"Không đọc tệp “{self.file_name}”: sheet “{self.sheet}” {what}; chưa ghi gì.")

    def start(self, name: str, attributes: dict[str, str]) -> None:
        local = name.rpartition(" ")[2]
        if local == "dimension":
            self._dimension(attributes.get("ref", ""))
        elif local == "row":
            self.rows = int(attributes.get("r") or self.rows + 1)
            if self.rows > MAX_ROWS:
                raise self.refuse(f"có hơn {format_int(MAX_ROWS)} dòng, quá giới hạn {format_int(MAX_ROWS)} dòng")
        elif local == "c":
            self._cell, self._type = attributes.get("r", ""), attributes.get("t", "n")
            self._formula, self._value, self._inline = False, [], 0
        elif local == "f":
            self._formula = True
        elif local in ("v", "t"):
            self._in = local

    def text(self, data: str) -> None:
        if self._in == "v":
            self._value.append(data)
        elif self._in == "t":
            self._inline += len(data)

    def end(self, name: str) -> None:
        local = name.rpartition(" ")[2]
        if local in ("v", "t"):
            self._in = ""
        elif local == "c":
            self._judge()

    def _dimension(self, ref: str) -> None:
        corners = _CELL.findall(ref.upper())
        if not corners:
            return
        rows = int(corners[-1][1])
        columns = _column_number(corners[-1][0])
        if rows > MAX_ROWS:
            raise self.refuse(f"có {format_int(rows)} dòng, quá giới hạn {format_int(MAX_ROWS)} dòng")
        if columns > MAX_COLUMNS:
            raise self.refuse(f"có {format_int(columns)} cột, quá giới hạn {format_int(MAX_COLUMNS)} cột")

    def _judge(self) -> None:
        where = f"Sheet “{self.sheet}”, ô {self._cell}"
        value = "".join(self._value)
        if self._type == "e":
            self.problems.append(f"{where}: là công thức báo lỗi ({value}), không phải giá trị; hãy sửa hoặc dán "
                                 "giá trị (Paste Values) rồi gửi lại.")
            return
        if self._formula and not value:
            self.problems.append(f"{where}: là công thức, không phải giá trị; hãy dán giá trị (Paste Values) "
                                 "rồi gửi lại.")
            return
        if self._type == "s":
            length = self.shared[int(value)] if value.isdigit() and int(value) < len(self.shared) else 0
        else:
            length = self._inline or len(value)
        if length > MAX_CELL:
            self.problems.append(f"{where}: dài {format_int(length)} ký tự, quá giới hạn {format_int(MAX_CELL)} "
                                 "ký tự của một ô Excel.")


def _parse(archive: zipfile.ZipFile, file_name: str, part: str, start, text=None, end=None) -> None:
    """Stream `part` through expat; a DOCTYPE or broken XML refuses the workbook."""

    def doctype(*_args) -> None:
        raise WorkbookLimit(f"Không đọc tệp “{file_name}”: phần “{part}” có khai báo DOCTYPE, điều một bảng tính "
                            "Excel thật không có (dạng tệp XML độc hại như “billion laughs”); chưa ghi gì.")

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartDoctypeDeclHandler = doctype
    parser.StartElementHandler = start
    if text is not None:
        parser.CharacterDataHandler = text
    if end is not None:
        parser.EndElementHandler = end
    try:
        with archive.open(part) as stream:
            parser.ParseFile(stream)
    except expat.ExpatError as error:
        raise WorkbookLimit(f"Tệp “{file_name}” bị hỏng, không đọc được (phần “{part}” không phải XML hợp lệ ở dòng "
                            f"{error.lineno}, cột {error.offset}).") from error


def _shared_lengths(archive: zipfile.ZipFile, file_name: str, names: set[str]) -> list[int]:
    """The length of every shared string, in order (rich-text runs added up)."""
    lengths: list[int] = []
    inside = [False]

    def start(name: str, _attributes) -> None:
        local = name.rpartition(" ")[2]
        if local == "si":
            lengths.append(0)
        inside[0] = local == "t"

    def text(data: str) -> None:
        if inside[0] and lengths:
            lengths[-1] += len(data)

    def end(_name: str) -> None:
        inside[0] = False

    if "xl/sharedStrings.xml" in names:
        _parse(archive, file_name, "xl/sharedStrings.xml", start, text, end)
    return lengths


def _sheet_parts(archive: zipfile.ZipFile, file_name: str, names: set[str]) -> list[tuple[str, str]]:
    """(sheet name, zip part) of every worksheet, in the workbook's order."""
    sheets: list[tuple[str, str]] = []
    targets: dict[str, str] = {}

    def sheet(name: str, attributes: dict[str, str]) -> None:
        if name == f"{_MAIN} sheet":
            sheets.append((attributes.get("name", ""), attributes.get(_RELATIONSHIP_ID, "")))

    def relationship(name: str, attributes: dict[str, str]) -> None:
        if name.endswith(" Relationship"):
            target = attributes.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
            targets[attributes.get("Id", "")] = path

    if "xl/workbook.xml" in names:
        _parse(archive, file_name, "xl/workbook.xml", sheet)
    if "xl/_rels/workbook.xml.rels" in names:
        _parse(archive, file_name, "xl/_rels/workbook.xml.rels", relationship)
    return [(title, targets[rid]) for title, rid in sheets if targets.get(rid) in names]


def _check_zip(archive: zipfile.ZipFile, file_name: str) -> None:
    entries = archive.infolist()
    total = sum(entry.file_size for entry in entries)
    if total > MAX_UNZIPPED:
        raise WorkbookLimit(f"Không đọc tệp “{file_name}”: giải nén ra {_megabytes(total)} MB, quá giới hạn "
                            f"{_megabytes(MAX_UNZIPPED)} MB của một bảng tính; chưa ghi gì.")
    for entry in entries:
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > RATIO_FROM and ratio > MAX_RATIO:
            raise WorkbookLimit(f"Không đọc tệp “{file_name}”: phần “{entry.filename}” nén {format_int(int(ratio))} "
                                f"lần, quá tỉ lệ {MAX_RATIO} lần của một bảng tính thật (có thể là tệp độc hại); "
                                "chưa ghi gì.")
    names = {entry.filename for entry in entries}
    if "xl/vbaProject.bin" in names or file_name.lower().endswith(MACRO_SUFFIXES):
        raise WorkbookLimit(f"Tệp “{file_name}” là bảng tính có macro: Làng Mới không mở tệp có macro. Hãy mở tệp "
                            "bằng Excel, chọn Lưu thành (Save As) kiểu “Excel Workbook (*.xlsx)” rồi gửi lại.")


def check_workbook(archive: zipfile.ZipFile, file_name: str) -> None:
    """Refuse the workbook when it passes a limit; every formula or over-long cell is listed with its place."""
    _check_zip(archive, file_name)
    names = set(archive.namelist())
    shared = _shared_lengths(archive, file_name, names)
    sheets = _sheet_parts(archive, file_name, names)
    scanned = {part for _, part in sheets} | {"xl/sharedStrings.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"}
    for part in sorted(names - scanned):
        if part.endswith((".xml", ".rels")):
            _parse(archive, file_name, part, lambda *_: None)
    problems: list[str] = []
    for title, part in sheets:
        scan = _SheetScan(file_name, title, shared, problems)
        _parse(archive, file_name, part, scan.start, scan.text, scan.end)
    if problems:
        raise cells_refused(file_name, problems)


def cells_refused(file_name: str, problems: list[str]) -> WorkbookLimit:
    """The refusal of a workbook for the cells listed (the first ten shown)."""
    more = f"\n- … và {format_int(len(problems) - LISTED)} ô khác." if len(problems) > LISTED else ""
    return WorkbookLimit(f"Không đọc tệp “{file_name}”: {format_int(len(problems))} ô không đọc được, chưa ghi gì.\n"
                         + "\n".join(f"- {line}" for line in problems[:LISTED]) + more)
