"""Milestones of a start, for tests/benchmarks/bench_startup.py.

When the environment variable LANGMOI_STARTUP_TRACE names a file, each milestone appends a line "<name>
<time.monotonic()> <time.process_time()>" to it: "picture" (the window painted with the picture of its last close,
ui/window_picture.py), "painted" (the main window's own first paint), "opened" (the database open),
"first-screen" (right after "painted", when that paint showed the snapshot of the last close: ui/first_screen.py),
"attached" (the window given the database and the user) and "settled" (the tree filled and the last village shown).
The monotonic clock is the system's, so the benchmark compares it with the moment it started the process; the
process's CPU time (all its threads) is read at the mark itself, where the benchmark, reading it from outside a few
ms later on a busy machine, counted what the program did meanwhile. Unset, as for every user, nothing is written.
With LANGMOI_STARTUP_CLOSE set too, the window is closed as a person closes it once settled (what it keeps at its
close, the first screen's snapshot and the window's picture, is then kept).
"""

import os
import time

TRACE = "LANGMOI_STARTUP_TRACE"
CLOSE = "LANGMOI_STARTUP_CLOSE"


def mark(name: str) -> None:
    path = os.environ.get(TRACE)
    if path:
        with open(path, "a", encoding="utf-8") as trace:
            trace.write(f"{name} {time.monotonic():.6f} {time.process_time():.6f}\n")


def closes_when_settled() -> bool:
    return bool(os.environ.get(TRACE) and os.environ.get(CLOSE))
