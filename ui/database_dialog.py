"""Which database this PC works on: its own SQLite file, or the office's shared PostgreSQL server."""

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from storage.location import save_choice, sqlite_path, sqlite_url
from ui.export_folder import FileKind, remember_folder, start_folder
from ui.forms.database_dialog_ui import Ui_DatabaseDialog
from ui.latest_read import LatestRead


class DatabaseDialog(QDialog):
    """Shows the current choice; OK checks a server by signing in with the account typed (off the GUI thread),
    then keeps the choice for the next start: the server, port and database only, never a user name or password
    (everyone signs in at each start; signing in is connecting as one's own account). `chosen_url` is set when
    the user changed something. Laid out by ui/forms/database_dialog.ui. SQLAlchemy (URLs, the check) is imported
    when the dialog is built, not with the module: the window imports this module before the database layer."""

    def __init__(self, current_url: str, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DatabaseDialog()
        self.ui.setupUi(self)
        self.chosen_url: str | None = None
        self.current_url = current_url
        self.settings = settings
        """Where the last database file was chosen (the window's settings; the application's by default)."""
        self.local, self.shared, self.file = self.ui.local, self.ui.shared, self.ui.file
        self.host, self.port, self.name, self.user = self.ui.host, self.ui.port, self.ui.name, self.ui.user
        self.password, self.server_box, self.outcome = self.ui.password, self.ui.serverBox, self.ui.outcome
        self.test_button = self.ui.testButton
        self.ui.browseButton.clicked.connect(self._browse)
        self.test_button.clicked.connect(self.test)
        self.ui.buttons.accepted.connect(lambda: self._check(keep=True))
        self.reads = LatestRead(self)
        self.reads.failed.connect(lambda _kind, message: self._checked(message))
        self.local.toggled.connect(self._kind_changed)
        self.file.textChanged.connect(self._warn_of_network_drive)
        self._show(current_url)

    def _show(self, url: str) -> None:
        path = sqlite_path(url)
        if path is not None:
            self.local.setChecked(True)
            self.file.setText(str(path))
        else:
            from sqlalchemy.engine import make_url

            parsed = make_url(url)
            self.shared.setChecked(True)
            self.host.setText(parsed.host or "")
            self.port.setValue(parsed.port or 5432)
            self.name.setText(parsed.database or "")
        self._kind_changed()

    def _kind_changed(self) -> None:
        local = self.local.isChecked()
        self.file.setEnabled(local)
        self.server_box.setEnabled(not local)
        self.test_button.setEnabled(not local)
        self._warn_of_network_drive()

    def _warn_of_network_drive(self) -> None:
        """A file on a network drive is only opened read-only: say so as soon as it is picked or typed."""
        from storage.network_drive import network_share

        chosen = self.file.text().strip()
        share = network_share(chosen) if self.local.isChecked() and chosen else None
        self.outcome.setStyleSheet("color: #b00020;")
        self.outcome.setText(self.tr(
            "This file is on a network drive (%1): Làng Mới will only open it read-only, since two PCs writing one "
            "SQLite file on a shared drive corrupt it. For several PCs, choose the office's shared server.")
            .replace("%1", share) if share else "")

    def _browse(self) -> None:
        settings = self.settings or QSettings()
        start = self.file.text().strip() or str(Path(start_folder(settings, FileKind.DATABASE)) / "langmoi.sqlite3")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Database file"), start,
                                                self.tr("Làng Mới database (*.sqlite3)"),
                                                options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            remember_folder(settings, FileKind.DATABASE, Path(chosen))
            self.file.setText(chosen)

    def url(self) -> str:
        """The chosen database as a URL: a file, or a server's address and database without user or password."""
        if self.local.isChecked():
            return sqlite_url(Path(self.file.text().strip()).expanduser().resolve())
        from sqlalchemy.engine import URL

        return URL.create("postgresql+psycopg", host=self.host.text().strip() or None, port=self.port.value(),
                          database=self.name.text().strip() or None).render_as_string(hide_password=False)

    def _problem(self) -> str | None:
        if self.local.isChecked():
            return None if self.file.text().strip() else self.tr("Choose the database file.")
        if not (self.host.text().strip() and self.name.text().strip() and self.user.text().strip()
                and self.password.text()):
            return self.tr("Fill in the server, the database name, and your user name and password to check "
                           "the connection.")
        return None

    def test(self) -> None:
        """Check the choice and say the answer under the form."""
        self._check(keep=False)

    def _check(self, keep: bool) -> None:
        """A server is tried off the GUI thread (up to its 5-second connection timeout), the dialog staying live;
        when the answer is yes and `keep`, the choice is kept and the dialog closes."""
        problem = self._problem()
        if problem is None and self.shared.isChecked():
            from storage.signing_in import check_sign_in

            url, user, password = self.url(), self.user.text().strip(), self.password.text()
            self._checking(True)
            self.outcome.setStyleSheet("color: #555555;")
            self.outcome.setText(self.tr("Connecting to the server…"))
            self.reads.request("server", lambda: check_sign_in(url, user, password),
                               lambda _none: self._checked(None, keep))
            return
        self._checked(problem, keep)

    def _checking(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy and self.shared.isChecked())
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _checked(self, problem: str | None, keep: bool = False) -> None:
        self._checking(False)
        self.outcome.setStyleSheet("color: #b00020;" if problem else "color: #1b5e20;")
        self.outcome.setText(problem or self.tr("Connected."))
        if problem is None and keep:
            self._keep()

    def _keep(self) -> None:
        url = self.url()
        try:
            save_choice(url)
        except OSError as error:
            self.outcome.setStyleSheet("color: #b00020;")
            self.outcome.setText(str(error))
            return
        self.chosen_url = url if url != self.current_url else None
        self.accept()

    def done(self, result: int) -> None:
        """Overrides QDialog.done: a server check still running is dropped, never shown."""
        self.reads.close()
        super().done(result)
