"""The window under the domain's bounds: an amount of 10^19 đồng, or a year's minority households above the
village's, is refused in the form with the domain's message (not "unexpected error"), the editors are held to the
same bounds, and a team's workbook with a formula left uncomputed is refused with its cell named."""

from datetime import date, timedelta

from openpyxl import load_workbook
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from domain.agency_sheet import find_agency
from domain.places import find_place
from domain.recording import village_records
from exports.updates_export import export_updates
from tests.ui.conftest import settle
from tests.updates import assessments


def _village(qtbot, small_window, database, name="Làng Mới") -> int:
    """The village opened in the window, once its page is read."""
    with database.session() as session:
        village_id = find_place(session, small_window.plan.id, name).village_id
    small_window.open_village(village_id)
    settle(qtbot, small_window)
    return village_id


def test_an_amount_of_ten_to_the_nineteen_is_refused_in_the_form(qtbot, small_window, empty_database):
    village_id = _village(qtbot, small_window, empty_database)
    dialog = small_window.village_panel.pages["contributions"].form()
    dialog.show_values({"day": date(2025, 4, 2), "source_kind": "person", "kind": "money"})
    dialog.editors["source_name"].setText("Ông A")
    dialog.editors["amount"].setText("10.000.000.000.000.000.000")
    dialog.save()
    settle(qtbot, small_window)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problem.text() == ("Chưa lưu. Số lượng: 10.000.000.000.000.000.000 vượt quá giới hạn "
                                     "10.000.000.000.000 đồng.")
    with empty_database.session() as session:
        assert village_records(session, "contributions", village_id) == []


def test_minority_households_above_the_villages_are_refused_in_the_form(qtbot, small_window, empty_database):
    village_id = _village(qtbot, small_window, empty_database, "Làng Đắk")  # 80 households in the plan annex
    dialog = small_window.village_panel.pages["households"].form()
    dialog.show_values({"year": 2025, "minority_households": 81, "reached": 60})
    dialog.save()
    settle(qtbot, small_window)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problem.text() == "Chưa lưu. Tổng số hộ ĐBDTTS: 81 lớn hơn số hộ của thôn (80)."
    with empty_database.session() as session:
        assert village_records(session, "households", village_id) == []


def test_the_editors_hold_the_domains_bounds(qtbot, small_window, empty_database):
    _village(qtbot, small_window, empty_database)
    households = small_window.village_panel.pages["households"].form().editors
    assert (households["poor"].minimum(), households["poor"].maximum()) == (0, 100_000)
    assert (households["year"].minimum(), households["year"].maximum()) == (1990, 2100)
    visits = small_window.village_panel.pages["visits"].form().editors
    assert visits["people"].maxLength() == 500
    assert (visits["day"].minimumDate(), visits["day"].maximumDate()) == (
        QDate(2000, 1, 1), QDate(date.today() + timedelta(days=366)))
    concerns = small_window.village_panel.pages["concerns"].form().editors
    assert concerns["resolved_on"].minimumDate() == QDate(2000, 1, 1)


def test_the_window_refuses_an_update_workbook_with_an_uncomputed_formula(qtbot, monkeypatch, small_window,
                                                                          empty_database, tmp_path):
    path = tmp_path / "so_mot.xlsx"
    with empty_database.session() as session:
        agency_id = find_agency(session, small_window.plan.id, "Sở Một").agency_id
    export_updates(empty_database.session, plan_id=small_window.plan.id, year=2025, target=path, agency_id=agency_id)
    workbook = load_workbook(path)
    workbook["Thôn 1"]["F9"] = "=E9"
    workbook.save(path)
    before = assessments(empty_database, 2025)
    warnings = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append((title, text)))
    small_window.updates.import_action.trigger()
    qtbot.waitUntil(lambda: not small_window.tasks, timeout=20000)
    assert warnings == [("Chưa nhập tệp", "Không đọc tệp “so_mot.xlsx”: 1 ô không đọc được, chưa ghi gì.\n"
                         "- Sheet “Thôn 1”, ô F9: là công thức, không phải giá trị; hãy dán giá trị (Paste Values) "
                         "rồi gửi lại.")]
    assert assessments(empty_database, 2025) == before
