"""A team's workbook sending its review, imported in the window (issue 19): the preview names the village it marks
submitted and the row into an approved village it refuses, with the lock's reason; applying marks the village."""

from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlmodel import select

from domain.places import find_place
from domain.review_rounds import ReviewState, VillageReview
from domain.vocabulary import LineKind
from tests.review_case import YEAR, open_review_case
from tests.ui.conftest import open_window
from tests.ui.test_team_updates_ui import _send, _wait
from tests.updates import fill
from ui.updates_dialogs import UpdatesImportDialog


def test_the_preview_says_which_villages_are_marked_submitted_and_refuses_a_locked_row(
        qtbot, monkeypatch, empty_database, small_plan, settings, tmp_path):
    open_review_case(empty_database, small_plan)
    window = open_window(qtbot, empty_database, settings=settings)
    window.year_combo.setCurrentIndex(window.year_combo.findData(YEAR))
    target = tmp_path / "so_hai.xlsx"
    _send(qtbot, monkeypatch, window, target, "Sở Hai")
    workbook = load_workbook(target)
    workbook["Thôn 1 - Xã Hai"]["C9"] = "Có"
    workbook.save(target)
    fill(target, "Thôn 1 - Xã Một", 3, status="Đạt")  # approved in 2025: locked

    seen = {}

    def review(dialog: UpdatesImportDialog):
        seen["heading"] = dialog.heading.text()
        seen["tabs"] = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        refused = dialog.models[LineKind.REFUSED]
        seen["refused"] = [refused.index(r, 3).data() for r in range(refused.rowCount())]
        seen["box"] = dialog.submit_box.text(), dialog.submit_box.isChecked()
        seen["button"] = dialog.apply_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(UpdatesImportDialog, "exec", review)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Close)
    window.updates.import_action.trigger()
    _wait(qtbot, window)
    _wait(qtbot, window)

    assert seen["heading"].endswith("1 thôn đã gửi kết quả rà soát và sẽ được đánh dấu Đã gửi.")
    assert seen["tabs"][-1] == "Đánh dấu Đã gửi (1)"
    assert seen["box"] == ("Đánh dấu Đã gửi 1 thôn này (tổ đã gửi kết quả rà soát)", True)
    assert seen["button"]  # no change to apply, but a village to mark
    [reason] = seen["refused"]
    assert reason.startswith("không ghi: ") and "đã được duyệt" in reason
    with empty_database.session() as session:
        village_id = find_place(session, small_plan.id, "Thôn 1, Xã Hai").village_id
        state = session.exec(select(VillageReview.state).where(VillageReview.village_id == village_id)).one()
    assert state == ReviewState.SUBMITTED
