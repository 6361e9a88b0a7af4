"""Real processes, killed for real: a fork server that starts writers in milliseconds, and one kill of one
writer at a chosen moment after it said READY. Usable by any test that needs a second process on a file."""

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
READY_TIMEOUT = 60.0
POLL = 0.002


class ForkServer:
    """`python -m tests.crash.writer --serve` with the project's interpreter; one writer at a time per server."""

    def __init__(self) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "tests.crash.writer", "--serve"], cwd=ROOT,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8")
        self._expect("SERVING")

    def _expect(self, word: str) -> list[str]:
        line = self.process.stdout.readline()
        if not line.startswith(word):
            raise RuntimeError(f"the fork server said {line!r} instead of {word}")
        return line.split()

    def _send(self, *parts: object) -> None:
        self.process.stdin.write("\t".join(str(part) for part in parts) + "\n")
        self.process.stdin.flush()

    def start(self, kind: str, database: Path, out: Path, extra: str = "", count: int | None = None,
              kill_at: int | None = None) -> int:
        self._send("RUN", kind, database, out, extra or "-", "-" if count is None else count,
                   "-" if kill_at is None else kill_at)
        return int(self._expect("PID")[1])

    def wait(self, pid: int) -> int:
        """The writer's exit code once it is gone (-9 when killed)."""
        self._send("WAIT", pid)
        return int(self._expect("DONE")[2])

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=10)
        self.process.stdout.close()


@dataclass(frozen=True)
class Run:
    lines: list[str]
    """Every complete line the writer printed (a line cut by the kill is left out)."""
    exit_code: int
    errors: str
    killed: bool
    lasted: float
    """Seconds from READY until the writer was gone."""


def _output(out: Path) -> str:
    path = out.with_name(out.name + ".out")
    return path.read_text(encoding="utf-8") if path.exists() else ""


def run_writer(server: ForkServer, kind: str, database: Path, out: Path, *, delay: float | None = None,
               extra: str = "", count: int | None = None, kill_at: int | None = None) -> Run:
    """Start a writer; `delay` seconds after it said READY kill it with SIGKILL (None: let it finish), or let it
    kill itself at its kill point `kill_at` (0: count them only; see steps.py)."""
    pid = server.start(kind, database, out, extra, count, kill_at)
    deadline = time.monotonic() + READY_TIMEOUT
    while "READY\n" not in (text := _output(out)) and "FAILED\n" not in text and time.monotonic() < deadline:
        time.sleep(POLL)
    ready = time.monotonic()
    killed = False
    if delay is not None:
        if "READY\n" in text:
            time.sleep(delay)
        killed = "DONE\n" not in _output(out)
        os.kill(pid, signal.SIGKILL)
    exit_code = server.wait(pid)
    killed = killed or (kill_at is not None and exit_code == -signal.SIGKILL)
    lasted = time.monotonic() - ready
    text = _output(out)
    errors = out.with_name(out.name + ".err")
    return Run(text.splitlines()[:text.count("\n")], exit_code, errors.read_text(encoding="utf-8")
               if errors.exists() else "", killed and exit_code == -signal.SIGKILL, lasted)
