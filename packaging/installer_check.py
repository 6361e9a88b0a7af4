"""The Windows installer compiled and tried as an office would, on Linux under wine (README.md, "Building the
Windows release").

    uv run python packaging/installer_check.py [dist/LangMoi] [--iscc ISCC.exe] [--shots DIR] [--display :N]

Needs wine (Debian: `dpkg --add-architecture i386 && apt-get update && apt-get install wine wine32 wine64`) and Inno
Setup 6.3.1's compiler, ISCC.exe, the one the Windows release workflow uses: without --iscc it is taken from the npm
package innosetup-compiler@6.3.1 (`npm pack` into build/inno-setup/, its SHA-256 checked). Every step prints one
line; any failure stops with exit status 1. In a wine prefix of its own:

1. packaging/langmoi.iss compiled against the bundle: no warning from ISCC;
2. an older version installed (version 0.0.1 compiled from the same script, its library folder holding a file the
   newer one has not), then the user's data written where the program keeps them (%LOCALAPPDATA%\\LangMoi: a
   database, a log);
3. the new installer run silently with the PATH task: every file of the bundle in %LOCALAPPDATA%\\Programs\\LangMoi,
   the older version's leftover gone (upgrade in place), one uninstaller, the Start-menu entry "Làng Mới" pointing
   at LangMoi.exe, the uninstaller registered for Settings → Apps under "Làng Mới" and the new version, the folder
   on the user's PATH, the data unchanged;
4. the uninstaller run silently: the program, its entry, its registration and its PATH entry gone, the data
   unchanged;
5. with --shots: the wizard shown, its first two pages grabbed to PNGs for a person to look at (wine's own Tahoma
   has no Vietnamese letters with two marks, so the prefix draws Tahoma, Segoe UI and MS Shell Dlg with DejaVu
   Sans, as Windows' own fonts would).

Wine draws on an X display even for a silent install ("A call to an OS function failed" without one): the check
starts an Xvfb of its own unless --display names one.

A Windows bundle (LangMoi.exe, langmoi.com) is installed as it is, and the installed langmoi.com must answer --help
in Vietnamese. A Linux bundle (dist/LangMoi with LangMoi and langmoi, from packaging/build.py on Linux) is installed
under the Windows names: the installer's behaviour is checked, not the program, which does not run in that form.
"""

import argparse
import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "packaging" / "langmoi.iss"
INNO_SETUP = "innosetup-compiler@6.3.1"
INNO_SETUP_SHA256 = "dddd8f1f4ee10c65f88b41cef5f9dd88454e5b23795126264b1b529e2305f0bc"
"""The tarball tried here and in .github/workflows/windows-release.yml, whose ISCC says "Inno Setup 6.3.1"."""
APP_NAME = "Làng Mới"
FONTS = ("Tahoma", "Segoe UI", "Verdana", "MS Shell Dlg", "MS Shell Dlg 2")
WINDOWS_NAMES = {"LangMoi": "LangMoi.exe", "langmoi": "langmoi.com"}
LEFT_BY_OLDER = "_internal/left-by-0.0.1.txt"
DOS_ATTRIBUTES = "user.DOSATTRIB"
TIMEOUT_S = 2400  # ISCC compresses the 270 MB bundle in 4 minutes on a quiet machine, 15 on a loaded one


class CheckFailed(Exception):
    pass


def check(condition: bool, what: str) -> None:
    if not condition:
        raise CheckFailed(what)


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def app_id() -> str:
    """The script's AppId without Inno Setup's doubled opening brace: the uninstaller's registry key is AppId_is1."""
    found = re.search(r"^AppId=\{(\{[0-9A-F-]+\})$", SCRIPT.read_text(encoding="utf-8-sig"), re.MULTILINE)
    check(found is not None, f"no AppId in {SCRIPT}")
    return found[1]


