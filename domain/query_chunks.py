"""Long IN (...) lists sent as a few queries: the ids a history names, an update workbook's villages, a file list's
digests, each query with at most IN_LIMIT of them.

A statement's parameters are bounded by each backend (SQLite: 32,766 since 3.32, 999 before; PostgreSQL's
protocol: 65,535); IN_LIMIT stays well under every one, with room for the query's other parameters.
"""

from collections.abc import Iterable, Iterator

IN_LIMIT = 900
"""The most values in one IN (...) list."""


def in_chunks(values: Iterable) -> Iterator[list]:
    """The distinct values (None left out), sorted, in lists of at most IN_LIMIT."""
    distinct = sorted({value for value in values if value is not None}, key=str)
    for start in range(0, len(distinct), IN_LIMIT):
        yield distinct[start:start + IN_LIMIT]
