"""A file on a network share is refused for writing, with the reason and the shared server advised, and may be
opened to look at it; the operating system's answers (mounts table, GetDriveType) are faked."""

import shutil

import pytest
from sqlmodel import select

from domain.plan import Plan
from storage import network_drive
from storage.database import open_database
from storage.errors import NetworkDrive
from storage.holder import lock_file
from storage.network_drive import DRIVE_REMOTE, Seams, network_share
from tests.cli.run import run
from tests.conftest import ACTOR
from tests.workbooks import annex, write_annex

DRIVE_FIXED = 3
MOUNTS = """sysfs /sys sysfs rw,nosuid 0 0
/dev/sda1 / ext4 rw,relatime 0 0
//nas/van\\040phong /mnt/van\\040phong cifs rw,vers=3.0 0 0
nas:/export /srv/nfs nfs4 rw 0 0
/dev/sdb1 /srv/nfs/local ext4 rw 0 0
"""


def _linux(mounts: str = MOUNTS) -> Seams:
    return Seams(platform="linux", mounts=lambda: mounts)


def _windows(remote: set[str]) -> Seams:
    return Seams(platform="win32", drive_type=lambda root: DRIVE_REMOTE if root in remote else DRIVE_FIXED)


def test_a_unc_path_is_a_network_share():
    assert network_share(r"\\server\share\langmoi\langmoi.sqlite3", _windows(set())) == r"\\server\share"
    assert network_share("//server/share/langmoi.sqlite3", _windows(set())) == r"\\server\share"


def test_a_mapped_network_drive_is_one_and_a_local_disk_is_not():
    seams = _windows({"Z:\\"})
    assert network_share(r"Z:\Van phong\langmoi.sqlite3", seams) == "ổ Z: là ổ mạng"
    assert network_share(r"z:\langmoi.sqlite3", seams) == "ổ Z: là ổ mạng"
    assert network_share(r"C:\Users\thu ky\AppData\Local\LangMoi\langmoi.sqlite3", seams) is None


def test_linux_asks_the_longest_mount_point_holding_the_file():
    seams = _linux()
    assert network_share("/mnt/van phong/langmoi.sqlite3", seams) == "cifs //nas/van phong"
    assert network_share("/srv/nfs/ke hoach/langmoi.sqlite3", seams) == "nfs4 nas:/export"
    assert network_share("/srv/nfs/local/langmoi.sqlite3", seams) is None  # a local disk mounted inside the share
    assert network_share("/srv/nfsx/langmoi.sqlite3", seams) is None  # not inside /srv/nfs
    assert network_share("/home/thu-ky/langmoi.sqlite3", seams) is None


def test_an_unknown_system_says_nothing():
    assert network_share("/Volumes/nas/langmoi.sqlite3", Seams(platform="darwin")) is None


@pytest.fixture
def on_a_share(tmp_path, monkeypatch):
    """A folder the program sees as a CIFS share."""
    share = tmp_path.resolve() / "share"
    share.mkdir()
    monkeypatch.setattr(network_drive, "SEAMS", _linux(f"/dev/sda1 / ext4 rw 0 0\n//nas/docs {share} cifs rw 0 0\n"))
    return share


def _refusal(path) -> str:
    return (f"Tệp “{path}” nằm trên ổ mạng (cifs //nas/docs). Chương trình không ghi vào tệp SQLite trên ổ mạng: "
            "chế độ WAL của SQLite cần bộ nhớ dùng chung trên cùng một máy, và hai máy cùng ghi một tệp trên ổ dùng "
            "chung sẽ làm hỏng tệp. Để nhiều máy cùng làm việc, dùng máy chủ dùng chung (PostgreSQL, Hệ thống → Cơ sở "
            "dữ liệu…), hoặc chép tệp về ổ đĩa của máy này. Tệp trên ổ mạng chỉ mở được để xem.")


@pytest.mark.parametrize("backend", ["sqlite"])  # a file's matter
def test_a_database_on_a_share_is_refused_for_writing_and_opened_to_look(on_a_share, empty_database, small_plan,
                                                                         db_path):
    empty_database.close()
    path = on_a_share / "langmoi.sqlite3"
    shutil.copy(db_path, path)
    before = path.read_bytes()
    with pytest.raises(NetworkDrive) as refused:
        open_database(f"sqlite:///{path}", actor=ACTOR)
    assert str(refused.value) == _refusal(path)
    looking = open_database(f"sqlite:///{path}", actor=ACTOR, read_only=True)
    try:
        assert looking.read_only
        with looking.session() as session:
            assert [plan.code for plan in session.exec(select(Plan))] == [small_plan.code]
    finally:
        looking.close()
    assert path.read_bytes() == before  # not a byte written, not even the journal mode
    assert sorted(p.name for p in on_a_share.iterdir()) == ["langmoi.sqlite3"]  # no -wal, -shm or .lock beside it
    assert not lock_file(path).exists()


def test_the_command_line_refuses_to_import_into_a_file_on_a_share(on_a_share, tmp_path, capsys):
    path = on_a_share / "langmoi.sqlite3"
    workbook = write_annex(tmp_path / "phu_luc.xlsx", annex())
    status, out, err = run(capsys, "--db", str(path), "import-plan", str(workbook))
    assert (status, out, err) == (2, "", f"langmoi: {_refusal(path)}\n")
    assert not path.exists()
