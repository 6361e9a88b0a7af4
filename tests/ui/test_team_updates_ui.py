"""The window's team-lead workbooks: sent for one agency, filled, read back, previewed with ticks, applied."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QFileDialog, QMessageBox
from sqlmodel import select

from domain.audit import AuditEvent
from domain.criteria import CriterionStatus
from domain.team_updates import Content
from domain.update_merge import LineKind, UpdateLine, UpdatePreview
from tests.updates import assessments, fill
from ui.updates_dialogs import UpdatesExportDialog, UpdatesImportDialog


def _wait(qtbot, window):
    qtbot.waitUntil(lambda: not window.tasks, timeout=20000)


def _send(qtbot, monkeypatch, window, target: Path, agency: str | None = "Sở Một"):
    def choose(dialog):
        dialog.agency_combo.setCurrentIndex(dialog.agency_combo.findText(agency) if agency else 0)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(UpdatesExportDialog, "exec", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(target))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Close)
    window.updates.export_action.trigger()
    _wait(qtbot, window)


def test_a_workbook_sent_from_the_window_comes_back_and_only_the_ticked_rows_are_applied(
        qtbot, monkeypatch, small_window, empty_database, tmp_path):
    window = small_window
    window.year_combo.setCurrentIndex(window.year_combo.findData(2025))
    target = tmp_path / "so_mot.xlsx"
    _send(qtbot, monkeypatch, window, target)
    fill(target, "Thôn 1", 3, status="Đạt", evidence="Biên bản 7")
    fill(target, "Làng Đắk", 1, status="dang thuc hien")
    fill(target, "Làng Đắk", 2, status="Xong")

    seen = {}

    def review(dialog: UpdatesImportDialog):
        seen["heading"] = dialog.heading.text()
        seen["tabs"] = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        changes = dialog.models[LineKind.CHANGE]
        seen["rows"] = [[changes.index(r, c).data() for c in range(changes.columnCount())]
                        for r in range(changes.rowCount())]
        seen["refused"] = dialog.models[LineKind.REFUSED].index(0, 3).data()
        first = next(r for r in range(changes.rowCount()) if changes.row_at(r).village.startswith("Làng Đắk"))
        box = changes.index(first, 0)
        seen["box"] = [box.data(Qt.ItemDataRole.CheckStateRole),
                       changes.index(first, 1).data(Qt.ItemDataRole.CheckStateRole)]
        changes.setData(box, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
        seen["box"].append(box.data(Qt.ItemDataRole.CheckStateRole))
        seen["button"] = dialog.apply_button.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(UpdatesImportDialog, "exec", review)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(target), ""))
    window.updates.import_action.trigger()
    _wait(qtbot, window)
    _wait(qtbot, window)

    assert "2 thay đổi, 0 xung đột, 1 dòng không nhận, 3 dòng giữ nguyên" in seen["heading"]
    assert seen["tabs"] == ["Thay đổi (2)", "Xung đột (0)", "Không nhận (1)"]
    assert ["Thôn 1 (Xã Một)", "3. Điện", "Chưa đạt → Đạt", "∅ → Biên bản 7", "Cần thêm kinh phí",
            "sheet “Thôn 1”, dòng 14"] in [[*row[:3], row[3].replace("Biên bản số 5", "∅"), *row[4:]]
                                            for row in seen["rows"]]
    assert "“Xong” không có trong danh sách" in seen["refused"]
    assert seen["button"] == "Áp dụng 1 dòng đã chọn"
    assert seen["box"] == [Qt.CheckState.Checked, None, Qt.CheckState.Unchecked], "the tick box shown, in column 1 only"
    after = assessments(empty_database, 2025)
    assert after[("Thôn 1", "Xã Một", 3)] == ("Đạt", "Biên bản 7", "Cần thêm kinh phí")
    assert ("Làng Đắk", "Xã Một", 1) not in after
    with empty_database.session() as session:
        contexts = {e.context for e in session.exec(select(AuditEvent).where(AuditEvent.entity == "assessment"))}
    assert all(context.endswith("tệp “so_mot.xlsx”; người cập nhật: Nguyễn Văn Tổ") for context in contexts)
    assert "1 tiêu chí đã được cập nhật" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.is_settled() and window.progress is not None, timeout=20000)
    assert (window.progress.plan.criteria_met, window.progress.plan.villages_meeting) == (3, 1)  # was (2, 0)


def test_a_foreign_file_is_refused_with_one_line_and_nothing_is_shown(qtbot, monkeypatch, small_window, tmp_path):
    window = small_window
    path = tmp_path / "la.xlsx"
    path.write_bytes(b"not a workbook")
    warnings = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append((title, text)))
    window.updates.import_action.trigger()
    _wait(qtbot, window)
    assert warnings == [("Chưa nhập tệp", "Tệp “la.xlsx” không phải là bảng tính Excel (.xlsx).")]


def test_every_agency_into_a_folder(qtbot, monkeypatch, small_window, tmp_path):
    folder = tmp_path / "gui"
    folder.mkdir()
    _send(qtbot, monkeypatch, small_window, folder, agency=None)
    year = small_window.year
    assert sorted(p.name for p in folder.iterdir()) == [f"Cập nhật {year} - S1.xlsx", f"Cập nhật {year} - Sở Hai.xlsx"]


def _big_preview(villages: int, criteria: int = 17) -> UpdatePreview:
    """A returned workbook as an agency helping `villages` villages brings it: every criterion's evidence typed."""
    before = Content(CriterionStatus.NOT_MET, "", "")
    evidence = "Biên bản họp thôn có chữ ký của trưởng thôn, bí thư chi bộ và tổ trưởng. " * 3
    after = Content(CriterionStatus.MET, evidence, "")
    lines = [UpdateLine(LineKind.CHANGE, f"Thôn {v}", 8 + c, None, village=f"Thôn {v} (Xã {v % 20})",
                        village_id=v, criterion_id=c, criterion=f"{c}. Tiêu chí {c}", old=before, new=after)
             for v in range(villages) for c in range(1, criteria + 1)]
    return UpdatePreview("lon.xlsx", "LARGE", "Sở Một", 2025, lines)


def test_a_preview_of_thousands_of_lines_wraps_the_rows_on_screen_and_the_others_when_shown(qtbot):
    dialog = UpdatesImportDialog(_big_preview(200))
    qtbot.addWidget(dialog)
    dialog.resize(1100, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.ui.updates_change
    one_line = table.verticalHeader().defaultSectionSize()
    assert dialog.apply_button.text() == "Áp dụng 3400 dòng đã chọn"
    assert table.rowHeight(0) > one_line  # the evidence wraps instead of ending in "…"
    assert table.rowHeight(3000) == one_line  # not measured while out of sight
    table.scrollTo(dialog.models[LineKind.CHANGE].index(3000, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    qtbot.waitUntil(lambda: table.rowHeight(3000) > one_line)
    table.setColumnWidth(3, 4000)  # wide enough for the evidence on one line: measured again
    qtbot.waitUntil(lambda: table.rowHeight(3000) == table.sizeHintForRow(3000) < table.rowHeight(0))
