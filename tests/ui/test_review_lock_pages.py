"""The record pages under a review lock (issue 19), with the real widgets: once the secretariat approved the village's
year, the kinds a year puts records in (visits, the checklist...) are read-only, their buttons saying the lock's
sentence, while the models (they span years) and contacts (no year), which the domain does not lock, stay open."""

from datetime import date

from PySide6.QtWidgets import QDialog

from domain.places import find_place
from domain.recording import village_records
from domain.reviewing import approve, open_round, submit
from tests.conftest import OFFICER
from tests.ui.conftest import settle
from tests.ui.test_review_flow_ui import _editable, _open


def test_after_approval_visits_are_locked_and_a_model_is_still_saved(qtbot, empty_database, small_plan):
    with empty_database.session() as session:
        village_id = find_place(session, small_plan.id, "Thôn 1, Xã Một").village_id
    with empty_database.unit_of_work(OFFICER) as uow:
        round_id = open_round(uow, plan_id=small_plan.id, year=2026, deadline=date(2026, 12, 31))
    with empty_database.unit_of_work(OFFICER) as uow:
        submit(uow, round_id=round_id, village_id=village_id)
    with empty_database.unit_of_work(OFFICER) as uow:
        approve(uow, round_id=round_id, village_id=village_id)

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
