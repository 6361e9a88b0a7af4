"""The smoke test of a frozen build, as an office would use it (CI runs it on Linux, the release workflow on Windows).

    uv run python packaging/smoke.py [dist/LangMoi]

The bundle is copied into a folder whose name has spaces and Vietnamese letters, and run from there with a new
database in such a folder too: `--help` through a pipe with a console that is not UTF-8 (PYTHONIOENCODING cp1252
and cp1258, and a non-UTF-8 locale where the machine has one), a new database with the sample plan, the sheets,
the summary (.pdf, .xlsx), the review draft (.docx), the plan template written and imported, then the window: on
Linux under an Xvfb of its own, grabbed to a PNG once settled (ui/smoke_check.py) and checked for its Vietnamese
title, menus and texts and for no message box; the window's start is timed against the source's. Last, a bundle
with a translation removed must refuse loudly, in the console and in a message box, and create no database.
Every step prints one line; any failure stops with exit status 1.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = sys.platform == "win32"
CONSOLE = "langmoi.com" if WINDOWS else "langmoi"
WINDOWED = "LangMoi.exe" if WINDOWS else "LangMoi"
PLACE = "Làng Mới thử nghiệm/Bản đóng gói ở đây"
TIMEOUT_S = 180
NOT_UTF8_LOCALES = ("en_US.ISO-8859-1", "en_US.iso88591")  # Python cannot start in vi_VN.TCVN at all


class SmokeFailed(Exception):
    pass


def check(condition: bool, what: str) -> None:
    if not condition:
        raise SmokeFailed(what)


def link_or_copy(source: str, destination: str) -> None:
    """A file of the bundle put in a copy of it: hard linked where the file system allows (the bundle is 270 MB)."""
    try:
        os.link(source, destination)
    except OSError:
        shutil.copy2(source, destination)


def copy_bundle(bundle: Path, target: Path) -> Path:
    """The bundle copied (hard links where the file system allows)."""
    shutil.copytree(bundle, target, copy_function=link_or_copy)
    return target


class Smoke:
    def __init__(self, bundle: Path, scratch: Path) -> None:
        self.scratch = scratch
        self.folder = copy_bundle(bundle, scratch / PLACE / "LangMoi")
        self.data = scratch / "Dữ liệu của tôi"
        self.data.mkdir()
        self.database = self.data / "làng mới.sqlite3"
        self.env = self._environment(scratch / "home")
        self.figures: dict[str, float] = {}

    @staticmethod
    def _environment(home: Path) -> dict[str, str]:
        """A home of its own (platformdirs' folders inside it on Linux; the database is given by --db everywhere)."""
        home.mkdir()
        env = {key: value for key, value in os.environ.items()
               if not key.startswith(("LANGMOI_", "PYTHON", "QT_")) and key not in ("LC_ALL", "LANG")}
        env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
                   XDG_CONFIG_HOME=str(home / "config"), XDG_STATE_HOME=str(home / "state"))
        return env

    def run(self, *args: str, program: str = CONSOLE, env: dict[str, str] | None = None, folder: Path | None = None,
            expect: int = 0) -> subprocess.CompletedProcess:
        """The frozen console program with `args`, its output through pipes (bytes, decoded by the caller)."""
        executable = (folder or self.folder) / program
        done = subprocess.run([str(executable), *args], capture_output=True, env=env or self.env, timeout=TIMEOUT_S,
                              stdin=subprocess.DEVNULL)
        check(done.returncode == expect, f"{program} {' '.join(args)}: exit status {done.returncode}, expected "
              f"{expect}\n{done.stdout.decode('utf-8', 'replace')}{done.stderr.decode('utf-8', 'replace')}")
        return done

    def command(self, *args: str) -> str:
        out = self.run("--db", str(self.database), *args).stdout.decode("utf-8")
        return out.strip().splitlines()[-1]

    def help_through_a_pipe(self) -> None:
        settings = [{"PYTHONIOENCODING": "cp1252"}, {"PYTHONIOENCODING": "cp1258"}]
        found = set(subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.split()) if not WINDOWS \
            else set()
        settings += [{"LC_ALL": name, "LANG": name} for name in NOT_UTF8_LOCALES if name in found]
        if WINDOWS:
            settings.append({})  # a pipe on Windows is in the ANSI code page unless told otherwise
        for setting in settings:
            done = self.run("--help", env={**self.env, **setting})
            text = done.stdout.decode("utf-8")  # UnicodeDecodeError: not UTF-8
            check("cách dùng: langmoi" in text and "nhập (hoặc cập nhật) kế hoạch" in text, f"--help {setting}: {text}")
            check("uv run" not in text, "--help tells a frozen user to run uv")
            print(f"  --help through a pipe, {setting or 'the code page'}: UTF-8, {len(text.splitlines())} lines")

    def documents(self) -> None:
        import docx
        import openpyxl

        sheets = self.command("export", "sheets", "--year", "2025", "--out", str(self.data / "phiếu thôn.pdf"))
        check("57 thôn" in sheets, f"new database with the sample: {sheets}")
        check((self.data / "phiếu thôn.pdf").read_bytes().startswith(b"%PDF"), "sheets: not a PDF")
        print(f"  new database (the sample plan), export sheets: {sheets}")
        self.command("export", "summary", "--year", "2025", "--out", str(self.data / "tổng hợp.pdf"))
        check((self.data / "tổng hợp.pdf").read_bytes().startswith(b"%PDF"), "summary: not a PDF")
        self.command("export", "summary", "--year", "2025", "--out", str(self.data / "tổng hợp.xlsx"))
        cells = [str(cell) for sheet in openpyxl.load_workbook(self.data / "tổng hợp.xlsx").worksheets
                 for row in sheet.iter_rows(values_only=True) for cell in row if cell]
        check(any("Đăk" in cell for cell in cells), "summary.xlsx: no village district named")
        print(f"  export summary: .pdf, .xlsx ({len(cells)} cells)")
        self.command("export", "review", "--from", "2023", "--to", "2025", "--out", str(self.data / "dự thảo.docx"))
        words = " ".join(paragraph.text for paragraph in docx.Document(str(self.data / "dự thảo.docx")).paragraphs)
        check("nông thôn mới" in words, "review.docx: not the review draft")
        print(f"  export review: .docx, {len(words.split())} words")
        self.command("export", "plan-template", str(self.data / "mẫu kế hoạch.xlsx"))
        imported = self.command("import-plan", str(self.data / "mẫu kế hoạch.xlsx"))
        check(imported.startswith("Đã tạo kế hoạch"), f"import-plan: {imported}")
        print(f"  import-plan of the template: {imported}")

    def window(self, label: str, program_args: list[str], display: str | None, cwd: Path | None = None) -> dict:
        """One start of the window until it settles, grabbed and described by ui/smoke_check.py; its milestones in
        seconds since the process was started."""
        shot = self.scratch / f"{label}.png"
        trace = self.scratch / f"{label}.trace"
        env = {**self.env, "LANGMOI_SMOKE_SHOT": str(shot), "LANGMOI_STARTUP_TRACE": str(trace)}
        if display:
            env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        started = time.monotonic()
        done = subprocess.run([*program_args, "--db", str(self.database)], capture_output=True, env=env,
                              timeout=TIMEOUT_S, stdin=subprocess.DEVNULL, cwd=cwd)
        facts = json.loads(shot.with_suffix(".json").read_text(encoding="utf-8"))
        stderr = done.stderr.decode("utf-8", "replace")
        check(done.returncode == 0, f"{label}: exit status {done.returncode}\n{stderr}")
        check(not facts["boxes"], f"{label}: a message box: {facts['boxes']}")
        check(facts["settled"] and facts["saved"], f"{label}: not settled or not grabbed: {facts}")
        check("Làng Mới" in facts["title"], f"{label}: title {facts['title']!r}")
        check({"&Tệp", "&Kế hoạch", "&Hệ thống"} <= set(facts["menus"]), f"{label}: menus {facts['menus']}")
        check(any(text.startswith("Năm ") and "thôn đạt chuẩn" in text for text in facts["texts"]),
              f"{label}: texts {facts['texts']}")
        check("not applied" not in stderr, f"{label}: {stderr}")
        self._picture(shot)
        milestones = {name: float(at) - started for name, at in
                      (line.split()[:2] for line in trace.read_text(encoding="utf-8").splitlines())}
        return milestones

    @staticmethod
    def _picture(shot: Path) -> None:
        """The PNG is a window, not a blank screen: big enough, and of many colours."""
        from PySide6.QtGui import QImage

        image = QImage(str(shot))
        check(image.width() >= 800 and image.height() >= 500, f"{shot}: {image.width()}×{image.height()}")
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        check(len(colours) >= 40, f"{shot}: {len(colours)} colours, a blank or one-colour picture")

    def windows(self, display: str | None) -> None:
        frozen = [str(self.folder / WINDOWED)]
        first = self.window("frozen-first", frozen, display)
        theme = list((self.scratch / "home" / "cache" / "LangMoi" / "qt-material").glob("*/primary.txt"))
        check(WINDOWS or bool(theme), "the qt-material theme was not rendered into the cache")
        warm = self.window("frozen", frozen, display)
        source = self.window("source", [sys.executable, str(ROOT / "main.py")], display, cwd=ROOT)
        for label, milestones in (("frozen, first start", first), ("frozen", warm), ("source", source)):
            print(f"  window {label}: painted {milestones['painted']:.2f} s, settled {milestones['settled']:.2f} s")
        self.figures = {"frozen_painted_s": warm["painted"], "frozen_settled_s": warm["settled"],
                        "source_painted_s": source["painted"], "source_settled_s": source["settled"]}
        print(f"  window: frozen/source settled {warm['settled'] / source['settled']:.2f}, "
              f"painted {warm['painted'] / source['painted']:.2f} (screenshot {self.scratch / 'frozen.png'})")

    def broken_install(self, display: str | None) -> None:
        """A translation removed: the command and the window refuse, say which file, and create no database."""
        broken = copy_bundle(self.folder, self.scratch / PLACE / "LangMoi thiếu tệp")
        qm = next(broken.rglob("langmoi_vi.qm"))
        qm.unlink()
        database = self.data / "không được tạo.sqlite3"
        done = self.run("--db", str(database), "export", "sheets", "--year", "2025", "--out",
                        str(self.data / "x.pdf"), folder=broken, expect=2)
        said = done.stderr.decode("utf-8")
        check("thiếu tệp" in said and "langmoi_vi.qm" in said, f"broken install: {said}")
        check(not database.exists(), "broken install: a database was created")
        print("  a translation removed: the command refuses (exit status 2), naming the file")
        if WINDOWS or display:
            shot = self.scratch / "broken.png"
            env = {**self.env, "LANGMOI_SMOKE_SHOT": str(shot)}
            if display:
                env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
            done = subprocess.run([str(broken / WINDOWED), "--db", str(database)], env=env, capture_output=True,
                                  timeout=TIMEOUT_S, stdin=subprocess.DEVNULL)
            facts = json.loads(shot.with_suffix(".json").read_text(encoding="utf-8"))
            check(done.returncode == 2 and any("thiếu tệp" in box["text"] for box in facts["boxes"]),
                  f"broken install, window: exit status {done.returncode}, {facts}")
            check(not database.exists(), "broken install: the window created a database")
            print("  a translation removed: the window shows the refusal in a message box, exit status 2")


