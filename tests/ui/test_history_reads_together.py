"""The history dialog reads the scope's people and kinds beside its first page, not after it (issue 14: at 300,000
changes each reads the whole audit, ~40 ms apiece, and one after the other they took the dialog to 280 ms)."""

import threading

from domain.history import HistoryFilter
from ui.history_dialog import HistoryDialog
from ui.history_gateway import HistoryGateway

WAIT_S = 5


def test_the_people_and_kinds_are_read_while_the_first_page_is(qtbot, database, settings, monkeypatch):
    """The first page's read waits until the people and the kinds are being read too: read one after the other,
    the page would come only after WAIT_S with nothing else read."""
    started = {"people": threading.Event(), "kinds": threading.Event()}
    page, people, kinds = HistoryGateway.page, HistoryGateway.people, HistoryGateway.kinds
    overlapped: list[bool] = []

    def page_when_all_read(self, *args, **kwargs):
        overlapped.append(all(event.wait(WAIT_S) for event in started.values()))
        return page(self, *args, **kwargs)

    def people_started(self, scope):
        started["people"].set()
        return people(self, scope)

    def kinds_started(self, scope):
        started["kinds"].set()
        return kinds(self, scope)

    monkeypatch.setattr(HistoryGateway, "page", page_when_all_read)
    monkeypatch.setattr(HistoryGateway, "people", people_started)
    monkeypatch.setattr(HistoryGateway, "kinds", kinds_started)
    dialog = HistoryDialog(None, database, HistoryFilter(), "mọi thay đổi", settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.is_settled, timeout=3 * WAIT_S * 1000)
    assert overlapped == [True]
    assert dialog.model.rowCount() > 0
    assert dialog.person_combo.count() > 1 and dialog.kind_combo.count() > 1
    assert (dialog.person_combo.itemText(0), dialog.kind_combo.itemText(0)) == ("Tất cả mọi người", "Tất cả các loại")
