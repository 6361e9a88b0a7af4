"""Which database this PC works on: its own SQLite file, or the office's shared PostgreSQL server."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url

from storage.credentials import store_password, with_password
from storage.errors import StorageError
from storage.location import save_choice, sqlite_path
from storage.network_drive import network_share
from storage.server_check import check_server


class DatabaseDialog(QDialog):
    """Shows the current choice; OK checks a server connection, keeps the password in the keyring and the
    choice (without password) for the next start. `chosen_url` is set when the user changed something."""

    def __init__(self, current_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Database"))
        self.chosen_url: str | None = None
        self.current_url = current_url
        self.local = QRadioButton(self.tr("On this PC (SQLite file)"))
        self.local.setObjectName("local")
        self.shared = QRadioButton(self.tr("On the office's shared server (PostgreSQL)"))
        self.shared.setObjectName("shared")
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.shared)
        self.file = QLineEdit()
        self.file.setObjectName("file")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.host = QLineEdit()
        self.host.setObjectName("host")
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.port.setGroupSeparatorShown(False)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.user = QLineEdit()
        self.user.setObjectName("user")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the Windows password store, not in a file"))
        server = QFormLayout()
        server.addRow(self.tr("Server"), self.host)
        server.addRow(self.tr("Port"), self.port)
        server.addRow(self.tr("Database name"), self.name)
        server.addRow(self.tr("User"), self.user)
        server.addRow(self.tr("Password"), self.password)
        self.server_box = QWidget()
        self.server_box.setLayout(server)
        self.test_button = QPushButton(self.tr("Test the connection"))
        self.test_button.clicked.connect(self.test)
        self.outcome = QLabel()
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("Làng Mới opens again on the chosen database; with a shared server everyone signs in."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.local)
        layout.addLayout(file_row)
        layout.addWidget(self.shared)
        layout.addWidget(self.server_box)
        layout.addWidget(self.test_button)
        layout.addWidget(self.outcome)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.local.toggled.connect(self._kind_changed)
        self.file.textChanged.connect(self._warn_of_network_drive)
        self._show(current_url)

    def _show(self, url: str) -> None:
        path = sqlite_path(url)
        if path is not None:
            self.local.setChecked(True)
            self.file.setText(str(path))
        else:
            parsed = make_url(url)
            self.shared.setChecked(True)
            self.host.setText(parsed.host or "")
            self.port.setValue(parsed.port or 5432)
            self.name.setText(parsed.database or "")
            self.user.setText(parsed.username or "")
        self._kind_changed()

    def _kind_changed(self) -> None:
        local = self.local.isChecked()
        self.file.setEnabled(local)
        self.server_box.setEnabled(not local)
        self.test_button.setEnabled(not local)
        self._warn_of_network_drive()

    def _warn_of_network_drive(self) -> None:
        """A file on a network drive is only opened read-only: say so as soon as it is picked or typed."""
        chosen = self.file.text().strip()
        share = network_share(chosen) if self.local.isChecked() and chosen else None
        self.outcome.setStyleSheet("color: #b00020;")
        self.outcome.setText(self.tr(
            "This file is on a network drive (%1): Làng Mới will only open it read-only, since two PCs writing one "
            "SQLite file on a shared drive corrupt it. For several PCs, choose the office's shared server.")
            .replace("%1", share) if share else "")

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Database file"), self.file.text(),
                                                self.tr("Làng Mới database (*.sqlite3)"),
                                                options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            self.file.setText(chosen)

    def url(self) -> str:
        """The chosen database as a URL without password."""
        if self.local.isChecked():
            return f"sqlite:///{Path(self.file.text().strip()).expanduser().resolve()}"
        return URL.create("postgresql+psycopg", username=self.user.text().strip() or None,
                          host=self.host.text().strip() or None, port=self.port.value(),
                          database=self.name.text().strip() or None).render_as_string(hide_password=False)

    def _connect_url(self) -> str:
        """With the password typed, or else the one kept in the keyring."""
        url = self.url()
        if self.password.text():
            return make_url(url).set(password=self.password.text()).render_as_string(hide_password=False)
        return with_password(url)

    def _problem(self) -> str | None:
        if self.local.isChecked():
            return None if self.file.text().strip() else self.tr("Choose the database file.")
        if not (self.host.text().strip() and self.name.text().strip() and self.user.text().strip()):
            return self.tr("Fill in the server, the database name and the user.")
        return None

    def test(self) -> bool:
        problem = self._problem()
        if problem is None and self.shared.isChecked():
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # at most the connection timeout
            try:
                check_server(self._connect_url())
            except StorageError as error:
                problem = str(error)
            finally:
                QApplication.restoreOverrideCursor()
        self.outcome.setStyleSheet("color: #b00020;" if problem else "color: #1b5e20;")
        self.outcome.setText(problem or self.tr("Connected."))
        return problem is None

    def _accept(self) -> None:
        if not self.test():
            return
        url = self.url()
        try:
            if self.shared.isChecked() and self.password.text():
                store_password(url, self.password.text())
            save_choice(url)
        except (StorageError, OSError) as error:
            self.outcome.setStyleSheet("color: #b00020;")
            self.outcome.setText(str(error))
            return
        self.chosen_url = url if url != self.current_url else None
        self.accept()
