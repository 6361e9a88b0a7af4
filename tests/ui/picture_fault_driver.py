"""A start of the window as main.py makes it (ui/window_picture.first_paint, then ui/app.run_window), for the fault
tests of the window's picture (tests/ui/test_window_picture_faults.py), in a process of its own with its own home
and cache folders, LANGMOI_STARTUP_TRACE and LANGMOI_STARTUP_CLOSE set (closed as a person closes it once settled).

It prints one JSON line per event, flushed, so the test can kill it at a moment it chose:
- {"event": "painted", "picture": …, "differing": …}: the main window's own first paint, whether the picture of the
  last close was painted before it and, if so, how many of the window's pixels then differ from it (but for the
  focus frame, as tests/ui/picture_driver.py counts them);
- {"event": "window", "read_only": …} once settled, whether it opened the file read-only;
- {"event": "at", "point": …} at a named point (below); {"event": "end", "code": …} as it returns.

LANGMOI_F1_AT names points (a comma between them) where LANGMOI_F1_DO happens: "kill" (the process killed by
SIGKILL there), "pause" (it waits for a line on its stdin), "write" (the database file written by another program,
sqlite3: a village renamed). Points: "settled" (the window settled, its database still open, before it closes),
"keep" (before the snapshot is kept), "snapshot-part" (the snapshot's .part written, before it is renamed), "take"
(the snapshot kept, before the picture is taken), "take-shown" (the picture's window made with the snapshot over it,
before it is grabbed and stamped), "picture-part" (the picture's .part written, before it is renamed), "taken"
(after). LANGMOI_F1_VILLAGE: the number of a village opened once the window settled, before it closes.
LANGMOI_F1_HELD: how to answer the question asked when another program holds the file ("look": open it
read-only, "quit": quit; unset: it is not answered for you).

    python -m tests.ui.picture_fault_driver /…/langmoi.sqlite3
"""

import json
import os
import signal
import sys
import time
from pathlib import Path

from tests.ui.picture_driver import differing, focus_frame
from ui.window_picture import first_paint

POINTS, DOING = set(os.environ.get("LANGMOI_F1_AT", "").split(",")), os.environ.get("LANGMOI_F1_DO", "")
RENAMED = "UPDATE village SET name = name || ' (sửa)' WHERE rowid = (SELECT min(rowid) FROM village)"
"""What another program writes (sqlite3): a village renamed."""


def say(event: str, **more) -> None:
    print(json.dumps({"event": event, "at": time.monotonic(), **more}), flush=True)


def reached(point: str, db_file: str) -> None:
    """The point `point` of the close reached: say so, and do what LANGMOI_F1_DO asks if it is one of LANGMOI_F1_AT."""
    say("at", point=point)
    if point not in POINTS:
        return
    if DOING == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    elif DOING == "pause":
        sys.stdin.readline()
    elif DOING == "write":
        import sqlite3

        connection = sqlite3.connect(db_file)
        try:
            with connection:
                connection.execute(RENAMED)
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()


def hooked(db_file: str) -> None:
    """The close's points wrapped (this process only): ui.first_screen's keep and show, ui.window_picture's take,
    the rename of a .part file."""
    from ui import first_screen, window_picture

    keep, show, take, replace = first_screen.keep, first_screen.show, window_picture.take, os.replace

    def keeping(*args, **kwargs):
        reached("keep", db_file)
        return keep(*args, **kwargs)

    def showing(*args, **kwargs):
        shown = show(*args, **kwargs)
        if sys._getframe(1).f_code.co_name == "take":
            reached("take-shown", db_file)
        return shown

    def taking(*args, **kwargs):
        reached("take", db_file)
        taken = take(*args, **kwargs)
        reached("taken", db_file)
        return taken

    def replacing(source, target, *args, **kwargs):
        if str(source).endswith(".part"):
            reached("picture-part" if str(target).endswith(window_picture.SUFFIX) else "snapshot-part", db_file)
        return replace(source, target, *args, **kwargs)

    first_screen.keep, first_screen.show, window_picture.take, os.replace = keeping, showing, taking, replacing
    if os.environ.get("LANGMOI_F1_HELD"):
        from ui import looking

        answer = looking.Opening.LOOK if os.environ["LANGMOI_F1_HELD"] == "look" else looking.Opening.QUIT
        looking.ask_how_to_open = lambda refusal, url, parent=None: answer


def on_village(window, number: int) -> None:
    """The plan's village `number` (modulo their count) opened, as a person picks one before closing, and on screen:
    each close then keeps a snapshot and a picture of its own."""
    from PySide6.QtCore import QEventLoop, QTimer

    village_id = window.places[number % len(window.places)].village_id
    if village_id == window.village_id:
        return
    waiting = QEventLoop()
    window.settled.connect(waiting.quit)
    QTimer.singleShot(30_000, waiting.quit)
    window.open_village(village_id)
    waiting.exec()
    window.settled.disconnect(waiting.quit)
    say("village", village_id=village_id, shown=window.village_id)


def main(db_file: str) -> None:
    host = first_paint(db_file)
    shown = host.isVisible() and host.shows_picture()
    painted = host.grab().toImage() if shown else None
    hooked(db_file)

    from ui import app

    def mark(name: str) -> None:
        if name == "painted":
            say("painted", picture=shown,
                differing=differing(painted, host.grab().toImage(), focus_frame(host)) if shown else None)
        elif name == "settled":
            if os.environ.get("LANGMOI_F1_VILLAGE"):
                on_village(host.main, int(os.environ["LANGMOI_F1_VILLAGE"]))
            say("window", read_only=host.main.database.read_only)
            reached("settled", db_file)
        elif name in ("first-screen", "opened"):
            say(name)

    app.mark = mark
    code = app.run_window(db_file, host)
    folder = Path(os.environ["XDG_CACHE_HOME"]) / "LangMoi" / "first-screen"
    say("end", code=code, files=sorted(file.name for file in folder.glob("*")) if folder.exists() else [])


if __name__ == "__main__":
    main(sys.argv[1])
