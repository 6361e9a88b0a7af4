"""File dialogs open in the Documents folder, then in the folder last used for that kind of file: the plan's
workbooks, the team update workbooks written and those sent back, exports, the history workbook, database files."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from ui.database_dialog import DatabaseDialog
from ui.export_folder import FileKind, documents_folder, remember_folder, start_folder
from ui.updates_dialogs import UpdatesExportDialog


class Dialogs:
    """QFileDialog's static functions replaced: each call's title and starting folder noted, then cancelled (or
    answered with `answer` once)."""

    def __init__(self, monkeypatch) -> None:
        self.started: list[tuple[str, Path]] = []
        self.answer = ""
        for name in ("getOpenFileName", "getSaveFileName"):
            monkeypatch.setattr(QFileDialog, name, self._file)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", self._folder)

    def _note(self, title: str, start: str) -> str:
        path = Path(start)
        self.started.append((title, path if path.is_dir() else path.parent))
        answer, self.answer = self.answer, ""
        return answer

    def _file(self, _parent, title, start, *_args, **_kwargs):
        return self._note(title, start), ""

    def _folder(self, _parent, title, start, *_args, **_kwargs):
        return self._note(title, start)

    def last(self) -> Path:
        return self.started[-1][1]


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    """A home folder of the test's own with its Documents folder, as QStandardPaths finds it."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home / "Documents"


def test_documents_is_found_and_a_missing_one_gives_home(documents, tmp_path, monkeypatch):
    assert documents_folder() == str(documents)
    documents.rmdir()
    assert documents_folder() == str(tmp_path / "home")


def test_a_remembered_folder_that_is_gone_gives_documents(documents, settings, tmp_path):
    stick = tmp_path / "USB"
    stick.mkdir()
    remember_folder(settings, FileKind.PLAN_WORKBOOK, stick / "ke_hoach.xlsx")
    assert start_folder(settings, FileKind.PLAN_WORKBOOK) == str(stick)
    assert start_folder(settings, FileKind.RETURNED_UPDATES) == str(documents)
    stick.rmdir()
    assert start_folder(settings, FileKind.PLAN_WORKBOOK) == str(documents)


def _ask_each(window, monkeypatch) -> None:
    """Every file dialog of the window's menus, one after the other (each cancelled unless answered)."""
    monkeypatch.setattr(UpdatesExportDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    window.plan_menu.import_plan()
    window.plan_menu.export_plan()
    window.plan_menu.export_template()
    window.printing.export_summary()
    window.updates.export_action.trigger()
    window.updates.take_back(window.plan)


def test_every_dialog_starts_in_documents_then_where_its_kind_was_last(qtbot, monkeypatch, small_window, documents,
                                                                       tmp_path):
    dialogs = Dialogs(monkeypatch)
    _ask_each(small_window, monkeypatch)
    assert len(dialogs.started) == 6
    assert {folder for _title, folder in dialogs.started} == {documents}, dialogs.started

    plans, returned = tmp_path / "Kế hoạch 2026", tmp_path / "Phiếu nhận về"
    plans.mkdir(), returned.mkdir()
    dialogs.answer = str(plans / "mau_ke_hoach.xlsx")
    small_window.plan_menu.export_template()
    qtbot.waitUntil(lambda: not small_window.tasks, timeout=20000)
    assert (plans / "mau_ke_hoach.xlsx").is_file()
    dialogs.answer = str(returned / "so_mot.xlsx")  # its folder remembered as it is chosen, before it is read
    monkeypatch.setattr("ui.updates_actions.UpdatesActions.read", lambda *args: None)
    small_window.updates.take_back(small_window.plan)

    dialogs.started.clear()
    _ask_each(small_window, monkeypatch)
    assert [folder for _title, folder in dialogs.started] == [plans, plans, plans, documents, documents, returned]


def test_the_database_file_is_chosen_beside_the_current_one_or_in_documents(qtbot, monkeypatch, settings, documents,
                                                                            tmp_path):
    dialogs = Dialogs(monkeypatch)
    current = tmp_path / "Dữ liệu ?#" / "langmoi.sqlite3"
    beside = DatabaseDialog(f"sqlite:///{tmp_path}/x.sqlite3", settings=settings)
    qtbot.addWidget(beside)
    beside.file.setText(str(current))
    current.parent.mkdir()
    beside._browse()
    assert dialogs.last() == current.parent
    server = DatabaseDialog("postgresql+psycopg://langmoi_app@10.0.0.5/langmoi", settings=settings)
    qtbot.addWidget(server)
    server.local.setChecked(True)
    server.file.clear()
    chosen = dialogs.answer = str(tmp_path / "Mới" / "langmoi.sqlite3")
    server._browse()
    assert dialogs.last() == documents
    assert server.file.text() == chosen
    assert server.url().endswith("/M%E1%BB%9Bi/langmoi.sqlite3")
    assert start_folder(settings, FileKind.DATABASE) == str(documents)  # "Mới" does not exist (yet)
