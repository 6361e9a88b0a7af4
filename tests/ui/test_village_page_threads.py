"""The village page never touches the database on the GUI thread (issue 14): its records are read, and its records
and checklist saved, off it; what the user sees meanwhile (the list being read, the form saving, the cell being
saved), the order of quick saves, and closing the window while a save runs."""

import threading
from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import event

from domain.access import Principal
from domain.criteria import CriterionStatus
from domain.places import find_place
from domain.progress import plan_progress
from domain.recording import save_record
from domain.users import Role
from domain.village_detail import checklist
from tests.ui.conftest import SETTLE_S, settle
from ui.checklist_model import ChecklistModel

OTHER = Principal(name="bich", role=Role.SECRETARIAT, full_name="Trần Thị Bích")
STATUS, EVIDENCE = ChecklistModel.COL_STATUS, ChecklistModel.COL_EVIDENCE


def _village(database, plan, name: str) -> int:
    with database.session() as session:
        return find_place(session, plan.id, name).village_id


def _visit_elsewhere(database, plan, village_id: int, people: str) -> None:
    with database.unit_of_work(OTHER) as uow:
        save_record(uow, kind="visits", plan_id=plan.id, village_id=village_id,
                    values={"day": date(2025, 5, 6), "people": people, "activities": "Họp dân"})


def _people(page) -> list[str]:
    return [page.model.row_at(row).people for row in range(page.model.rowCount())]


def _checklist(database, window, village_id: int) -> dict[int, object]:
    with database.session() as session:
        return {row.number: row for row in checklist(session, window.plan, village_id, window.year)}


@contextmanager
def _held(monkeypatch, owner, name: str, when=lambda *args: True):
    """`owner.name` held until the block ends (or is released) for the calls `when(*args)` picks."""
    release, started = threading.Event(), threading.Event()
    real = getattr(owner, name)

    def held(*args):
        if when(*args):
            started.set()
            release.wait(SETTLE_S)
        return real(*args)

    monkeypatch.setattr(owner, name, held)
    try:
        yield release, started
    finally:
        release.set()


