"""Kill points: a writer that kills itself just before its N-th step after READY, a step being an SQL statement
sent through SQLAlchemy or one of Python's file operations (os.replace, os.unlink, os.fsync).

Random delays rarely land in a window of microseconds (between a copy and its rename, between two statements of
an upgrade); stepping through the kill points hits each such window once, the same way at every run.
"""

import os
import signal

from sqlalchemy import Engine, event

FILE_OPERATIONS = ("replace", "unlink", "fsync")


class Steps:
    """Counts the steps once armed, noting which are file operations; with `kill_at`, SIGKILLs this process
    before that step."""

    def __init__(self, kill_at: int | None) -> None:
        self.kill_at = kill_at
        self.count = 0
        self.files: list[int] = []
        self.armed = False

    def step(self, file: bool = False) -> None:
        if self.armed:
            self.count += 1
            if file:
                self.files.append(self.count)
            if self.count == self.kill_at:
                os.kill(os.getpid(), signal.SIGKILL)

    def said(self) -> str:
        """'STEPS 36 FILES 4,9,33': how many steps, and which were file operations."""
        return f"STEPS {self.count} FILES {','.join(map(str, self.files))}"

    def install(self) -> None:
        """In the forked writer only: every engine's statements, and the file operations of the os module."""
        event.listen(Engine, "before_cursor_execute", lambda *_: self.step())
        for name in FILE_OPERATIONS:
            real = getattr(os, name)

            def counted(*args, _real=real, **kwargs):
                self.step(file=True)
                return _real(*args, **kwargs)

            setattr(os, name, counted)
