"""The history opens from where a user looks: the village page, a checklist row, a record, the System menu."""

from datetime import date

import pytest

from domain.history import HistoryFilter
from domain.places import find_place
from tests.ui.conftest import settle
from ui.checklist_model import ChecklistModel
from ui.history_dialog import HistoryDialog


@pytest.fixture
def opened(monkeypatch):
    """The history dialogs the window opens, kept instead of shown."""
    dialogs: list[HistoryDialog] = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda dialog: dialogs.append(dialog) or 0)
    return dialogs


def _rows(qtbot, dialog: HistoryDialog) -> list[list[str]]:
    """The dialog's rows once read (off the GUI thread)."""
    qtbot.waitUntil(lambda: not dialog.model.reading(), timeout=10000)
    model = dialog.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_village_the_criterion_and_the_record_histories(qtbot, small_window, empty_database, small_plan,
                                                             opened):
    with empty_database.session() as session:
        small_window.open_village(find_place(session, small_plan.id, "Thôn 1, Xã Một").village_id)
    settle(qtbot, small_window)
    panel = small_window.village_panel
    model = panel.checklist_model
    with qtbot.waitSignal(model.saved):
        model.setData(model.index(0, ChecklistModel.COL_EVIDENCE), "Biên bản họp thôn")
    with qtbot.waitSignal(model.saved):
        model.setData(model.index(1, ChecklistModel.COL_NOTE), "Đường còn lầy")
    page = panel.pages["visits"]
    page.gateway.save("visits", {"day": date(2025, 3, 4), "people": "Tổ hỗ trợ", "activities": "Họp dân"}, None)

    panel.history_button.click()
    assert opened[-1].scope == HistoryFilter.of_village(small_window.village_id)
    assert opened[-1].windowTitle() == "Lịch sử thay đổi: Thôn 1"
    assert len(_rows(qtbot, opened[-1])) == 5  # two checklist fields and the visit's three filled fields

    row = model.row_at(1)
    panel.history_requested.emit(HistoryFilter.of_criterion(small_window.village_id, row.criterion_id), "x")
    assert [line for line in _rows(qtbot, opened[-1]) if "Đường còn lầy" in line]
    assert len(_rows(qtbot, opened[-1])) == 1

    page.reload()
    settle(qtbot, small_window)  # the list is read off the GUI thread
    page.view.selectRow(0)
    assert page.history_button.isEnabled()
    page.history_button.click()
    assert opened[-1].windowTitle().startswith("Lịch sử thay đổi: Thôn 1 – Đi cơ sở")
    assert len(_rows(qtbot, opened[-1])) == 3


def test_every_change_counted_from_the_windows_tally(qtbot, small_window, empty_database, opened):
    """Once idle the window has counted the audit by person and kind; the history of every change then shows the
    people, kinds and count read from the whole audit, a save made since included."""
    from domain.history import history_count, history_kinds, history_people

    settle(qtbot, small_window)
    qtbot.waitUntil(lambda: small_window.history_gateway is not None and not small_window.prefetch.pending(),
                    timeout=10000)
    assert small_window.history_gateway._tally[1] is not None
    model = small_window.village_panel.checklist_model
    with qtbot.waitSignal(model.saved):
        model.setData(model.index(0, ChecklistModel.COL_EVIDENCE), "Biên bản họp thôn")
    small_window.show_history(HistoryFilter(), "mọi thay đổi")
    dialog = opened[-1]
    qtbot.waitUntil(dialog.is_settled, timeout=10000)
    with empty_database.session() as session:
        count = history_count(session, HistoryFilter())
        people, kinds = history_people(session, HistoryFilter()), history_kinds(session, HistoryFilter())
    assert dialog.count_label.text() == f"{count} thay đổi"
    assert [dialog.person_combo.itemData(i) for i in range(1, dialog.person_combo.count())] == [p for p, _ in people]
    assert [dialog.kind_combo.itemData(i) for i in range(1, dialog.kind_combo.count())] == [k for k, _ in kinds]
    assert small_window.history_gateway._tally[1].count(HistoryFilter()) == count
