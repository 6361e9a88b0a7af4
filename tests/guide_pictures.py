"""Retake the user guide's pictures of the window (resources/guide/*.png): the real window on the sample plan, as
ui/app.py shows it (translations, theme), at 1366×768 under X.

    DISPLAY=:68 uv run python -m tests.guide_pictures        # or without DISPLAY: an Xvfb of its own

Each picture is written as a palette PNG (Pillow, which reportlab brings), kept under ~150 KB so that the bundled
guide stays small. The home, configuration, data and cache folders are a temporary folder's: nothing of the
developer's own settings or database is read or changed. Not a test: pytest does not collect it."""

import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tests.benchmarks.bench_window import display

WIDTH, HEIGHT = 1366, 768
COLOURS = 96
SETTLE_S = 60
VILLAGE, YEAR = "Làng Đăk Dền", 2025
OFFICER, TEAM_LEAD = "canbo.vp", "totruong.dakden"


def _private_home() -> Path:
    home = Path(tempfile.mkdtemp(prefix="langmoi_guide_"))
    for variable, folder in (("HOME", ""), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                             ("XDG_CACHE_HOME", "cache")):
        (home / folder).mkdir(exist_ok=True)
        os.environ[variable] = str(home / folder)
    return home


def _wait(app, done: Callable[[], bool], pause_s: float = 0.3) -> None:
    deadline = time.monotonic() + SETTLE_S
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit("the window did not settle")
        app.processEvents()
        time.sleep(0.01)
    end = time.monotonic() + pause_s  # let the last paints land
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def _a_few_changes(database) -> int:
    """Some checklist changes of the year by two people and a scanned decision attached to the first criterion, so
    that the village page (with its paperclip) and the history show work; the village's id."""
    from sqlmodel import select

    from domain.access import Principal
    from domain.assessing import set_assessment
    from domain.attaching import attach_file
    from domain.attachments import AttachTarget
    from domain.criteria import Criterion
    from domain.places import find_place
    from domain.plan import Plan
    from domain.vocabulary import CriterionStatus

    with database.session() as session:
        plan = session.exec(select(Plan)).first()
        village_id = find_place(session, plan.id, VILLAGE).village_id
        criteria = session.exec(select(Criterion).where(Criterion.criteria_set_id == plan.criteria_set_id)
                                .order_by(Criterion.number)).all()
    changes = ((OFFICER, criteria[0], CriterionStatus.MET, "Quyết định phê duyệt quy hoạch số 12/QĐ-UBND"),
               (TEAM_LEAD, criteria[1], CriterionStatus.IN_PROGRESS, "Đã cứng hóa 2,1/3 km đường trục thôn"),
               (TEAM_LEAD, criteria[2], CriterionStatus.NOT_MET, ""))
    for who, criterion, status, evidence in changes:
        with database.unit_of_work(Principal.local(who)) as uow:
            set_assessment(uow, plan_id=plan.id, village_id=village_id, criterion_id=criterion.id, year=YEAR,
                           status=status, evidence=evidence or None)
    with database.unit_of_work(Principal.local(OFFICER)) as uow:
        attach_file(uow, plan_id=plan.id, target=AttachTarget.of_criterion(village_id, criteria[0].id, YEAR),
                    name="QĐ 12-QĐ-UBND.png", content=_a_scan())
    return village_id


def _a_scan() -> bytes:
    """A small grey page as a PNG: the picture of a scanned decision."""
    from PIL import Image, ImageDraw

    page = Image.new("L", (210, 297), 245)
    drawing = ImageDraw.Draw(page)
    for line in range(40, 280, 12):
        drawing.line((20, line, 190, line), fill=120)
    buffer = io.BytesIO()
    page.save(buffer, "PNG")
    return buffer.getvalue()


