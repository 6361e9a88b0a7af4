"""The main window end to end: the sample on screen, a status changed and found again after a restart,
the sample removed, a sheet printed off the GUI thread."""

from pathlib import Path

import docx
import openpyxl
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QMessageBox, QStyleOptionViewItem
from sqlmodel import select

from domain.audit import AuditEvent
from domain.criteria import CriterionStatus
from domain.places import find_place
from domain.plans import resolve_plan
from domain.village_detail import checklist
from storage.backups import list_backups
from tests.conftest import ACTOR, OFFICER
from tests.pdf import pdf_pages, pdf_text
from tests.ui.conftest import open_window, settle
from ui.checklist_model import ChecklistModel


def _village_id(database, name: str) -> int:
    with database.session() as session:
        return find_place(session, resolve_plan(session, None).id, name).village_id


def _count_villages(model, parent=QModelIndex()) -> int:
    total = 0
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        total += model.rowCount(index) == 0 and parent.isValid() and parent.parent().isValid()
        total += _count_villages(model, index)
    return total


def test_the_sample_plan_is_on_screen_with_its_banner(window):
    assert window.plan.is_sample
    assert window.banner_box.isVisible()
    assert "KẾ HOẠCH MẪU" in window.banner.text()
    assert window.tree_filter.rowCount() == 3
    assert _count_villages(window.tree_filter) == 57
    assert [window.year_combo.itemText(i) for i in range(window.year_combo.count())] == ["2023", "2024", "2025"]
    assert window.year == 2025
    assert window.village_panel.title.text() == window.places[0].village
    assert "thôn đạt chuẩn" in window.figures_note.text()


def test_a_status_picked_in_the_checklist_is_saved_audited_and_counted(qtbot, window, database):
    village_id = _village_id(database, "Làng Kon Pia")
    window.open_village(village_id)
    settle(qtbot, window)
    view = window.village_panel.checklist_view
    model = window.village_panel.checklist_model
    row = next(r for r in range(model.rowCount())
               if model.row_at(r).status != CriterionStatus.MET)
    before = window.progress.by_village[village_id].met
    index = model.index(row, ChecklistModel.COL_STATUS)
    delegate = view.itemDelegateForColumn(ChecklistModel.COL_STATUS)
    editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    delegate.setEditorData(editor, index)
    editor.setCurrentIndex(editor.findData("met"))
    with qtbot.waitSignal(model.saved):
        delegate.setModelData(editor, model, index)
    editor.deleteLater()
    assert "đã lưu" in window.statusBar().currentMessage().lower()
    settle(qtbot, window)

    assert window.progress.by_village[village_id].met == before + 1
    tree_text = window.tree_model.village_index(village_id).siblingAtColumn(1).data()
    assert tree_text.endswith(f"{before + 1}/17 đạt")
    assert window.village_panel.checklist_label.text() == f"Kết quả thực hiện tiêu chí năm 2025: {before + 1}/17 đạt"
    with database.session() as session:
        plan = resolve_plan(session, None)
        saved = {r.criterion_id: r for r in checklist(session, plan, village_id, 2025)}
        event = session.exec(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert saved[model.row_at(row).criterion_id].status == CriterionStatus.MET
    assert (event.actor, event.field, event.new_value) == (ACTOR, "status", "met")


def test_evidence_typed_in_place_is_saved(qtbot, window, database):
    village_id = _village_id(database, "Làng Kon Pia")
    window.open_village(village_id)
    settle(qtbot, window)
    model = window.village_panel.checklist_model
    with qtbot.waitSignal(model.saved):
        model.setData(model.index(0, ChecklistModel.COL_EVIDENCE), "Quyết định số 12/QĐ-UBND")
    with database.session() as session:
        rows = checklist(session, resolve_plan(session, None), village_id, 2025)
    assert rows[0].evidence == "Quyết định số 12/QĐ-UBND"


def test_a_restart_finds_the_change_the_village_and_the_year(qtbot, database, settings):
    first = open_window(qtbot, database, OFFICER, settings)
    village_id = _village_id(database, "Làng Tê Pheo")
    first.year_combo.setCurrentIndex(first.year_combo.findData(2024))
    first.open_village(village_id)
    settle(qtbot, first)
    model = first.village_panel.checklist_model
    with qtbot.waitSignal(model.saved):
        model.setData(model.index(4, ChecklistModel.COL_NOTE), "Chờ nghiệm thu")
    first.close()

    second = open_window(qtbot, database, OFFICER, settings)
    assert second.year == 2024
    assert second.village_id == village_id
    assert second.village_panel.title.text() == "Làng Tê Pheo"
    assert second.village_panel.checklist_model.index(4, ChecklistModel.COL_NOTE).data() == "Chờ nghiệm thu"


def test_another_year_shows_its_own_figures(qtbot, window, database):
    village_id = _village_id(database, "Làng Kon Pia")
    window.open_village(village_id)
    figures = {}
    for year in (2023, 2025):
        window.year_combo.setCurrentIndex(window.year_combo.findData(year))
        settle(qtbot, window)
        figures[year] = window.tree_model.village_index(village_id).siblingAtColumn(1).data()
        assert window.village_panel.checklist_label.text().startswith(f"Kết quả thực hiện tiêu chí năm {year}")
    assert figures[2023] != figures[2025]


def test_opening_a_village_hidden_by_the_search_clears_it(window, database):
    window.search.setText("xop")
    village_id = _village_id(database, "Làng Kon Pia")
    window.open_village(village_id)
    assert window.search.text() == ""
    assert window.tree.currentIndex().data() == "Làng Kon Pia"


def test_the_agency_page_lists_agencies_and_their_villages(window):
    window.tabs.setCurrentWidget(window.agency_view)
    view = window.agency_view
    assert view.agency_model.rowCount() == 21
    view.agency_table.selectRow(0)
    line = view.agency_table.currentIndex().siblingAtColumn(0).data()
    assert view.villages_label.text() == f"Các thôn do {line} giúp đỡ"
    assert view.village_model.rowCount() >= 1
    first_role = view.village_model.index(0, 3).data()
    assert first_role in ("Chủ trì", "Phối hợp")


def test_removing_the_sample_plan(qtbot, monkeypatch, window, database, db_path):
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    window.remove_sample_action.trigger()
    qtbot.waitUntil(lambda: not window.tasks, timeout=20000)
    settle(qtbot, window)
    [backup] = list_backups(db_path)
    assert (backup.reason, backup.villages) == ("remove-sample", 57)
    assert window.plan is None
    assert not window.banner_box.isVisible()
    assert window.tree_model.rowCount() == 0
    assert not window.remove_sample_action.isEnabled()
    assert window.statusBar().currentMessage() == "Đã xóa kế hoạch mẫu."
    with database.session() as session:
        assert len(session.exec(select(AuditEvent).where(AuditEvent.context == "xóa kế hoạch mẫu")).all()) == 1


def test_keeping_the_sample_when_the_user_says_no(monkeypatch, window):
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No)
    window.remove_sample_action.trigger()
    assert window.plan.is_sample


