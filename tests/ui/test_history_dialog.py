"""The change history dialog on the sample plan: a village changed by two people, narrowed by person, kind and
days, for a criterion and for one record, and written to a workbook read back; a failed write said in words."""

from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlmodel import select

from domain.access import Principal
from domain.assessing import set_assessment
from domain.criteria import Criterion, CriterionStatus
from domain.history import HistoryFilter
from domain.places import plan_places
from domain.plan import Plan
from domain.recording import save_record
from domain.users import Role, UserAccount
from domain.village_records import ModelField, ModelStatus
from tests.conftest import ACTOR, OFFICER
from ui.history_dialog import KIND, SUBJECT, TIME, VILLAGE, WHO, HistoryDialog

BICH = Principal(name="bich", role=Role.SECRETARIAT, full_name="Trần Thị Bích")
BICH_SHOWN = "Trần Thị Bích (bich)"
MODEL = "Mô hình “Dân vận khéo”"
VILLAGE_NAME = "Làng Đăk Book, xã Đăk Choong"
HEADERS = ["Thời điểm", "Người thay đổi", "Loại", "Thôn (làng)", "Đối tượng", "Nội dung", "Giá trị cũ", "Giá trị mới",
           "Ghi chú"]


@pytest.fixture
def village(database):
    """A village of the sample plan: Người thử (tester) and Trần Thị Bích change its checklist and a model."""
    with database.session() as session:
        session.add(UserAccount(username="bich", full_name="Trần Thị Bích", role=Role.SECRETARIAT,
                                password_hash="-", created_at=datetime.now(UTC)))
        session.commit()
        plan = session.exec(select(Plan)).one()
        place = plan_places(session, plan.id)[0]
        criterion_id = session.exec(select(Criterion.id).where(Criterion.criteria_set_id == plan.criteria_set_id,
                                                               Criterion.number == 2)).one()
    with database.unit_of_work(OFFICER) as uow:
        set_assessment(uow, plan_id=plan.id, village_id=place.village_id, criterion_id=criterion_id,
                       year=plan.first_year, status=CriterionStatus.MET, note="Đã bê tông hóa")
    with database.unit_of_work(BICH) as uow:
        set_assessment(uow, plan_id=plan.id, village_id=place.village_id, criterion_id=criterion_id,
                       year=plan.first_year, evidence="=Biên bản số 5")
    with database.unit_of_work(BICH) as uow:
        model_id = save_record(uow, kind="models", plan_id=plan.id, village_id=place.village_id,
                               values={"name": "Nuôi bò", "field": ModelField.ECONOMY, "year_started": 2024,
                                       "status": ModelStatus.BUILT})
    return place, criterion_id, model_id


def _open(qtbot, database, settings, scope, title) -> HistoryDialog:
    dialog = HistoryDialog(None, database, scope, title, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    _settle(qtbot, dialog)
    return dialog


def _settle(qtbot, dialog: HistoryDialog) -> None:
    """Until the people, the kinds and the changes asked for are read (off the GUI thread) and shown."""
    qtbot.waitUntil(dialog.is_settled, timeout=10000)


def _cells(dialog, row):
    return [dialog.model.index(row, column).data() for column in range(dialog.model.columnCount())]


def test_the_history_of_a_village(qtbot, qtmodeltester, database, settings, village):
    place, _criterion, _model = village
    dialog = _open(qtbot, database, settings, HistoryFilter.of_village(place.village_id), place.label)
    qtmodeltester.check(dialog.model)
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(dialog.model.columnCount())]
    assert headers == HEADERS
    assert dialog.table.isColumnHidden(VILLAGE) and not dialog.table.isColumnHidden(KIND)
    assert dialog.model.rowCount() == 8
    year = _year(database)
    assert [_cells(dialog, row)[1:9] for row in (0, 3, 5, 6, 7)] == [
        [BICH_SHOWN, MODEL, VILLAGE_NAME, "Nuôi bò", "Số hộ tham gia", "—", "0", ""],
        [BICH_SHOWN, MODEL, VILLAGE_NAME, "Nuôi bò", "Lĩnh vực", "—", "Kinh tế", ""],
        [BICH_SHOWN, "Tiêu chí", VILLAGE_NAME, f"2. Giao thông – {year}", "Minh chứng", "—", "=Biên bản số 5", ""],
        [ACTOR, "Tiêu chí", VILLAGE_NAME, f"2. Giao thông – {year}", "Ghi chú", "—", "Đã bê tông hóa", ""],
        [ACTOR, "Tiêu chí", VILLAGE_NAME, f"2. Giao thông – {year}", "Tình trạng", "Chưa đạt", "Đạt", ""],
    ]
    assert dialog.count_label.text() == "8 thay đổi"
    assert dialog.person_combo.itemText(0) == "Tất cả mọi người"
    assert [dialog.person_combo.itemText(i) for i in range(1, dialog.person_combo.count())] == [ACTOR, BICH_SHOWN]
    assert [dialog.kind_combo.itemData(i) for i in range(1, dialog.kind_combo.count())] == [
        "assessment", "communitymodel"]

    dialog.person_combo.setCurrentIndex(dialog.person_combo.findData(ACTOR))
    _settle(qtbot, dialog)
    assert dialog.model.rowCount() == 2
    assert {row.who for row in dialog.shown_rows()} == {ACTOR}
    assert dialog.count_label.text() == "2 thay đổi"

    dialog.person_combo.setCurrentIndex(0)
    _settle(qtbot, dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("communitymodel"))
    _settle(qtbot, dialog)
    assert dialog.model.rowCount() == 5
    assert {row.kind for row in dialog.shown_rows()} == {MODEL}

    dialog.kind_combo.setCurrentIndex(0)
    _settle(qtbot, dialog)
    dialog.until_edit.setDate(QDate.currentDate().addDays(-1))
    _settle(qtbot, dialog)
    assert dialog.model.rowCount() == 8  # the box not ticked: any day
    dialog.until_check.setChecked(True)
    _settle(qtbot, dialog)
    assert dialog.model.rowCount() == 0
    assert not dialog.export_button.isEnabled()
    dialog.until_edit.setDate(QDate.currentDate())
    _settle(qtbot, dialog)
    dialog.since_check.setChecked(True)
    _settle(qtbot, dialog)
    assert dialog.model.rowCount() == 8

    dialog.table.sortByColumn(TIME, Qt.SortOrder.AscendingOrder)
    _settle(qtbot, dialog)
    assert (dialog.shown_rows()[0].field, dialog.shown_rows()[0].who) == ("Tình trạng", ACTOR)
    dialog.table.sortByColumn(WHO, Qt.SortOrder.AscendingOrder)
    _settle(qtbot, dialog)
    assert [row.who for row in dialog.shown_rows()] == [ACTOR] * 2 + [BICH_SHOWN] * 6
    dialog.table.sortByColumn(TIME, Qt.SortOrder.AscendingOrder)
    _settle(qtbot, dialog)
    dialog.table.selectRow(0)
    details = dialog.details.toPlainText().splitlines()
    assert details[0].endswith(f" — {ACTOR}")
    assert details[1] == f"Tiêu chí — {VILLAGE_NAME} — 2. Giao thông – {year} — Tình trạng"
    assert details[2:] == ["Giá trị cũ: Chưa đạt", "Giá trị mới: Đạt"]


