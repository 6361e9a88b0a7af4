"""The first screen from a stamped snapshot (issue 14): the window shows, at its first paint, the tree and the
village page it showed when it was last closed on the same database file, read-only, while the database layer is
imported and the file opened behind it; the live models take their place once the window has settled.

Like an e-mail program showing its cached folder while it connects. At the window's close (`keep`, once the
database is closed, which checkpoints SQLite's WAL), what the window shows is read through its models' `data()` in
Qt's roles: the tree's rows as expanded (at most TREE_ROWS about the top of its view), the village's title, lines,
tabs and checklist; with the file's stamp (its resolved path, size and st_mtime_ns; no -wal nor -journal beside
it). At the next start (`show`), the snapshot is shown only when the file has exactly that stamp: any write since
changes it (a read of a page's still queued at the close may open the file again: its WAL is then written back and
emptied). Only for a one-PC SQLite file without accounts, worked on by the operating-system user, and kept in
that user's cache folder: a database with accounts would show its data before the sign-in; a server's is never
kept. A damaged, truncated, older or foreign snapshot is ignored (logged), the window opening as without one.

The way to the first paint imports no SQLAlchemy: the file is found from --db, LANGMOI_DB, the saved choice or the
default file as storage/location.py finds it, its folders asked of Qt (ui/first_screen_file.py, which the window's
picture reads before the window's modules are imported: ui/window_picture.py); once opened, the database's own URL
is compared with it (`opened`) and a snapshot of another file is taken away. The picture is kept and removed with
its snapshot.
"""

from __future__ import annotations

import base64
import logging
import os
import time
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStackedWidget, QTreeView, QWidget

from ui.first_screen_file import SNAPSHOT_MAX_BYTES, chosen_file, read_kept, snapshot_file, stamp, url_path, write_whole
from ui.first_screen_file import SNAPSHOT_VERSION as VERSION

if TYPE_CHECKING:
    from domain.access import Principal
    from ui.first_screen_models import Cover
    from ui.main_window import MainWindow

log = logging.getLogger("langmoi")

TREE_ROWS = 400
"""Rows of the tree kept at most, from TREE_ABOVE above the top row of its view (with their parents)."""
TREE_ABOVE = 100
CHECKLIST_ROWS = 200
KEPT = 4
"""Snapshots kept, one a database file: the oldest is removed."""
PART_LEFT_NS = 60 * 10**9
"""A partial write older than this was left by a window that ended while writing (another's may be under way)."""
ICON_SIZE = 16
READS_END_S = 3
ROLES_KEPT = ("t", "i", "b", "it", "a", "f", "g")


# what the window shows, read through its models

class _Icons:
    """Icons as small PNGs, each kept once."""

    def __init__(self) -> None:
        self.pngs: list[str] = []

    def index(self, decoration: Any) -> int | None:
        if isinstance(decoration, QIcon):
            pixmap = decoration.pixmap(ICON_SIZE, ICON_SIZE)
        elif isinstance(decoration, QPixmap):
            pixmap = decoration
        else:
            return None
        if pixmap.isNull():
            return None
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        pixmap.save(buffer, "PNG")
        png = base64.b64encode(bytes(data)).decode("ascii")
        if png not in self.pngs:
            self.pngs.append(png)
        return self.pngs.index(png)


def _cell(index: QModelIndex, icons: _Icons) -> dict[str, Any]:
    cell: dict[str, Any] = {}
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text is not None:
        cell["t"] = str(text)
    icon = icons.index(index.data(Qt.ItemDataRole.DecorationRole))
    if icon is not None:
        cell["i"] = icon
    font = index.data(Qt.ItemDataRole.FontRole)
    if font is not None:
        if font.bold():
            cell["b"] = 1
        if font.italic():
            cell["it"] = 1
    alignment = index.data(Qt.ItemDataRole.TextAlignmentRole)
    if alignment is not None:
        cell["a"] = int(alignment.value if hasattr(alignment, "value") else alignment)
    for role, key in ((Qt.ItemDataRole.ForegroundRole, "f"), (Qt.ItemDataRole.BackgroundRole, "g")):
        colour = index.data(role)
        if colour is not None:
            colour = colour.color() if hasattr(colour, "color") else colour
            cell[key] = colour.name(colour.NameFormat.HexArgb)
    return cell


