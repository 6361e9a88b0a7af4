"""Địa bàn → Sắp xếp đơn vị hành chính…: the sample's reorganisation and its villages' history shown from a read off
the GUI thread; a workbook previewed (what merges into what, what each village becomes), recorded when accepted,
and a refused one shown with its rows, nothing written."""

import shutil

from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog, QMainWindow
from sqlmodel import func, select

from domain.reorganisation import Reorganisation
from domain.reorganisation_workbook_format import CHANGES
from exports.reorganisation_workbook import template_reorganisation, write_reorganisation_workbook
from storage.database import open_database
from tests.conftest import ACTOR, OFFICER
from ui import reorganisation_dialog
from ui.print_actions import FileWriting
from ui.reorganisation_dialog import ReorganisationDialog
from ui.reorganisation_gateway import ReorganisationGateway


def _dialog(qtbot, database, settings) -> ReorganisationDialog:
    window = QMainWindow()
    qtbot.addWidget(window)
    dialog = ReorganisationDialog(ReorganisationGateway(database, OFFICER), FileWriting(window, settings),
                                  may_import=True, parent=window)
    qtbot.waitUntil(lambda: not dialog.reads.pending())
    return dialog


def _texts(model) -> list[list[str]]:
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_the_sample_shows_its_reorganisation_and_a_villages_history(qtbot, qtmodeltester, reform_sample_file,
                                                                     tmp_path, settings):
    path = tmp_path / "langmoi.sqlite3"
    shutil.copy(reform_sample_file, path)
    database = open_database(f"sqlite:///{path}", actor=ACTOR)
    try:
        dialog = _dialog(qtbot, database, settings)
        assert dialog.ui.heading.text().startswith("Đã ghi 1 lần sắp xếp; 33 thôn đổi xã hoặc đổi tên")
        assert _texts(dialog.decisions)[0][:5] == ["01/2025/NQ-MH (minh họa)", "Ủy ban Thường vụ Quốc hội",
                                                   "16/6/2025", "01/7/2025", "19"]
        changes = _texts(dialog.changes)
        assert ["Chia tách", "xã Mường Hoong, huyện Đăk Glei, tỉnh Kon Tum", "xã Ngọc Nang, tỉnh Quảng Ngãi"] in changes
        assert ["Sáp nhập", "xã Tê Xăng, huyện Tu Mơ Rông, tỉnh Kon Tum", "xã Ngọk Yêu, tỉnh Quảng Ngãi"] in changes
        assert ["Đổi tên", "Thôn 1, xã Tê Xăng, huyện Tu Mơ Rông, tỉnh Kon Tum",
                "Thôn 1 Tê Xăng, xã Ngọk Yêu, tỉnh Quảng Ngãi"] in changes
        dialog.ui.historyFilter.setText("thon 1 te xang")
        assert _texts(dialog.history_filter) == [
            ["Thôn 1 Tê Xăng", "từ đầu", "01/7/2025", "Thôn 1, xã Tê Xăng, huyện Tu Mơ Rông"],
            ["Thôn 1 Tê Xăng", "01/7/2025", "nay", "Thôn 1 Tê Xăng, xã Ngọk Yêu, tỉnh Quảng Ngãi"]]
        dialog.ui.historyFilter.setText("Xốp")
        assert {row[0] for row in _texts(dialog.history_filter)} == {
            "Làng Xốp Dùi", "Làng Đăk Lây", "Làng Tân Rai", "Làng Xốp Nghét", "Làng Đăk Ác", "Làng Kon Riêng",
            "Làng Đăk Mế"}
        assert len(_texts(dialog.history_filter)) == 14, "a village found by its old commune shows its whole history"
        for model in (dialog.decisions, dialog.changes, dialog.history):
            qtmodeltester.check(model)
    finally:
        database.close()


def _reorganisations(database) -> int:
    with database.session() as session:
        return session.exec(select(func.count()).select_from(Reorganisation)).one()


def test_a_workbook_previewed_then_recorded_and_a_refused_one(qtbot, database, settings, tmp_path, monkeypatch):
    dialog = _dialog(qtbot, database, settings)
    assert dialog.ui.heading.text().startswith("Chưa ghi lần sắp xếp nào")
    shown: list[reorganisation_dialog.ReorganisationPreviewDialog] = []

    def answer(preview_dialog) -> int:
        shown.append(preview_dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(reorganisation_dialog.ReorganisationPreviewDialog, "exec", answer)
    wrong = write_reorganisation_workbook([template_reorganisation()], tmp_path / "sai.xlsx")
    workbook = load_workbook(wrong)
    workbook[CHANGES]["I8"] = "Đăk Hà"
    workbook.save(wrong)
    dialog.preview(wrong)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert shown[0].ui.details.toPlainText() == (
        "Không nhập tệp “sai.xlsx”: 1 lỗi, chưa ghi gì.\n- sheet “Sắp xếp”, dòng 8, cột “Xã cũ”: không có xã “Đăk Hà” "
        "(xã Đăk Hà, huyện Tu Mơ Rông, tỉnh Kon Tum) đang có hiệu lực")
    assert shown[0].ui.unitsTable.isHidden() and _reorganisations(database) == 0

    right = write_reorganisation_workbook([template_reorganisation()], tmp_path / "dung.xlsx")
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.preview(right)
    preview = shown[1]
    assert preview.ui.heading.text().startswith("“dung.xlsx” sẽ ghi 1 quyết định: 19 đơn vị thay đổi, 33 thôn")
    assert ["Thôn 1, xã Tê Xăng, huyện Tu Mơ Rông", "Thôn 1 Tê Xăng, xã Ngọk Yêu, tỉnh Quảng Ngãi"] in _texts(
        preview.villages_model)
    qtbot.waitUntil(lambda: dialog.decisions.rowCount() == 1)
    assert _reorganisations(database) == 1


def test_the_plan_import_preview_names_a_village_found_through_a_reorganisation(qtbot):
    from domain.plan_import import Entity, ImportReport, Move, NamedChange
    from ui.plan_import_dialog import ImportPlanDialog

    report = ImportReport(plan_code="25-KH/TU", new_plan=True, named=[
        NamedChange(Entity.VILLAGE, "Làng Đăk Ác", Move.JOINS, "Đăk Choong",
                    former="trước 01/7/2025: xã Xốp, huyện Đăk Glei"),
        NamedChange(Entity.VILLAGE, "Làng Mới", Move.CREATED, "Đăk Choong")])
    dialog = ImportPlanDialog(None, "kh25.xlsx", report)
    qtbot.addWidget(dialog)
    assert [row[1:] for row in _texts(dialog.name_model)] == [
        ["Làng Đăk Ác — trước 01/7/2025: xã Xốp, huyện Đăk Glei", "Đăk Choong", "vào kế hoạch"],
        ["Làng Mới", "Đăk Choong", "tạo mới"]]
