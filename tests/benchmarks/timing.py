"""Timing for the benchmarks: the fastest of a few runs, the figure least disturbed by a busy machine."""

import time
from collections.abc import Callable


def timed(action: Callable[[], object], repeat: int = 5) -> float:
    """The fastest of `repeat` runs of `action`, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best
