"""The whole history on an audit longer than a page: the newest changes first at once, a filter narrowing them,
older ones read as the table is scrolled, and the oldest first when sorted so, every change once; a refused read
said in words."""

import threading
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import insert
from sqlmodel import select

from domain.admin_units import Village
from domain.audit import AuditEvent
from domain.history import HistoryFilter
from storage.errors import StorageError
from ui import history_model
from ui.history_dialog import TIME, WHO, HistoryDialog
from ui.history_gateway import HistoryGateway
from ui.history_model import COLUMNS, NEW, PAGE_SIZE, VILLAGE

EVENTS = 2 * PAGE_SIZE + 50
PEOPLE = 2


@pytest.fixture
def long_audit(database):
    """EVENTS visits' changes by two people, a minute apart from now on, after the sample's own events."""
    with database.session() as session:
        village = session.exec(select(Village.id).order_by(Village.id)).first()
    start = datetime.now(UTC)  # after the sample's own events
    rows = [{"at": start + timedelta(minutes=i), "actor": f"nguoi{i % PEOPLE}", "entity": "visit", "entity_id": i,
             "field": "activities", "old_value": None, "new_value": f"Nội dung làm việc {i}", "context": "",
             "village_id": village} for i in range(EVENTS)]
    with database.engine.begin() as connection:
        connection.execute(insert(AuditEvent), rows)
    with database.session() as session:
        return len(session.exec(select(AuditEvent.id)).all())


def _settle(qtbot, dialog: HistoryDialog) -> None:
    qtbot.waitUntil(dialog.is_settled, timeout=10000)


def _values(dialog: HistoryDialog) -> list[str]:
    return [row.new for row in dialog.shown_rows()]


def _scroll_to_end(qtbot, dialog: HistoryDialog, rows: int) -> None:
    dialog.table.scrollToBottom()
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= rows, timeout=10000)
    _settle(qtbot, dialog)


def test_the_newest_first_narrowed_and_read_on_as_one_scrolls(qtbot, database, settings, long_audit):
    dialog = HistoryDialog(None, database, HistoryFilter(), "mọi thay đổi", settings)
    qtbot.addWidget(dialog)
    dialog.show()
    _settle(qtbot, dialog)
    assert dialog.model.rowCount() == PAGE_SIZE
    assert _values(dialog)[:3] == [f"Nội dung làm việc {i}" for i in (EVENTS - 1, EVENTS - 2, EVENTS - 3)]
    assert dialog.count_label.text() == f"{long_audit} thay đổi"
    assert dialog.export_button.isEnabled()

    _scroll_to_end(qtbot, dialog, 2 * PAGE_SIZE)
    assert dialog.model.rowCount() == 2 * PAGE_SIZE
    assert _values(dialog)[PAGE_SIZE] == f"Nội dung làm việc {EVENTS - 1 - PAGE_SIZE}"
    _scroll_to_end(qtbot, dialog, long_audit)
    assert dialog.model.rowCount() == long_audit and dialog.model.complete()
    moments = [(row.when, row.event_id) for row in dialog.shown_rows()]
    assert moments == sorted(moments, reverse=True) and len(set(moments)) == long_audit

    dialog.person_combo.setCurrentIndex(dialog.person_combo.findData("nguoi1"))
    _settle(qtbot, dialog)
    ones = [i for i in range(EVENTS) if i % PEOPLE == 1]
    assert dialog.count_label.text() == f"{len(ones)} thay đổi"
    assert {row.actor for row in dialog.shown_rows()} == {"nguoi1"}
    assert _values(dialog)[0] == f"Nội dung làm việc {ones[-1]}"
    _scroll_to_end(qtbot, dialog, len(ones))
    assert _values(dialog) == [f"Nội dung làm việc {i}" for i in reversed(ones)]


def test_sorted_by_time_the_other_way_the_oldest_come_first(qtbot, database, settings, long_audit):
    dialog = HistoryDialog(None, database, HistoryFilter(actor="nguoi0"), "nguoi0", settings)
    qtbot.addWidget(dialog)
    dialog.show()
    _settle(qtbot, dialog)
    dialog.table.sortByColumn(TIME, Qt.SortOrder.AscendingOrder)
    _settle(qtbot, dialog)
    zeros = [i for i in range(EVENTS) if i % PEOPLE == 0]
    assert _values(dialog)[:2] == [f"Nội dung làm việc {i}" for i in zeros[:2]]
    _scroll_to_end(qtbot, dialog, len(zeros))
    assert _values(dialog) == [f"Nội dung làm việc {i}" for i in zeros]


