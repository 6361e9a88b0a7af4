"""A copy of the shared PostgreSQL database by hand, with PostgreSQL's own pg_dump (custom format, read back by
pg_restore), when it is installed. The server's regular backups are the administrator's."""

import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from storage.credentials import shown
from storage.errors import StorageError


def dump_server(url: str, out: Path | None) -> Path:
    """Run pg_dump on the database of `url` into `out` (by default langmoi-DB-TIMESTAMP.dump here), written whole
    or not at all; the file written."""
    program = shutil.which("pg_dump")
    if program is None:
        raise StorageError("Không tìm thấy chương trình pg_dump (công cụ của PostgreSQL) trên máy này: cài PostgreSQL "
                           "client rồi chạy lại, hoặc nhờ người quản trị máy chủ sao lưu. Bản sao lưu của máy chủ dùng "
                           "chung do người quản trị máy chủ giữ.")
    address = make_url(url)
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
    return target
