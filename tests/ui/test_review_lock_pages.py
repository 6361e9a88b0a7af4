"""The record pages under a review lock (issue 19), with the real widgets: once the secretariat approved the village's
year, the kinds a year puts records in (visits, the checklist...) are read-only, their buttons saying the lock's
sentence, while the models (they span years) and contacts (no year), which the domain does not lock, stay open; a
concern raised in the year opens with only its follow-up (status, forwarded to, resolution, resolved on) open."""

from datetime import date

from PySide6.QtWidgets import QDialog

from domain.places import find_place
from domain.recording import FOLLOW_UP, save_record, village_records
from domain.reviewing import approve, open_round, submit
from tests.conftest import OFFICER
from tests.ui.conftest import settle
from tests.ui.test_review_flow_ui import _editable, _open


def _approve(database, plan_id: int, village_id: int) -> None:
    """The secretariat opens the 2026 round, receives the village's report and approves it: 2026 is locked."""
    with database.unit_of_work(OFFICER) as uow:
        round_id = open_round(uow, plan_id=plan_id, year=2026, deadline=date(2026, 12, 31))
    with database.unit_of_work(OFFICER) as uow:
        submit(uow, round_id=round_id, village_id=village_id)
    with database.unit_of_work(OFFICER) as uow:
        approve(uow, round_id=round_id, village_id=village_id)


def test_after_approval_visits_are_locked_and_a_model_is_still_saved(qtbot, empty_database, small_plan):
    with empty_database.session() as session:
        village_id = find_place(session, small_plan.id, "Thôn 1, Xã Một").village_id
    _approve(empty_database, small_plan.id, village_id)

    window = _open(qtbot, empty_database, OFFICER)
    panel = window.village_panel
    lock = panel.read_only_label.text()
    assert panel.read_only_label.isVisible() and "đã được duyệt" in lock and not _editable(window)
    visits = panel.pages["visits"]
    assert not visits.add_button.isEnabled() and visits.add_button.toolTip() == lock
    assert not panel.pages["households"].add_button.isEnabled()

    models = panel.pages["models"]
    assert models.add_button.isEnabled() and not models.add_button.toolTip()
    assert panel.pages["contacts"].add_button.isEnabled()
    dialog = models.form()
    dialog.show_values({"name": "Nuôi bò sinh sản", "field": "economy", "year_started": 2024, "status": "built",
                        "households": 12})
    dialog.save()
    settle(qtbot, window)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.problem.text()
    with empty_database.session() as session:
        [model] = village_records(session, "models", village_id)
    assert (model.name, model.households) == ("Nuôi bò sinh sản", 12)
    assert models.model.rowCount() == 1
    models.view.selectRow(0)
    assert models.edit_button.isEnabled() and models.delete_button.isEnabled()


def test_a_concern_raised_in_an_approved_year_opens_with_only_its_follow_up_open(qtbot, empty_database, small_plan):
    with empty_database.session() as session:
        village_id = find_place(session, small_plan.id, "Thôn 1, Xã Một").village_id
    with empty_database.unit_of_work(OFFICER) as uow:
        save_record(uow, kind="concerns", plan_id=small_plan.id, village_id=village_id,
                    values={"raised_on": date(2026, 1, 5), "text": "Thiếu nước sạch", "status": "open"})
    _approve(empty_database, small_plan.id, village_id)

    window = _open(qtbot, empty_database, OFFICER)
    concerns = window.village_panel.pages["concerns"]
    concerns.view.selectRow(0)
    assert concerns.edit_button.isEnabled() and not concerns.delete_button.isEnabled()
    assert not concerns.add_button.isEnabled()
    dialog = concerns.form(concerns.record_of(concerns.selected_record()))
    assert {name for name, editor in dialog.editors.items() if editor.isEnabled()} == set(FOLLOW_UP["concerns"])
    dialog.show_values({"status": "resolved", "resolution": "Đã sửa đường ống", "resolved_on": date(2026, 3, 1)})
    dialog.save()
    settle(qtbot, window)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.problem.text()
    with empty_database.session() as session:
        [concern] = village_records(session, "concerns", village_id)
    assert (concern.text, concern.status, concern.resolved_on) == ("Thiếu nước sạch", "resolved", date(2026, 3, 1))
    assert not window.village_panel.pages["visits"].add_button.isEnabled()
