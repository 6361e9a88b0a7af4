"""Each record form in the window: add, change and delete a record, read back from the database; refusals
shown in the form; the campaign figures following in the tree, the agency page and the Campaign page."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlmodel import select

from domain.agencies import Agency
from domain.audit import AuditEvent
from domain.recording import KINDS, village_records
from tests.conftest import ACTOR
from tests.ui.conftest import settle

SO_HAI = "Sở Hai"

# kind: (values typed when adding, values changed when editing, what the database then holds)
CASES = {
    "households": ({"year": 2025, "minority_households": 120, "reached": 100, "poor": 30},
                   {"reached": 110}, {"year": 2025, "reached": 110, "poor": 30}),
    "models": ({"name": "Nuôi bò sinh sản", "field": "economy", "year_started": 2024, "status": "built",
                "households": 12, "agency_id": SO_HAI},
               {"status": "maintained"}, {"name": "Nuôi bò sinh sản", "status": "maintained", "households": 12}),
    "contributions": ({"day": date(2025, 4, 2), "source_kind": "agency", "agency_id": SO_HAI, "kind": "money",
                       "amount": 12_500_000, "purpose": "Bò giống"},
                      {"amount": 15_000_000}, {"amount": 15_000_000, "purpose": "Bò giống"}),
    "visits": ({"day": date(2025, 5, 6), "agency_id": SO_HAI, "people": "Tổ hỗ trợ",
                "activities": "Họp dân"},
               {"people": "Tổ hỗ trợ và xã"}, {"people": "Tổ hỗ trợ và xã", "activities": "Họp dân"}),
    "concerns": ({"raised_on": date(2025, 1, 2), "text": "Thiếu nước sạch", "status": "open"},
                 {"status": "resolved", "resolution": "Đã sửa đường ống", "resolved_on": date(2025, 3, 1)},
                 {"text": "Thiếu nước sạch", "status": "resolved", "resolved_on": date(2025, 3, 1)}),
    "contacts": ({"full_name": "A Blong", "role": "elder", "phone": "0900 333 444"},
                 {"phone": "0900 333 555"}, {"full_name": "A Blong", "phone": "0900 333 555"}),
    "initiatives": ({"title": "Quỹ xoay vòng con giống", "year": 2025, "status": "planned"},
                    {"status": "done"}, {"title": "Quỹ xoay vòng con giống", "status": "done"}),
}


def _agency_id(database, name):
    with database.session() as session:
        return session.exec(select(Agency.id).where(Agency.name == name)).one()


def _fill(dialog, values: dict, database) -> None:
    """The form's fields set to the values, agencies named as the user picks them."""
    dialog.show_values({name: _agency_id(database, value) if value == SO_HAI else value
                        for name, value in values.items()})


def _stored(database, kind, village_id):
    with database.session() as session:
        return village_records(session, kind, village_id)


def _held(record, expected: dict) -> dict:
    return {name: getattr(record, name) for name in expected}


def _save(qtbot, window, dialog) -> None:
    """Save (as the Save button does): the form waits greyed, saying so; then what follows is on screen."""
    dialog.save()
    assert dialog.ui.savingNote.isVisibleTo(dialog) and dialog.ui.savingNote.text() == "Đang lưu…"
    assert not dialog.ui.buttons.isEnabled()
    settle(qtbot, window)
    assert not dialog.ui.savingNote.isVisibleTo(dialog)



