"""Starting the window: the application object, translations, theme, the database, errors shown not thrown."""

import getpass
import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

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
    """sys.excepthook: log the traceback, show the user one sentence."""
    log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, trace)))
    QMessageBox.critical(None, QCoreApplication.translate("App", "Unexpected error"), QCoreApplication.translate(
        "App", "Something went wrong and the action was not completed. Nothing half-done was saved; "
               "the details are in the log file."))


def run_window(db_choice: str | None) -> int:
    configure_file_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("LangMoi")
    app.setApplicationName("LangMoi")
    app.setApplicationDisplayName("Làng Mới")
    install_translations(app)
    apply_theme(app)
    sys.excepthook = _show_unexpected
    splash = make_splash()
    splash.show()
    app.processEvents()
    # Imported after the splash is painted: the database layer (SQLModel, SQLAlchemy) takes over a second.
    from domain.access import Principal
    from storage.database import open_database
    from storage.errors import StorageError
    from storage.location import database_url
    from ui.main_window import MainWindow

    try:
        database = open_database(database_url(db_choice), actor=getpass.getuser())
    except StorageError as error:
        splash.close()
        QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the database"), str(error))
        return 2
    window = MainWindow(database, Principal.local(getpass.getuser()))
    window.show()
    splash.finish(window)
    try:
        return app.exec()
    finally:
        database.close()
