"""Records logged before the log file is set up, kept until it is: the window's first paint comes before the log
file (storage/logs.py imports logging.handlers and platformdirs, ~13 ms), and what that paint logs — why the
picture or snapshot of the last close was not shown — would otherwise never reach langmoi.log.

Kept in memory, at most KEPT records (the oldest dropped), written into the log file by configure_file_logging
and then no longer kept. Only logging, already imported, is used here."""

import logging
from collections import deque

KEPT = 200
LOG_FILE = "langmoi-log-file"
"""The name of the log file's handler (storage/logs.py): with it there, records go straight to the file."""


class EarlyRecords(logging.Handler):
    """The root logger's handler until the log file's: it keeps the records it is given."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: deque[logging.LogRecord] = deque(maxlen=KEPT)

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def keep_early_records() -> None:
    """Keep the records of INFO and above from now until the log file is set up (again, or once it is: nothing)."""
    root = logging.getLogger()
    if not any(isinstance(handler, EarlyRecords) or handler.get_name() == LOG_FILE for handler in root.handlers):
        root.addHandler(EarlyRecords())
        root.setLevel(min(root.level or logging.WARNING, logging.INFO))


def write_early_records(into: logging.Handler | None) -> None:
    """The records kept so far written by `into` in their order (None: dropped, no log file could be made); none
    kept any more."""
    root = logging.getLogger()
    for handler in [handler for handler in root.handlers if isinstance(handler, EarlyRecords)]:
        root.removeHandler(handler)
        for record in handler.records if into is not None else ():
            into.handle(record)