def _year(database) -> int:
    with database.session() as session:
        return session.exec(select(Plan.first_year)).one()


def test_a_criterion_and_a_record_have_their_own_history(qtbot, database, settings, village):
    place, criterion_id, model_id = village
    criterion = _open(qtbot, database, settings, HistoryFilter.of_criterion(place.village_id, criterion_id),
                      "Tiêu chí 2")
    assert criterion.model.rowCount() == 3
    assert {row.subject for row in criterion.shown_rows()} == {f"2. Giao thông – {_year(database)}"}
    assert criterion.table.isColumnHidden(KIND) and not criterion.kind_combo.isVisibleTo(criterion)

    record = _open(qtbot, database, settings, HistoryFilter.of_record("models", model_id), "Nuôi bò")
    assert record.model.rowCount() == 5
    assert record.table.isColumnHidden(SUBJECT) and record.table.isColumnHidden(VILLAGE)
    assert record.person_combo.count() == 2  # everyone, and Trần Thị Bích


def test_export_writes_the_rows_shown(qtbot, database, settings, village, tmp_path, monkeypatch):
    place, _criterion, _model = village
    dialog = _open(qtbot, database, settings, HistoryFilter.of_village(place.village_id), place.label)
    dialog.person_combo.setCurrentIndex(dialog.person_combo.findData("bich"))
    _settle(qtbot, dialog)
    asked = []

    def save_name(*args, **_kwargs):
        asked.append(args[2])
        return str(tmp_path / "lich_su"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    dialog.export_button.click()
    dialog.reject()  # not while the workbook is being written
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.task.finished, timeout=20000):
        pass
    assert asked == [str(Path.home() / "lich_su_thay_doi_lang_dak_book_xa_dak_choong_huyen_dak_glei.xlsx")]
    target = tmp_path / "lich_su.xlsx"
    sheet = openpyxl.load_workbook(target).active
    assert sheet["A1"].value == f"Lịch sử thay đổi: {place.label}"
    assert sheet["A2"].value.startswith(f"Người thay đổi: {BICH_SHOWN}; 6 thay đổi; xuất lúc ")
    rows = list(sheet.iter_rows(min_row=4, values_only=True))
    assert len(rows) == 6
    assert all(isinstance(row[0], datetime) for row in rows)
    assert {row[1] for row in rows} == {BICH_SHOWN}
    evidence = next(row for row in rows if row[5] == "Minh chứng")
    assert evidence[6:8] == ("—", "=Biên bản số 5")
    assert sheet["A3"].value == "Thời điểm"
    assert settings.value("history/folder") == str(tmp_path)
    assert dialog.status.text() == f"Đã ghi {target}."


def test_a_failed_export_is_said_in_words(qtbot, database, settings, village, tmp_path, monkeypatch):
    place, _criterion, _model = village
    dialog = _open(qtbot, database, settings, HistoryFilter.of_village(place.village_id), place.label)
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(blocker / "lich_su.xlsx"), ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    dialog.export_button.click()
    with qtbot.waitSignal(dialog.task.finished, timeout=20000):
        pass
    assert len(warnings) == 1
    assert "Traceback" not in warnings[0]
    assert warnings[0].startswith("Chưa ghi được lịch sử ra bảng tính: ") and "a_file" in warnings[0]
    assert not (blocker / "lich_su.xlsx").exists()
