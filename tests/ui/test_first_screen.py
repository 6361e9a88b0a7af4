"""The first screen from a stamped snapshot (ui/first_screen.py, issue 14): a window closed on a database file keeps
what it showed; the next window on the same unchanged file shows it before the database is even opened, and the
live window takes its place once settled. A changed file, an account, a server or a damaged snapshot: none."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QTreeView

from domain.access import Principal
from domain.vocabulary import Role
from storage.database import open_database
from tests.conftest import ACTOR, OFFICER
from tests.ui.conftest import open_window, settle
from tests.ui.test_startup_imports import ROOT, SLOW
from ui import first_screen, first_screen_file
from ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("snapshots")


@pytest.fixture
def snapshots(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache" / "LangMoi" / "first-screen"  # as theme.cache_folder says under XDG_CACHE_HOME
    monkeypatch.setattr(first_screen_file, "snapshot_folder", lambda: folder)
    return folder


def tree_rows(tree: QTreeView) -> list[tuple[int, str, str]]:
    """The tree's rows a user sees (those of expanded rows): depth, name, figures."""
    model, rows = tree.model(), []
    index = model.index(0, 0)
    while index.isValid():
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        rows.append((depth, index.data(), index.siblingAtColumn(1).data()))
        index = tree.indexBelow(index)
    return rows


