"""Hệ thống → Thiết lập…: the secretariat saves the office's document settings (read back, audited), a team lead
reads them and changes only this PC's folder; the folder defaults to the user's Documents folder."""

from PySide6.QtWidgets import QDialogButtonBox
from sqlmodel import select

from domain.access import Principal
from domain.audit import AuditEvent
from domain.document_settings import DocumentSettings, Typeface, save_settings
from domain.document_settings import settings as read_settings
from domain.users import Role
from tests.conftest import ACTOR, OFFICER
from ui.export_folder import documents_folder
from ui.settings_dialog import SettingsDialog
from ui.settings_gateway import SettingsGateway

TEAM_LEAD = Principal(name="to", role=Role.TEAM_LEAD, full_name="Nguyễn Văn Tổ", member_name="Nguyễn Văn Tổ")


def _dialog(qtbot, database, user, qsettings, **kwargs) -> SettingsDialog:
    dialog = SettingsDialog(SettingsGateway(database, user), qsettings, may_edit=user.role is Role.SECRETARIAT,
                            **kwargs)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.shown is not None)
    return dialog


def _ok(dialog) -> None:
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_secretariat_saves_the_offices_settings(qtbot, empty_database, settings, tmp_path):
    dialog = _dialog(qtbot, empty_database, OFFICER, settings, plan_issuer="Tỉnh ủy Thử", plan_place="Thử")
    ui = dialog.ui
    assert ui.fields.isEnabled()
    assert ui.issuingBody.text() == "" and ui.issuingBody.placeholderText() == "của kế hoạch: Tỉnh ủy Thử"
    assert ui.typeface.currentText() == "Liberation Serif (như Times New Roman)"
    assert ui.folder.text() == documents_folder()  # Documents (the home folder on a system that has none)
    ui.issuingBody.setText("Ban Thường vụ Tỉnh ủy")
    ui.signerName.setText("Nguyễn Văn Bình")
    ui.typeface.setCurrentIndex(ui.typeface.findData(Typeface.NOTO_SERIF))
    ui.folder.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.accepted):
        _ok(dialog)
    with empty_database.session() as session:
        stored = read_settings(session)
        fields = session.exec(select(AuditEvent.actor, AuditEvent.field).where(
            AuditEvent.entity == "documentsettings").order_by(AuditEvent.id)).all()
    assert stored == DocumentSettings(issuing_body="Ban Thường vụ Tỉnh ủy", signer_name="Nguyễn Văn Bình",
                                      typeface=Typeface.NOTO_SERIF)
    assert fields == [(ACTOR, "issuing_body"), (ACTOR, "signer_name"), (ACTOR, "typeface")]
    assert settings.value("export/folder") == str(tmp_path)


def test_a_team_lead_reads_them_and_changes_only_the_folder(qtbot, empty_database, settings, tmp_path):
    with empty_database.unit_of_work(OFFICER) as uow:
        save_settings(uow, new=DocumentSettings(signer_name="Nguyễn Văn Bình"))
    dialog = _dialog(qtbot, empty_database, TEAM_LEAD, settings)
    ui = dialog.ui
    assert ui.signerName.text() == "Nguyễn Văn Bình" and not ui.fields.isEnabled()
    assert ui.intro.text().startswith("Chỉ Văn phòng (thư ký) được đổi thiết lập văn bản")
    ui.folder.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.accepted):
        _ok(dialog)
    assert settings.value("export/folder") == str(tmp_path)
    with empty_database.session() as session:
        assert read_settings(session) == DocumentSettings(signer_name="Nguyễn Văn Bình")
        assert len(session.exec(select(AuditEvent).where(AuditEvent.entity == "documentsettings")).all()) == 1


def test_a_folder_that_does_not_exist_is_refused_in_the_form(qtbot, empty_database, settings, tmp_path):
    dialog = _dialog(qtbot, empty_database, OFFICER, settings)
    missing = tmp_path / "không có"
    dialog.ui.folder.setText(str(missing))
    _ok(dialog)
    assert dialog.result() == 0
    assert dialog.ui.problem.text() == f"Thư mục “{missing}” không tồn tại."
    assert settings.value("export/folder") is None


def test_the_system_menu_opens_it(qtbot, small_window, monkeypatch):
    opened = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda dialog: opened.append(dialog.may_edit))
    [action] = [a for a in small_window.ui.systemMenu.actions() if a.text() == "&Thiết lập…"]
    action.trigger()
    assert opened == [True]
