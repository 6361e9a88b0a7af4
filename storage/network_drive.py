"""Whether an SQLite file lies on a network share, where the program refuses to write it.

SQLite's WAL keeps its index in shared memory, which works between processes of one host only; and two PCs
writing one file on a shared drive corrupt it (SQLite's own documentation). An office's shared drive is
exactly where a secretariat puts a file "for two PCs", so the file is refused for writing there and the
shared server (PostgreSQL) advised.

Recognised: a UNC path (\\\\server\\share\\…) and a mapped drive whose GetDriveType is DRIVE_REMOTE on Windows;
on Linux the filesystem type of the longest mount point holding the file (/proc/self/mounts). The operating
system is asked through `Seams`, which tests replace with fakes.
"""

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from storage.errors import NetworkDrive

DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a network drive
NETWORK_FILESYSTEMS = frozenset({
    "cifs", "smb3", "smbfs", "nfs", "nfs4", "fuse.sshfs", "sshfs", "afs", "ceph", "glusterfs", "fuse.glusterfs",
    "davfs", "fuse.davfs2",
})


def _proc_mounts() -> str:
    try:
        return Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _windows_drive_type(root: str) -> int:
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(root)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Seams:
    """How the operating system is asked; tests give a platform, a mounts table or a GetDriveType of their own."""

    platform: str = sys.platform
    mounts: Callable[[], str] = _proc_mounts
    drive_type: Callable[[str], int] = _windows_drive_type


SEAMS = Seams()


def _unescape(field: str) -> str:
    r"""/proc/self/mounts writes a space in a mount point as \040 (and tab, newline, backslash likewise)."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _linux_share(path: Path, mounts: str) -> str | None:
    """The network filesystem (type and source) of the longest mount point that holds `path`."""
    best: tuple[int, str, str] | None = None
    text = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        source, point, kind = _unescape(fields[0]), _unescape(fields[1]), fields[2]
        inside = point == "/" or text == point or text.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), source, kind)
    if best is None or best[2] not in NETWORK_FILESYSTEMS:
        return None
    return f"{best[2]} {best[1]}"


def _windows_share(path: str, drive_type: Callable[[str], int]) -> str | None:
    drive = PureWindowsPath(path).drive
    if drive.startswith(("\\\\", "//")):
        return drive.replace("/", "\\")
    if drive and drive_type(drive.upper() + "\\") == DRIVE_REMOTE:
        return f"ổ {drive.upper()} là ổ mạng"
    return None


def network_share(path: Path | str, seams: Seams | None = None) -> str | None:
    """What makes `path` a network location ("\\\\server\\share", "ổ Z: là ổ mạng", "cifs //nas/docs"), None
    when it is on a local disk (or on a system this does not know, such as macOS)."""
    seams = seams or SEAMS
    try:
        resolved = Path(path).resolve()
    except (OSError, RuntimeError):  # a name the system cannot resolve (a loop of links): judged as given
        resolved = Path(path)
    if seams.platform == "win32":
        for shown in dict.fromkeys((str(path), str(resolved))):
            share = _windows_share(shown, seams.drive_type)
            if share:
                return share
        return None
    if seams.platform.startswith("linux"):
        return _linux_share(resolved, seams.mounts())
    return None


def refuse_network_drive(path: Path, seams: Seams | None = None) -> None:
    """Raise NetworkDrive when `path` lies on a network share."""
    share = network_share(path, seams)
    if share:
        raise NetworkDrive(path, share)