def table_rows(model) -> list[list[str]]:
    return [[model.index(row, column).data() or "" for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def closed_on_a_village(qtbot, database, settings) -> tuple[list, list, str]:
    """A window on `database` closed with the plan's last village open, as a user leaves it: what it showed."""
    window = open_window(qtbot, database, OFFICER, settings)
    window.open_village(window.places[-1].village_id)
    settle(qtbot, window)
    shown = tree_rows(window.tree), table_rows(window.village_panel.checklist_model), \
        window.village_panel.title.text()
    window.close()
    database.close()
    assert first_screen.keep(window, database.url, OFFICER, ACTOR) is not None
    return shown


def test_the_next_window_on_the_unchanged_file_shows_what_the_last_one_showed(qtbot, database, db_path, settings):
    tree, checklist, title = closed_on_a_village(qtbot, database, settings)
    assert any(name == title for _depth, name, _figures in tree)

    window = MainWindow(settings)
    qtbot.addWidget(window)
    shown = first_screen.show(window, str(db_path))
    assert shown is not None
    window.show()
    assert shown.tree_view.isVisible() and shown.village_page.isVisible()
    assert tree_rows(shown.tree_view) == tree
    assert shown.tree_view.selectionModel().selectedRows()[0].data() == title
    assert table_rows(shown.checklist_model) == checklist
    assert shown.village_page.findChild(type(window.ui.openingLabel), "villageTitle").text() == title
    assert window.statusBar().currentMessage() == window.ui.openingLabel.text()  # still opening
    assert not shown.tree_model.flags(shown.tree_model.index(0, 0)) & shown.tree_model.flags(
        shown.tree_model.index(0, 0)).ItemIsEditable

    reopened = open_database(database.url, actor=ACTOR)
    try:
        shown.opened(reopened.url)
        assert not shown.removed  # the same file
        window.attach(reopened, OFFICER)
        qtbot.waitUntil(lambda: shown.removed, timeout=20_000)
        assert window.ui.treeStack.currentWidget() is window.tree and window.tree.isVisible()
        assert tree_rows(window.tree) == tree
        assert table_rows(window.village_panel.checklist_model) == checklist
        assert window.statusBar().currentMessage() == ""
        assert window.plan_combo.isEnabled() and window.plan_combo.count() == len(window.plans)
    finally:
        window.close()
        reopened.close()


def test_a_tree_scrolled_far_down_shows_its_top_row_and_the_current_village(qtbot, database, db_path, settings,
                                                                             monkeypatch):
    """Scrolled past the rows kept (TREE_ROWS, lowered here for the sample's tree), the first screen shows the rows
    the user left on screen, the village open selected, not the tree's first rows."""
    window = open_window(qtbot, database, OFFICER, settings)
    window.tree.expandAll()
    window.open_village(window.places[-1].village_id)
    settle(qtbot, window)
    window.tree.scrollToBottom()
    qtbot.wait(10)
    rows = tree_rows(window.tree)
    live_top = window.tree.indexAt(QPoint(0, 0))
    top_at = next(at for at, (_depth, name, _figures) in enumerate(rows) if name == live_top.data())
    on_screen = len(rows) - top_at
    monkeypatch.setattr(first_screen, "TREE_ROWS", on_screen + 2)
    monkeypatch.setattr(first_screen, "TREE_ABOVE", 1, raising=False)
    assert top_at > first_screen.TREE_ROWS  # scrolled past the rows kept
    title = window.village_panel.title.text()
    window.close()
    database.close()
    assert first_screen.keep(window, database.url, OFFICER, ACTOR) is not None

    next_window = MainWindow(settings)
    qtbot.addWidget(next_window)
    shown = first_screen.show(next_window, str(db_path))
    assert shown is not None
    next_window.show()
    qtbot.wait(10)
    assert shown.tree_view.indexAt(QPoint(0, 0)).data() == live_top.data()
    assert shown.tree_view.selectionModel().selectedRows()[0].data() == title
    shown.remove()


def test_a_write_after_the_close_or_a_wal_beside_the_file_shows_none(qtbot, database, db_path, settings):
    closed_on_a_village(qtbot, database, settings)
    assert first_screen.load(db_path) is not None
    wal = Path(f"{db_path}-wal")
    wal.write_bytes(b"\x37\x7f\x06\x82 a write not yet in the file")
    assert first_screen.load(db_path) is None
    wal.unlink()
    connection = sqlite3.connect(db_path)
    connection.execute("CREATE TABLE written_since (x)")
    connection.commit()
    connection.close()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert first_screen.show(window, str(db_path)) is None
    assert window.ui.treeStack.currentWidget() is window.ui.openingLabel


def test_a_database_with_accounts_or_a_server_keeps_none(qtbot, database, db_path, settings, snapshots):
    window = open_window(qtbot, database, OFFICER, settings)
    window.close()
    database.close()
    account = Principal(name="lan", role=Role.SECRETARIAT, full_name="Lan", user_id=1)
    assert first_screen.keep(window, database.url, account, ACTOR) is None
    assert first_screen.keep(window, "postgresql+psycopg://lan@127.0.0.1/langmoi", OFFICER, ACTOR) is None
    assert not snapshots.exists() or list(snapshots.iterdir()) == []
    assert first_screen.chosen_file("postgresql+psycopg://lan@127.0.0.1/langmoi") is None


def test_a_first_account_added_in_the_window_keeps_none(qtbot, database, db_path, settings, snapshots):
    """The local user adds the first account (System → Accounts) and closes: the next start asks to sign in, so it
    must not show the data before it. The window's user stays the operating system's; the file says otherwise."""
    from domain.accounts import AccountForm
    from ui.account_gateway import AccountGateway

    closed_on_a_village(qtbot, database, settings)
    reopened = open_database(database.url, actor=ACTOR)
    window = open_window(qtbot, reopened, OFFICER, settings)
    AccountGateway(reopened, OFFICER).save_account(
        AccountForm("chanh.vp", "Trần Văn Chánh", Role.SECRETARIAT, "mật khẩu dài"), None)
    window.close()
    reopened.close()
    assert first_screen.keep(window, reopened.url, OFFICER, ACTOR) is None
    assert list(snapshots.glob("*.json")) == []
    assert not Path(f"{db_path}-wal").exists() or Path(f"{db_path}-wal").stat().st_size == 0
    next_window = MainWindow(settings)
    qtbot.addWidget(next_window)
    assert first_screen.show(next_window, str(db_path)) is None


def test_the_accounts_are_asked_of_the_file_without_writing_beside_it(tmp_path):
    """A read-only connection to a WAL file would leave a -shm and a -wal beside the user's database."""
    path = tmp_path / "langmoi.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE useraccount (id INTEGER)")
    connection.commit()
    connection.close()
    assert first_screen._without_accounts(path)
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO useraccount VALUES (1)")
    connection.commit()
    connection.close()
    before = first_screen.stamp(path)
    assert not first_screen._without_accounts(path)
    assert not first_screen._without_accounts(tmp_path / "missing.sqlite3")
    assert sorted(file.name for file in tmp_path.iterdir()) == ["langmoi.sqlite3"]
    assert first_screen.stamp(path) == before


@pytest.mark.parametrize("damage", ["truncated", "not json", "other version", "a byte flipped in a name",
                                    "broken rows"])
def test_a_damaged_snapshot_is_ignored_and_the_window_opens_as_without(qtbot, database, db_path, settings, damage):
    closed_on_a_village(qtbot, database, settings)
    kept = first_screen.snapshot_file(db_path.resolve())
    text = kept.read_bytes()
    snapshot = json.loads(text.partition(b"\n")[2])
    if damage == "truncated":
        kept.write_bytes(text[: len(text) // 2])
    elif damage == "not json":
        kept.write_bytes(first_screen.encoded(snapshot)[:9] + b"\x00\xff garbage")
    elif damage == "other version":
        kept.write_bytes(first_screen.encoded({**snapshot, "version": 0}))
    elif damage == "a byte flipped in a name":
        village = snapshot["village"]["title"].encode("utf-8")
        at = text.index(village)
        kept.write_bytes(text[:at] + bytes([text[at] ^ 1]) + text[at + 1:])  # its first letter's last bit: still JSON
    else:
        snapshot["tree"]["rows"][0][0] = 3  # a row deeper than its parent's
        kept.write_bytes(first_screen.encoded(snapshot))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert first_screen.show(window, str(db_path)) is None
    reopened = open_database(database.url, actor=ACTOR)
    try:
        window.show()
        window.attach(reopened, OFFICER)
        settle(qtbot, window)
        assert window.ui.treeStack.currentWidget() is window.tree and window.places
    finally:
        window.close()
        reopened.close()


def test_the_cache_keeps_a_few_snapshots_the_newest(tmp_path, snapshots):
    for number in range(first_screen.KEPT + 3):
        first_screen.save({"version": first_screen.VERSION, "number": number}, tmp_path / f"{number}.sqlite3")
        kept = first_screen.snapshot_file(tmp_path / f"{number}.sqlite3")
        os.utime(kept, ns=(number * 10**9, number * 10**9))
    first_screen.save({"version": first_screen.VERSION}, tmp_path / "last.sqlite3")
    assert len(list(snapshots.glob("*.json"))) == first_screen.KEPT
    assert first_screen.snapshot_file(tmp_path / "last.sqlite3").exists()
    assert not first_screen.snapshot_file(tmp_path / "0.sqlite3").exists()
    assert list(snapshots.glob("*.part")) == []


def test_a_failed_write_leaves_no_partial_file_and_a_snapshot_gone_meanwhile_is_no_failure(tmp_path, snapshots,
                                                                                           monkeypatch):
    first_screen.save({"version": first_screen.VERSION}, tmp_path / "a.sqlite3")
    left = snapshots / "00000000.json.part"  # a window that ended while writing, long ago
    left.write_bytes(b"{")
    os.utime(left, ns=(0, 0))
    (snapshots / "0badf00d.json").symlink_to(snapshots / "removed meanwhile.json")  # listed, gone when stat()ed
    assert first_screen.save({"version": first_screen.VERSION}, tmp_path / "b.sqlite3") is not None
    assert list(snapshots.glob("*.part")) == []

    real_write = Path.write_bytes

    def half_written(self, data):
        real_write(self, data[: len(data) // 2])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", half_written)
    with pytest.raises(OSError):
        first_screen.save({"version": first_screen.VERSION}, tmp_path / "c.sqlite3")
    assert list(snapshots.glob("*.part")) == []
    assert not first_screen.snapshot_file(tmp_path / "c.sqlite3").exists()


def test_a_database_url_is_read_back_as_its_file_without_sqlalchemy(tmp_path):
    from storage.location import sqlite_url

    for name in ("Báo cáo #2", "Hỏi?", "100%", "a b+c;d@e:f"):
        path = tmp_path / name / "langmoi.sqlite3"
        assert first_screen.url_path(sqlite_url(path)) == path
    assert first_screen.url_path("sqlite://") is None
    assert first_screen.url_path("sqlite:///x.sqlite3?mode=ro") is None


PAINT_FROM_SNAPSHOT = """
import json, sys
from ui.app import prepared_application
from ui.main_window import MainWindow
from ui.first_screen import show
app = prepared_application()
window = MainWindow()
shown = show(window, sys.argv[1])
window.show()
app.processEvents()
print(json.dumps({"shown": shown is not None, "slow": sorted(m for m in SLOW if m in sys.modules)}))
"""


def test_the_first_screen_is_painted_before_the_database_layer_is_imported(qtbot, database, db_path, settings,
                                                                           tmp_path):
    """In a fresh interpreter, as a start: the snapshot shown and painted with none of SQLAlchemy, SQLModel, Alembic
    nor the pages made later imported."""
    closed_on_a_village(qtbot, database, settings)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "HOME": str(tmp_path),
                   "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", PAINT_FROM_SNAPSHOT.replace("SLOW", repr(SLOW)), str(db_path)],
                          cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"shown": True, "slow": []}


@pytest.mark.skipif(sys.platform not in ("win32", "linux"), reason="Qt's folders are platformdirs' there only")
def test_the_first_screen_looks_for_the_file_the_database_layer_opens(tmp_path, monkeypatch):
    """--db, else LANGMOI_DB, else the saved choice, else the default file: found with Qt's folders before the
    first paint, as storage.location finds it with platformdirs' once the database layer is loaded."""
    from storage.location import database_url, save_choice, sqlite_path, sqlite_url

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("LANGMOI_DB", raising=False)
    default = tmp_path / "data" / "LangMoi" / "langmoi.sqlite3"
    assert first_screen.chosen_file(None) == sqlite_path(database_url(None)) == default
    save_choice(sqlite_url(tmp_path / "Báo cáo #2" / "chọn.sqlite3"))
    assert first_screen.chosen_file(None) == sqlite_path(database_url(None)) == tmp_path / "Báo cáo #2/chọn.sqlite3"
    monkeypatch.setenv("LANGMOI_DB", str(tmp_path / "môi trường.sqlite3"))
    assert first_screen.chosen_file(None) == sqlite_path(database_url(None)) == tmp_path / "môi trường.sqlite3"
    assert first_screen.chosen_file(str(tmp_path / "db.sqlite3")) == tmp_path / "db.sqlite3"
