"""*Khôi phục giá trị này* in the history dialog: a criterion's status put back (a new audited change, the list read
again showing it), the button off for a change that cannot be restored and absent for a viewer."""

from PySide6.QtCore import QItemSelectionModel
from sqlmodel import select

from domain.access import Principal
from domain.assessing import current_assessment, set_assessment
from domain.audit import AuditEvent
from domain.criteria import CriterionStatus
from domain.history import HistoryFilter
from domain.users import Role
from tests.conftest import OFFICER
from ui.history_dialog import HistoryDialog
from ui.table_models import ROW_ROLE

VIEWER = Principal(name="xem", role=Role.VIEWER, full_name="Người Xem")


def _open(qtbot, database, settings, village_id, user, plan_id):
    dialog = HistoryDialog(None, database, HistoryFilter.of_village(village_id), "Làng Mới", settings, user, plan_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.is_settled, timeout=20000)
    return dialog


def _select(dialog, field, new):
    for row in range(dialog.model.rowCount()):
        shown = dialog.model.index(row, 0).data(ROW_ROLE)
        if shown.field_name == field and shown.new == new:
            dialog.table.selectionModel().select(
                dialog.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            return shown
    raise AssertionError(f"no change of {field} to {new}")


def test_a_status_restored_from_the_history(qtbot, small_window, village_mot, empty_database, settings):
    plan, criterion_id = small_window.plan, small_window.village_panel.checklist_model.row_at(0).criterion_id
    for status in (CriterionStatus.MET, CriterionStatus.NOT_MET):
        with empty_database.unit_of_work(OFFICER) as uow:
            set_assessment(uow, plan_id=plan.id, village_id=village_mot, criterion_id=criterion_id, year=2025,
                           status=status)
    dialog = _open(qtbot, empty_database, settings, village_mot, OFFICER, plan.id)
    button = dialog.restore_button
    assert button.text() == "Khôi phục giá trị này" and not button.isEnabled()
    _select(dialog, "status", "Chưa đạt")
    assert button.isEnabled()
    button.click()
    qtbot.waitUntil(lambda: dialog.status.text() == "Đã khôi phục tiêu chí 1 – 2025." and dialog.is_settled(),
                    timeout=20000)
    with empty_database.session() as session:
        assert current_assessment(session, village_mot, criterion_id, 2025).status == CriterionStatus.MET
        newest = session.exec(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert (newest.field, newest.old_value, newest.new_value) == ("status", "not_met", "met")
    top = dialog.shown_rows()[0]
    assert (top.field, top.old, top.new) == ("Tình trạng", "Chưa đạt", "Đạt")
    assert dialog.restored == {village_mot}


def test_no_restore_for_a_viewer(qtbot, small_window, village_mot, empty_database, settings):
    dialog = _open(qtbot, empty_database, settings, village_mot, VIEWER, small_window.plan.id)
    assert not dialog.restore_button.isVisibleTo(dialog)
