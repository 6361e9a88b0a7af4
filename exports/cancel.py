"""How long exports report progress and learn they were cancelled, without knowing of Qt."""

from collections.abc import Callable
from dataclasses import dataclass


class Cancelled(Exception):
    """The user cancelled the work; nothing was written."""


@dataclass
class Progress:
    """Callbacks a long export calls: `step(done, total)` to report, `cancelled()` to ask."""

    step: Callable[[int, int], None] = lambda done, total: None
    cancelled: Callable[[], bool] = lambda: False

    def advance(self, done: int, total: int) -> None:
        self.check()
        self.step(done, total)

    def check(self) -> None:
        """Raise Cancelled when the user cancelled: for a step whose share of the work is not known."""
        if self.cancelled():
            raise Cancelled
