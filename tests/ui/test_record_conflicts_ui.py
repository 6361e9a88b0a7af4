"""In the window: a record changed by someone else while the form was open; the form asks, as the checklist does,
whether to overwrite it or keep what is saved (keeping is the default), and so does a deletion; and the checklist
asks the same when someone assessed a criterion first while it showed "not assessed". The questions are asked
once the save, run off the GUI thread, came back."""

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from domain import assessing
from domain.access import Principal
from domain.assessing import set_assessment
from domain.criteria import CriterionStatus
from domain.places import find_place
from domain.recording import save_record, village_records
from domain.users import Role
from tests.ui.conftest import settle
from ui import conflict_box, records_page
from ui.checklist_model import ChecklistModel

OTHER = Principal(name="bich", role=Role.SECRETARIAT, full_name="Trần Thị Bích")  # no account: shown as "bich"
VISIT = {"day": date(2025, 5, 6), "people": "Tổ hỗ trợ", "activities": "Họp dân", "agreed": ""}



def _save_elsewhere(database, plan, village_mot, kind, values, record_id=None) -> int:
    """Another person's window (another session) saves the record."""
    with database.unit_of_work(OTHER) as uow:
        return save_record(uow, kind=kind, plan_id=plan.id, village_id=village_mot, values=values,
                           record_id=record_id)


def _stored(database, kind, village_mot):
    with database.session() as session:
        return village_records(session, kind, village_mot)


@pytest.fixture
def answers(monkeypatch):
    """The questions asked (text, question, buttons, default), answered in turn from `answers.replies`."""

    class Answers(list):
        replies: list[bool] = []

    asked = Answers()

    def answer(box: QMessageBox) -> bool:
        asked.append((box.text(), box.informativeText(), [button.text() for button in box.buttons()],
                      box.buttonRole(box.defaultButton())))
        return asked.replies.pop(0)

    monkeypatch.setattr(records_page, "answered_overwrite", answer)
    return asked


def test_a_visit_changed_while_its_form_was_open_asks_and_keeps_theirs_or_overwrites(
        qtbot, small_window, village_mot, empty_database, answers):
    plan, page = small_window.plan, small_window.village_panel.pages["visits"]
    visit_id = _save_elsewhere(empty_database, plan, village_mot, "visits", VISIT)
    page.reload()
    settle(qtbot, small_window)
    page.view.selectRow(0)
    dialog = page.form(page.record_of(page.selected_record()))  # read at version 1
    _save_elsewhere(empty_database, plan, village_mot, "visits", {**VISIT, "agreed": "Làm đường"}, visit_id)

    dialog.editors["people"].setText("Tổ hỗ trợ và xã")
    answers.replies = [False]
    dialog.save()
    assert answers == []  # asked when the save came back
    settle(qtbot, small_window)
    [(text, question, buttons, default)] = answers
    assert text.startswith("Bản ghi “Đi cơ sở” này đã được bich sửa lúc ")
    assert "Hiện là: Ngày: “06/05/2025”; Cơ quan: “(trống)”; Người đi: “Tổ hỗ trợ”;" in text
    assert question.startswith("Thay đổi của bạn: Người đi: “Tổ hỗ trợ và xã”. ")
    assert buttons == ["Ghi đè bằng thay đổi của tôi", "Giữ bản đã lưu"]
    assert default == QMessageBox.ButtonRole.RejectRole
    assert dialog.result() == QDialog.DialogCode.Accepted  # the form closes on what is saved
    [kept] = _stored(empty_database, "visits", village_mot)
    assert (kept.people, kept.agreed, kept.version) == ("Tổ hỗ trợ", "Làm đường", 2)

    dialog = page.form(page.record_of(page.selected_record()))  # the list was reloaded: version 2
    _save_elsewhere(empty_database, plan, village_mot, "visits", {**VISIT, "agreed": "Làm cầu"}, visit_id)
    dialog.editors["people"].setText("Tổ hỗ trợ và xã")
    answers.replies = [True]
    dialog.save()
    settle(qtbot, small_window)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [saved] = _stored(empty_database, "visits", village_mot)
    assert (saved.people, saved.agreed, saved.version) == ("Tổ hỗ trợ và xã", "Làm đường", 4)
    assert page.model.index(0, 2).data() == "Tổ hỗ trợ và xã"