def _columns(header: QHeaderView, model) -> dict[str, Any]:
    columns = range(model.columnCount())
    return {"header": [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns],
            "widths": [header.sectionSize(c) for c in columns],
            "modes": [header.sectionResizeMode(c).value for c in columns]}


def capture_tree(tree: QTreeView, icons: _Icons) -> dict[str, Any]:
    """The tree's rows as shown (expanded ones' children), at most TREE_ROWS from TREE_ABOVE above its view's top row
    (walked to from the first row however far the user scrolled), with the parents of the first; each [depth, had
    children, its cells]."""
    model = tree.model()
    shown: list[QModelIndex] = []
    top = tree.indexAt(QPoint(0, 0))
    top_at: int | None = None if top.isValid() else 0
    index = model.index(0, 0)
    while index.isValid() and (top_at is None or len(shown) < top_at + TREE_ROWS):
        if index == top:
            top_at = len(shown)
        shown.append(index)
        index = tree.indexBelow(index)
    first = max(0, (top_at or 0) - TREE_ABOVE)
    kept = shown[first:first + TREE_ROWS]
    ancestors = []
    parent = kept[0].parent() if kept else QModelIndex()
    while parent.isValid():
        ancestors.insert(0, parent)
        parent = parent.parent()
    rows, current, top_row = [], -1, 0
    for index in ancestors + kept:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        if index == tree.currentIndex():
            current = len(rows)
        if index == top:
            top_row = len(rows)
        rows.append([depth, model.hasChildren(index),
                     [_cell(index.siblingAtColumn(column), icons) for column in range(model.columnCount())]])
    return {**_columns(tree.header(), model), "rows": rows, "current": current, "top": top_row,
            "decorated": tree.rootIsDecorated(), "header_hidden": tree.isHeaderHidden()}


def capture_village(window: MainWindow, icons: _Icons) -> dict[str, Any] | None:
    """The village page's lines, tabs and checklist, when it is the page on screen with a village shown."""
    panel = getattr(window, "village_panel", None)
    if panel is None or window.tabs.currentWidget() is not panel or not panel.checklist_model.rowCount():
        return None
    ui, view, model = panel.ui, panel.checklist_view, panel.checklist_view.model()
    rows = [[_cell(model.index(row, column), icons) for column in range(model.columnCount())]
            for row in range(min(model.rowCount(), CHECKLIST_ROWS))]
    notes = {name: getattr(ui, name).text() if not getattr(ui, name).isHidden() else None
             for name in ("templateNote", "readOnlyNote")}
    return {"title": ui.villageTitle.text(), "place": ui.villagePlace.text(), "details": ui.villageDetails.text(),
            "checklist_label": ui.checklistLabel.text(), **notes,
            "tabs": [panel.tabs.tabText(i) for i in range(panel.tabs.count())], "tab": panel.tabs.currentIndex(),
            "checklist": {**_columns(view.horizontalHeader(), model), "rows": rows,
                          "hidden": [c for c in range(model.columnCount()) if view.isColumnHidden(c)],
                          "heights": [view.rowHeight(row) for row in range(len(rows))]}}


def capture(window: MainWindow) -> dict[str, Any]:
    """What the window shows, its version first (the JSON's first bytes: ui/window_picture.py reads them)."""
    icons = _Icons()
    return {"version": VERSION, "tree": capture_tree(window.tree, icons), "village": capture_village(window, icons),
            "plan": window.plan_combo.currentText(), "year": window.year_combo.currentText(),
            "banner": window.banner.text() if not window.banner_box.isHidden() else None,
            "banner_button": not window.banner_button.isHidden(),
            "icons": icons.pngs}


