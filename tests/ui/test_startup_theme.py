"""qt-material's style sheet and icons are rendered once into the user's cache folder, never into the home folder;
a cache folder that cannot be written leaves the window plain (Fusion). Each start is a process of its own, with
its own home and cache folders, as a start on a user's PC."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ui.theme import FACTS

ROOT = Path(__file__).resolve().parents[2]

START = """
import json, resource, sys
from PySide6.QtCore import QFile
from PySide6.QtWidgets import QApplication
app = QApplication([])
if sys.argv[1] == "full":
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
from ui.theme import apply_theme
themed = apply_theme(app)
print(json.dumps({"themed": themed, "style": app.style().name(), "sheet": app.styleSheet(),
                  "icon": QFile.exists("icon:/primary/downarrow.svg"), "qt_material": "qt_material" in sys.modules}))
"""


def start(tmp_path: Path, disk: str = "fine") -> dict:
    """A start's theme, with HOME and the cache folder (XDG_CACHE_HOME, read by platformdirs) under tmp_path."""
    environment = {**os.environ, "HOME": str(tmp_path / "home"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
                   "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    (tmp_path / "home").mkdir(exist_ok=True)
    done = subprocess.run([sys.executable, "-c", START, disk], cwd=ROOT, env=environment, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def files(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under `folder` with its size and modification time (ns)."""
    return {str(path.relative_to(folder)): (path.stat().st_size, path.stat().st_mtime_ns)
            for path in sorted(folder.rglob("*")) if path.is_file()}


def test_two_starts_render_the_theme_once_into_the_cache_and_nothing_into_home(tmp_path):
    first = start(tmp_path)
    written = files(tmp_path / "cache")
    second = start(tmp_path)

    assert first["themed"] and second["themed"]
    assert second["sheet"] == first["sheet"]
    assert "QTabBar::tab { text-transform: none; }" in second["sheet"]
    assert second["icon"], "the icons the style sheet names are found"
    assert not second["qt_material"], "a cached start does not import qt-material (nor Jinja)"
    assert files(tmp_path / "cache") == written, "the second start rewrote the cache"
    assert any(name.endswith("style.qss") for name in written)
    assert sum(name.endswith(".svg") for name in written) > 100
    assert list((tmp_path / "home").iterdir()) == [], "nothing in the home folder (qt-material's ~/.qt_material)"


def test_a_new_rendering_removes_the_themes_rendered_before_and_nothing_else(tmp_path):
    first = start(tmp_path)
    assert first["themed"]
    rendered = tmp_path / "cache" / "LangMoi" / "qt-material"
    (current,) = rendered.iterdir()
    older = rendered / "2.14-0123abcd"  # an earlier version's rendering, as rendered_theme leaves it
    older.mkdir()
    (older / FACTS).write_text("#009688", encoding="utf-8")
    (older / "style.qss").write_text("QWidget {}", encoding="utf-8")
    strangers = [rendered / "notes-0123abcd", rendered / "2.14-89abcdef"]  # no facts file / a file of that name
    (strangers[0]).mkdir()
    strangers[1].write_text("not a theme", encoding="utf-8")
    shutil.move(current, rendered / "2.15-fedcba98")  # the theme this start wants is missing: rendered again

    again = start(tmp_path)

    assert again["themed"] and again["icon"]
    assert not older.exists(), "the earlier rendering left behind"
    assert all(path.exists() for path in strangers), "something not a rendered theme was removed"
    assert not (rendered / "2.15-fedcba98").exists()
    assert current.is_dir() and (current / FACTS).is_file()


def test_a_full_disk_leaves_the_window_plain_and_no_half_cache(tmp_path):
    plain = start(tmp_path, disk="full")
    assert (plain["themed"], plain["style"].lower(), plain["sheet"]) == (False, "fusion", "")
    assert not list((tmp_path / "cache").rglob(FACTS)), "an incomplete theme left as if complete"

    again = start(tmp_path)
    assert again["themed"] and again["icon"]


def test_a_cache_folder_that_cannot_be_made_leaves_the_window_plain(tmp_path):
    (tmp_path / "cache").write_text("a file where the cache folder should be")
    plain = start(tmp_path)
    assert (plain["themed"], plain["style"].lower(), plain["sheet"]) == (False, "fusion", "")
    assert list((tmp_path / "home").iterdir()) == []


@pytest.mark.parametrize("xdg_cache_home", ["set", "unset"])
def test_the_theme_s_cache_folder_is_where_platformdirs_puts_the_program_s_caches(monkeypatch, tmp_path,
                                                                                 xdg_cache_home):
    """ui/theme.py asks Qt for the cache folder (importing platformdirs was ~8 ms of a start); the figures' and
    thumbnails' caches ask platformdirs: one folder for them all."""
    from platformdirs import user_cache_dir

    from ui.application import cache_folder

    if xdg_cache_home == "set":
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    else:
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    assert cache_folder() == Path(user_cache_dir("LangMoi", appauthor=False))
