"""The window's picture at its last close (ui/window_picture.py) under faults: a start killed at random moments of
its close and exactly at each step of it (the snapshot and the picture being written), damaged copies of the
picture and of its snapshot, two starts on one file, the file written by another program since. What a user would
see is asserted: the next start never fails, and a picture it paints is never other than its own first paint (the
driver counts the pixels that differ, tests/ui/picture_fault_driver.py); otherwise none is painted."""

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
import zlib
from pathlib import Path

import pytest

from tests.ui.picture_fault_driver import RENAMED
from tests.ui.test_startup_imports import ROOT
from ui import first_screen, first_screen_file, window_picture

CLOSE_POINTS = ("keep", "snapshot-part", "take", "take-shown", "picture-part", "taken")
"""The steps of a close, in order (tests/ui/picture_fault_driver.py)."""
KILL_WINDOW_S = 0.15
"""A random kill comes this long at most after the window settled (its close, keep and take, takes ~0.12 s here)."""


def environment(home: Path, **more: str) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "HOME": str(home),
            "XDG_CACHE_HOME": str(home / "cache"), "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"), "LANGMOI_STARTUP_TRACE": str(home / "trace"),
            "LANGMOI_STARTUP_CLOSE": "1", **more}


class Start:
    """One start of the window on a file in a process of its own (tests/ui/picture_fault_driver.py), its events
    read as they come."""

    def __init__(self, db_file: Path, home: Path, **more: str) -> None:
        self.errors = tempfile.TemporaryFile("w+")
        self.process = subprocess.Popen([sys.executable, "-m", "tests.ui.picture_fault_driver", str(db_file)],
                                        cwd=ROOT, env=environment(home, **more), stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=self.errors, text=True)
        self.events: list[dict] = []
        self.watchdog = threading.Timer(90, self.process.kill)  # a start that hangs fails the test, never the run
        self.watchdog.daemon = True
        self.watchdog.start()

    def until(self, event: str, point: str | None = None) -> dict | None:
        """The events read up to `event` (at `point`); None if the process ended before it."""
        for line in self.process.stdout:
            seen = json.loads(line)
            self.events.append(seen)
            if seen["event"] == event and (point is None or seen.get("point") == point):
                return seen
        return None

    def go_on(self) -> None:
        self.process.stdin.write("\n")
        self.process.stdin.flush()

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)

    def finished(self) -> tuple[int, str]:
        """Its events read to the end: its exit status and what it wrote on stderr."""
        self.until("never")
        code = self.process.wait()
        self.process.stdin.close()
        self.process.stdout.close()
        self.watchdog.cancel()
        self.errors.seek(0)
        text = self.errors.read()
        self.errors.close()
        return code, text

    def seen(self, event: str) -> dict | None:
        return next((seen for seen in self.events if seen["event"] == event), None)

    def last_point(self) -> str | None:
        points = [seen["point"] for seen in self.events if seen["event"] == "at"]
        return points[-1] if points else None


def as_a_user_sees_it(start: Start, killed: bool = False) -> dict:
    """A start that was not made to fail did not fail: no traceback, exit 0, its window closed as asked; a picture
    it painted is exactly its own first paint. Its first paint's event."""
    code, errors = start.finished()
    assert "Traceback" not in errors, errors
    painted = start.seen("painted")
    assert painted is not None, errors
    if painted["picture"]:
        assert painted["differing"] == 0, "the picture painted is not what the window then paints"
    if not killed:
        assert code == 0 and start.seen("end")["code"] == 0, errors
    return painted


def started(db_file: Path, home: Path, **more: str) -> dict:
    """One whole start (closed once settled, nothing made to fail): its first paint's event."""
    return as_a_user_sees_it(Start(db_file, home, **more))


def kept(home: Path) -> list[str]:
    folder = home / "cache" / "LangMoi" / "first-screen"
    return sorted(file.name for file in folder.iterdir()) if folder.exists() else []


@pytest.fixture
def closed_once(tmp_path, sample_database_file) -> tuple[Path, Path]:
    """The sample database closed once by a start: its snapshot and picture kept."""
    db_file = tmp_path / "langmoi.sqlite3"
    shutil.copy(sample_database_file, db_file)
    home = tmp_path / "home"
    assert started(db_file, home)["picture"] is False
    assert [name.rsplit(".", 1)[1] for name in kept(home)] == ["json", "picture"]
    return db_file, home


