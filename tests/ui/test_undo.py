"""Undo and redo in the window (Sửa → Hoàn tác / Làm lại): a checklist status and a record added, changed and
deleted, each undo a new audited save read back from the database; a refused undo leaves the stack where it was and
says why; the stack is cleared when the plan is read again."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlmodel import select

from domain import attaching
from domain.access import Principal
from domain.assessing import current_assessment, set_assessment
from domain.attaching import attach_file
from domain.attachments import AttachTarget
from domain.audit import AuditEvent
from domain.criteria import CriterionStatus
from domain.recording import delete_record, village_records
from domain.users import Role
from tests.conftest import OFFICER as WINDOW_USER
from tests.evidence import jpeg_bytes, noise_jpeg, pdf_bytes
from tests.ui.conftest import settle
from ui import assessment_saving
from ui.attachment_gateway import Target
from ui.checklist_model import ChecklistModel

OTHER = Principal(name="bich", role=Role.SECRETARIAT, full_name="Trần Thị Bích")
VISIT = {"day": date(2025, 5, 6), "people": "Tổ hỗ trợ", "activities": "Họp dân", "agreed": ""}


def _status_of(database, village_id, criterion_id, year):
    with database.session() as session:
        found = current_assessment(session, village_id, criterion_id, year)
        return found.status if found else CriterionStatus.NOT_ASSESSED


def _audit(database, entity):
    with database.session() as session:
        return session.exec(select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id)).all()


def _edit_menu(window):
    return next(action.menu() for action in window.ui.menuBar.actions()
                if action.menu() is not None and action.menu().objectName() == "editMenu")


def _set_status(qtbot, window, status: CriterionStatus):
    model = window.village_panel.checklist_model
    assert model.setData(model.index(0, ChecklistModel.COL_STATUS), status.value, Qt.ItemDataRole.EditRole)
    settle(qtbot, window)


def test_the_edit_menu_follows_the_file_menu_with_undo_and_redo(small_window):
    titles = [action.text() for action in small_window.ui.menuBar.actions()]
    assert titles.index("&Sửa") == titles.index(small_window.ui.fileMenu.title()) + 1
    menu = _edit_menu(small_window)
    undo, redo = menu.actions()
    assert (undo.text(), undo.isEnabled()) == ("&Hoàn tác", False)
    assert undo.shortcut().toString() == "Ctrl+Z"
    assert [key.toString() for key in redo.shortcuts()] == ["Ctrl+Y", "Ctrl+Shift+Z"]


def test_a_status_undone_and_redone_is_saved_each_time_and_audited(qtbot, small_window, village_mot, empty_database):
    window = small_window
    row = window.village_panel.checklist_model.row_at(0)
    _set_status(qtbot, window, CriterionStatus.MET)
    assert _status_of(empty_database, village_mot, row.criterion_id, window.year) == CriterionStatus.MET
    undo, redo = _edit_menu(window).actions()
    assert undo.text() == f"&Hoàn tác: trạng thái tiêu chí {row.number} – Làng Mới"

    undo.trigger()
    settle(qtbot, window)
    assert _status_of(empty_database, village_mot, row.criterion_id, window.year) == CriterionStatus.NOT_ASSESSED
    assert window.village_panel.checklist_model.row_at(0).status == CriterionStatus.NOT_ASSESSED
    assert (window.undo_stack.index(), window.undo_stack.canRedo()) == (0, True)
    assert redo.text() == f"&Làm lại: trạng thái tiêu chí {row.number} – Làng Mới"

    redo.trigger()
    settle(qtbot, window)
    assert _status_of(empty_database, village_mot, row.criterion_id, window.year) == CriterionStatus.MET
    assert window.village_panel.checklist_model.row_at(0).status == CriterionStatus.MET
    statuses = [(event.old_value, event.new_value) for event in _audit(empty_database, "assessment")
                if event.field == "status"]
    assert statuses == [("not_assessed", "met"), ("met", "not_assessed"), ("not_assessed", "met")]


def test_an_undo_refused_by_another_pcs_change_kept_leaves_the_stack(qtbot, small_window, village_mot,
                                                                     empty_database, monkeypatch):
    window = small_window
    row = window.village_panel.checklist_model.row_at(0)
    _set_status(qtbot, window, CriterionStatus.MET)
    with empty_database.unit_of_work(OTHER) as uow:  # another PC sets it meanwhile
        set_assessment(uow, plan_id=window.plan.id, village_id=village_mot, criterion_id=row.criterion_id,
                       year=window.year, status=CriterionStatus.IN_PROGRESS)
    asked = []
    monkeypatch.setattr(assessment_saving.conflict_box, "ask_overwrite",
                        lambda parent, conflict, changes: asked.append(str(conflict)) or False)
    window.undo.undo()
    settle(qtbot, window)
    assert asked and "bich" in asked[0]
    assert _status_of(empty_database, village_mot, row.criterion_id, window.year) == CriterionStatus.IN_PROGRESS
    assert (window.undo_stack.index(), window.undo_stack.canUndo()) == (1, True)  # still to be undone


def _visit_page(window):
    return window.village_panel.pages["visits"]


def _add_visit(qtbot, window, values=VISIT):
    dialog = _visit_page(window).form()
    dialog.show_values(values)
    dialog.save()
    settle(qtbot, window)


def test_a_record_added_changed_and_deleted_is_undone_and_redone(qtbot, small_window, village_mot, empty_database,
                                                                  monkeypatch):
    window, page = small_window, _visit_page(small_window)
    undo, redo = _edit_menu(window).actions()
    _add_visit(qtbot, window)
    assert undo.text() == "&Hoàn tác: thêm Đi cơ sở “06/05/2025 – Tổ hỗ trợ” – Làng Mới"
    page.view.selectRow(0)
    dialog = page.form(page.record_of(page.selected_record()))
    dialog.editors["people"].setText("Tổ hỗ trợ và xã")
    dialog.save()
    settle(qtbot, window)
    assert undo.text() == "&Hoàn tác: sửa Đi cơ sở “06/05/2025 – Tổ hỗ trợ và xã” – Làng Mới"
    page.view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    page.delete_selected()
    settle(qtbot, window)
    assert village_records(empty_database.session(), "visits", village_mot) == []

    undo.trigger()  # the deletion: the visit back, as it was changed
    settle(qtbot, window)
    [visit] = village_records(empty_database.session(), "visits", village_mot)
    assert (visit.people, visit.activities, visit.day) == ("Tổ hỗ trợ và xã", "Họp dân", date(2025, 5, 6))
    assert page.model.rowCount() == 1
    undo.trigger()  # the change
    settle(qtbot, window)
    [visit] = village_records(empty_database.session(), "visits", village_mot)
    assert visit.people == "Tổ hỗ trợ"
    undo.trigger()  # the addition
    settle(qtbot, window)
    assert village_records(empty_database.session(), "visits", village_mot) == []
    assert not window.undo_stack.canUndo()

    for _ in range(3):
        redo.trigger()
        settle(qtbot, window)
    assert village_records(empty_database.session(), "visits", village_mot) == []  # added, changed, deleted again
    people = [(event.old_value, event.new_value) for event in _audit(empty_database, "visit")
              if event.field == "people"]
    assert people == [(None, "Tổ hỗ trợ"), ("Tổ hỗ trợ", "Tổ hỗ trợ và xã"), ("Tổ hỗ trợ và xã", None),
                      (None, "Tổ hỗ trợ và xã"), ("Tổ hỗ trợ và xã", "Tổ hỗ trợ"), ("Tổ hỗ trợ", None),
                      (None, "Tổ hỗ trợ"), ("Tổ hỗ trợ", "Tổ hỗ trợ và xã"), ("Tổ hỗ trợ và xã", None)]
    assert {event.actor for event in _audit(empty_database, "visit")} == {"tester"}


def _refused_undo(qtbot, window, monkeypatch) -> str:
    """Undo, which the window refuses in one warning titled “Chưa hoàn tác”: the warning's text."""
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append((title, text)))
    window.undo.undo()
    settle(qtbot, window)
    [(title, text)] = warnings
    assert title == "Chưa hoàn tác"
    return text


