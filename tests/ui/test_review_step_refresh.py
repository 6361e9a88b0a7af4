"""A review step refreshes only what it changed (issue 14): after the secretariat approves a village sent, the
village's review strip, its lock's note and the editors' lock change, but neither the checklist nor any record page
is filled again (the sheet and the records are as they were: at 10,000 villages refilling them cost the GUI thread
~30 ms at each step)."""

from datetime import date

from domain.places import find_place
from domain.reviewing import open_round, submit
from tests.conftest import OFFICER
from tests.ui.test_review_flow_ui import VILLAGE, _editable, _open, _state, _step, _visible_buttons, warnings  # noqa: F401


def test_approving_a_village_sent_locks_its_page_without_filling_it_again(qtbot, empty_database, small_plan,
                                                                          warnings):  # noqa: F811 (a fixture)
    with empty_database.session() as session:
        village_id = find_place(session, small_plan.id, VILLAGE).village_id
    with empty_database.unit_of_work(OFFICER) as uow:
        round_id = open_round(uow, plan_id=small_plan.id, year=2026, deadline=date(2026, 12, 31))
    with empty_database.unit_of_work(OFFICER) as uow:
        submit(uow, round_id=round_id, village_id=village_id)
    window = _open(qtbot, empty_database, OFFICER)
    panel = window.village_panel
    assert _state(window) == "Đã gửi" and _editable(window) and panel.pages["visits"].add_button.isEnabled()
    resets: list[str] = []
    models = {"checklist": panel.checklist_model} | {key: page.model for key, page in panel.pages.items()}
    for key, model in models.items():
        model.modelReset.connect(lambda key=key: resets.append(key))

    _step(qtbot, window, "approve", "Đạt yêu cầu.")

    assert _state(window) == "Đã duyệt" and _visible_buttons(window) == {"reopen"}
    assert not _editable(window) and "đã được duyệt" in panel.read_only_label.text()
    assert panel.read_only_label.isVisible()
    visits = panel.pages["visits"]
    assert not visits.add_button.isEnabled() and visits.add_button.toolTip() == panel.read_only_label.text()
    assert panel.pages["models"].add_button.isEnabled()  # no year locks a community model
    assert resets == []
    assert not warnings
