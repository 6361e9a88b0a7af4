"""Milestones of a start, for tests/benchmarks/bench_startup.py.

When the environment variable LANGMOI_STARTUP_TRACE names a file, each milestone appends a line
"<name> <time.monotonic()> <time.process_time()>" to it: "painted" (the window's first paint), "opened" (the
database open), "attached" (the window given the database and the user) and "settled" (the tree filled and the last
village shown). The monotonic clock is the system's, so the benchmark compares it with the moment it started the
process; the process's CPU time (all its threads) is read at the mark itself, where the benchmark, reading it from
outside a few ms later on a busy machine, counted what the program did meanwhile. Unset, as for every user, nothing
is written.
"""

import os
import time

TRACE = "LANGMOI_STARTUP_TRACE"


def mark(name: str) -> None:
    path = os.environ.get(TRACE)
    if path:
        with open(path, "a", encoding="utf-8") as trace:
            trace.write(f"{name} {time.monotonic():.6f} {time.process_time():.6f}\n")