def aged_parts(home: Path) -> list[Path]:
    """The .part files left by killed closes, made older than the clean-up's minute."""
    parts = sorted((home / "cache" / "LangMoi" / "first-screen").glob("*.part"))
    old = time.time_ns() - 2 * first_screen.PART_LEFT_NS
    for part in parts:
        os.utime(part, ns=(old, old))
    return parts


# killed at its close

def test_a_start_killed_at_random_moments_of_its_close_never_spoils_the_next(closed_once):
    """Each start is killed at a random moment from its settling to a little after its close, and is itself the
    next start of the one killed before it; the last is let close."""
    db_file, home = closed_once
    chance = random.Random(20261203)
    reached, pictures = [], []
    for _ in range(14):
        start = Start(db_file, home, LANGMOI_F1_VILLAGE=str(chance.randrange(1000)))  # each close a picture of its own
        assert start.until("at", "settled") is not None
        time.sleep(chance.uniform(0, KILL_WINDOW_S))
        start.kill()
        pictures.append(as_a_user_sees_it(start, killed=True)["picture"])
        reached.append(start.last_point())
    assert any(point in CLOSE_POINTS for point in reached), reached  # some were killed within the close
    assert any(pictures), (reached, pictures)  # some started with a picture: their first paint was compared

    parts = aged_parts(home)
    started(db_file, home, LANGMOI_F1_VILLAGE="3")  # a clean close after them all: the pair kept again
    assert not any(part.exists() for part in parts)
    assert started(db_file, home)["picture"] is True, (reached, pictures)


def test_a_start_killed_at_each_step_of_its_close_never_spoils_the_next(closed_once):
    """Killed at each step in turn, each start being the next start of the one killed before it; then .part files
    left (by kills on other files: this file's own are written over by its next close) are removed by a close."""
    db_file, home = closed_once
    folder = home / "cache" / "LangMoi" / "first-screen"
    before = None
    for number, point in enumerate(CLOSE_POINTS):
        start = Start(db_file, home, LANGMOI_F1_AT=point, LANGMOI_F1_DO="kill", LANGMOI_F1_VILLAGE=str(number + 1))
        painted = as_a_user_sees_it(start, killed=True)
        assert start.last_point() == point and start.seen("end") is None  # killed there
        if before == "picture-part":
            assert painted["picture"] is False  # the half-written picture is never read
        names = kept(home)
        if point == "picture-part":
            assert any(name.endswith(".picture.part") for name in names), names  # a half-written picture left
            for part in folder.glob("*.part"):
                shutil.copy(part, folder / part.name.replace(part.name.split(".")[0], "0badf11e"))
        if point in ("snapshot-part", "take", "take-shown", "picture-part"):
            assert not any(name.endswith(".picture") for name in names), names  # removed with its old snapshot
        before = point
    parts = aged_parts(home)
    assert [part.name for part in parts if part.name.startswith("0badf11e")] == ["0badf11e.picture.part"]
    assert started(db_file, home)["picture"] is True  # the last kill was after the picture was kept
    assert not any(part.exists() for part in parts)


# damaged copies

@pytest.fixture
def pictured(closed_once, tmp_path, monkeypatch) -> tuple[Path, Path, Path]:
    """The file, the snapshot and the picture kept at its close, as this process reads them."""
    db_file, home = closed_once
    folder = home / "cache" / "LangMoi" / "first-screen"
    monkeypatch.setattr(first_screen_file, "snapshot_folder", lambda: folder)
    path = db_file.resolve()
    snapshot = first_screen_file.snapshot_file(path)
    picture = window_picture.picture_file(snapshot)
    assert window_picture.read(path) is not None
    return path, snapshot, picture


def header_and_pixels(picture: Path) -> tuple[dict, bytes]:
    return window_picture.header_of(picture.read_bytes())


def written(header: dict, pixels: bytes) -> bytes:
    """A picture's file with this header (its CRC32 right, as the program writes it) and these pixels."""
    text = json.dumps(header, ensure_ascii=False).encode("utf-8")
    return b"LMPIC %d %08x %d\n" % (window_picture.VERSION, zlib.crc32(text), len(text)) + text + pixels