def test_sorted_by_who_the_pages_read_on_keep_that_order_and_the_selected_change(qtbot, database, settings, long_audit):
    """Sorted by the person, the selected change stays selected, and the older pages read as one scrolls come in
    that order too, every change once (the model sorts; the next page follows the change read last)."""
    dialog = HistoryDialog(None, database, HistoryFilter(), "mọi thay đổi", settings)
    qtbot.addWidget(dialog)
    dialog.show()
    _settle(qtbot, dialog)
    dialog.table.selectRow(0)
    chosen = dialog.selected_row()
    dialog.table.sortByColumn(WHO, Qt.SortOrder.AscendingOrder)
    _settle(qtbot, dialog)
    assert dialog.selected_row() == chosen
    assert dialog.shown_rows()[0].actor == "nguoi0" and dialog.shown_rows()[-1].actor == "nguoi1"
    _scroll_to_end(qtbot, dialog, 2 * PAGE_SIZE)
    _scroll_to_end(qtbot, dialog, long_audit)
    shown = dialog.shown_rows()
    assert [row.actor for row in shown] == sorted(row.actor for row in shown)
    assert len({row.event_id for row in shown}) == long_audit


@pytest.mark.parametrize("column", [WHO, VILLAGE, NEW])
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_pages_read_on_under_a_users_order_are_merged_into_it(qtbot, database, settings, long_audit, column, order):
    """Sorted by a column, each page read on is merged into the rows shown, row runs inserted where they fall, never
    the whole table reset or laid out again: at the end the rows are in the order a stable sort of every change
    (newest first) by that column gives (the values "… 10" fall between "… 1" and "… 100", across pages; the people
    and the one village are ties)."""
    dialog = HistoryDialog(None, database, HistoryFilter(), "mọi thay đổi", settings)
    qtbot.addWidget(dialog)
    dialog.show()
    _settle(qtbot, dialog)
    dialog.table.sortByColumn(column, order)
    _settle(qtbot, dialog)
    signals = {"reset": 0, "layout": 0, "inserted": 0}

    def count(name: str):
        return lambda *_args: signals.__setitem__(name, signals[name] + 1)

    dialog.model.modelReset.connect(count("reset"))
    dialog.model.layoutChanged.connect(count("layout"))
    dialog.model.rowsInserted.connect(count("inserted"))
    _scroll_to_end(qtbot, dialog, 2 * PAGE_SIZE)
    _scroll_to_end(qtbot, dialog, long_audit)
    shown = dialog.shown_rows()
    newest_first = sorted(shown, key=lambda row: (row.when, row.event_id), reverse=True)
    assert shown == sorted(newest_first, key=COLUMNS[column].sort_key, reverse=order == Qt.SortOrder.DescendingOrder)
    assert len({row.event_id for row in shown}) == long_audit
    assert signals["reset"] == signals["layout"] == 0 and signals["inserted"] >= 2


def test_a_page_that_comes_while_the_rows_are_sorted_is_sorted_in(qtbot, database, settings, long_audit,
                                                                   monkeypatch):
    """The header clicked while the next page is being read: the rows are sorted off the GUI thread, the page comes
    before the sort and is shown at the end meanwhile, then every row read is shown in the order clicked."""
    dialog = HistoryDialog(None, database, HistoryFilter(), "mọi thay đổi", settings)
    qtbot.addWidget(dialog)
    dialog.show()
    _settle(qtbot, dialog)
    page_shown = threading.Event()
    keyed = history_model._keyed

    def sorted_after_the_page(rows, order):
        if order[0] == WHO and len(rows) == PAGE_SIZE:  # the sort of the first page's rows, held until the page
            page_shown.wait(10)
        return keyed(rows, order)

    monkeypatch.setattr(history_model, "_keyed", sorted_after_the_page)
    dialog.model.fetchMore()
    dialog.table.sortByColumn(WHO, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2 * PAGE_SIZE, timeout=10000)
    page_shown.set()
    _settle(qtbot, dialog)
    shown = dialog.shown_rows()
    newest_first = sorted(shown, key=lambda row: (row.when, row.event_id), reverse=True)
    assert shown == sorted(newest_first, key=COLUMNS[WHO].sort_key) and len(shown) == 2 * PAGE_SIZE


def test_a_refused_read_is_said_in_words(qtbot, database, settings, monkeypatch):
    def refused(*_args, **_kwargs):
        raise StorageError("Mất kết nối tới máy chủ cơ sở dữ liệu; chưa đọc được.")

    monkeypatch.setattr(HistoryGateway, "page", refused)
    dialog = HistoryDialog(None, database, HistoryFilter(), "mọi thay đổi", settings)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.status.text() != "", timeout=10000)
    assert dialog.status.text() == "Mất kết nối tới máy chủ cơ sở dữ liệu; chưa đọc được."
    assert dialog.count_label.text() == "" and dialog.model.rowCount() == 0
    assert not dialog.export_button.isEnabled()
