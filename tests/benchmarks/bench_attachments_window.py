"""The window with evidence files (issue 20): opening a village-year that holds 50 attached files against the same
village with none, and opening a row's list of files and scrolling it through, cold (thumbnails made) and warm
(held), measured in one run.

The sample plan, its first village given 50 files for the plan's last year (ev-core's mix of photos, scanned PDFs
and DOCX of tests/benchmarks/bench_attachments.py: 40 on its first criterion, 10 on others), its second none. Each is
opened in turn, ROUNDS times, in the real main window (offscreen); each open is timed by the GUI thread's CPU
(time.thread_time) and until the window has settled (tests/benchmarks/window_driver.py). The budget is 100 ms of
the GUI thread to open a village; the floor is the village without files. Run with
`uv run python -m tests.benchmarks.bench_attachments_window`. It measures and prints ratios; it never fails on a time.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlmodel import select  # noqa: E402

from domain.access import Principal  # noqa: E402
from domain.attaching import attach_file  # noqa: E402
from domain.attachments import AttachTarget  # noqa: E402
from domain.criteria import Criterion  # noqa: E402
from domain.plan import PlanVillage  # noqa: E402
from domain.plans import list_plans  # noqa: E402
from storage.database import open_database  # noqa: E402
from tests.benchmarks.bench_attachments import files  # noqa: E402
from tests.benchmarks.window_driver import WindowDriver, build_window  # noqa: E402

USER = Principal.local("bench")
ROUNDS = 10
BUDGET_MS = 100
LIMIT_S = 60


def _database(folder: Path) -> tuple[str, int, int, int]:
    """The sample with 50 files on its first village's last year; (url, that village, another, the year)."""
    url = f"sqlite:///{folder / 'langmoi.sqlite3'}"
    database = open_database(url, actor="bench")
    try:
        with database.session() as session:
            plan = list_plans(session)[0]
            first, second = session.exec(select(PlanVillage.village_id).where(PlanVillage.plan_id == plan.id)
                                         .order_by(PlanVillage.village_id)).all()[:2]
            criteria = session.exec(select(Criterion.id).where(Criterion.criteria_set_id == plan.criteria_set_id)
                                    .order_by(Criterion.number)).all()
        for index, (name, content) in enumerate(files()):
            criterion = criteria[0] if index % 5 else criteria[index // 5 % (len(criteria) - 1) + 1]
            target = AttachTarget.of_criterion(first, criterion, plan.last_year)
            with database.unit_of_work(USER) as uow:
                attach_file(uow, plan_id=plan.id, target=target, name=name, content=content)
        return url, first, second, plan.last_year
    finally:
        database.close()


def _median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def main() -> None:
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-attachments-window-"))
    try:
        url, with_files, without, year = _database(folder)
        database = open_database(url, actor="bench")
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("view/year", year)
        window = build_window(database, USER, settings)
        driver = WindowDriver(window, LIMIT_S)
        driver.settle()
        timings: dict[int, list] = {with_files: [], without: []}
        for _ in range(ROUNDS):
            for village in (without, with_files):
                timings[village].append(driver.time(lambda village=village: window.open_village(village)))
        panel = window.village_panel
        counted = sum(panel.checklist_model.attachment_count(row) for row in range(panel.checklist_model.rowCount()))
        assert counted == 50, f"the checklist counts {counted} files, not 50"

        cpu = {village: _median_ms([t.cpu for t in timings[village]]) for village in timings}
        settled = {village: _median_ms([t.settled for t in timings[village]]) for village in timings}
        stall = {village: max(t.stall for t in timings[village]) * 1000 for village in timings}
        print(f"Opening a village, median of {ROUNDS}, GUI thread CPU / until settled / worst stall:")
        print(f"  without files: {cpu[without]:6.1f} ms / {settled[without]:6.1f} ms / {stall[without]:6.1f} ms")
        print(f"  with 50 files: {cpu[with_files]:6.1f} ms / {settled[with_files]:6.1f} ms / "
              f"{stall[with_files]:6.1f} ms")
        print(f"  ratio with/without (GUI CPU): {cpu[with_files] / cpu[without]:.2f}; "
              f"with 50 files against the {BUDGET_MS} ms budget: {cpu[with_files] / BUDGET_MS:.2f}")
        _list(app, window, panel)
        window.close()
        database.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _list(app: QApplication, window, panel) -> None:
    """A row's list of files opened, cold (every thumbnail made) and again warm (held in memory), then scrolled
    through a row of files at a time, each screenful waited for until its pictures have their thumbnails."""
    from ui.attachment_dialog import AttachmentsDialog

    model = panel.checklist_model
    row = max(range(model.rowCount()), key=model.attachment_count)
    target, title = panel.files.criterion_target(row), panel.files.criterion_title(row)
    thumbnails = panel.files.gateway.thumbnails
    for label in ("cold", "warm"):
        cpu, start = time.thread_time(), time.perf_counter()
        dialog = AttachmentsDialog(panel.files.gateway, target, title, True, window)
        dialog.show()
        while dialog.model.rowCount() == 0:
            app.processEvents()
            time.sleep(0.001)
        listed_cpu, listed = time.thread_time() - cpu, time.perf_counter() - start
        for index in range(dialog.model.rowCount()):
            dialog.view.scrollTo(dialog.model.index(index))
            app.processEvents()  # painted
            while not all(thumbnails.known(info.sha256) for info in _on_screen(dialog.view)):
                app.processEvents()
                time.sleep(0.005)
        pictured_cpu, pictured = time.thread_time() - cpu, time.perf_counter() - start
        dialog.accept()
        print(f"List of {dialog.model.rowCount()} files ({label}): listed in {listed * 1000:.1f} ms "
              f"(GUI CPU {listed_cpu * 1000:.1f} ms), scrolled through with every thumbnail in "
              f"{pictured * 1000:.1f} ms (GUI CPU {pictured_cpu * 1000:.1f} ms)")


def _on_screen(view) -> list:
    """The pictures (images, PDFs) whose cells are on screen."""
    from ui.attachment_model import INFO_ROLE, PICTURED

    model, area = view.model(), view.viewport().rect()
    indexes = (model.index(row) for row in range(model.rowCount()))
    return [index.data(INFO_ROLE) for index in indexes
            if index.data(INFO_ROLE).media_type in PICTURED and view.visualRect(index).intersects(area)]


if __name__ == "__main__":
    main()