def refused(path: Path, caplog) -> bool:
    caplog.clear()
    with caplog.at_level("INFO", logger="langmoi"):
        result = window_picture.read(path)
    return result is None and any("window picture:" in record.getMessage() for record in caplog.records)


def test_a_picture_with_bytes_flipped_anywhere_is_refused(pictured, caplog):
    """Refused, or (a bit zlib's stream does not use) read as the very picture kept."""
    path, _, picture = pictured
    good = picture.read_bytes()
    image = window_picture.read(path)[0]
    header_end = good.index(b"\n") + 1 + int(good.split(b"\n", 1)[0].split(b" ")[3])
    unused = 0
    for seed in range(300):
        chance = random.Random(seed)
        damaged = bytearray(good)
        # a third of them in the first line and the header, where a flip could still read as a header
        span = header_end if seed % 3 == 0 else len(good)
        for _ in range(chance.choice((1, 1, 2, 3, 8))):
            damaged[chance.randrange(span)] ^= 1 << chance.randrange(8)
        if damaged == good:
            continue
        picture.write_bytes(bytes(damaged))
        if not refused(path, caplog):
            assert window_picture.read(path)[0] == image, seed
            unused += 1
    assert unused < 10


def test_a_picture_cut_at_any_length_is_refused(pictured, caplog):
    path, _, picture = pictured
    good = picture.read_bytes()
    header_end = good.index(b"}") + 1
    lengths = list(range(header_end + 64)) + random.Random(7).sample(range(header_end + 64, len(good)), 200)
    for length in lengths:
        picture.write_bytes(good[:length])
        assert refused(path, caplog), length


def test_a_picture_of_another_file_or_snapshot_is_refused(pictured, tmp_path, caplog):
    path, snapshot, picture = pictured
    header, pixels = header_and_pixels(picture)
    other = tmp_path / "khac.sqlite3"
    shutil.copy2(path, other)  # another database file, the same size, time and plan: only its path differs
    other_snapshot = first_screen_file.snapshot_file(other.resolve())
    shutil.copy(snapshot, other_snapshot)
    shutil.copy(picture, window_picture.picture_file(other_snapshot))
    assert refused(other.resolve(), caplog)

    text = snapshot.read_bytes()  # a snapshot kept since by another window: not the one pictured
    snapshot.write_bytes(first_screen.encoded({**json.loads(text.partition(b"\n")[2]), "plan": "khác"}))
    assert refused(path, caplog)
    snapshot.write_bytes(text)
    assert window_picture.read(path) is not None
    picture.write_bytes(written({**header, "snapshot": "00000000"}, pixels))
    assert refused(path, caplog)
    picture.write_bytes(written({**header, "stamp": {**header["stamp"], "mtime_ns": 1}}, pixels))
    assert refused(path, caplog)


def test_a_picture_whose_snapshot_is_damaged_is_refused(pictured, caplog):
    path, snapshot, _ = pictured
    text = bytearray(snapshot.read_bytes())
    at = text.index("Làng".encode())
    text[at + 1] ^= 1  # 'Làng' read as 'Lbng…': its CRC line no longer matches, the first screen refuses it
    snapshot.write_bytes(bytes(text))
    assert first_screen.load(path) is None
    assert refused(path, caplog)


def test_a_picture_whose_snapshot_is_missing_is_refused(pictured, caplog):
    path, snapshot, picture = pictured
    header, pixels = header_and_pixels(picture)
    snapshot.unlink()
    assert refused(path, caplog)
    picture.write_bytes(written({**header, "snapshot": ""}, pixels))  # what take() writes when it went meanwhile
    assert refused(path, caplog)


def test_a_picture_whose_snapshot_is_another_version_s_is_refused(pictured, caplog):
    """An update of the program whose snapshots are of another version: the first screen shows none, so its picture
    must not be painted either."""
    path, snapshot, picture = pictured
    header, pixels = header_and_pixels(picture)
    body = json.loads(snapshot.read_bytes().partition(b"\n")[2])
    snapshot.write_bytes(first_screen.encoded({**body, "version": first_screen.VERSION - 1}))
    crc = snapshot.read_bytes().partition(b"\n")[0].decode("ascii")
    picture.write_bytes(written({**header, "snapshot": crc}, pixels))  # the picture of that snapshot
    assert first_screen.load(path) is None
    assert refused(path, caplog)


