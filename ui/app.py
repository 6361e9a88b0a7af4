"""Starting the window: the application object, translations, theme, the window, then the database behind it;
errors shown not thrown."""

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from resources import resource_path
from ui.application import named_application
from ui.main_window import MainWindow
from ui.startup_trace import closes_when_settled, mark
from ui.theme import apply_theme
from ui.window_host import WindowHost
from ui.window_picture import placed_host

log = logging.getLogger("langmoi")


def install_translations(app: QCoreApplication, language: str = "vi") -> list[QTranslator]:
    """Load Làng Mới's own and Qt's translations for `language` (Vietnamese by default)."""
    translators = []
    ours = str(resource_path("i18n"))
    for name, folder in (("langmoi", ours), ("qt_buttons", ours), ("qt_widgets", ours),
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
    from PySide6.QtWidgets import QMessageBox

    from storage.errors import StorageError

    if isinstance(error, StorageError):
        log.warning("refused by the database: %s", error)
        QMessageBox.warning(None, QCoreApplication.translate("App", "Not saved"), error.window_text())
        return
    log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, trace)))
    QMessageBox.critical(None, QCoreApplication.translate("App", "Unexpected error"), QCoreApplication.translate(
        "App", "Something went wrong and the action was not completed. Nothing half-done was saved; "
               "the details are in the log file."))


def prepared_application() -> QApplication:
    """The application object (made in the theme's style unless there is one), named, with its icon, translations and
    theme: what comes before the main window. The theme is applied before the window is built from its form: each
    widget is then styled once as it is made (setting the style sheet over a window already built styled it again:
    ~25 million instructions more, callgrind)."""
    app = named_application()
    install_translations(app)
    apply_theme(app)
    return app


def run_window(db_choice: str | None, host: WindowHost | None = None) -> int:
    """Show the window, then open the database behind it and find who works (alone, first account, sign-in);
    again, in a new window, after a sign-out, a change of database in the settings or a restore.

    `host`: the program's window, already showing the picture of the last close (ui/window_picture.first_paint).
    The main window is painted before the database layer is imported (SQLAlchemy and SQLModel take about a second):
    ui/database_opening.py opens the database in a thread of its own while the window says so. The log file is set up
    after the first paint (logging.handlers and its imports, ~13 ms); an error before it reaches stderr."""
    app = prepared_application()
    sys.excepthook = _show_unexpected
    looking = False  # open only to look: chosen when another program holds the file, or it is on a network drive
    while True:
        from ui.first_screen import keep, show

        host = host or placed_host()
        window = MainWindow(holder=host)
        host.hold(window)
        first_screen = show(window, db_choice)  # the tree and village of the last close on this unchanged file
        host.show_window()
        app.processEvents()
        mark("painted")
        if first_screen is not None:
            mark("first-screen")
        from storage.logs import configure_file_logging
        from ui.database_opening import open_over  # after the paint: the first paint does not need it (~2 ms)
        from ui.opening_picture import show_opening_picture

        show_opening_picture(window, window.ui.openingPicture)  # the icon drawn for this screen (~5-10 ms)
        # The search box's clear button (shown only over typed text): its icon, asked of the style, looks the desktop's
        # icon theme up (~30 M instructions under X, callgrind), so it comes after the paint, not in the form.
        window.ui.search.setClearButtonEnabled(True)

        configure_file_logging()  # at each window: after the first, it finds its handler there
        opened = open_over(window, db_choice, looking)
        if opened is None:  # refused and the user quit (2), or the window closed while the database opened
            code = 2 if window.isVisible() else 0
            window.close()
            return code
        mark("opened")
        if first_screen is not None:
            first_screen.opened(opened.url)
        import getpass

        from ui.account_dialogs import who_works

        user = who_works(opened.database, getpass.getuser(), parent=window)
        if user is None:
            opened.database.close()
            window.close()
            return 0
        window.settled.connect(_mark_settled_once(window))
        window.attach(opened.database, user)
        mark("attached")
        try:
            code = app.exec()
        finally:
            opened.database.close()
        kept = keep(window, opened.url, user, getpass.getuser())  # the file closed: what the window shows, stamped
        if kept is not None and window.next_start is None:  # a window started again at once paints no picture
            from ui.first_screen_file import url_path
            from ui.window_picture import take

            take(host, url_path(opened.url).resolve())  # the window the next start paints first, from that snapshot
        if window.next_start is None:
            return code
        if window.next_start == "restore":
            from ui.recovery import restore_with_progress

            restore_with_progress(opened.url, window.restore_from)
        looking = False
        db_choice = None if window.next_start == "database" else opened.db_choice
        host.deleteLater()
        host = None


def _mark_settled_once(window) -> Callable[[], None]:
    """The start's last milestone: the first time the attached window has its tree and village on screen."""
    def settled() -> None:
        window.settled.disconnect(settled)
        mark("settled")
        if closes_when_settled():  # the benchmark's request (ui/startup_trace.py)
            window.close()

    return settled