def test_an_undo_of_a_record_deleted_elsewhere_is_refused_and_said(qtbot, small_window, village_mot,
                                                                   empty_database, monkeypatch):
    window, page = small_window, _visit_page(small_window)
    _add_visit(qtbot, window)
    page.view.selectRow(0)
    dialog = page.form(page.record_of(page.selected_record()))
    dialog.editors["people"].setText("Tổ hỗ trợ và xã")
    dialog.save()
    settle(qtbot, window)
    [visit] = village_records(empty_database.session(), "visits", village_mot)
    with empty_database.unit_of_work(OTHER) as uow:
        delete_record(uow, kind="visits", plan_id=window.plan.id, village_id=village_mot, record_id=visit.id)
    text = _refused_undo(qtbot, window, monkeypatch)
    assert "đã được bich xóa lúc" in text
    assert (window.undo_stack.index(), window.undo_stack.count()) == (2, 2)


def test_the_stack_is_cleared_when_the_plan_is_read_again(qtbot, small_window, village_mot):
    _set_status(qtbot, small_window, CriterionStatus.MET)
    assert small_window.undo_stack.count() == 1
    small_window.reload_plans(small_window.plan.code)
    settle(qtbot, small_window)
    assert small_window.undo_stack.count() == 0


def test_an_undo_made_with_another_village_shown_reaches_the_first(qtbot, small_window, village_mot, empty_database):
    from domain.places import find_place

    window = small_window
    row = window.village_panel.checklist_model.row_at(0)
    _set_status(qtbot, window, CriterionStatus.MET)
    met_before = window.progress.by_village[village_mot].met
    with empty_database.session() as session:
        other = find_place(session, window.plan.id, "Làng Đắk").village_id
    window.open_village(other)
    settle(qtbot, window)
    window.undo.undo()
    settle(qtbot, window)
    assert _status_of(empty_database, village_mot, row.criterion_id, window.year) == CriterionStatus.NOT_ASSESSED
    assert window.progress.by_village[village_mot].met == met_before - 1  # its figures read again
    assert window.village_id == other and window.undo_stack.index() == 0


