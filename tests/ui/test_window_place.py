"""The main window opens sized to its screen (90 % centred, or maximised on a 1366 × 768 office PC), comes back
where it was left, is kept on a screen that exists; the opening picture is drawn for the screen's pixel ratio."""

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QMainWindow

from ui.window_place import clamped, first_geometry, place_window

ROOT = Path(__file__).resolve().parents[2]


def test_a_first_start_takes_90_percent_centred_of_a_large_screen():
    assert first_geometry(QRect(0, 0, 1920, 1040)) == QRect(96, 52, 1728, 936)
    assert first_geometry(QRect(1920, 0, 2560, 1400)) == QRect(1920 + 128, 70, 2304, 1260)


def test_a_first_start_is_maximised_where_90_percent_is_below_1280_by_720():
    assert first_geometry(QRect(0, 0, 1366, 728)) is None  # the office PC, the taskbar left out
    assert first_geometry(QRect(0, 0, 1280, 680)) is None  # a 1920 × 1080 laptop at 150 %
    assert first_geometry(QRect(0, 0, 1536, 824)) == QRect(77, 41, 1382, 742)  # at 125 %: room enough
    assert first_geometry(QRect(0, 0, 1280, 984)) is None  # 1280 × 1024


def test_a_place_is_brought_onto_the_screen_shrunk_if_need_be():
    screen = QRect(0, 0, 1366, 728)
    assert clamped(QRect(100, 100, 800, 500), screen) == QRect(100, 100, 800, 500)
    assert clamped(QRect(3000, 900, 800, 500), screen) == QRect(566, 228, 800, 500)
    assert clamped(QRect(-50, -20, 1900, 1000), screen) == QRect(0, 32, 1366, 696)  # its title bar on screen


def test_on_the_test_screen_a_first_window_is_maximised_and_a_saved_one_kept_on_it(qapp, qtbot):
    available = QApplication.primaryScreen().availableGeometry()  # 800 × 800 on the offscreen platform
    first = QMainWindow()
    qtbot.addWidget(first)
    place_window(first, None)
    assert first.isMaximized()
    first.setWindowState(first.windowState() & ~first.windowState().WindowMaximized)
    assert available.contains(first.geometry())

    left = QMainWindow()
    qtbot.addWidget(left)
    left.setGeometry(QRect(available.right() + 3000, 40, 600, 400))
    again = QMainWindow()
    qtbot.addWidget(again)
    place_window(again, left.saveGeometry())
    assert available.contains(again.geometry()) and again.geometry().size() == left.geometry().size()

    left.showMaximized()
    maximised = QMainWindow()
    qtbot.addWidget(maximised)
    place_window(maximised, left.saveGeometry())
    assert maximised.isMaximized()


def test_two_screens_at_150_percent(tmp_path):
    """A process of its own with QT_SCALE_FACTOR=1.5 and two screens (2560 × 1440 and 1366 × 768 beside it)."""
    done = subprocess.run([sys.executable, "-m", "tests.ui.screens_driver", str(tmp_path)], cwd=ROOT, text=True,
                          capture_output=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "QT_SCALE_FACTOR": "1.5",
                               "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    monitor, laptop = (QRect(*found["screens"][name]) for name in ("monitor", "laptop"))
    first = QRect(*found["first"]["geometry"])
    assert monitor.contains(first) and first.center() == monitor.center()
    assert first.width() == round(monitor.width() * 0.9)
    assert QRect(*found["on_the_laptop"]["geometry"]) == QRect(laptop.x() + 20, 60, 800, 400)
    assert laptop.contains(QRect(*found["monitor_gone"]["geometry"])) or \
        monitor.contains(QRect(*found["monitor_gone"]["geometry"]))
    too_large = QRect(*found["too_large"]["geometry"])
    assert laptop.contains(too_large) and too_large.width() <= laptop.width()
    assert found["window"]["ratio"] == 1.5
    assert found["picture"] == {"ratio": 1.5, "pixels": [96, 96], "logical": [64.0, 64.0]}