class GuiThreadStatements:
    """The SQL statements sent from the GUI thread while counting (as tests/benchmarks/window_run.py counts them)."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.sent: list[str] = []

    def _executed(self, _connection, _cursor, statement, *_rest) -> None:
        if threading.current_thread() is threading.main_thread():
            self.sent.append(statement)

    def __enter__(self):
        event.listen(self.engine, "before_cursor_execute", self._executed)
        return self

    def __exit__(self, *_exc) -> None:
        event.remove(self.engine, "before_cursor_execute", self._executed)


def test_no_statement_from_the_gui_thread_to_show_a_village_switch_the_year_save_a_status_and_a_visit(
        qtbot, monkeypatch, small_window, empty_database):
    window, plan = small_window, small_window.plan
    dak = _village(empty_database, plan, "Làng Đắk")
    with GuiThreadStatements(empty_database.engine) as counted:
        window.open_village(dak)
        settle(qtbot, window)
        window.year_combo.setCurrentIndex(window.year_combo.findData(2024))
        settle(qtbot, window)
        model = window.village_panel.checklist_model
        row = next(r for r in range(model.rowCount()) if model.row_at(r).status != CriterionStatus.MET)
        with qtbot.waitSignal(window.settled, timeout=SETTLE_S * 1000):
            assert model.setData(model.index(row, STATUS), CriterionStatus.MET.value)
        page = window.village_panel.pages["visits"]
        dialog = page.form()
        dialog.show_values({"day": date(2024, 5, 6), "people": "Tổ hỗ trợ", "activities": "Họp dân"})
        dialog.save()
        settle(qtbot, window)
        assert dialog.result() == QDialog.DialogCode.Accepted and _people(page) == ["Tổ hỗ trợ"]
        with qtbot.waitSignal(model.saved, timeout=SETTLE_S * 1000):
            assert model.setData(model.index(row, EVIDENCE), "Biên bản số 9")
        settle(qtbot, window)
        monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
        page.view.selectRow(0)
        page.delete_selected()
        settle(qtbot, window)
    assert counted.sent == []
    assert _people(page) == [] and model.index(row, STATUS).data() == "Đạt"
    saved = _checklist(empty_database, window, dak)[row + 1]
    assert (saved.status, saved.evidence) == (CriterionStatus.MET, "Biên bản số 9")


def test_the_records_shown_are_the_villages_now_shown_never_those_read_for_one_chosen_before(
        qtbot, monkeypatch, small_window, empty_database):
    window, plan = small_window, small_window.plan
    mot, dak = _village(empty_database, plan, "Làng Mới"), _village(empty_database, plan, "Làng Đắk")
    _visit_elsewhere(empty_database, plan, mot, "Tổ của Làng Mới")
    _visit_elsewhere(empty_database, plan, dak, "Tổ của Làng Đắk")
    page = window.village_panel.pages["visits"]
    def of_mot(_plan, village_id: int) -> bool:
        return village_id == mot

    with _held(monkeypatch, window.gateway, "village_records", of_mot) as (release, _):
        window.open_village(mot)
        qtbot.waitUntil(lambda: page.note.isVisibleTo(page), timeout=SETTLE_S * 1000)  # its rows are being read
        assert page.note.text() == "Đang đọc các bản ghi…" and not page.view.isEnabled()
        assert window.village_panel.title.text() == "Làng Mới" and _people(page) == []  # no other village's rows
        window.open_village(dak)
        settle(qtbot, window)
        assert _people(page) == ["Tổ của Làng Đắk"] and not page.note.isVisibleTo(page) and page.view.isEnabled()
        release.set()
        qtbot.waitUntil(lambda: window.reads.running() == 0, timeout=SETTLE_S * 1000)
        qtbot.wait(50)
    assert window.village_panel.title.text() == "Làng Đắk"
    assert _people(page) == ["Tổ của Làng Đắk"]


def test_a_record_form_waits_greyed_for_its_save_and_the_window_follows_only_once_saved(
        qtbot, monkeypatch, small_window, village_mot, empty_database):
    window = small_window
    page = window.village_panel.pages["visits"]
    changed: list[bool] = []
    window.gateway.changed.connect(lambda: changed.append(True))
    dialog = page.form()
    dialog.show()
    dialog.show_values({"day": date(2025, 5, 6), "people": "Tổ hỗ trợ", "activities": "Họp dân"})
    with _held(monkeypatch, window.gateway, "save") as (release, started):
        dialog.save()
        qtbot.waitUntil(started.is_set, timeout=SETTLE_S * 1000)
        assert dialog.ui.savingNote.text() == "Đang lưu…" and dialog.ui.savingNote.isVisible()
        assert not dialog.editors["people"].isEnabled() and not dialog.ui.buttons.isEnabled()
        dialog.reject()  # Esc or the title bar's close while saving: the form stays, to show how the save ends
        assert dialog.isVisible() and not window.is_settled() and changed == []
        release.set()
        settle(qtbot, window)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert changed == [True]
    assert _people(page) == ["Tổ hỗ trợ"]
    tabs = window.village_panel.tabs
    assert tabs.tabText(tabs.indexOf(page)) == "Đi cơ sở (1)"


def test_a_status_being_saved_is_shown_marked_then_as_read_back(qtbot, monkeypatch, small_window, village_mot,
                                                               empty_database):
    window = small_window
    model = window.village_panel.checklist_model
    cell = model.index(0, STATUS)
    with _held(monkeypatch, window.plan_gateway, "save_assessment") as (release, started):
        assert model.setData(cell, CriterionStatus.IN_PROGRESS.value)
        qtbot.waitUntil(started.is_set, timeout=SETTLE_S * 1000)
        assert cell.data() == "Đang thực hiện …" and cell.data(Qt.ItemDataRole.ToolTipRole) == "Đang lưu…"
        release.set()
        with qtbot.waitSignal(model.saved, timeout=SETTLE_S * 1000):
            pass
    settle(qtbot, window)
    assert cell.data() == "Đang thực hiện" and not model.is_pending(0)
    saved = _checklist(empty_database, window, village_mot)[1]
    assert (saved.status, model.row_at(0).version) == (CriterionStatus.IN_PROGRESS, saved.version)


def test_quick_saves_of_two_criteria_and_twice_of_one_all_land_in_order(qtbot, small_window, village_mot,
                                                                       empty_database):
    window = small_window
    model = window.village_panel.checklist_model
    assert model.setData(model.index(0, STATUS), CriterionStatus.MET.value)
    assert model.setData(model.index(1, STATUS), CriterionStatus.MET.value)
    assert model.setData(model.index(1, EVIDENCE), "Biên bản số 9")  # the same row again, before its save is back
    assert [model.is_pending(0), model.is_pending(1)] == [True, True]
    settle(qtbot, window)
    saved = _checklist(empty_database, window, village_mot)
    assert (saved[1].status, saved[2].status, saved[2].evidence) == (
        CriterionStatus.MET, CriterionStatus.MET, "Biên bản số 9")
    assert [model.index(row, STATUS).data() for row in (0, 1)] == ["Đạt", "Đạt"]
    assert model.index(1, EVIDENCE).data() == "Biên bản số 9" and not model.is_pending(1)
    assert model.row_at(1).version == saved[2].version
    with empty_database.session() as session:
        assert window.progress == plan_progress(session, window.plan, window.year, window.places)


def test_a_refused_evidence_is_said_and_the_cell_shows_what_it_held(qtbot, monkeypatch, small_window, village_mot):
    window = small_window
    model = window.village_panel.checklist_model
    held = model.index(0, EVIDENCE).data()
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: warnings.append((title, text)))
    assert model.setData(model.index(0, EVIDENCE), "x" * 4001)
    settle(qtbot, window)
    [(title, text)] = warnings
    assert title == "Chưa lưu" and text.startswith("Chưa lưu. Minh chứng") and "4.000" in text, text
    assert model.index(0, EVIDENCE).data() == held and not model.is_pending(0)


def test_closing_during_a_save_finishes_it_and_never_starts_the_next(qtbot, monkeypatch, small_window, village_mot,
                                                                      empty_database):
    window = small_window
    model = window.village_panel.checklist_model
    with _held(monkeypatch, window.plan_gateway, "save_assessment",
               lambda plan, village_id, year, row, changes, expected: row.number == 1) as (release, started):
        assert model.setData(model.index(0, STATUS), CriterionStatus.MET.value)
        assert model.setData(model.index(1, STATUS), CriterionStatus.MET.value)  # waits its turn
        qtbot.waitUntil(started.is_set, timeout=SETTLE_S * 1000)
        window.close()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=SETTLE_S * 1000)  # not waiting for the save
        assert not release.is_set()
        threading.Timer(0.2, release.set).start()
        window.gateway.saves.finish()  # what the application does when it quits, before closing the database
    saved = _checklist(empty_database, window, village_mot)
    assert saved[1].status == CriterionStatus.MET  # the save running was finished
    assert saved[2].status != CriterionStatus.MET  # the one waiting was never started