def encoded(snapshot: dict[str, Any]) -> bytes:
    """The snapshot's JSON after a first line holding its CRC32 (8 hex digits): a flipped byte inside a text, still
    JSON, is not shown."""
    import json

    text = json.dumps(snapshot, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return b"%08x\n" % zlib.crc32(text) + text


def save(snapshot: dict[str, Any], path: Path) -> Path | None:
    """Written whole (a temporary file renamed over it) or not at all; the oldest snapshots past KEPT removed."""
    target = snapshot_file(path)
    text = encoded(snapshot)
    if len(text) > SNAPSHOT_MAX_BYTES:
        log.info("first screen: a snapshot of %d bytes is not kept", len(text))
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    write_whole(target, text)
    kept = sorted(target.parent.glob("*.json"), key=_modified, reverse=True)
    left = [file for file in target.parent.glob("*.part") if _modified(file) < time.time_ns() - PART_LEFT_NS]
    for old in kept[KEPT:]:
        _remove(old)
    from ui.window_picture import SUFFIX

    alone = [file for file in target.parent.glob(f"*{SUFFIX}") if not file.with_suffix(".json").exists()]
    for old in left + alone:
        old.unlink(missing_ok=True)
    return target


def _remove(snapshot: Path) -> None:
    """A snapshot and the window's picture rendered from it (ui/window_picture.py)."""
    from ui.window_picture import picture_file

    snapshot.unlink(missing_ok=True)
    picture_file(snapshot).unlink(missing_ok=True)


def _modified(file: Path) -> int:
    """The file's st_mtime_ns; -1 once removed (by another window's save meanwhile)."""
    try:
        return file.stat().st_mtime_ns
    except FileNotFoundError:
        return -1


def keep(window: MainWindow, url: str, user: Principal, os_user: str) -> Path | None:
    """At the window's close, the database closed: what it shows kept for the next start on this unchanged file;
    nothing for a server, a file opened read-only, or a database with accounts (the user not the operating system's
    own, alone). An old snapshot of the file is removed in every case."""
    from domain.access import Principal

    path = url_path(url)
    if path is None:
        return None
    path = path.resolve()
    _remove(snapshot_file(path))
    if user != Principal.local(os_user) or getattr(window, "database", None) is None:
        return None
    file_stamp = _closed_stamp(window, path)
    if file_stamp is None or window.database.read_only or not _live_on_screen(window):
        log.info("first screen: none kept for %s (%s)", path, "still being written" if file_stamp is None
                 else "opened read-only" if window.database.read_only else "closed before it settled")
        return None
    if not _without_accounts(path) or stamp(path) != file_stamp:
        log.info("first screen: none kept for %s (it has accounts, or could not be read)", path)
        return None
    try:
        return save({**capture(window), "stamp": file_stamp}, path)
    except Exception:  # a cache: whatever fails here, the window closes as without it
        log.exception("first screen: the snapshot was not kept")
        return None


def _closed_stamp(window: MainWindow, path: Path) -> dict[str, Any] | None:
    """The file's stamp once the closed window's reads (dropped, never waited for: the window's own and its pages')
    have given back their connections, the database closed again and the connections collected: the last one
    closed checkpoints the WAL. Given READS_END_S; None if a -wal file is still there."""
    import gc

    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + READS_END_S
    while True:
        window.database.close()
        gc.collect()  # a connection given back to the pool disposed of is closed when collected (seen: -wal left)
        if os.path.exists(f"{path}-wal"):  # a read of a page's, queued, opened one again: the WAL written back
            _checkpoint(path)
        file_stamp = stamp(path)
        if file_stamp is not None or time.monotonic() > deadline:
            return file_stamp
        QCoreApplication.processEvents()
        time.sleep(0.05)


def _without_accounts(path: Path) -> bool:
    """Whether the closed file itself holds no account: the first one may have been added in the window that closes
    (System → Accounts) while its user stayed the operating system's. Unreadable counts as accounts. Read as
    immutable: a read-only connection to a WAL file would leave a -shm and an empty -wal beside it; that reads the
    file alone, without locks, which the stamp taken again after makes safe (a write meanwhile changes it)."""
    import sqlite3

    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True, timeout=0.1)
        try:
            return connection.execute("SELECT 1 FROM useraccount LIMIT 1").fetchone() is None
        finally:
            connection.close()
    except sqlite3.Error as error:
        log.info("first screen: %s not read for its accounts (%s)", path, error)
        return False


