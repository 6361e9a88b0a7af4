"""Bundled files (fonts, translations, the sample plan, the guide, the migrations) and the one helper that finds
them, from the source tree or from inside a PyInstaller bundle.

In a bundle every file the program ships sits at the same path below `sys._MEIPASS` as below the source tree's
root (packaging/langmoi.spec puts it there), so one function serves both. `missing()` lists what a broken
install lacks; the program checks it at every start and refuses loudly rather than open an English window or
leave a new database empty.
"""

import importlib.util
import sys
from pathlib import Path

SOURCE_ROOT = Path(__file__).resolve().parent.parent


def frozen() -> bool:
    """Running from a PyInstaller bundle (LangMoi.exe, langmoi), not from the source with Python."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundled_path(*parts: str) -> Path:
    """The path of a shipped file by its path in the source tree, e.g. bundled_path("storage", "migrations")."""
    bundle = getattr(sys, "_MEIPASS", None)
    return (Path(bundle) if bundle else SOURCE_ROOT).joinpath(*parts)


def resource_path(*parts: str) -> Path:
    """The path of a file under resources/, e.g. resource_path("i18n", "langmoi_vi.qm")."""
    return bundled_path("resources", *parts)


def program_command() -> str:
    """How a person runs the command line of this program, for messages that tell them which command to type."""
    return "langmoi" if frozen() else "uv run main.py"


REQUIRED = (
    ("resources", "i18n", "langmoi_vi.qm"),
    ("resources", "i18n", "qt_buttons_vi.qm"),
    ("resources", "i18n", "qt_widgets_vi.qm"),
    ("resources", "sample_plan.xlsx"),
    ("resources", "sample_assessments.json"),
    ("resources", "sample_records.json"),
    ("resources", "guide", "01-lam-quen.html"),
    *(("resources", "fonts", f"{face}-{style}.ttf") for face in ("LiberationSerif", "NotoSerif")
      for style in ("Regular", "Bold", "Italic", "BoldItalic")),
    ("storage", "migrations", "env.py"),
    ("storage", "migrations", "versions", "0001_initial_schema.py"),
)
"""Files without which the program would run wrong rather than stop: a window in English (the .qm), a new database
left empty (the sample), no schema (the migrations), documents that cannot be written (the fonts)."""

PACKAGE_FILES = (
    ("docx", "templates", "default.docx"),
    ("docx", "templates", "default-styles.xml"),
    ("qt_material", "material.qss.template"),
    ("qt_material", "themes", "light_teal.xml"),
    ("qt_material", "fonts", "roboto", "Roboto-Regular.ttf"),
)
"""Data files of libraries, read by the libraries themselves beside their modules (python-docx's templates for the
review draft, qt-material's style sheet template, theme and fonts)."""


def _package_folder(name: str) -> Path | None:
    """A package's folder, found without importing it (find_spec of a top-level name imports nothing)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def missing() -> list[Path]:
    """The shipped files that are not there (empty in a complete install); a few stat calls."""
    absent = [path for path in (bundled_path(*parts) for parts in REQUIRED) if not path.is_file()]
    for package, *parts in PACKAGE_FILES:
        folder = _package_folder(package)
        path = (folder or bundled_path(package)).joinpath(*parts)
        if folder is None or not path.is_file():
            absent.append(path)
    return absent


def missing_message(absent: list[Path]) -> str:
    """The Vietnamese sentence for a broken install: what is missing, and what to do."""
    shown = "; ".join(str(path) for path in absent[:5]) + (f" và {len(absent) - 5} tệp khác" if len(absent) > 5 else "")
    return (f"Bản cài đặt Làng Mới bị thiếu tệp: {shown}. Chương trình dừng lại, không mở và không ghi cơ sở dữ "
            "liệu nào; hãy cài đặt lại Làng Mới.")