def test_an_empty_huge_or_oversized_picture_is_refused_without_reading_it_whole(pictured, caplog):
    path, _, picture = pictured
    header, pixels = header_and_pixels(picture)
    cases = {"empty": b"", "newlines": b"\n" * 10,
             "a header said to be huge": b"LMPIC 1 00000000 999999999999\n" + b"{}" * 10,
             "a window said to be huge": written({**header, "width": 200_000, "height": 200_000}, pixels),
             "a window as large as allowed, of a few pixels": written({**header, "width": 6000, "height": 6000},
                                                                      pixels),
             "a window of no size": written({**header, "width": 0}, pixels),
             "a ratio of nothing": written({**header, "ratio": 0}, pixels)}
    for name, data in cases.items():
        picture.write_bytes(data)
        tracemalloc.start()
        try:
            assert refused(path, caplog), name
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert peak < 20_000_000, (name, peak)  # nothing of the size a header says (6000 × 6000: 144 MB) allocated
    with open(picture, "wb") as file:  # over the cap: a sparse file, refused by its size alone
        file.truncate(window_picture.MAX_BYTES + 1)
    tracemalloc.start()
    try:
        assert refused(path, caplog)
        assert tracemalloc.get_traced_memory()[1] < 1_000_000
    finally:
        tracemalloc.stop()


def test_pixels_that_inflate_past_the_header_s_size_are_refused_in_bounded_memory(pictured, caplog):
    path, _, picture = pictured
    header, _ = header_and_pixels(picture)
    squeeze = zlib.compressobj(9)
    zeros = bytes(1 << 24)
    bomb = b"".join(squeeze.compress(zeros) for _ in range(24)) + squeeze.flush()  # ~400 KB inflating to 400 MB
    picture.write_bytes(written({**header, "width": 100, "height": 100}, bomb))
    assert picture.stat().st_size < window_picture.MAX_BYTES
    tracemalloc.start()
    try:
        assert refused(path, caplog)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 50_000_000, peak


@pytest.mark.parametrize("case", ["infinite width", "nested header"])
def test_a_header_that_is_json_but_no_window_s_is_refused(pictured, caplog, case):
    path, _, picture = pictured
    header, pixels = header_and_pixels(picture)
    if case == "infinite width":
        picture.write_bytes(written({**header, "width": float("inf")}, pixels))  # json writes Infinity
    else:
        nested = b"[" * 1500 + b"]" * 1500
        picture.write_bytes(b"LMPIC 1 %08x %d\n" % (zlib.crc32(nested), len(nested)) + nested + pixels)
    assert refused(path, caplog)


def test_a_header_with_any_field_of_any_value_is_refused_or_read_as_kept(pictured, caplog):
    """A header whose CRC32 holds (written by another program, or an older one) with a field of another value or
    type: read() never raises, and a picture it reads is the one kept."""
    path, _, picture = pictured
    header, pixels = header_and_pixels(picture)
    image = window_picture.read(path)[0]
    values = [None, True, 0, -1, 1, 2**31, 10**30, 1e308, float("inf"), float("nan"), "", "x", "796", [], [1, 2],
              {}, {"path": None}, [[[[]]]]]
    chance = random.Random(11)
    for _ in range(200):
        changed = dict(header)
        for field in chance.sample(sorted(header) + ["other"], chance.choice((1, 2))):
            changed[field] = chance.choice(values)
        picture.write_bytes(written(changed, pixels))
        read = window_picture.read(path)
        assert read is None or read[0] == image, changed