def _checkpoint(path: Path) -> None:
    """The WAL written into the file and emptied (refused while a transaction reads or writes: the -wal then keeps
    its content, and no snapshot is kept)."""
    import sqlite3

    try:
        connection = sqlite3.connect(path, timeout=0.1)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
    except sqlite3.Error as error:
        log.info("first screen: %s not checkpointed (%s)", path, error)


def _live_on_screen(window: MainWindow) -> bool:
    """Whether the window shows its own tree (its plan laid out), no snapshot over it (closed before it settled)."""
    return window.ui.treeStack.currentWidget() is window.tree and not any(
        not first.removed for first in window.findChildren(FirstScreen))


def load(path: Path) -> dict[str, Any] | None:
    """The snapshot kept for the file at `path` when the file is unchanged since, else None (logged)."""
    target = snapshot_file(path)
    try:
        data = read_kept(target, SNAPSHOT_MAX_BYTES)
        if data is None:
            return None
        import json

        crc, _, text = data.partition(b"\n")
        if crc != b"%08x" % zlib.crc32(text):
            raise ValueError("its CRC32 does not match")
        snapshot = json.loads(text)
        if not isinstance(snapshot, dict) or snapshot.get("version") != VERSION:
            raise ValueError("not this version's")
    except (OSError, ValueError) as error:
        log.info("first screen: the snapshot %s is ignored (%s)", target, error)
        return None
    if snapshot.get("stamp") != stamp(path):
        log.info("first screen: %s changed since its snapshot", path)
        return None
    return snapshot


# the snapshot on the window