def windows_path(path: Path) -> str:
    """A Linux path as wine's drive Z: shows it."""
    return "Z:" + str(path.resolve()).replace("/", "\\")


def fetch_iscc(cache: Path) -> Path:
    """ISCC.exe of the npm package, unpacked once into `cache`."""
    iscc = cache / "package" / "bin" / "ISCC.exe"
    if not iscc.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(["npm", "pack", INNO_SETUP, "--pack-destination", str(cache)], capture_output=True,
                              text=True, cwd=cache)
        check(done.returncode == 0, f"npm pack {INNO_SETUP}: {done.stderr.strip()}")
        tarball = cache / done.stdout.strip().splitlines()[-1]
        check(digest(tarball) == INNO_SETUP_SHA256, f"{tarball} is not the tarball tried (SHA-256 {digest(tarball)})")
        shutil.unpack_archive(tarball, cache)
        check(iscc.is_file(), f"no ISCC.exe in {tarball}")
    return iscc


def payload(bundle: Path, target: Path) -> Path:
    """The bundle as the installer takes it: a Linux bundle's two programs under their Windows names (hard links
    where the file system allows). A file of a bundle built under wine may carry wine's DOS attributes (the
    user.DOSATTRIB extended attribute: hidden, for python-docx's _rels/.rels, copied from a dot file that wine showed
    as hidden); ISCC would leave such a file out, which a build on Windows has no reason to do, so it is copied
    without them."""
    from smoke import link_or_copy  # packaging/smoke.py, beside this script

    def link(source: str, destination: str) -> None:
        if DOS_ATTRIBUTES in os.listxattr(source):
            shutil.copyfile(source, destination)
        else:
            link_or_copy(source, destination)

    shutil.copytree(bundle, target, copy_function=link)
    for linux, windows in WINDOWS_NAMES.items():
        if (target / linux).is_file() and not (target / windows).exists():
            (target / linux).rename(target / windows)
    for program in WINDOWS_NAMES.values():
        check((target / program).is_file(), f"{bundle} has no {program} (nor its Linux twin)")
    return target


def files_below(folder: Path) -> set[str]:
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Wine:
    """A wine prefix of its own, its user's folders and its registry files."""

    def __init__(self, prefix: Path, display: str | None) -> None:
        self.env = {key: value for key, value in os.environ.items() if not key.startswith("WINE")}
        self.env.update(WINEPREFIX=str(prefix), WINEDEBUG="-all", WINEDLLOVERRIDES="mscoree,mshtml=")
        self.env.pop("DISPLAY", None)
        if display:
            self.env["DISPLAY"] = display
        self.prefix = prefix
        self.run("wineboot", "-i")
        # Wine shows a file whose name begins with a dot as hidden, and ISCC leaves hidden files out of a wildcard:
        # python-docx's template part _rels/.rels would be missing from the installer (Windows has no such rule).
        self.run("wine", "reg", "add", r"HKCU\Software\Wine", "/v", "ShowDotFiles", "/d", "Y", "/f")
        users = [path for path in (prefix / "drive_c" / "users").iterdir() if path.name != "Public"]
        check(len(users) == 1, f"wine made no single user folder in {prefix}: {users}")
        self.profile = users[0]
        self.local = self.profile / "AppData" / "Local"
        self.start_menu = self.profile / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs"

    def run(self, *command: str, check_status: bool = True) -> subprocess.CompletedProcess:
        """A program under wine (wine itself for a Windows program, .exe or .com), then wineserver waited for: the
        processes a program leaves (the uninstaller's copy of itself) have ended and the registry files are written."""
        if command[0].lower().endswith((".exe", ".com")):
            command = ("wine", *command)
        done = subprocess.run(command, env=self.env, capture_output=True, text=True, errors="replace",
                              timeout=TIMEOUT_S, stdin=subprocess.DEVNULL)
        subprocess.run(["wineserver", "-w"], env=self.env, timeout=TIMEOUT_S)
        if check_status:
            check(done.returncode == 0,
                  f"{' '.join(command)}: exit status {done.returncode}\n{done.stdout}{done.stderr}")
        return done

    def windows(self, path: Path) -> str:
        """A path inside the prefix's drive C: as Windows names it."""
        return "C:\\" + str(path.relative_to(self.prefix / "drive_c")).replace("/", "\\")

    def draw_vietnamese(self) -> None:
        """Windows' dialog fonts drawn with DejaVu Sans, which has every Vietnamese letter."""
        lines = ["REGEDIT4", "", r"[HKEY_LOCAL_MACHINE\Software\Microsoft\Windows NT\CurrentVersion\FontSubstitutes]"]
        lines += [f'"{font}"="DejaVu Sans"' for font in FONTS]
        fonts = self.prefix / "fonts.reg"
        fonts.write_text("\r\n".join(lines) + "\r\n", encoding="ascii")
        self.run("wine", "reg", "import", windows_path(fonts))

    def registry(self, key: str) -> dict[str, str] | None:
        """The string values of a key of HKEY_CURRENT_USER, None when there is no such key."""
        return read_registry(self.prefix / "user.reg", key)


