"""Build the frozen program with packaging/langmoi.spec, and on Windows its installer with Inno Setup.

    uv run python packaging/build.py                 # dist/LangMoi/ (both programs), its size and file count
    uv run python packaging/build.py --installer     # Windows: also dist/LangMoi-<version>-setup.exe (ISCC 6.3.1)

PyInstaller's work folder (build/) is kept between builds: an unchanged analysis is not made again. `--clean`
starts from nothing.

packaging/ holds scripts, not a Python package: a package of that name would hide the `packaging` library
PyInstaller itself imports.
"""

import argparse
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "langmoi.spec"
INSTALLER = ROOT / "packaging" / "langmoi.iss"


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def weigh(folder: Path) -> tuple[int, int]:
    """(bytes, files) of a folder, a symbolic link (PyInstaller makes a few on Linux) counted as nothing."""
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files), len(files)


def freeze(dist: Path, work: Path, clean: bool) -> Path:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    subprocess.run(command, cwd=ROOT, check=True)
    return dist / "LangMoi"


def iscc() -> str:
    """Inno Setup's command-line compiler: on the PATH, else where its installer puts it."""
    found = shutil.which("iscc")
    if found:
        return found
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"), os.environ.get("LOCALAPPDATA")):
        for folder in ("Inno Setup 6", "Programs/Inno Setup 6"):
            candidate = Path(base or "") / folder / "ISCC.exe"
            if base and candidate.is_file():
                return str(candidate)
    raise SystemExit("Inno Setup 6.3.1 (ISCC.exe) not found: put the folder holding ISCC.exe on the PATH, e.g. "
                     "that of `npm pack innosetup-compiler@6.3.1` unpacked (package/bin), as the Windows workflow does")


def make_installer(bundle: Path, dist: Path) -> Path:
    subprocess.run([iscc(), f"/DAppVersion={version()}", f"/DBundle={bundle}", f"/O{dist}", str(INSTALLER)],
                   cwd=ROOT, check=True)
    return dist / f"LangMoi-{version()}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="packaging/build.py", description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (build/)")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's caches first")
    parser.add_argument("--installer", action="store_true", help="Windows: also compile packaging/langmoi.iss")
    args = parser.parse_args(argv)
    started = time.monotonic()
    bundle = freeze(args.dist.resolve(), args.work.resolve(), args.clean)
    size, files = weigh(bundle)
    print(f"bundle {bundle}: {size / 1e6:.0f} MB, {files} files, built in {time.monotonic() - started:.0f} s")
    if args.installer:
        if sys.platform != "win32":
            raise SystemExit("The installer is built on Windows (Inno Setup).")
        setup = make_installer(bundle, args.dist.resolve())
        print(f"installer {setup}: {setup.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
