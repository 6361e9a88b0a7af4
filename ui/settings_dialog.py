"""Hệ thống → Thiết lập…: the office's document settings (heading, signers, typeface: in the database, the same
on every PC and on the command line) and this PC's default folder (QSettings). The secretariat edits the office's
part; anyone else reads it. Laid out by ui/forms/settings_dialog.ui."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLineEdit, QMainWindow, QWidget

from domain.access import Principal
from domain.document_settings import TYPEFACE_LABEL, DocumentSettings, Typeface
from domain.users import Role
from ui.export_folder import KEY, export_folder
from ui.forms.settings_dialog_ui import Ui_SettingsDialog
from ui.labels import translate
from ui.latest_read import LatestRead
from ui.settings_gateway import SettingsGateway

if TYPE_CHECKING:
    from storage.database import Database


class SettingsDialog(QDialog):
    """Reads the settings off the GUI thread, then shows them; OK saves the office's part off the GUI thread (a
    refusal is written under the form and the dialog stays open) and this PC's folder at once."""

    def __init__(self, gateway: SettingsGateway, settings: QSettings, *, may_edit: bool, plan_issuer: str = "",
                 plan_place: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.gateway, self.qsettings, self.may_edit = gateway, settings, may_edit
        ui = self.ui
        self.texts: dict[str, QLineEdit] = {
            "issuing_body": ui.issuingBody, "superior_body": ui.superiorBody, "place": ui.place,
            "signer_capacity": ui.signerCapacity, "signer_title": ui.signerTitle, "signer_name": ui.signerName,
            "preparer_title": ui.preparerTitle, "preparer_name": ui.preparerName,
        }
        for typeface in Typeface:
            ui.typeface.addItem(TYPEFACE_LABEL[typeface], typeface)
        blank = self.tr("the plan's: %1")
        if plan_issuer:
            ui.issuingBody.setPlaceholderText(blank.replace("%1", plan_issuer))
        if plan_place:
            ui.place.setPlaceholderText(blank.replace("%1", plan_place))
        ui.signerCapacity.setPlaceholderText(self.tr("e.g. T/M BAN THƯỜNG VỤ"))
        ui.folder.setText(export_folder(settings))
        ui.browseButton.clicked.connect(self._browse)
        ui.intro.setText(self.tr("The heading and signatures are the same for every PC of the office and for the "
                                 "command line. A blank issuing body or place prints the plan's.") if may_edit else
                         self.tr("Only the secretariat changes the office's settings; you can change this PC's "
                                 "folder."))
        ui.buttons.accepted.connect(self._accept)
        ui.fields.setEnabled(False)
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.shown: DocumentSettings | None = None
        self.reads = LatestRead(self)
        self.reads.failed.connect(lambda _kind, message: self._refuse(message))
        self.reads.request("settings", gateway.read, self._show)

    def _show(self, read: DocumentSettings) -> None:
        self.shown = read
        for name, field in self.texts.items():
            field.setText(getattr(read, name))
        self.ui.typeface.setCurrentIndex(self.ui.typeface.findData(read.typeface))
        self.ui.fields.setEnabled(self.may_edit)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def chosen(self) -> DocumentSettings:
        """The office's settings as the form holds them."""
        return DocumentSettings(**{name: field.text() for name, field in self.texts.items()},
                                typeface=Typeface(self.ui.typeface.currentData()))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Default folder"), self.ui.folder.text())
        if folder:
            self.ui.folder.setText(folder)

    def _accept(self) -> None:
        folder = self.ui.folder.text().strip()
        if folder and not Path(folder).is_dir():
            self._refuse(self.tr("The folder “%1” does not exist.").replace("%1", folder))
            return
        self.qsettings.setValue(KEY, folder)
        new = self.chosen()
        if not self.may_edit or new == self.shown:
            self.accept()
            return
        self.ui.fields.setEnabled(False)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        gateway = self.gateway
        self.reads.request("save", lambda: gateway.save(new), self._saved)

    def _saved(self, stored: DocumentSettings) -> None:
        self.shown = stored
        self.accept()

    def _refuse(self, message: str) -> None:
        self.ui.problem.setText(message)
        self.ui.problem.show()
        self.ui.fields.setEnabled(self.may_edit and self.shown is not None)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.shown is not None)

    def done(self, result: int) -> None:
        """Overrides QDialog.done: a read or save still running is not shown."""
        self.reads.close()
        super().done(result)


def settings_action(window: QMainWindow, database: "Database", user: Principal, settings: QSettings) -> QAction:
    """Hệ thống → Thiết lập…: the dialog for `window`'s user, the shown plan's issuer and place as the blanks'
    meaning."""
    action = QAction(translate("SettingsDialog", "&Settings…"), window)

    def show() -> None:
        plan = getattr(window, "plan", None)
        SettingsDialog(SettingsGateway(database, user), settings, may_edit=user.role is Role.SECRETARIAT,
                       plan_issuer=plan.issuer if plan else "", plan_place=plan.place if plan else "",
                       parent=window).exec()

    action.triggered.connect(show)
    return action
