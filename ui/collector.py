"""The cyclic garbage collector made rarer for the window, from its start (no Qt here: main.py sets it before the
window's modules are imported)."""

import gc

COLLECTOR_THRESHOLDS = (20_000, 10, 10)
"""The cyclic collector's thresholds (Python's: 700, 10, 10). Reading a 10,000-village plan makes about a million
objects, most of which live on (its rows, tree and figures): with Python's thresholds that was ~1,200 young
passes, ~110 middle ones and 5-9 full ones a plan load, each full pass 30-130 ms holding the interpreter, in
whichever thread allocated, so the GUI thread stood still that long (measured in the window benchmark, issue 14).
Young passes of up to 20,000 objects take a few ms; a full pass comes every ~2 million objects, not every ~70,000.
Cycles (the tree's nodes point to their parents) are still collected, only later: a few MB at most.
The start before the first paint likewise: importing Qt and the window's modules made ~60 young and 6 middle
passes over objects that all live on (~17 ms of CPU); with these thresholds, a few."""


def collect_rarely() -> None:
    """The collector's thresholds set to COLLECTOR_THRESHOLDS (again: harmless)."""
    gc.set_threshold(*COLLECTOR_THRESHOLDS)
