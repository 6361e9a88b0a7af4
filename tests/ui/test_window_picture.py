"""The window's picture at its last close (ui/window_picture.py, ui/window_host.py, issue 14): the next start on the
unchanged file paints it before the window's modules are imported, then the window's own widgets take its place at
the same pixels; a changed file, another snapshot, a damaged picture or another size: none painted. The program's
window holds the main window: its title, its close and its geometry are the main window's."""

import json
import os
import subprocess
import sys
import tracemalloc
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from tests.conftest import ACTOR, OFFICER
from tests.ui.conftest import open_window, settle
from tests.ui.test_startup_imports import ROOT
from ui import first_screen, first_screen_file, window_picture
from ui.main_window import MainWindow
from ui.window_host import WindowHost


@pytest.fixture
def snapshots(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache" / "LangMoi" / "first-screen"
    monkeypatch.setattr(first_screen_file, "snapshot_folder", lambda: folder)
    return folder


def start(db_file: Path, home: Path) -> dict:
    """One start of the window on `db_file` in a process of its own (tests/ui/picture_driver.py), closed once
    settled as a person closes it."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "HOME": str(home),
                   "XDG_CACHE_HOME": str(home / "cache"), "XDG_CONFIG_HOME": str(home / "config"),
                   "XDG_DATA_HOME": str(home / "data"), "LANGMOI_STARTUP_TRACE": str(home / "trace"),
                   "LANGMOI_STARTUP_CLOSE": "1"}
    done = subprocess.run([sys.executable, "-m", "tests.ui.picture_driver", str(db_file)], cwd=ROOT,
                          env=environment, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def kept_pictures(home: Path) -> list[Path]:
    return sorted((home / "cache" / "LangMoi" / "first-screen").glob("*.picture"))


def test_the_next_start_paints_the_last_close_first_then_its_own_widgets_at_the_same_pixels(db_path, tmp_path):
    first = start(db_path, tmp_path)
    assert first["picture"] is False and "first-screen" not in first["marks"] and first["code"] == 0
    assert len(kept_pictures(tmp_path)) == 1  # kept at its close, with the snapshot

    second = start(db_path, tmp_path)
    assert second["picture"] is True
    assert second["loaded"] == []  # painted before the window's modules, the theme and the database layer
    assert "first-screen" in second["marks"] and second["differing"] == 0
    assert second["code"] == 0

    pixels = kept_pictures(tmp_path)[0]
    data = bytearray(pixels.read_bytes())
    data[-40] ^= 0xFF  # a byte of its pixels damaged: not painted; the window starts as without it
    pixels.write_bytes(bytes(data))
    third = start(db_path, tmp_path)
    assert third["picture"] is False and "first-screen" in third["marks"] and third["code"] == 0


def test_a_window_closed_to_start_again_takes_no_picture(tmp_path):
    """A sign-out, a restore and another database chosen start a new window at once, which paints no picture (only a
    start of the program does): none is rendered at those closes, the next window not kept waiting for it; the last
    window's close, the program's end, keeps one (tests/ui/startup_driver.py's four windows)."""
    first, second = tmp_path / "mot.sqlite3", tmp_path / "hai.sqlite3"
    (tmp_path / "home").mkdir()
    environment = {**os.environ, "HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
                   "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_STATE_HOME": str(tmp_path / "state"),
                   "XDG_CACHE_HOME": str(tmp_path / "cache"), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "tests.ui.startup_driver", f"sqlite:///{first}",
                           f"sqlite:///{second}"], cwd=ROOT, env=environment, capture_output=True, text=True,
                          timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    folder = tmp_path / "cache" / "LangMoi" / "first-screen"
    [first_name, second_name] = (first_screen_file.snapshot_file(path.resolve()).name for path in (first, second))
    assert [picture.with_suffix(".json").name for picture in kept_pictures(tmp_path)] == [second_name]
    assert (folder / first_name).exists()  # its first screen still kept, for a window started again on it


def closed_with_picture(qtbot, database, db_path, settings) -> MainWindow:
    """A window on `database` closed on the plan's last village, its snapshot kept and its picture taken."""
    window = open_window(qtbot, database, OFFICER, settings)
    window.open_village(window.places[-1].village_id)
    settle(qtbot, window)
    window.close()
    database.close()
    assert first_screen.keep(window, database.url, OFFICER, ACTOR) is not None
    assert window_picture.take(window, db_path.resolve()) is not None
    return window


def test_the_picture_is_the_closed_window_s_size_and_read_only_for_its_unchanged_file(qtbot, database, db_path,
                                                                                      settings, snapshots):
    window = closed_with_picture(qtbot, database, db_path, settings)
    image, title, area = window_picture.read(db_path.resolve())
    ratio = window.devicePixelRatioF()
    available = window.screen().availableGeometry()  # what a maximised window's size is compared by, before shown
    assert area == [available.x(), available.y(), available.width(), available.height()]
    assert (image.width(), image.height()) == (round(window.width() * ratio), round(window.height() * ratio))
    assert title == MainWindow(settings).windowTitle()  # the window's, before it is given its database

    with open(db_path, "ab") as file:  # the file written since: its stamp changed
        file.write(b"\0" * 4096)
    assert window_picture.read(db_path.resolve()) is None


def test_a_file_written_while_the_picture_is_taken_has_no_picture(qtbot, database, db_path, settings, snapshots):
    """Another program writes the file after the snapshot's check in `take` (its events turned while the window is
    laid out): the picture, of the snapshot now out of date, is not painted at the next start either."""
    window = open_window(qtbot, database, OFFICER, settings)
    window.close()
    database.close()
    assert first_screen.keep(window, database.url, OFFICER, ACTOR) is not None
    def write() -> None:
        with open(db_path, "ab") as file:
            file.write(b"\0" * 4096)

    QTimer.singleShot(0, write)  # once `take` turns the events, the window laid out
    window_picture.take(window, db_path.resolve())
    assert first_screen.load(db_path.resolve()) is None
    assert window_picture.read(db_path.resolve()) is None


def test_a_picture_of_another_snapshot_or_damaged_is_not_painted(qtbot, database, db_path, settings, snapshots):
    closed_with_picture(qtbot, database, db_path, settings)
    path = db_path.resolve()
    picture = window_picture.picture_file(first_screen_file.snapshot_file(path))
    kept = picture.read_bytes()
    assert window_picture.read(path) is not None

    snapshot = first_screen_file.snapshot_file(path)
    text = snapshot.read_bytes()
    snapshot.write_bytes(first_screen.encoded({**json.loads(text.partition(b"\n")[2]), "plan": "khác"}))
    assert window_picture.read(path) is None  # a snapshot kept since, by another window: not the one pictured
    snapshot.write_bytes(text)
    assert window_picture.read(path) is not None

    header_end = kept.index(b"}") + 1
    for damaged in (kept[:len(kept) // 2],  # truncated
                    kept.replace(b"LMPIC 1", b"LMPIC 9", 1),  # another version's
                    kept[:header_end - 3] + b"X" + kept[header_end - 2:],  # its header changed: its CRC32
                    kept[:-10] + bytes(b ^ 0x55 for b in kept[-10:]),  # its pixels: zlib's Adler-32
                    b"", b"\n" * 10):
        picture.write_bytes(damaged)
        assert window_picture.read(path) is None


def test_no_picture_is_painted_for_a_snapshot_the_first_screen_refuses(qtbot, database, db_path, settings, snapshots):
    """The picture is of the first screen: a snapshot damaged in its text (its CRC line intact) or gone, which the
    first screen does not show, has no picture painted either (else: the picture, then a bare window)."""
    closed_with_picture(qtbot, database, db_path, settings)
    path = db_path.resolve()
    snapshot = first_screen_file.snapshot_file(path)
    text = snapshot.read_bytes()
    snapshot.write_bytes(text.replace("Làng".encode(), "Lànf".encode(), 1))
    assert first_screen.load(path) is None and window_picture.read(path) is None
    snapshot.unlink()
    assert window_picture.read(path) is None


def test_a_snapshot_removed_while_its_picture_is_taken_has_no_picture(qtbot, database, db_path, settings, snapshots):
    """Another window's close on the same file removes the snapshot while `take` renders it: no picture kept."""
    window = open_window(qtbot, database, OFFICER, settings)
    window.close()
    database.close()
    assert first_screen.keep(window, database.url, OFFICER, ACTOR) is not None
    snapshot = first_screen_file.snapshot_file(db_path.resolve())
    QTimer.singleShot(0, snapshot.unlink)  # once `take` turns the events, the window laid out
    window_picture.take(window, db_path.resolve())
    assert not window_picture.picture_file(snapshot).exists()


def test_a_picture_s_header_of_impossible_numbers_is_not_painted_and_the_start_goes_on(qtbot, database, db_path,
                                                                                       settings, snapshots):
    """A header whose CRC32 holds but whose numbers are not a window's (an infinite width, a deep nesting): ignored
    like any damaged picture, not an error raised at the start's first paint."""
    closed_with_picture(qtbot, database, db_path, settings)
    path = db_path.resolve()
    picture = window_picture.picture_file(first_screen_file.snapshot_file(path))
    header, pixels = window_picture.header_of(picture.read_bytes())
    for text in (json.dumps({**header, "width": float("inf")}), json.dumps(header)[:-1] + ', "x": ' + "[" * 2000):
        body = text.encode("utf-8")
        picture.write_bytes(b"LMPIC %d %08x %d\n" % (window_picture.VERSION, zlib.crc32(body), len(body)) + body +
                            pixels)
        assert window_picture.read(path) is None


def test_pixels_that_inflate_past_the_picture_s_size_are_not_inflated_whole():
    """A picture's pixels are inflated no further than its size: a small file holding far more (64 MB of zeros in
    64 KB) is refused without that much memory taken at the start."""
    pixels = zlib.compress(bytes(64 * 2**20), 9)
    tracemalloc.start()
    try:
        with pytest.raises(ValueError):
            window_picture.pictured({"width": 100, "height": 100, "ratio": 1}, pixels)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 * 2**20


TWO_SCREENS = {"screens": [
    {"name": "left", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    {"name": "right", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96,
     "dpr": 1.5}]}
RENDERED_ON = """
from PySide6.QtWidgets import QWidget
from ui.application import named_application
from ui.window_host import WindowHost
from ui.window_picture import _held_off_screen
app = named_application()
closed = QWidget()
closed.setGeometry(1500, 60, 1000, 600)
closed.show()
app.processEvents()
host = WindowHost()
_held_off_screen(host, closed)
host.show_window()  # as take() shows it, off the screen
app.processEvents()
print(closed.screen().name(), host.screen().name())
"""


def test_the_picture_is_rendered_on_the_screen_the_window_was_closed_on(tmp_path):
    """A window closed on a second screen (at another scale: its pixel ratio, which the picture must have to be
    painted there) is rendered off the screen on that screen, not on the first one."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(TWO_SCREENS))
    environment = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PYTHONPATH": str(ROOT),
                   "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", RENDERED_ON], cwd=ROOT, env=environment, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["right", "right"]


def test_the_picture_is_painted_only_at_its_size(qtbot):
    picture = QImage(QSize(300, 200), QImage.Format.Format_ARGB32_Premultiplied)
    picture.fill(QColor("#336699"))
    host = WindowHost(picture, "Làng Mới")
    qtbot.addWidget(host)
    host.resize(300, 200)
    assert host.shows_picture() and host.grab().toImage().pixelColor(150, 100) == QColor("#336699")
    host.resize(310, 200)  # another size (a screen changed, the window resized): the window's background instead
    assert not host.shows_picture() and host.grab().toImage().pixelColor(150, 100) != QColor("#336699")
    assert host.windowTitle() == "Làng Mới"


def test_the_main_window_shown_in_the_picture_s_place_takes_the_keyboard(qtbot, settings):
    """The window activated while it showed the picture: the main window's first widget then has the keyboard, as
    in a window shown with it (the search box), so that typing at once finds a village."""
    picture = QImage(QSize(700, 500), QImage.Format.Format_ARGB32_Premultiplied)
    picture.fill(QColor("#ffffff"))
    host = WindowHost(picture, "Làng Mới")
    qtbot.addWidget(host)
    host.resize(700, 500)
    host.show()
    qtbot.waitUntil(host.isActiveWindow)
    window = MainWindow(settings, holder=host)
    host.hold(window)
    host.show_window()
    assert QApplication.focusWidget() is window.search


def test_the_program_s_window_is_the_main_window_s_title_close_and_geometry(qtbot, database, settings):
    host = WindowHost()
    qtbot.addWidget(host)
    host.setGeometry(40, 50, 700, 520)
    window = MainWindow(settings, holder=host)
    host.hold(window)
    host.show_window()
    qtbot.waitExposed(host)
    assert window.isVisible() and not window.isWindow() and window.size() == host.size()
    window.setWindowTitle("Làng Mới — thử")
    assert host.windowTitle() == "Làng Mới — thử"

    window.ui.quitAction.trigger()  # Tệp → Thoát: the program's window closes
    assert not host.isVisible()
    other = WindowHost()
    qtbot.addWidget(other)
    assert other.restoreGeometry(settings.value("window/geometry"))  # the size saved is the window's, not a part's
    assert other.size() == QSize(700, 520)


def test_old_pictures_go_with_their_snapshots(tmp_path, snapshots):
    for number in range(first_screen.KEPT + 2):
        kept = first_screen.save({"version": first_screen.VERSION}, tmp_path / f"{number}.sqlite3")
        window_picture.picture_file(kept).write_bytes(b"picture")
        os.utime(kept, ns=(number * 10**9, number * 10**9))
    alone = snapshots / "00000000.picture"
    alone.write_bytes(b"picture without its snapshot")
    first_screen.save({"version": first_screen.VERSION}, tmp_path / "last.sqlite3")
    pictures = sorted(snapshots.glob("*.picture"))
    assert len(pictures) == first_screen.KEPT - 1 and alone not in pictures
    assert all(picture.with_suffix(".json").exists() for picture in pictures)
