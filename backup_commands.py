"""The command line's backup, backups and restore (main.py adds their parsers and calls these).

On an SQLite file they use storage.backups. On the shared server the backups are the administrator's (the
server's own schedule); `backup` there runs PostgreSQL's pg_dump, when it is installed, into a custom-format file
that pg_restore reads back.
"""

import argparse
import getpass
import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storage.backups import Backup

# The parsers are built at every start, the window's too: the storage modules are imported only by a command.


def add_parsers(commands) -> None:
    backing = commands.add_parser("backup", help="sao lưu ngay: tệp SQLite vào thư mục backups bên cạnh (đã kiểm tra "
                                  "toàn vẹn); máy chủ PostgreSQL: chạy pg_dump ra một tệp")
    backing.add_argument("--out", type=Path, metavar="TỆP.dump", help="(máy chủ PostgreSQL) tệp pg_dump sẽ ghi")
    commands.add_parser("backups", help="liệt kê các bản sao lưu của tệp SQLite, mới nhất trước")
    restoring = commands.add_parser("restore", help="khôi phục tệp SQLite từ một bản sao lưu (tệp hiện tại được sao "
                                    "lưu trước)")
    restoring.add_argument("backup", metavar="BẢN_SAO_LƯU", help="số thứ tự trong danh sách của lệnh backups, hoặc "
                           "đường dẫn tệp sao lưu")


def _sqlite_file(args: argparse.Namespace, *, must_exist: bool = True) -> Path:
    from storage.errors import StorageError
    from storage.location import database_url, sqlite_path

    path = sqlite_path(database_url(args.db))
    if path is None:
        raise StorageError("Lệnh này dùng cho tệp SQLite; bản sao lưu của máy chủ dùng chung do người quản trị máy chủ "
                           "giữ.")
    if must_exist and not path.is_file():
        raise StorageError(f"Không có tệp cơ sở dữ liệu “{path}”.")
    return path


def backup_before(choice: str | None, reason: str) -> None:
    """A verified backup of the SQLite file `choice` names (nothing for a server, or a file not there yet) before a
    command writes it or copies it away; StorageError, and nothing written, when it cannot be taken."""
    from storage.backups import take_backup
    from storage.location import database_url, sqlite_path

    path = sqlite_path(database_url(choice))
    if path is not None and path.is_file() and path.stat().st_size > 0:
        take_backup(path, reason)


def _holding(backup: "Backup") -> str:
    from domain.formatting import format_int
    from storage.backups import size_text

    return (f"{size_text(backup.size)}, {format_int(backup.villages)} thôn, {format_int(backup.assessments)} đánh giá"
            f", lược đồ phiên bản {backup.revision or '?'}")


def backup(args: argparse.Namespace) -> str:
    from storage.backups import take_backup
    from storage.location import database_url, sqlite_path

    url = database_url(args.db)
    if sqlite_path(url) is None:
        return _pg_dump(url, args.out)
    taken = take_backup(_sqlite_file(args), "manual")
    return f"Đã sao lưu vào “{taken.path}” ({_holding(taken)}; đã kiểm tra toàn vẹn)."


def backups(args: argparse.Namespace) -> str:
    from storage.backups import list_backups

    path = _sqlite_file(args)
    found = list_backups(path)
    if not found:
        return f"Chưa có bản sao lưu nào của “{path}”."
    for number, item in enumerate(found, start=1):
        print(f"{number:>3}. {item.describe()}{'' if item.verified else ' (chưa kiểm tra)'}\n     {item.path}")
    return f"{len(found)} bản sao lưu của “{path}”; khôi phục: restore SỐ_THỨ_TỰ."


def _chosen(path: Path, text: str) -> "Backup":
    from storage.backups import list_backups
    from storage.errors import StorageError

    found = list_backups(path)
    if text.isdigit():
        if not 1 <= int(text) <= len(found):
            raise StorageError(f"Không có bản sao lưu số {text}: có {len(found)} bản (xem lệnh backups).")
        return found[int(text) - 1]
    given = Path(text).expanduser().resolve()
    for item in found:
        if item.path.resolve() == given:
            return item
    raise StorageError(f"“{text}” không phải là một bản sao lưu của “{path}” (xem lệnh backups).")


def restore(args: argparse.Namespace) -> str:
    from storage.backups import restore_backup

    path = _sqlite_file(args, must_exist=False)  # a file kept aside as damaged is restored in its place
    chosen = _chosen(path, args.backup)
    safety = restore_backup(path, chosen, actor=getpass.getuser())
    kept = f" Tệp trước khi khôi phục được sao lưu vào “{safety.path}”." if safety else ""
    return f"Đã khôi phục “{path}” từ bản sao lưu lúc {chosen.taken_text} ({_holding(chosen)}).{kept}"


def _pg_dump(url: str, out: Path | None) -> str:
    from sqlalchemy.engine import make_url

    from storage.backups import size_text
    from storage.credentials import shown, with_password
    from storage.errors import StorageError

    program = shutil.which("pg_dump")
    if program is None:
        raise StorageError("Không tìm thấy chương trình pg_dump (công cụ của PostgreSQL) trên máy này: cài PostgreSQL "
                           "client rồi chạy lại, hoặc nhờ người quản trị máy chủ sao lưu. Bản sao lưu của máy chủ dùng "
                           "chung do người quản trị máy chủ giữ.")
    address = make_url(with_password(url))
    target = out or Path(f"langmoi-{address.database}-{datetime.now():%Y%m%d-%H%M%S}.dump")
    partial = target.with_name(target.name + ".part")
    environment = {**os.environ, "PGPASSWORD": address.password or os.environ.get("PGPASSWORD", "")}
    plain = address.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    done = subprocess.run([program, "--format=custom", f"--file={partial}", f"--dbname={plain}"],
                          env=environment, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        detail = (done.stderr.strip().splitlines() or ["?"])[-1]
        raise StorageError(f"pg_dump không sao lưu được “{shown(url)}”: {detail}")
    os.replace(partial, target)
    return (f"Đã sao lưu máy chủ “{shown(url)}” bằng pg_dump vào “{target}” ({size_text(target.stat().st_size)}); "
            f"khôi phục bằng pg_restore.")