def test_a_damaged_picture_is_not_painted_and_the_start_goes_on_as_without_one(closed_once):
    db_file, home = closed_once
    folder = home / "cache" / "LangMoi" / "first-screen"
    picture = next(folder.glob("*.picture"))
    good = picture.read_bytes()
    for damaged in (good[:len(good) // 3], bytes(b ^ 0x10 if i == len(good) - 500 else b for i, b in enumerate(good)),
                    b""):
        picture.write_bytes(damaged)
        start = Start(db_file, home)
        painted = as_a_user_sees_it(start)
        assert painted["picture"] is False and start.seen("first-screen") is not None  # the snapshot still shown


# two starts on one file

def test_two_starts_on_one_file_at_once_leave_a_pair_or_nothing(closed_once):
    """Both start together (the second to take the file is asked, and opens it read-only); both close once
    settled, their closes around the same time. The next start paints no picture or exactly its own first paint."""
    db_file, home = closed_once
    chance = random.Random(3)
    pictures, read_only = [], []
    for pause in (0, chance.uniform(0, 0.3), chance.uniform(0.3, 1.5)):
        first = Start(db_file, home, LANGMOI_F1_HELD="look", LANGMOI_F1_VILLAGE=str(chance.randrange(1000)))
        time.sleep(pause)
        second = Start(db_file, home, LANGMOI_F1_HELD="look", LANGMOI_F1_VILLAGE=str(chance.randrange(1000)))
        as_a_user_sees_it(first)
        as_a_user_sees_it(second)
        read_only += [start.seen("window")["read_only"] for start in (first, second)]
        names = kept(home)
        assert not any(name.endswith(".picture") for name in names) or len(names) == 2, names
        pictures.append(started(db_file, home)["picture"])
    assert any(read_only), read_only  # at least once, the second to take the file was asked and opened it to look
    assert started(db_file, home)["picture"] is True, pictures  # a close alone keeps the pair again


def test_a_second_start_while_the_first_runs_quit_at_the_question_leaves_the_pair(closed_once):
    db_file, home = closed_once
    first = Start(db_file, home, LANGMOI_F1_AT="settled", LANGMOI_F1_DO="pause", LANGMOI_F1_VILLAGE="7")
    assert first.until("at", "settled") is not None  # it holds the file
    second = Start(db_file, home, LANGMOI_F1_HELD="quit")
    code, errors = second.finished()
    assert code == 0 and second.seen("end")["code"] == 2 and "Traceback" not in errors, errors  # quit when asked
    painted = second.seen("painted")
    assert not painted["picture"] or painted["differing"] == 0
    first.go_on()
    as_a_user_sees_it(first)
    assert started(db_file, home)["picture"] is True  # the pair of the first window's close


def test_a_read_only_window_closing_while_the_other_takes_its_picture(closed_once):
    db_file, home = closed_once
    first = Start(db_file, home, LANGMOI_F1_AT="settled,take-shown", LANGMOI_F1_DO="pause")
    assert first.until("at", "settled") is not None  # it holds the file
    second = Start(db_file, home, LANGMOI_F1_HELD="look", LANGMOI_F1_AT="keep", LANGMOI_F1_DO="pause")
    assert second.until("at", "keep") is not None  # opened read-only, closed
    first.go_on()
    assert first.until("at", "take-shown") is not None
    second.go_on()  # the read-only window's close: the snapshot of the file removed, none kept
    as_a_user_sees_it(second)
    first.go_on()
    as_a_user_sees_it(first)
    started(db_file, home)


# the file changed since

def test_a_file_written_by_another_program_after_the_close_shows_no_picture(closed_once):
    db_file, home = closed_once
    connection = sqlite3.connect(db_file)
    with connection:
        connection.execute(RENAMED)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    start = Start(db_file, home)
    painted = as_a_user_sees_it(start)
    assert painted["picture"] is False and start.seen("first-screen") is None


def test_a_file_written_between_the_snapshot_and_the_picture_shows_no_picture_at_first(closed_once):
    db_file, home = closed_once
    as_a_user_sees_it(Start(db_file, home, LANGMOI_F1_AT="take", LANGMOI_F1_DO="write"))
    start = Start(db_file, home)
    assert as_a_user_sees_it(start)["picture"] is False and start.seen("first-screen") is None


def test_a_file_written_while_the_picture_is_rendered_shows_no_picture(closed_once):
    db_file, home = closed_once
    as_a_user_sees_it(Start(db_file, home, LANGMOI_F1_AT="take-shown", LANGMOI_F1_DO="write"))
    start = Start(db_file, home)
    assert as_a_user_sees_it(start)["picture"] is False and start.seen("first-screen") is None
