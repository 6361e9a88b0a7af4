"""The list of backups (System → Restore from a backup…) and the question at start when the database file was
found damaged or half-upgraded: restore the newest good backup, look at the damaged copy read-only, or quit."""

import enum

from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from domain.formatting import format_int
from storage.backups import Backup, size_text
from storage.errors import DatabaseDamaged, SchemaMismatch
from storage.integrity import can_be_looked_at
from ui.forms.backups_dialog_ui import Ui_BackupsDialog
from ui.labels import translate
from ui.table_models import Column, RowTableModel


def reason_label(backup: Backup) -> str:
    """What the backup was taken before (or when), as the window says it."""
    text = {
        "upgrade": translate("Backups", "before a schema upgrade"),
        "import-plan": translate("Backups", "before a plan import"),
        "import-updates": translate("Backups", "before merging team updates"),
        "remove-sample": translate("Backups", "before removing the sample plan"),
        "copy-db": translate("Backups", "before copying the database"),
        "close": translate("Backups", "on closing the window"),
        "daily": translate("Backups", "daily"),
        "manual": translate("Backups", "backed up on request"),
        "restore": translate("Backups", "before a restore"),
    }.get(backup.reason, backup.reason)
    if backup.reason == "upgrade" and backup.revision:
        text += translate("Backups", " (schema %1)").replace("%1", backup.revision)
    return text


COLUMNS = [
    Column(lambda: translate("Backups", "Taken"), lambda backup: backup.taken_text,
           sort_key=lambda backup: backup.taken_at),
    Column(lambda: translate("Backups", "Size"), lambda backup: size_text(backup.size), align_right=True,
           sort_key=lambda backup: backup.size),
    Column(lambda: translate("Backups", "Taken when"), reason_label),
    Column(lambda: translate("Backups", "Villages"), lambda backup: format_int(backup.villages), align_right=True),
    Column(lambda: translate("Backups", "Assessments"), lambda backup: format_int(backup.assessments),
           align_right=True),
]


class BackupsDialog(QDialog):
    """The backups of the file, newest first; Restore… asks to confirm, then `chosen` is the backup to restore
    (the window closes and starts again on the restored file). Laid out by ui/forms/backups_dialog.ui."""

    def __init__(self, backups: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        self.chosen: Backup | None = None
        self.ui.intro.setText(self.tr(
            "Choose the backup to go back to. The database file as it is now is backed up first, "
            "so a restore can itself be undone.") if backups else self.tr(
            "This database file has no backup yet. System → Back up now takes one; one is also taken before every "
            "import, merge and upgrade, and on closing after changes."))
        self.model = RowTableModel(COLUMNS, self)
        self.model.set_rows(backups)
        self.table = self.ui.backupsTable
        self.table.setModel(self.model)
        self.table.resizeColumnsToContents()
        self.restore_button = self.ui.restoreButton
        self.restore_button.clicked.connect(self._restore)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.restore_button.setEnabled(self.table.selectionModel().hasSelection()))
        if backups:
            self.table.selectRow(0)

    def _restore(self) -> None:
        backup = self.model.row_at(self.table.selectionModel().selectedRows()[0].row())
        answer = QMessageBox.question(self, self.tr("Restore from a backup"), self.tr(
            "Go back to the backup of %1 (%2)? Everything saved after it is set aside in a backup of the current "
            "file. The window starts again on the restored database.")
            .replace("%1", backup.taken_text).replace("%2", reason_label(backup)))
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = backup
            self.accept()


class Recovery(enum.Enum):
    RESTORE = "restore"
    LOOK = "look"
    AFRESH = "afresh"
    QUIT = "quit"


def recovery_box(problem: DatabaseDamaged | SchemaMismatch, parent: QWidget | None = None) -> QMessageBox:
    """What happened (storage's message: where the damaged file was kept, the newest good backup), and the ways on:
    restore that backup, look at the damaged copy read-only (when SQLite can open it at all; not for a half-upgraded
    file, which this version cannot read), start a new database (only with nothing to restore), quit."""
    damaged = isinstance(problem, DatabaseDamaged)
    title = (translate("Backups", "Database damaged") if damaged
             else translate("Backups", "Database upgrade left unfinished"))
    box = QMessageBox(QMessageBox.Icon.Critical, title, str(problem), parent=parent)
    box.setObjectName("recoveryBox")
    lookable = damaged and can_be_looked_at(problem.kept_aside)
    if lookable:
        box.setInformativeText(translate(
            "Backups", "Restoring puts the backup in the file's place: what was saved after it is not in it, but the "
                       "damaged copy stays kept aside, and you can look at it read-only to copy things out."))
    elif damaged:
        box.setInformativeText(translate(
            "Backups", "Restoring puts the backup in the file's place: what was saved after it is not in it. The "
                       "damaged copy stays kept aside, but its beginning is lost: the program cannot open it."))
    else:
        box.setInformativeText(translate(
            "Backups", "Restoring puts the copy taken before the upgrade in the file's place (the file as it is now "
                       "is backed up first); the program then upgrades it again, in one step."))
    grid = box.layout()  # wide enough for a path on one line
    grid.addItem(QSpacerItem(620, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed), grid.rowCount(), 0, 1,
                 grid.columnCount())
    buttons: list[QPushButton] = []
    if problem.backup is not None:
        buttons.append(box.addButton(translate("Backups", "Restore the backup of %1").replace(
            "%1", problem.backup.taken_text), QMessageBox.ButtonRole.AcceptRole))
        buttons[-1].setObjectName(Recovery.RESTORE.value)
    if damaged:
        if lookable:
            buttons.append(box.addButton(translate("Backups", "Look at the damaged copy (read-only)"),
                                         QMessageBox.ButtonRole.ActionRole))
            buttons[-1].setObjectName(Recovery.LOOK.value)
        if problem.backup is None:
            buttons.append(box.addButton(translate("Backups", "Start a new database"),
                                         QMessageBox.ButtonRole.ActionRole))
            buttons[-1].setObjectName(Recovery.AFRESH.value)
    leave = box.addButton(translate("Backups", "Quit"), QMessageBox.ButtonRole.RejectRole)
    leave.setObjectName(Recovery.QUIT.value)
    box.setDefaultButton(buttons[0] if buttons else leave)
    box.setEscapeButton(leave)
    return box


def ask_recovery(problem: DatabaseDamaged | SchemaMismatch, parent: QWidget | None = None) -> Recovery:
    box = recovery_box(problem, parent)
    box.exec()
    clicked = box.clickedButton()
    return Recovery(clicked.objectName()) if clicked is not None and clicked.objectName() else Recovery.QUIT
