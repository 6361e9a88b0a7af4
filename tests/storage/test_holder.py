"""One writer per SQLite file, with real processes: a second writer is refused and told who holds the file,
may look at it read-only (and sees what the holder committed), and takes the hold over once the holder died."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from sqlmodel import select

from domain.access import Principal
from domain.errors import DomainError
from domain.plan import Plan
from domain.plans import remove_sample_plans
from storage.database import open_database
from storage.errors import DatabaseHeld
from storage.holder import lock_file
from tests.conftest import ACTOR
from tests.workbooks import annex, write_annex

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 60


def _start_holder(url: str, *options: str) -> subprocess.Popen:
    """A second program that opens `url` for writing and waits; returns once it says it holds the file."""
    holder = subprocess.Popen([sys.executable, "-m", "tests.storage.hold_open", url, *options], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = holder.stdout.readline()
    if line.strip() != "held":
        holder.kill()
        pytest.fail(f"the holder did not start: {line}{holder.communicate(timeout=TIMEOUT)[1]}")
    return holder


@pytest.fixture
def holder_of(db_path):
    started: list[subprocess.Popen] = []

    def start(*options: str) -> subprocess.Popen:
        started.append(_start_holder(f"sqlite:///{db_path}", *options))
        return started[-1]

    yield start
    for process in started:
        process.kill()
        process.communicate(timeout=TIMEOUT)  # reaps it and closes its pipes


def _held_line(db_path: Path) -> str:
    """The refusal as the holder's record says it: user, PC, since (local time, dd/mm/yyyy HH:MM)."""
    record = json.loads(lock_file(db_path).read_text(encoding="utf-8"))
    since = datetime.fromisoformat(record["since"]).astimezone().strftime("%d/%m/%Y %H:%M")
    return (f"Tệp “{db_path}” đang được mở để ghi bởi holder trên máy {socket.gethostname()} từ {since}; "
            "đóng chương trình ở đó rồi thử lại.")


def _command(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=TIMEOUT)


def test_a_second_writer_is_refused_until_the_holder_dies(db_path, tmp_path, holder_of):
    holder = holder_of()
    workbook = write_annex(tmp_path / "phu_luc.xlsx", annex())
    record = json.loads(lock_file(db_path).read_text(encoding="utf-8"))
    assert (record["user"], record["host"], record["pid"]) == ("holder", socket.gethostname(), holder.pid)

    refused = _command("--db", str(db_path), "import-plan", str(workbook))
    assert (refused.returncode, refused.stdout) == (2, "")
    assert refused.stderr == f"langmoi: {_held_line(db_path)}\n"

    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(TIMEOUT)
    taken_over = _command("--db", str(db_path), "import-plan", str(workbook))
    assert (taken_over.returncode, taken_over.stderr) == (0, "")
    assert taken_over.stdout.splitlines()[-1].startswith("Đã tạo kế hoạch 1-KH/TEST")
    assert not lock_file(db_path).exists()  # released when the command ended


def test_the_second_opener_looks_read_only_at_what_the_holder_committed(db_path, holder_of):
    holder_of("--with-plan")
    with pytest.raises(DatabaseHeld) as held:
        open_database(f"sqlite:///{db_path}", actor=ACTOR)
    assert (held.value.user, held.value.host) == ("holder", socket.gethostname())

    looking = open_database(f"sqlite:///{db_path}", actor=ACTOR, read_only=True)
    try:
        assert looking.read_only
        with looking.session() as session:
            assert [plan.code for plan in session.exec(select(Plan))] == ["1-KH/TEST"]
        with pytest.raises(DomainError) as refused, looking.unit_of_work(Principal.local(ACTOR)) as uow:
            remove_sample_plans(uow)
        assert str(refused.value) == "Chưa làm: cơ sở dữ liệu đang mở chỉ để xem, không ghi được thay đổi nào."
    finally:
        looking.close()


def test_an_export_reads_a_held_file_and_says_so(db_path, tmp_path, holder_of):
    holder_of("--with-plan")
    out = tmp_path / "ke_hoach.xlsx"
    exported = _command("--db", str(db_path), "export", "plan", str(out))
    assert exported.returncode == 0, exported.stderr
    situation = _held_line(db_path).removesuffix("; đóng chương trình ở đó rồi thử lại.")
    assert exported.stderr == f"langmoi: lưu ý: t{situation[1:]}; lệnh này chỉ đọc nên mở tệp chỉ để xem.\n"
    assert exported.stdout.startswith("Đã ghi kế hoạch 1-KH/TEST") and out.is_file()


def test_one_process_may_open_its_file_again_and_holds_it_until_the_last_close(db_path, holder_of):
    url = f"sqlite:///{db_path}"
    first = open_database(url, actor=ACTOR, with_sample=False)
    second = open_database(url, actor=ACTOR)
    first.close()
    probe = [sys.executable, "-c", "from pathlib import Path; import sys; from storage.holder import take_hold; "
             "from storage.errors import DatabaseHeld\ntry: take_hold(Path(sys.argv[1]), 'probe')\n"
             "except DatabaseHeld as held: print(held.user)\nelse: print('free')", str(db_path)]
    assert subprocess.run(probe, cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT).stdout == f"{ACTOR}\n"
    second.close()
    assert subprocess.run(probe, cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT).stdout == "free\n"


CONTENDER = """
import os, sys, time
from pathlib import Path
from storage.errors import DatabaseHeld
from storage.holder import take_hold
db, marker, won, refused, until = Path(sys.argv[1]), Path(sys.argv[2]), 0, 0, float(sys.argv[3])
while time.time() < until:
    try:
        hold = take_hold(db, "contender")
    except DatabaseHeld:
        refused += 1
        continue
    os.close(os.open(marker, os.O_CREAT | os.O_EXCL))  # FileExistsError if the other one holds it too
    time.sleep(0.001)
    os.unlink(marker)
    hold.release()
    won += 1
    time.sleep(0.001)  # the other one's turn
print(won, refused)
"""


def test_two_processes_taking_and_releasing_the_hold_never_hold_it_together(db_path, tmp_path):
    """The side file is removed on release while still locked; a lock won on a removed file is not a hold."""
    until = str(time.time() + 3)  # both started (well under a second each), then contending for the rest
    contenders = [subprocess.Popen([sys.executable, "-c", CONTENDER, str(db_path), str(tmp_path / "inside"), until],
                                   cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                  for _ in range(2)]
    results = [contender.communicate(timeout=TIMEOUT) for contender in contenders]
    assert [contender.returncode for contender in contenders] == [0, 0], results
    counts = [tuple(map(int, out.split())) for out, _ in results]  # (won, refused) each
    # They really contended: holds were taken, and one was refused while the other held. Which one wins how
    # often is the scheduler's business (a refused one re-reads the holder's record, so it can lose every race).
    assert sum(won for won, _ in counts) > 0 and sum(refused for _, refused in counts) > 0, results
    assert not lock_file(db_path).exists()
