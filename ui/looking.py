"""Opening a database only to look: the question at start when another program holds the SQLite file for writing
or the file lies on a network drive, and the line a read-only window shows above its pages."""

import enum

from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QSizePolicy, QSpacerItem, QWidget

from storage.errors import DatabaseHeld, NetworkDrive
from ui.labels import translate


class Opening(enum.Enum):
    LOOK = "look"
    OTHER = "other"  # another database was chosen in the settings
    QUIT = "quit"


def _held_text(refusal: DatabaseHeld) -> tuple[str, str, str]:
    text = translate("Looking", "The database file %1 is open for writing by %2 on the PC %3 since %4.")
    text = text.replace("%1", f"“{refusal.path}”").replace("%2", refusal.user).replace("%3", refusal.host)
    more = translate("Looking", "Only one program at a time may change a file. You can open it read-only: you see "
                                "what was saved there and can print it, but change nothing. Or quit, close the "
                                "program there, and start again.")
    return translate("Looking", "Database in use"), text.replace("%4", refusal.since_text), more


def _network_text(refusal: NetworkDrive) -> tuple[str, str, str]:
    text = translate("Looking", "The database file %1 is on a network drive (%2).")
    more = translate("Looking", "Làng Mới does not write an SQLite file on a network drive: SQLite's WAL needs memory "
                                "shared on one PC, and two PCs writing one file on a shared drive corrupt it. For "
                                "several PCs, use the shared server (PostgreSQL): System → Database…; or copy the "
                                "file to this PC. You can open this file read-only.")
    return (translate("Looking", "Database on a network drive"),
            text.replace("%1", f"“{refusal.path}”").replace("%2", refusal.where), more)


def refusal_box(refusal: DatabaseHeld | NetworkDrive, parent: QWidget | None = None) -> QMessageBox:
    """The question, with Open read-only, (for a network drive) Choose another database…, and Quit."""
    title, text, more = _held_text(refusal) if isinstance(refusal, DatabaseHeld) else _network_text(refusal)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName("refusalBox")
    box.setInformativeText(more)
    # Wide enough that a path (\\server\share\…) is not broken at a backslash, as it was at the default width;
    # a spacer across the box's grid (a min-width on its labels clipped their first and last letters).
    grid = box.layout()
    grid.addItem(QSpacerItem(600, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed), grid.rowCount(), 0, 1,
                 grid.columnCount())
    look = box.addButton(translate("Looking", "Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    look.setObjectName("look")
    if isinstance(refusal, NetworkDrive):
        other = box.addButton(translate("Looking", "Choose another database…"), QMessageBox.ButtonRole.ActionRole)
        other.setObjectName("other")
    leave = box.addButton(translate("Looking", "Quit"), QMessageBox.ButtonRole.RejectRole)
    leave.setObjectName("quit")
    box.setDefaultButton(look)
    box.setEscapeButton(leave)
    return box


def ask_how_to_open(refusal: DatabaseHeld | NetworkDrive, url: str, parent: QWidget | None = None) -> Opening:
    """Ask (over `parent`, the window opening); for another database show the database settings (OTHER only once
    one was chosen there)."""
    from ui.database_dialog import DatabaseDialog

    box = refusal_box(refusal, parent)
    box.exec()
    clicked = box.clickedButton().objectName() if box.clickedButton() else "quit"
    if clicked == "look":
        return Opening.LOOK
    if clicked == "other" and DatabaseDialog(url, parent).exec() == QDialog.DialogCode.Accepted:
        return Opening.OTHER
    return Opening.QUIT


def read_only_banner() -> QLabel:
    """The line above a read-only window's pages."""
    label = QLabel(translate("Looking", "Opened read-only: another program holds this database for writing, or it "
                                        "is on a network drive. You can look and print; nothing can be changed here."))
    label.setObjectName("readOnlyBanner")
    label.setWordWrap(True)
    label.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px; border: 1px solid #e0c36c;")
    return label