def start_xvfb() -> tuple[subprocess.Popen, str]:
    """An Xvfb on a free display (it picks the number and writes it to the pipe: no clash with another)."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()
    check(number.isdigit(), "Xvfb did not start")
    return server, f":{number}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="packaging/smoke.py", description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, nargs="?", default=ROOT / "dist" / "LangMoi")
    parser.add_argument("--figures", type=Path, help="write the window's start times (JSON) to this file")
    parser.add_argument("--display", help="an X display already running (default: an Xvfb of its own)")
    parser.add_argument("--shots", type=Path, help="keep the window's screenshots (PNG and JSON) in this folder")
    args = parser.parse_args(argv)
    xvfb = None
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="langmoi-smoke-") as scratch:
        try:
            display = args.display
            if not WINDOWS and display is None:
                xvfb, display = start_xvfb()
            smoke = Smoke(args.bundle.resolve(), Path(scratch))
            print(f"smoke test of {args.bundle} from “{smoke.folder}”")
            smoke.help_through_a_pipe()
            smoke.documents()
            smoke.windows(display)
            smoke.broken_install(display)
            if args.figures:
                args.figures.write_text(json.dumps(smoke.figures, indent=1), encoding="utf-8")
            if args.shots:
                args.shots.mkdir(parents=True, exist_ok=True)
                for shot in [*Path(scratch).glob("*.png"), *Path(scratch).glob("*.json")]:
                    shutil.copy2(shot, args.shots / shot.name)
        except (SmokeFailed, subprocess.TimeoutExpired, OSError, ValueError) as failure:
            print(f"smoke test FAILED: {failure}", file=sys.stderr)
            return 1
        finally:
            if xvfb is not None:
                xvfb.terminate()
                xvfb.wait()
    print(f"smoke test passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