def read_registry(user_reg: Path, key: str) -> dict[str, str] | None:
    """The string values of `key` in a wine registry file, where wine writes backslashes doubled and letters beyond
    ASCII as \\xHHHH; None when the file has no such key."""
    header = "[" + key.replace("\\", "\\\\") + "]"
    values: dict[str, str] | None = None
    for line in user_reg.read_text(encoding="ascii", errors="replace").splitlines():
        if values is None:
            if line.lower().startswith(header.lower() + " "):
                values = {}
            continue
        if not line.strip():
            break
        found = re.fullmatch(r'"((?:[^"\\]|\\.)*)"=(?:str\(\d\):)?"((?:[^"\\]|\\.)*)"', line)
        if found:
            values[_unescape(found[1])] = _unescape(found[2])
    return values


def _unescape(text: str) -> str:
    def one(match: re.Match) -> str:
        escaped = match[1]
        if escaped[0] == "x" and len(escaped) > 1:
            return chr(int(escaped[1:], 16))
        return {"n": "\n", "r": "\r", "t": "\t", "0": "\0"}.get(escaped, escaped)

    return re.sub(r"\\(x[0-9a-fA-F]{1,4}|.)", one, text)


class InstallerCheck:
    def __init__(self, bundle: Path, iscc: Path, scratch: Path, display: str | None) -> None:
        self.iscc = iscc
        self.scratch = scratch
        self.version = version()
        self.uninstall_key = rf"Software\Microsoft\Windows\CurrentVersion\Uninstall\{app_id()}_is1"
        self.windows_build = (bundle / "LangMoi.exe").is_file()
        self.payload = payload(bundle, scratch / "payload" / "LangMoi")
        self.wine = Wine(scratch / "prefix", display)
        self.app = self.wine.local / "Programs" / "LangMoi"
        self.data = self.wine.local / "LangMoi"
        self.kept: dict[Path, str] = {}

    def step(self, what: str, action) -> None:
        started = time.monotonic()
        detail = action()
        print(f"ok  {what} ({time.monotonic() - started:.0f} s){': ' + detail if detail else ''}", flush=True)

    def compile(self, bundle: Path, app_version: str, name: str) -> Path:
        out = self.scratch / "out"
        done = self.wine.run(str(self.iscc), f"/DAppVersion={app_version}", f"/DBundle={windows_path(bundle)}",
                             f"/O{windows_path(out)}", f"/F{name}", windows_path(SCRIPT))
        warnings = [line for line in done.stdout.splitlines() if line.lstrip().lower().startswith("warning")]
        check(not warnings, "ISCC warned:\n" + "\n".join(warnings))
        setup = out / f"{name}.exe"
        check(setup.is_file(), f"ISCC made no {setup}")
        return setup

    def compile_new(self) -> str:
        self.setup = self.compile(self.payload, self.version, f"LangMoi-{self.version}-setup")
        return f"{self.setup.name}, {self.setup.stat().st_size / 1e6:.0f} MB, no warning"

    def install_older(self) -> str:
        older = self.scratch / "payload" / "older"
        for name in (*WINDOWS_NAMES.values(), LEFT_BY_OLDER):
            (older / name).parent.mkdir(parents=True, exist_ok=True)
            (older / name).write_text("version 0.0.1\n", encoding="utf-8")
        self.install(self.compile(older, "0.0.1", "LangMoi-0.0.1-setup"), "older.log")
        check((self.app / LEFT_BY_OLDER).is_file(), f"version 0.0.1 not installed in {self.app}")
        return self.wine.windows(self.app)

    def write_data(self) -> str:
        """A database and a log where the program keeps them (platformdirs' user_data_dir and user_log_dir)."""
        database = self.data / "langmoi.sqlite3"
        database.parent.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(database) as connection:
            connection.execute("CREATE TABLE village (name TEXT)")
            connection.execute("INSERT INTO village VALUES ('Tê Xăng')")
        connection.close()
        log = self.data / "Logs" / "langmoi.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        log.write_text("đã mở cơ sở dữ liệu\n", encoding="utf-8")
        self.kept = {path: digest(path) for path in (database, log)}
        return ", ".join(self.wine.windows(path) for path in self.kept)

    def data_unchanged(self) -> None:
        for path, sha in self.kept.items():
            check(path.is_file(), f"the user's {path.name} is gone: {path}")
            check(digest(path) == sha, f"the user's {path.name} was changed: {path}")

    def install(self, setup: Path, log: str, *tasks: str) -> None:
        arguments = ["/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", f"/LOG={windows_path(self.scratch / log)}"]
        if tasks:
            arguments.append("/TASKS=" + ",".join(tasks))
        self.wine.run(str(setup), *arguments)

    def upgrade(self) -> str:
        self.install(self.setup, "install.log", "addtopath")
        missing = files_below(self.payload) - files_below(self.app)
        check(not missing, f"not installed in {self.app}: {sorted(missing)[:10]}")
        check(not (self.app / LEFT_BY_OLDER).exists(), f"the older version's {LEFT_BY_OLDER} was left in {self.app}")
        check(digest(self.app / "LangMoi.exe") == digest(self.payload / "LangMoi.exe"), "LangMoi.exe not replaced")
        uninstallers = sorted(path.name for path in self.app.glob("unins*.exe"))
        check(uninstallers == ["unins000.exe"], f"one uninstaller expected in {self.app}: {uninstallers}")
        shortcut = self.wine.start_menu / f"{APP_NAME}.lnk"
        check(shortcut.is_file(), f"no Start-menu entry {shortcut}")
        check("LangMoi.exe".encode("utf-16-le") in shortcut.read_bytes(), f"{shortcut} does not open LangMoi.exe")
        registered = self.wine.registry(self.uninstall_key)
        check(registered is not None, f"no uninstaller registered (HKCU\\{self.uninstall_key})")
        name, shown_version = registered.get("DisplayName"), registered.get("DisplayVersion")
        check(name == APP_NAME, f"registered as {name!r}")
        check(shown_version == self.version, f"registered as version {shown_version!r}")
        uninstaller = registered.get("UninstallString", "")
        check("unins000.exe" in uninstaller, f"registered uninstaller {uninstaller!r}")
        check(self.on_path(), f"{self.wine.windows(self.app)} not on the user's PATH")
        self.data_unchanged()
        if self.windows_build:
            self.installed_command_runs()
        return (f"{len(files_below(self.app))} files in {self.wine.windows(self.app)}, Start menu '{shortcut.name}', "
                f"Apps: '{name}' {shown_version}, on PATH, data kept")

    def installed_command_runs(self) -> None:
        """A Windows build's installed console program answers --help in Vietnamese through a pipe."""
        done = self.wine.run(str(self.app / "langmoi.com"), "--help")
        check(APP_NAME in done.stdout, f"the installed langmoi.com --help printed:\n{done.stdout}{done.stderr}")

    def on_path(self) -> bool:
        path = (self.wine.registry("Environment") or {}).get("Path", "")
        return self.wine.windows(self.app).lower() in (entry.lower() for entry in path.split(";"))

    def uninstall(self) -> str:
        self.wine.run(str(self.app / "unins000.exe"), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART")
        left = files_below(self.app) if self.app.exists() else set()
        check(not left, f"left in {self.app} after uninstalling: {sorted(left)[:10]}")
        check(not (self.wine.start_menu / f"{APP_NAME}.lnk").exists(), "the Start-menu entry is still there")
        check(self.wine.registry(self.uninstall_key) is None, "the uninstaller is still registered")
        check(not self.on_path(), "still on the user's PATH")
        self.data_unchanged()
        return "program, Start-menu entry, registration and PATH entry gone; data kept"

    def shots(self, folder: Path) -> str:
        """The wizard's first page (where to install) and the next one (the tasks), grabbed to PNGs."""
        folder.mkdir(parents=True, exist_ok=True)
        self.wine.draw_vietnamese()
        wizard = subprocess.Popen(["wine", str(self.setup)], env=self.wine.env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        try:
            found = subprocess.run(["xdotool", "search", "--sync", "--name", APP_NAME], env=self.wine.env,
                                   capture_output=True, timeout=120)
            check(found.returncode == 0, "the wizard's window did not show")
            pictures = []
            for page in ("1-thu-muc", "2-tac-vu"):
                time.sleep(3)
                picture = folder / f"wizard-{page}.png"
                subprocess.run(["import", "-window", "root", str(picture)], env=self.wine.env, check=True)
                pictures.append(str(picture))
                subprocess.run(["xdotool", "key", "Return"], env=self.wine.env, check=True)
        finally:
            subprocess.run(["wineserver", "-k"], env=self.wine.env)
            wizard.wait(timeout=60)
        return ", ".join(pictures) + " (look at them)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="packaging/installer_check.py", description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "LangMoi")
    parser.add_argument("--iscc", type=Path, help=f"Inno Setup's ISCC.exe (default: npm's {INNO_SETUP})")
    parser.add_argument("--shots", type=Path, help="also grab the wizard's pages to PNGs in this folder")
    parser.add_argument("--display", help="an X display already running (default: an Xvfb of its own; wine needs "
                                          "one even for a silent install)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary one)")
    args = parser.parse_args(argv)
    scratch = args.keep or Path(tempfile.mkdtemp(prefix="langmoi-installer-"))
    scratch.mkdir(parents=True, exist_ok=True)
    xvfb = None
    try:
        display = args.display
        if display is None:
            from smoke import start_xvfb  # packaging/smoke.py, beside this script

            xvfb, display = start_xvfb()
        iscc = args.iscc or fetch_iscc(ROOT / "build" / "inno-setup")
        run = InstallerCheck(args.bundle.resolve(), iscc.resolve(), scratch, display)
        run.step(f"compiled with {INNO_SETUP}", run.compile_new)
        run.step("version 0.0.1 installed", run.install_older)
        run.step("the user's data written", run.write_data)
        run.step(f"version {run.version} installed over it, silently", run.upgrade)
        run.step("uninstalled, silently", run.uninstall)
        if args.shots:
            run.step("the wizard shown", lambda: run.shots(args.shots))
    except (CheckFailed, subprocess.SubprocessError, OSError) as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    finally:
        if xvfb:
            xvfb.terminate()
            xvfb.wait(timeout=30)
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)
    print(f"installer check passed ({INNO_SETUP} under wine; the payload is {args.bundle})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
