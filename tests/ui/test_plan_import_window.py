"""Plan → Import, Export and Template from the window: preview, refusal, the offer to drop the sample."""

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from tests.workbooks import annex, write_annex
from ui.plan_import_dialog import ImportPlanDialog


@pytest.fixture
def shown_dialogs(monkeypatch):
    """Every import dialog the window opens, accepted at once (as a user pressing Import would)."""
    shown = []

    def accept(dialog):
        shown.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPlanDialog, "exec", accept)
    return shown



def _picker_codes(window) -> list[str]:
    """The plans the picker offers, by code (each item reads "code — title…")."""
    return [window.plan_combo.itemText(i).split(" — ")[0] for i in range(window.plan_combo.count())]

def test_importing_an_annex_previews_imports_and_offers_to_drop_the_sample(
        qtbot, monkeypatch, window, tmp_path, shown_dialogs):
    path = write_annex(tmp_path / "phu_luc.xlsx", annex())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    questions = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: questions.append(a[2]) or QMessageBox.StandardButton.Yes)
    window.import_plan_action.trigger()
    qtbot.waitUntil(lambda: window.plan is not None and window.plan.code == "1-KH/TEST", timeout=20000)
    [preview] = shown_dialogs
    assert preview.heading.text() == "Tệp “phu_luc.xlsx” sẽ tạo kế hoạch 1-KH/TEST."
    rows = {preview.sheet_model.index(r, 0).data(): preview.sheet_model.index(r, 1).data()
            for r in range(preview.sheet_model.rowCount())}
    assert rows == {"Kế hoạch": "1", "Địa bàn": "4", "Cơ quan": "2", "Phân công": "5", "Tổ hỗ trợ": "6",
                    "Tiêu chí": "3"}
    assert questions and "Xóa kế hoạch mẫu" in questions[0]
    qtbot.waitUntil(lambda: _picker_codes(window) == ["1-KH/TEST"])
    assert not window.banner_box.isVisible()
    assert len(window.places) == 4


def test_a_refused_annex_shows_every_problem_and_writes_nothing(qtbot, monkeypatch, window, tmp_path, shown_dialogs):
    sheets = annex()
    sheets["Phân công"][0][4] = "Chỉ đạo"
    path = write_annex(tmp_path / "sai.xlsx", sheets)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.import_plan_action.trigger()
    qtbot.waitUntil(lambda: len(shown_dialogs) == 1, timeout=20000)
    [refusal] = shown_dialogs
    assert refusal.heading.text().startswith("Không nhập được tệp “sai.xlsx”")
    text = refusal.details.toPlainText()
    assert "sheet “Phân công”, dòng 2, cột “Vai trò”: “Chỉ đạo” không có trong danh sách (Chủ trì / Phối hợp)" in text
    assert _picker_codes(window) == ["133-KH/TU (MẪU)"]


def test_exporting_the_plan_writes_the_workbook(qtbot, monkeypatch, window, tmp_path):
    target = tmp_path / "out" / "ke_hoach.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_plan_action.trigger()
    qtbot.waitUntil(lambda: not window.tasks, timeout=20000)
    workbook = load_workbook(target)
    assert workbook["Địa bàn"].max_row == 58
    assert window.statusBar().currentMessage() == f"Đã ghi {target}."