def _a_review_round(database, village_id: int) -> None:
    """The year's review round open with a deadline a week away: the village returned with a comment, a few other
    villages sent and approved, so that the village page shows its review strip and the progress page counts."""
    from datetime import date, timedelta

    from sqlmodel import select

    from domain.access import Principal
    from domain.places import plan_places
    from domain.plan import Plan
    from domain.reviewing import approve, open_round, return_with_comment, submit

    with database.session() as session:
        plan = session.exec(select(Plan)).first()
        others = [row.village_id for row in plan_places(session, plan.id) if row.village_id != village_id][:8]
    officer = Principal.local(OFFICER)
    with database.unit_of_work(officer) as uow:
        round_id = open_round(uow, plan_id=plan.id, year=YEAR, deadline=date.today() + timedelta(days=7))
    for sent in [village_id, *others]:
        with database.unit_of_work(Principal.local(TEAM_LEAD)) as uow:
            submit(uow, round_id=round_id, village_id=sent)
    with database.unit_of_work(officer) as uow:
        return_with_comment(uow, round_id=round_id, village_id=village_id,
                            comment="Tiêu chí 3 chưa có biên bản kiểm tra; đề nghị bổ sung rồi gửi lại.")
    for approved in others[:5]:
        with database.unit_of_work(officer) as uow:
            approve(uow, round_id=round_id, village_id=approved)


def save_picture(widget, target: Path) -> int:
    """`widget` grabbed and written to `target` as a palette PNG; its size in bytes."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().toImage().save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    image.quantize(colors=COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        target, optimize=True)
    return target.stat().st_size


def take(folder: Path) -> list[tuple[str, int]]:
    """Take every picture into `folder`; (file name, bytes) for each."""
    home = _private_home()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from domain.access import Principal
    from domain.history import HistoryFilter
    from storage.database import open_database
    from ui.app import install_translations
    from ui.history_dialog import HistoryDialog
    from ui.main_window import MainWindow
    from ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Làng Mới")
    install_translations(app)
    database = open_database(f"sqlite:///{home / 'langmoi.sqlite3'}", actor=OFFICER, with_sample=True)
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    village_id = _a_few_changes(database)
    settings.setValue("view/village_id", village_id)
    settings.setValue("view/year", YEAR)
    window = MainWindow(settings)
    apply_theme(app)
    window.setGeometry(0, 0, WIDTH, HEIGHT)
    window.show()
    window.attach(database, Principal.local(OFFICER))
    _wait(app, window.is_settled)
    taken = []

    def page(index: int, name: str, widget=None) -> None:
        window.tabs.setCurrentIndex(index)
        _wait(app, window.is_settled)
        taken.append((name, save_picture(widget or window, folder / name)))

    page(0, "cua-so.png")
    page(0, "tieu-chi.png", window.village_panel)
    page(1, "co-quan.png")
    page(3, "bieu-do.png")
    history = HistoryDialog(window, database, HistoryFilter(), window.tr("every change"), window.settings)
    history.resize(1200, 640)
    history.show()
    _wait(app, history.is_settled)
    taken.append(("lich-su.png", save_picture(history, folder / "lich-su.png")))
    history.close()
    _a_review_round(database, village_id)
    window.reload_plans(window.settings.value("view/plan_code"))
    _wait(app, window.is_settled)
    page(0, "ra-soat-thon.png", window.village_panel)
    progress = window.completeness_tab
    window.tabs.setCurrentWidget(progress.placeholder)
    _wait(app, lambda: window.is_settled() and progress.shown() and progress.view.report is not None
          and not progress.reads.pending())
    taken.append(("tien-do-ra-soat.png", save_picture(window, folder / "tien-do-ra-soat.png")))
    window.close()
    _wait(app, lambda: not window.isVisible())  # the changes made while open are backed up before it closes
    database.close()
    return taken


def main() -> None:
    from resources import resource_path

    with display():
        for name, size in take(resource_path("guide")):
            print(f"{name}: {size / 1000:.0f} KB")


if __name__ == "__main__":
    main()