def test_printing_the_village_sheet_runs_off_the_gui_thread(qtbot, monkeypatch, window, database, tmp_path: Path):
    target = tmp_path / "out" / "phieu.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Close)
    window.open_village(_village_id(database, "Làng Kon Pia"))
    settle(qtbot, window)
    window.print_village_action.trigger()
    qtbot.waitUntil(lambda: not window.tasks, timeout=20000)
    text = pdf_text(target)
    assert "Thôn (làng): Làng Kon Pia; Xã: Ngọk Yêu; Huyện: Tu Mơ Rông" in text
    assert window.statusBar().currentMessage().startswith(f"Đã ghi {len(pdf_pages(target))} trang, phiếu của 1 thôn")


def test_cancelling_the_print_writes_nothing(qtbot, monkeypatch, window, tmp_path: Path):
    target = tmp_path / "out" / "all.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window.print_all_action.trigger()
    [task] = window.tasks
    task.cancel()
    qtbot.waitUntil(lambda: not window.tasks, timeout=20000)
    assert not target.exists()
    assert not target.parent.exists() or list(target.parent.iterdir()) == []


def test_a_status_filter_role_is_the_enum_value(window):
    model = window.village_panel.checklist_model
    assert model.index(0, ChecklistModel.COL_STATUS).data(Qt.ItemDataRole.EditRole) in {s.value for s in
                                                                                      CriterionStatus}


def test_the_summary_report_is_written_off_the_gui_thread(qtbot, monkeypatch, window, tmp_path: Path):
    for name, expected in (("bao_cao.pdf", "BÁO CÁO TỔNG HỢP"), ("bao_cao", None)):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *args, t=target, **kwargs: (str(t), "Bảng tính Excel (*.xlsx)"))
        window.summary_action.trigger()
        qtbot.waitUntil(lambda: not window.tasks, timeout=20000)
        if expected:
            assert expected in pdf_text(target)
            assert "133-KH/TU (MẪU) NĂM 2025" in pdf_text(target)
        else:
            written = target.with_suffix(".xlsx")
            assert openpyxl.load_workbook(written).sheetnames[0] == "Tiến độ"
            assert str(written) in window.statusBar().currentMessage()


def test_the_review_draft_is_written_for_the_years_chosen(qtbot, monkeypatch, window, tmp_path: Path):
    from ui.review_dialog import ReviewYearsDialog

    def choose(dialog):
        dialog.first_combo.setCurrentIndex(dialog.first_combo.findData(2024))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReviewYearsDialog, "exec", choose)
    target = tmp_path / "du_thao.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window.review_action.trigger()
    qtbot.waitUntil(lambda: not window.tasks, timeout=20000)
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Báo cáo sơ kết 2 năm (2024–2025) thực hiện Kế hoạch số 133-KH/TU (MẪU)" in text
    assert "so với năm 2024" in text


def test_the_window_is_attached_in_passes_of_the_event_loop(qtbot, database, settings):
    """Issue 14: attaching made the menus, the village page, the review cycle and the completeness tab in one call
    (~250 ms of the GUI thread at the first opening, nothing painted meanwhile); each is made in a pass of its own,
    and the window says it has settled only once all are made and read."""
    from ui.main_window import MainWindow

    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    win.attach(database, OFFICER)
    assert not hasattr(win, "backups") and not hasattr(win, "village_panel") and not win.is_settled()
    settle(qtbot, win)
    assert win.tabs.currentWidget() is win.village_panel and win.village_panel.isVisible()
    assert win.tree_model.rowCount() and win.progress is not None


def test_a_window_closed_while_it_is_attached_makes_its_parts_first(qtbot, database, settings):
    """Closed before its parts are made (issue 14: they come in passes of the event loop), the window makes them
    first: closing asks the backups whether to take one."""
    from ui.main_window import MainWindow

    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    win.attach(database, OFFICER)
    win.close()
    assert not win.isVisible()
    assert hasattr(win, "backups") and hasattr(win, "village_panel") and hasattr(win, "completeness_tab")