class FirstScreen(QObject):
    """A snapshot laid over the window's tree and village page, read-only, the status line saying the data is
    being opened; taken away when the window first settles, when a question is asked over it (the database refused,
    a sign-in) or when the database opened is not the snapshot's file."""

    def __init__(self, window: MainWindow, snapshot: dict[str, Any], path: Path) -> None:
        from ui.first_screen_models import CellLook, SnapshotTableModel, SnapshotTreeModel

        super().__init__(window)
        self.window, self.path, self.removed = window, path, False
        icons = [QPixmap() for _ in snapshot["icons"]]
        for pixmap, png in zip(icons, snapshot["icons"], strict=True):
            pixmap.loadFromData(base64.b64decode(png), "PNG")
        shown_tree = snapshot["tree"]
        self.tree_model = SnapshotTreeModel(shown_tree["header"], shown_tree["rows"],
                                            CellLook(icons, window.tree.font()), self)
        self.top = shown_tree.get("top", 0)
        self.checklist_model = None
        self.village = snapshot.get("village")
        if self.village is not None:
            checklist = self.village["checklist"]
            self.checklist_model = SnapshotTableModel(checklist["header"], checklist["rows"],
                                                      CellLook(icons, window.tree.font()), self)
        self.snapshot = snapshot
        self.covers: list[Cover] = []
        self.laid = False
        """The snapshot laid whole over the window (the status line and its signal too)."""

    def lay_over(self) -> None:
        """The snapshot's tree and village page laid over the window's, the toolbar, notice and status line as they
        were (a damaged snapshot may raise here: `show` then takes away what was laid)."""
        from ui.first_screen_models import Cover, snapshot_tree_view

        window, snapshot = self.window, self.snapshot
        self.covers.append(Cover(window.ui.treeStack,
                                 lambda cover: snapshot_tree_view(self.tree_model, snapshot["tree"], cover)))
        self.tree_view = self.covers[0].content
        self.tree_view.installEventFilter(self)
        self.village_page: QWidget | None = None
        if self.village is not None:
            stack = window.tabs.findChild(QStackedWidget, "qt_tabwidget_stackedwidget")
            village_tab = window.tabs.indexOf(window.ui.villagePlaceholder)
            window.tabs.setCurrentIndex(village_tab)
            self.covers.append(Cover(stack, lambda cover: self._village_page(self.village, cover),
                                     lambda: window.tabs.currentIndex() == village_tab))
            self.village_page = self.covers[-1].content
            window.tabs.currentChanged.connect(self.covers[-1].follow)
        for combo, text in ((window.plan_combo, snapshot.get("plan")), (window.year_combo, snapshot.get("year"))):
            combo.blockSignals(True)
            if text:
                combo.addItem(str(text))
            combo.setEnabled(False)
            combo.blockSignals(False)
        banner = snapshot.get("banner")
        if banner:  # the sample's notice, as it was: the page below it where it will be
            window.banner.setText(str(banner))
            window.banner_button.setVisible(bool(snapshot.get("banner_button")))
            window.banner_button.setEnabled(False)
            window.banner_box.show()
        window.statusBar().showMessage(window.ui.openingLabel.text())
        window.settled.connect(self.remove)
        self.held_in = window.window()
        """The window a question over it blocks: the program's (ui/window_host.py) when it holds this one."""
        self.held_in.installEventFilter(self)
        self.laid = True

    def _village_page(self, village: dict[str, Any], parent: QWidget) -> QWidget:
        """The village page's form over the snapshot: its lines, tabs and checklist as they were."""
        from ui.first_screen_models import snapshot_table
        from ui.forms.village_panel_ui import Ui_VillagePanel

        page = QWidget(parent)
        page.setObjectName("firstScreenVillage")
        ui = Ui_VillagePanel()
        ui.setupUi(page)
        ui.villageTitle.setText(village["title"])
        ui.villagePlace.setText(village["place"])
        ui.villageDetails.setText(village["details"])
        ui.checklistLabel.setText(village["checklist_label"])
        for name in ("templateNote", "readOnlyNote"):
            label = getattr(ui, name)
            label.setVisible(village.get(name) is not None)
            label.setText(village.get(name) or "")
        ui.villageHistory.setEnabled(False)
        tabs = ui.villageTabs
        for position, text in enumerate(village["tabs"]):
            if position >= tabs.count():
                tabs.addTab(QWidget(), "")
            tabs.setTabText(position, text)
        tabs.setCurrentIndex(village["tab"])
        tabs.tabBar().setEnabled(False)
        snapshot_table(ui.checklist, self.checklist_model, village["checklist"])
        ui.checklist.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        return page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Overrides QObject.eventFilter: a question asked over the window (it is blocked by a modal dialog) takes the
        snapshot away first; the tree, once shown, scrolled to the row that was at its top."""
        if watched is self.held_in and event.type() == QEvent.Type.WindowBlocked:
            self.remove()
        elif watched is self.tree_view and event.type() == QEvent.Type.Show and self.top:
            self.tree_view.scrollTo(self._top_index(), QAbstractItemView.ScrollHint.PositionAtTop)
        return False

    def _top_index(self) -> QModelIndex:
        return self.tree_model.node_index(self.top) if 0 <= self.top < len(self.tree_model.cells) else QModelIndex()

    def opened(self, url: str) -> None:
        """The database open: a snapshot of another file than it is taken away."""
        path = url_path(url)
        if path is None or path.resolve() != self.path:
            self.remove()

    def remove(self) -> None:
        """The live window in the snapshot's place (once)."""
        window = self.window
        if self.removed:
            return
        self.removed = True
        for cover in self.covers:
            cover.remove()
        if self.laid:
            self.held_in.removeEventFilter(self)
            window.settled.disconnect(self.remove)
            for combo in (window.plan_combo, window.year_combo):
                if window.database is None:  # else its plans are in (the first `settled`)
                    combo.blockSignals(True)
                    combo.clear()
                    combo.blockSignals(False)
                combo.setEnabled(True)
        window.banner_button.setEnabled(True)
        if window.database is None:  # before the plan is read, which says whether it is the sample
            window.banner_box.hide()
        window.statusBar().clearMessage()
        self.deleteLater()


def show(window: MainWindow, db_choice: str | None) -> FirstScreen | None:
    """Before the window's first paint: the snapshot of the file `db_choice` opens laid over it, when that file is
    unchanged since it was kept; None (the window as without one) in any other case."""
    path = chosen_file(db_choice)
    snapshot = load(path) if path is not None else None
    if snapshot is None:
        return None
    first = None
    try:
        first = FirstScreen(window, snapshot, path)
        first.lay_over()
        return first
    except (KeyError, IndexError, TypeError, ValueError, AttributeError) as error:
        log.info("first screen: the snapshot of %s is ignored (%s)", path, error)
        if first is not None:
            first.remove()
        return None