@pytest.mark.parametrize("kind", list(CASES))
def test_a_record_added_changed_and_deleted_through_its_form(kind, qtbot, small_window, village_mot, empty_database,
                                                            monkeypatch):
    added, changed, held = CASES[kind]
    page = small_window.village_panel.pages[kind]
    tabs = small_window.village_panel.tabs

    dialog = page.form()
    _fill(dialog, added, empty_database)
    _save(qtbot, small_window, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.problem.text()
    [record] = _stored(empty_database, kind, village_mot)
    assert page.model.rowCount() == 1
    assert "(1" in tabs.tabText(tabs.indexOf(page))

    dialog = page.form(page.record_of(page.selected_record()))
    assert dialog.windowTitle().startswith("Sửa")
    _fill(dialog, changed, empty_database)
    _save(qtbot, small_window, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.problem.text()
    [record] = _stored(empty_database, kind, village_mot)
    assert _held(record, held) == held

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    page.delete_selected()
    settle(qtbot, small_window)
    assert _stored(empty_database, kind, village_mot) == []
    assert page.model.rowCount() == 0
    with empty_database.session() as session:
        table = KINDS[kind].table.__tablename__
        events = session.exec(select(AuditEvent).where(AuditEvent.entity == table)).all()
    assert {event.actor for event in events} == {ACTOR}
    assert any(event.new_value is None and "xóa" in event.context for event in events)


def test_a_refusal_is_shown_in_the_form_and_nothing_is_written(qtbot, small_window, village_mot, empty_database):
    page = small_window.village_panel.pages["households"]
    dialog = page.form()
    _fill(dialog, {"year": 2025, "minority_households": 100, "reached": 101}, empty_database)
    changed = []
    small_window.gateway.changed.connect(lambda: changed.append(True))
    _save(qtbot, small_window, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert changed == []  # the window's figures are not read again for a save that did not go through
    assert dialog.ui.buttons.isEnabled() and dialog.editors["reached"].isEnabled()
    assert dialog.problem.isVisibleTo(dialog)
    assert "Hộ được tuyên truyền: 101 lớn hơn tổng số hộ ĐBDTTS (100)." in dialog.problem.text()
    assert _stored(empty_database, "households", village_mot) == []


def test_an_amount_that_is_not_a_number_is_refused_naming_the_field(qtbot, small_window, village_mot,
                                                                     empty_database):
    page = small_window.village_panel.pages["contributions"]
    dialog = page.form()
    _fill(dialog, {"source_kind": "person", "kind": "money"}, empty_database)
    dialog.editors["amount"].setText("mười triệu")
    dialog.editors["source_name"].setText("Ông A")
    _save(qtbot, small_window, dialog)
    assert "Số lượng: “mười triệu” không phải là số nguyên." in dialog.problem.text()


def test_household_rates_are_derived_in_the_list(qtbot, small_window, village_mot, empty_database):
    page = small_window.village_panel.pages["households"]
    for values in ({"year": 2024, "minority_households": 80, "reached": 60},
                   {"year": 2025, "minority_households": 80, "reached": 79}):
        dialog = page.form()
        _fill(dialog, values, empty_database)
        _save(qtbot, small_window, dialog)
    texts = [[page.model.index(row, column).data() for column in range(3)] for row in range(page.model.rowCount())]
    assert texts == [["2024", "80", "60 · 75,0%"], ["2025", "80", "79 · 98,8%"]]
    page.view.selectRow(1)
    detail = page.detail_model
    assert [detail.index(0, column).data() for column in range(5)] == [
        "Hộ được tuyên truyền", "79", "98,8%", "+23,8", "+23,8"]


def test_an_overdue_difficulty_is_flagged_in_the_list_tab_and_tree(qtbot, small_window, village_mot,
                                                                    empty_database):
    page = small_window.village_panel.pages["concerns"]
    dialog = page.form()
    _fill(dialog, {"raised_on": date.today() - timedelta(days=120), "text": "Đường sạt lở", "status": "open"},
          empty_database)
    _save(qtbot, small_window, dialog)
    assert page.model.index(0, 4).data() == "⚠ quá 90 ngày"
    assert page.model.index(0, 1).data(Qt.ItemDataRole.FontRole).bold()
    tabs = small_window.village_panel.tabs
    assert tabs.tabText(tabs.indexOf(page)) == "Khó khăn (1, ⚠ 1)"
    node = small_window.tree_model.village_index(village_mot)
    assert node.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Khó khăn, kiến nghị chưa giải quyết: 1 — ⚠ 1 quá 90 ngày" in node.data(Qt.ItemDataRole.ToolTipRole)
    commune = node.parent()
    assert commune.data(Qt.ItemDataRole.DecorationRole) is not None
    other = small_window.tree_model.village_index(small_window.places[0].village_id)
    assert other.data(Qt.ItemDataRole.DecorationRole) is None


def test_the_campaign_page_and_agency_page_follow_a_saved_record(qtbot, small_window, village_mot, empty_database):
    small_window.year_combo.setCurrentIndex(small_window.year_combo.findData(2025))
    settle(qtbot, small_window)
    for page in (small_window.campaign_view, small_window.agency_view, small_window.village_panel):
        small_window.tabs.setCurrentWidget(page)  # a page is filled once shown, then follows the saves
    households = small_window.village_panel.pages["households"]
    dialog = households.form()
    _fill(dialog, {"year": 2025, "minority_households": 80, "reached": 72}, empty_database)
    _save(qtbot, small_window, dialog)
    visits = small_window.village_panel.pages["visits"]
    dialog = visits.form()
    _fill(dialog, {"day": date(2025, 5, 6), "agency_id": SO_HAI, "people": "Tổ hỗ trợ"}, empty_database)
    _save(qtbot, small_window, dialog)

    view = small_window.campaign_view
    whole = [view.unit_model.index(view.unit_model.rowCount() - 1, column).data() for column in range(4)]
    assert whole == ["Toàn kế hoạch", "1/4", "80", "90,0% (–)"]  # nothing reported in 2024 to compare with
    view.grouping.setCurrentIndex(view.grouping.findData("commune"))
    rows = {view.unit_model.index(r, 0).data(): view.unit_model.index(r, 1).data()
            for r in range(view.unit_model.rowCount())}
    assert rows == {"Xã Một": "0/2", "Xã Hai": "0/1", "Xã Ba": "1/1", "Toàn kế hoạch": "1/4"}
    view.grouping.setCurrentIndex(view.grouping.findData("agency"))
    visits_by_agency = {view.unit_model.index(r, 0).data(): view.unit_model.index(r, 14).data()
                        for r in range(view.unit_model.rowCount())}
    assert visits_by_agency == {"Sở Hai": "1", "Sở Một": "0", "Toàn kế hoạch": "1"}
    agencies = small_window.agency_view.agency_model
    line = next(agencies.row_at(r) for r in range(agencies.rowCount()) if agencies.row_at(r).agency.name == SO_HAI)
    assert line.campaign.visits == 1
    assert "1 lượt đi cơ sở" in line.summary
