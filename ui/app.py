"""Starting the window: the application object, translations, theme, the database, errors shown not thrown."""

import getpass
import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from resources import resource_path
from storage.logs import configure_file_logging
from ui.splash import make_splash
from ui.theme import apply_theme

log = logging.getLogger("langmoi")


def install_translations(app: QCoreApplication, language: str = "vi") -> list[QTranslator]:
    """Load Làng Mới's own and Qt's translations for `language` (Vietnamese by default)."""
    translators = []
    ours = str(resource_path("i18n"))
    for name, folder in (("langmoi", ours), ("qt_buttons", ours),
                         ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            translators.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    return translators


def _show_unexpected(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """sys.excepthook: log the traceback, show the user one sentence. A refusal of the database met in a direct save
    (busy with another program's write, open read-only) is shown as it says, nothing having been written."""
    from storage.errors import StorageError

    if isinstance(error, StorageError):
        log.warning("refused by the database: %s", error)
        QMessageBox.warning(None, QCoreApplication.translate("App", "Not saved"), str(error))
        return
    log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, trace)))
    QMessageBox.critical(None, QCoreApplication.translate("App", "Unexpected error"), QCoreApplication.translate(
        "App", "Something went wrong and the action was not completed. Nothing half-done was saved; "
               "the details are in the log file."))


def run_window(db_choice: str | None) -> int:
    """Open the database, find who works (alone, first account, sign-in), show the window; again after a
    sign-out or a change of database in the settings."""
    configure_file_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("LangMoi")
    app.setApplicationName("LangMoi")
    app.setApplicationDisplayName("Làng Mới")
    install_translations(app)
    apply_theme(app)
    sys.excepthook = _show_unexpected
    looking = False  # open only to look: chosen when another program holds the file, or it is on a network drive
    while True:
        splash = make_splash()
        splash.show()
        app.processEvents()
        # Imported after the splash is painted: the database layer (SQLModel, SQLAlchemy) takes over a second.
        from storage.database import open_database
        from storage.errors import DatabaseDamaged, DatabaseHeld, NetworkDrive, SchemaMismatch, StorageError
        from storage.location import database_url
        from ui.account_dialogs import who_works
        from ui.looking import Opening, ask_how_to_open
        from ui.main_window import MainWindow

        url = database_url(db_choice)
        try:
            database = open_database(url, actor=getpass.getuser(), read_only=looking)
        except (DatabaseHeld, NetworkDrive) as refusal:
            splash.close()
            opening = ask_how_to_open(refusal, url)
            if opening is Opening.QUIT:
                return 2
            looking = opening is Opening.LOOK
            db_choice = db_choice if looking else None
            continue
        except (DatabaseDamaged, SchemaMismatch) as problem:
            splash.close()
            from ui.recovery import recover

            if (chosen := recover(problem, url)) is None:
                return 2
            db_choice, looking = chosen
            continue
        except StorageError as error:
            splash.close()
            if not _choose_other_database(url, str(error)):
                return 2
            db_choice = None
            continue
        splash.close()
        user = who_works(database, getpass.getuser())
        if user is None:
            database.close()
            return 0
        window = MainWindow(database, user)
        window.show()
        try:
            code = app.exec()
        finally:
            database.close()
        if window.next_start is None:
            return code
        if window.next_start == "restore":
            from ui.recovery import restore_with_progress

            restore_with_progress(url, window.restore_from)
        looking = False
        db_choice = None if window.next_start == "database" else db_choice


def _choose_other_database(url: str, message: str) -> bool:
    """The database cannot be opened: say why, and offer to choose another one. True when one was chosen."""
    from ui.database_dialog import DatabaseDialog

    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("App", "Cannot open the database"),
                      message)
    choose = box.addButton(QCoreApplication.translate("App", "Choose another database…"),
                           QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is choose and DatabaseDialog(url).exec() == QDialog.DialogCode.Accepted