def test_deleting_a_record_changed_since_it_was_listed_asks_first(qtbot, small_window, village_mot, empty_database,
                                                                   answers, monkeypatch):
    plan, page = small_window.plan, small_window.village_panel.pages["visits"]
    visit_id = _save_elsewhere(empty_database, plan, village_mot, "visits", VISIT)
    page.reload()
    settle(qtbot, small_window)
    page.view.selectRow(0)
    _save_elsewhere(empty_database, plan, village_mot, "visits", {**VISIT, "agreed": "Làm đường"}, visit_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)

    answers.replies = [False]
    page.delete_selected()
    settle(qtbot, small_window)
    [(text, question, buttons, default)] = answers
    assert "đã được bich sửa lúc" in text and "Thống nhất, kết luận: “Làm đường”" in text
    assert (question, buttons) == ("Vẫn xóa, hay giữ bản đã lưu?", ["Vẫn xóa", "Giữ bản đã lưu"])
    assert default == QMessageBox.ButtonRole.RejectRole
    assert len(_stored(empty_database, "visits", village_mot)) == 1

    page.view.selectRow(0)
    _save_elsewhere(empty_database, plan, village_mot, "visits", {**VISIT, "agreed": "Làm cầu"}, visit_id)
    answers.replies = [True]
    page.delete_selected()
    settle(qtbot, small_window)
    assert _stored(empty_database, "visits", village_mot) == []
    assert page.model.rowCount() == 0


def test_a_household_year_someone_just_added_is_told_and_may_be_overwritten(qtbot, small_window, village_mot,
                                                                           empty_database, answers):
    plan, page = small_window.plan, small_window.village_panel.pages["households"]
    dialog = page.form()
    _save_elsewhere(empty_database, plan, village_mot, "households",
                    {"year": 2025, "minority_households": 40, "reached": 30})
    dialog.show_values({"year": 2025, "minority_households": 40, "reached": 35})
    answers.replies = [True]
    dialog.save()
    settle(qtbot, small_window)
    [(text, question, _buttons, _default)] = answers
    assert text.startswith("Bản ghi “Hộ đồng bào DTTS” này đã có, do bich ghi lúc ")
    assert "Thay đổi của bạn: Năm: “2025”; Hộ đồng bào dân tộc thiểu số: “40”; Hộ được tuyên truyền: “35”;" \
        in question
    assert [(h.reached, h.version) for h in _stored(empty_database, "households", village_mot)] == [(35, 2)]


def test_a_criterion_someone_assessed_first_while_it_showed_not_assessed_asks_in_the_checklist(
        qtbot, small_window, empty_database, monkeypatch):
    """The window read "not assessed"; another person's first save lands between its read and its insert."""
    with empty_database.session() as session:
        dak = find_place(session, small_window.plan.id, "Làng Đắk").village_id
    small_window.open_village(dak)
    settle(qtbot, small_window)
    model, year = small_window.village_panel.checklist_model, small_window.year
    assert model.row_at(2).version == 0
    real_current = assessing.current_assessment

    def read_then_let_other_save(session, *key):
        found = real_current(session, *key)
        monkeypatch.setattr(assessing, "current_assessment", real_current)
        with empty_database.unit_of_work(OTHER) as uow:
            set_assessment(uow, plan_id=small_window.plan.id, village_id=dak, criterion_id=model.row_at(2).criterion_id,
                           year=year, status=CriterionStatus.MET)
        return found

    asked: list[tuple[str, str]] = []

    def keep_theirs(_parent, conflict, _changes) -> bool:
        asked.append((str(conflict), model.index(2, ChecklistModel.COL_STATUS).data()))
        return False

    monkeypatch.setattr(assessing, "current_assessment", read_then_let_other_save)
    monkeypatch.setattr(conflict_box, "ask_overwrite", keep_theirs)
    assert model.setData(model.index(2, ChecklistModel.COL_STATUS), "in_progress")
    settle(qtbot, small_window)
    [(question, cell_meanwhile)] = asked
    assert question.startswith("Tiêu chí 3. Điện đã được bich sửa lúc ") and "Hiện là: Đạt;" in question
    assert cell_meanwhile == "Đang thực hiện …"  # asked while the cell shows what is being saved
    assert model.index(2, ChecklistModel.COL_STATUS).data() == "Đạt"  # theirs kept: the sheet read again
