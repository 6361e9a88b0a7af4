"""Opening a workbook someone sent us, and reading its cells as text, for every workbook reader."""

import zipfile
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook, load_workbook

from domain.text import nfc
from storage.errors import StorageError
from storage.workbook_limits import check_workbook

OLE_HEADER = b"\xd0\xcf\x11\xe0"


def open_workbook(path: Path, *, read_only: bool = False) -> Workbook:
    """The workbook, or one clear line when the file is not one we can read. Read-only, its sheets are read as
    they are iterated (the caller closes it, and says a sheet openpyxl then cannot read as damaged)."""
    if not path.is_file():
        raise StorageError(f"Không tìm thấy tệp “{path}”.")
    with path.open("rb") as handle:
        head = handle.read(4)
    if head == OLE_HEADER:
        raise StorageError(f"Tệp “{path.name}” được đặt mật khẩu hoặc là tệp .xls cũ: hãy mở bằng Excel và lưu lại "
                           "thành .xlsx không mật khẩu.")
    if not zipfile.is_zipfile(path):
        raise StorageError(f"Tệp “{path.name}” không phải là bảng tính Excel (.xlsx).")
    try:
        with zipfile.ZipFile(path) as archive:
            check_workbook(archive, path.name)
        return load_workbook(path, data_only=True, read_only=read_only)
    except StorageError:
        raise
    except Exception as error:  # openpyxl raises many kinds for a damaged file; all mean the same to the user
        raise damaged(path, error) from error


def damaged(path: Path, error: Exception) -> StorageError:
    """What openpyxl could not read in the file, said as the file being damaged."""
    return StorageError(f"Tệp “{path.name}” bị hỏng, không đọc được ({type(error).__name__}).")


def cell_text(value: object) -> str:
    """A cell as a person reads it: numbers without a trailing '.0', dates as dd/mm/yyyy, NFC, trimmed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime | date):
        return value.strftime("%d/%m/%Y")
    return nfc(str(value))