def _visit_files(window, village_id, visit_id) -> list[tuple[str, bytes]]:
    """The visit's files (name, content) as the window's files gateway reads them."""
    gateway = window.village_panel.files.gateway
    return [(info.name, gateway.content(info.id)) for info in gateway.listed(Target(village_id, "visits", visit_id))]


def test_an_undone_deletion_brings_the_record_back_with_its_files(qtbot, small_window, village_mot, empty_database,
                                                                  monkeypatch):
    window, page = small_window, _visit_page(small_window)
    _add_visit(qtbot, window)
    [visit] = village_records(empty_database.session(), "visits", village_mot)
    files = [("Biên bản làm việc.pdf", pdf_bytes(2)), ("ảnh buổi họp.jpg", jpeg_bytes(320, 240, "#336699"))]
    for name, content in files:
        with empty_database.unit_of_work(WINDOW_USER) as uow:
            attach_file(uow, plan_id=window.plan.id, target=AttachTarget.of_record(village_mot, "visits", visit.id),
                        name=name, content=content)
    page.view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    page.delete_selected()
    settle(qtbot, window)
    assert village_records(empty_database.session(), "visits", village_mot) == []
    assert _visit_files(window, village_mot, visit.id) == []

    undo, redo = _edit_menu(window).actions()
    undo.trigger()
    settle(qtbot, window)
    [back] = village_records(empty_database.session(), "visits", village_mot)
    assert (back.day, back.people) == (VISIT["day"], VISIT["people"])
    assert _visit_files(window, village_mot, back.id) == files
    assert page.model.rowCount() == 1
    assert page.attachment_counts == {back.id: 2}, "the list's paperclip says 2"
    notes = [(event.old_value, event.new_value, event.context.rsplit("; ", 1)[-1])
             for event in _audit(empty_database, "attachment")]
    assert notes == [(None, "Biên bản làm việc.pdf", "type=application/pdf"),
                     (None, "ảnh buổi họp.jpg", "type=image/jpeg"),
                     ("Biên bản làm việc.pdf", None, "gỡ tệp cùng bản ghi"),
                     ("ảnh buổi họp.jpg", None, "gỡ tệp cùng bản ghi"),
                     (None, "Biên bản làm việc.pdf", "khôi phục cùng bản ghi"),
                     (None, "ảnh buổi họp.jpg", "khôi phục cùng bản ghi")]

    redo.trigger()  # deleted again, the files with it; undone again: back again, with them
    settle(qtbot, window)
    assert village_records(empty_database.session(), "visits", village_mot) == []
    undo.trigger()
    settle(qtbot, window)
    [again] = village_records(empty_database.session(), "visits", village_mot)
    assert _visit_files(window, village_mot, again.id) == files


def test_an_undone_deletion_whose_files_no_longer_fit_is_refused_whole(qtbot, small_window, village_mot,
                                                                      empty_database, monkeypatch):
    window, page = small_window, _visit_page(small_window)
    _add_visit(qtbot, window)
    [visit] = village_records(empty_database.session(), "visits", village_mot)
    photo = noise_jpeg(600_000)
    monkeypatch.setattr(attaching, "MAX_VILLAGE_YEAR_BYTES", len(photo) + 1000)
    with empty_database.unit_of_work(WINDOW_USER) as uow:
        attach_file(uow, plan_id=window.plan.id, target=AttachTarget.of_record(village_mot, "visits", visit.id),
                    name="ảnh.jpg", content=photo)
    page.view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    page.delete_selected()
    settle(qtbot, window)
    with empty_database.unit_of_work(WINDOW_USER) as uow:  # the year's room taken meanwhile
        attach_file(uow, plan_id=window.plan.id, target=AttachTarget.of_criterion(
            village_mot, window.village_panel.checklist_model.row_at(0).criterion_id, 2025),
            name="Quyết định.pdf", content=pdf_bytes(2))
    text = _refused_undo(qtbot, window, monkeypatch)
    assert "“ảnh.jpg”" in text and "sẽ quá giới hạn" in text
    assert village_records(empty_database.session(), "visits", village_mot) == []  # nor the record without it
    assert (window.undo_stack.index(), window.undo_stack.canUndo()) == (2, True)
