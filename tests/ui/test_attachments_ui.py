"""Evidence files in the window (issue 20), with the real widgets: attached by *Thêm tệp…*, by a drop onto a row
and by a paste; the paperclip and its count; a refusal's message naming the file; a 20 MB scan attached off the
GUI thread with its progress, and cancelled; thumbnails; the viewer; the system's viewer given a read-only copy;
removal asked first; a record's files."""

import stat
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QMenu,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
)
from sqlmodel import select

from domain.attachments import AttachTarget, list_attachments
from domain.audit import AuditEvent
from tests.evidence import docx_bytes, pdf_bytes, png_bytes
from tests.ui.conftest import settle
from ui import attachment_files
from ui.attachment_dialog import AttachmentsDialog
from ui.attachment_gateway import ASSESSMENT, Incoming, Target
from ui.attachment_thumbnails import KINDS, PARTS, SIZE
from ui.attachment_viewer import PDF_WIDTH, AttachmentViewer
from ui.checklist_model import ChecklistModel


@pytest.fixture(autouse=True)
def warnings_said(monkeypatch) -> list[tuple[str, str]]:
    """The warnings the window shows: a test expecting one takes it out of the list; any other fails the test."""
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *args: said.append((title, text)))
    yield said
    assert said == [], "a warning no test expected"


def _file(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def _criterion(window, row: int) -> int:
    return window.village_panel.checklist_model.row_at(row).criterion_id


def _stored(database, village_id: int, criterion_id: int, year: int) -> list:
    with database.session() as session:
        return list_attachments(session, target=AttachTarget.of_criterion(village_id, criterion_id, year))


def _done(qtbot, window) -> None:
    """The attaching task ended and what followed (the counts read again) is on screen."""
    qtbot.waitUntil(lambda: not window.tasks, timeout=60_000)
    settle(qtbot, window)


MENUS = []
"""The menus made by a test, kept until it ends (an action lives as long as its menu)."""


def _menu_action(panel, row: int, position: int):
    """The checklist row's menu's action, as the user sees it on a right click."""
    menu = QMenu(panel)
    MENUS.append(menu)
    panel.files.add_to_menu(menu, row)
    return menu.actions()[position]


def test_files_added_by_the_action_show_a_paperclip_with_their_count(qtbot, qtmodeltester, small_window, village_mot,
                                                                    empty_database, tmp_path, monkeypatch):
    panel = small_window.village_panel
    photo = _file(tmp_path, "nhà văn hóa.png", png_bytes())
    scan = _file(tmp_path, "biên bản.pdf", pdf_bytes())
    asked = []

    def chosen(parent, title, folder, filters):
        asked.append((title, folder, filters))
        return [str(photo), str(scan)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", chosen)
    add = _menu_action(panel, 1, 0)
    assert add.text() == "Thêm tệp…"
    add.trigger()
    _done(qtbot, small_window)

    assert asked[0][0] == "Đính kèm tệp" and "*.pdf" in asked[0][2]
    year = small_window.year
    stored = _stored(empty_database, village_mot, _criterion(small_window, 1), year)
    assert sorted(info.name for info in stored) == ["biên bản.pdf", "nhà văn hóa.png"]
    model = panel.checklist_model
    assert model.attachment_count(1) == 2 and model.attachment_count(0) == 0
    clip = model.index(1, ChecklistModel.COL_EVIDENCE)
    assert isinstance(clip.data(Qt.ItemDataRole.DecorationRole), QPixmap)
    assert "2 tệp" in clip.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, ChecklistModel.COL_EVIDENCE).data(Qt.ItemDataRole.DecorationRole) is None
    assert _menu_action(panel, 1, 1).text() == "Tệp minh chứng (2)…"
    qtmodeltester.check(model)
    assert small_window.settings.value("attachments/folder") == str(tmp_path)

    other = next(p for p in small_window.places if p.village_id != village_mot)
    small_window.open_village(other.village_id)
    settle(qtbot, small_window)
    assert model.attachment_count(1) == 0, "another village shows its own files, not the last one's"


def _drop(view, row: int, path: Path, selects: bool = True) -> bool:
    """The file dragged from the file manager over the view's row and dropped there; whether the drop was taken.
    `selects`: the row under the drag is selected meanwhile (a list of rows; not a row's list of files)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPointF(view.visualRect(view.model().index(row, 0)).center())
    enter = QDragEnterEvent(where.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), enter)
    if not enter.isAccepted():
        return False
    assert not selects or view.currentIndex().row() == row, "the row the files will land on is shown selected"
    drop = QDropEvent(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), drop)
    return drop.isAccepted()


def test_a_file_dropped_onto_a_row_is_attached_to_that_row(qtbot, small_window, village_mot, empty_database,
                                                          tmp_path):
    view = small_window.village_panel.checklist_view
    photo = _file(tmp_path, "ảnh đường.png", png_bytes(colour="#123456"))
    assert _drop(view, 2, photo)
    _done(qtbot, small_window)

    assert [info.name for info in _stored(empty_database, village_mot, _criterion(small_window, 2),
                                          small_window.year)] == ["ảnh đường.png"]
    assert small_window.village_panel.checklist_model.attachment_count(2) == 1


def test_a_pasted_picture_is_attached_as_png_to_the_selected_row(qtbot, small_window, village_mot, empty_database):
    panel = small_window.village_panel
    picture = QImage(320, 200, QImage.Format.Format_RGB32)
    picture.fill(Qt.GlobalColor.darkCyan)
    QGuiApplication.clipboard().setImage(picture)
    view = panel.checklist_view
    view.selectRow(2)
    small_window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    _done(qtbot, small_window)

    stored = _stored(empty_database, village_mot, _criterion(small_window, 2), small_window.year)
    assert len(stored) == 1 and stored[0].media_type == "image/png"
    assert stored[0].name.startswith("Ảnh dán ") and stored[0].name.endswith(".png")
    assert panel.checklist_model.attachment_count(2) == 1


def test_a_refused_file_is_named_in_a_message_and_nothing_is_stored(qtbot, small_window, village_mot,
                                                                   empty_database, tmp_path, monkeypatch,
                                                                   warnings_said):
    fake = _file(tmp_path, "quyết định.pdf", png_bytes())
    good = _file(tmp_path, "ảnh.png", png_bytes(colour="#654321"))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: ([str(fake), str(good)], ""))
    _menu_action(small_window.village_panel, 0, 0).trigger()
    _done(qtbot, small_window)

    (title, text), = warnings_said
    warnings_said.clear()
    assert title == "Tệp chưa được đính kèm"
    assert "quyết định.pdf" in text and "nội dung là" in text, text
    assert "ảnh.png" not in text
    stored = _stored(empty_database, village_mot, _criterion(small_window, 0), small_window.year)
    assert [info.name for info in stored] == ["ảnh.png"]


def _scan(tmp_path: Path) -> Path:
    """A scanned PDF of 20 MB (just under the 20 MiB a file may have)."""
    from domain.evidence_files import MAX_FILE_BYTES

    scan = _file(tmp_path, "danh sách hộ (bản quét).pdf", pdf_bytes(padding=int(18.3 * 1024 * 1024)))
    assert 20_000_000 < scan.stat().st_size <= MAX_FILE_BYTES
    return scan


def _progress_bar(window) -> tuple[QProgressDialog, QProgressBar]:
    """The attaching task's progress dialog and its bar, as the user sees them."""
    task, = window.tasks
    return task.dialog, task.dialog.findChild(QProgressBar)


def test_a_20_mb_scan_is_attached_off_the_gui_thread_with_its_progress(qtbot, small_window, village_mot,
                                                                       empty_database, tmp_path, monkeypatch):
    import domain.attaching

    scan = _scan(tmp_path)
    threads, steps = [], []
    real_attach = domain.attaching.attach_file

    def attach_file(uow, **kwargs):
        threads.append(threading.current_thread())
        return real_attach(uow, **kwargs)

    monkeypatch.setattr(domain.attaching, "attach_file", attach_file)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: ([str(scan)], ""))
    _menu_action(small_window.village_panel, 0, 0).trigger()
    dialog, bar = _progress_bar(small_window)
    bar.valueChanged.connect(lambda value: steps.append((value, bar.maximum(), dialog.labelText(),
                                                         threading.current_thread())))
    _done(qtbot, small_window)

    assert threads and threads[0] is not threading.main_thread(), "read and stored off the GUI thread"
    assert len(steps) >= 20, "a step at least every two mebibytes read or stored"
    assert steps[-1][0] == steps[-1][1] and all(step[1] == steps[-1][1] for step in steps[1:])
    assert [step[0] for step in steps] == sorted(step[0] for step in steps)
    assert steps[0][2] == "Đang đính kèm danh sách hộ (bản quét).pdf…"
    assert all(step[3] is threading.main_thread() for step in steps)
    stored = _stored(empty_database, village_mot, _criterion(small_window, 0), small_window.year)
    assert [info.size for info in stored] == [scan.stat().st_size]
    assert small_window.village_panel.checklist_model.attachment_count(0) == 1


def test_cancelling_a_scan_being_attached_stores_nothing(qtbot, small_window, village_mot, empty_database,
                                                         tmp_path, monkeypatch):
    import domain.attaching

    scan = _scan(tmp_path)
    real_attach = domain.attaching.attach_file
    cancelled = threading.Event()

    def attach_file(uow, **kwargs):  # the file read: stored once the user has cancelled, then rolled back
        assert cancelled.wait(20)
        return real_attach(uow, **kwargs)

    monkeypatch.setattr(domain.attaching, "attach_file", attach_file)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: ([str(scan)], ""))
    _menu_action(small_window.village_panel, 0, 0).trigger()
    dialog, bar = _progress_bar(small_window)

    def click_cancel(_value) -> None:
        if not cancelled.is_set():
            dialog.findChild(QPushButton).click()  # "Hủy", as the user clicks it
            cancelled.set()

    bar.valueChanged.connect(click_cancel)
    _done(qtbot, small_window)

    assert cancelled.is_set()
    assert _stored(empty_database, village_mot, _criterion(small_window, 0), small_window.year) == []
    assert small_window.village_panel.checklist_model.attachment_count(0) == 0


def _attached(qtbot, window, tmp_path, files: dict[str, bytes], row: int = 0) -> Target:
    panel = window.village_panel
    paths = [_file(tmp_path, name, content) for name, content in files.items()]
    panel.files.attach_to_criterion(row, [Incoming(path.name, path=path) for path in paths])
    _done(qtbot, window)
    return Target(panel.gateway.village_id, ASSESSMENT, _criterion(window, row), window.year)


def _reads_of_thumbnails(gateway, monkeypatch, release: threading.Event | None = None) -> list[set[str]]:
    """The digests of each read of thumbnails, as it starts; with `release`, each waits for it."""
    reads, make = [], gateway.thumbnails_of

    def counted(infos, made, wanted):
        reads.append({info.sha256 for info in infos})
        if release is not None:
            release.wait(60)
        return make(infos, made, wanted)

    monkeypatch.setattr(gateway, "thumbnails_of", counted)
    return reads


def test_the_list_shows_thumbnails_of_pictures_and_of_a_pdf_s_first_page(qtbot, qtmodeltester, small_window,
                                                                         village_mot, tmp_path, monkeypatch):
    target = _attached(qtbot, small_window, tmp_path, {"ảnh.png": png_bytes(800, 600), "biên bản.pdf": pdf_bytes(),
                                                        "ảnh lớn.png": png_bytes(1600, 400, "#aa3333"),
                                                        "bảng.docx": docx_bytes()})
    gateway = small_window.village_panel.files.gateway
    reads = _reads_of_thumbnails(gateway, monkeypatch)
    dialog = AttachmentsDialog(gateway, target, "Làng Mới – 1", True, small_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4)
    model = dialog.model
    qtmodeltester.check(model)
    qtbot.waitUntil(dialog.thumbnails.complete)
    pictures = {info.name: model.index(row).data(Qt.ItemDataRole.DecorationRole)
                for row, info in enumerate(model.rows())}
    assert all(isinstance(pictures[name], QImage) for name in ("ảnh.png", "biên bản.pdf", "ảnh lớn.png"))
    assert not isinstance(pictures["bảng.docx"], QImage), "a document shows its kind's icon"
    assert max(pictures["ảnh lớn.png"].width(), pictures["ảnh lớn.png"].height()) == SIZE
    assert pictures["biên bản.pdf"].height() == SIZE and pictures["biên bản.pdf"].width() < SIZE  # an A4 page
    assert len(reads) == PARTS and len(set().union(*reads)) == 3, "the three pictures read at once, side by side"
    assert "Đính kèm bởi tester" in model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    dialog.accept()

    again = AttachmentsDialog(gateway, target, "Làng Mới – 1", True, small_window)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.model.rowCount() == 4)
    qtbot.waitUntil(again.thumbnails.complete)
    assert isinstance(again.model.index(0).data(Qt.ItemDataRole.DecorationRole), QImage)
    assert len(reads) == PARTS, "held in memory: nothing read again"
    again.accept()


def test_a_long_list_reads_the_thumbnails_on_screen_and_drops_those_scrolled_past(qtbot, small_window, village_mot,
                                                                                   tmp_path, monkeypatch):
    files = {f"ảnh {number:02d}.png": png_bytes(120 + number, 90) for number in range(30)}
    target = _attached(qtbot, small_window, tmp_path, files)
    gateway = small_window.village_panel.files.gateway
    release = threading.Event()
    reads = _reads_of_thumbnails(gateway, monkeypatch, release)
    dialog = AttachmentsDialog(gateway, target, "Làng Mới – 1", True, small_window)
    qtbot.addWidget(dialog)
    try:
        dialog.show()
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 30)
        qtbot.waitUntil(lambda: len(reads) == PARTS)  # the first screenful, held back
        first = {info.sha256 for info in dialog.thumbnails.on_screen()}
        assert set().union(*reads) == first and 0 < len(first) < 30, "only the files on screen"
        dialog.view.scrollToBottom()
        qtbot.waitUntil(lambda: len(reads) == 2 * PARTS)
        last = {info.sha256 for info in dialog.thumbnails.on_screen()}
        assert set().union(*reads[PARTS:]) == last and not last & first
    finally:
        release.set()
    qtbot.waitUntil(dialog.thumbnails.complete)
    held = gateway.thumbnails
    assert all(held.known(digest) for digest in last)
    assert not any(held.known(digest) for digest in first), "scrolled past before read: never shown"
    dialog.view.scrollTo(dialog.model.index(15), QAbstractItemView.ScrollHint.PositionAtCenter)
    QApplication.processEvents()
    assert dialog.reads.pending(KINDS[0]), "asked at the next pass of the event loop, not later"
    qtbot.waitUntil(dialog.thumbnails.complete)
    assert isinstance(dialog.model.index(15).data(Qt.ItemDataRole.DecorationRole), QImage)
    dialog.view.scrollToTop()
    read = len(reads)
    qtbot.waitUntil(dialog.thumbnails.complete)
    assert set().union(*reads[read:]) == first - set().union(*reads[2 * PARTS:read])
    assert isinstance(dialog.model.index(0).data(Qt.ItemDataRole.DecorationRole), QImage)
    dialog.accept()


def _viewer(qtbot, window, tmp_path, name: str, content: bytes) -> AttachmentViewer:
    """The viewer of a file attached to the first row, shown with its first page read."""
    gateway = window.village_panel.files.gateway
    info, = gateway.listed(_attached(qtbot, window, tmp_path, {name: content}))
    viewer = AttachmentViewer(gateway, info, window)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.page is not None)
    return viewer


def test_a_picture_opens_full_size_in_the_viewer(qtbot, small_window, village_mot, tmp_path):
    viewer = _viewer(qtbot, small_window, tmp_path, "ảnh.png", png_bytes(1400, 900))
    assert (viewer.page.image.width(), viewer.page.image.height()) == (1400, 900)
    assert viewer.picture.pixmap().width() < 1400, "fitted to the window at first"
    viewer.actual_size.setChecked(True)
    assert viewer.picture.pixmap().width() == 1400
    viewer.accept()


def test_the_system_viewer_is_given_a_read_only_temporary_copy(qtbot, small_window, village_mot, tmp_path,
                                                               monkeypatch):
    content = pdf_bytes(2)
    target = _attached(qtbot, small_window, tmp_path, {"biên bản họp.pdf": content})
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(Path(url.toLocalFile())) or True)
    dialog = AttachmentsDialog(small_window.village_panel.files.gateway, target, "Làng Mới – 1", True,
                               small_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    dialog.view.setCurrentIndex(dialog.model.index(0))
    assert dialog.outside_button.isEnabled()
    dialog.outside_button.click()
    qtbot.waitUntil(lambda: bool(opened))

    copy, = opened
    assert copy.name == "biên bản họp.pdf" and copy.read_bytes() == content
    assert not copy.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH), "read-only"
    assert copy.is_relative_to(attachment_files.copies_folder())
    attachment_files.remove_copies()
    assert not copy.exists()
    dialog.accept()


def test_removing_a_file_asks_first_and_the_history_keeps_it(qtbot, small_window, village_mot, empty_database,
                                                            tmp_path, monkeypatch):
    target = _attached(qtbot, small_window, tmp_path, {"ảnh.png": png_bytes()}, row=1)
    dialog = AttachmentsDialog(small_window.village_panel.files.gateway, target, "Làng Mới – 2", True,
                               small_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    dialog.view.setCurrentIndex(dialog.model.index(0))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, title, text, *args: asked.append(text)
                        or QMessageBox.StandardButton.No)
    dialog.remove_button.click()
    assert "ảnh.png" in asked[0] and dialog.model.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    settle(qtbot, small_window)

    assert _stored(empty_database, village_mot, target.key, target.year) == []
    assert small_window.village_panel.checklist_model.attachment_count(1) == 0
    with empty_database.session() as session:
        removal = session.exec(select(AuditEvent).where(AuditEvent.entity == "attachment")).all()
    assert any(event.old_value == "ảnh.png" for event in removal)
    dialog.accept()


def _visits_page_with_a_visit(qtbot, window):
    """The visits tab shown, after a visit was added through its form."""
    from datetime import date

    page = window.village_panel.pages["visits"]
    dialog = page.form()
    dialog.show_values({"day": date(2025, 5, 6), "people": "Tổ hỗ trợ", "activities": "Họp dân"})
    dialog.save()
    settle(qtbot, window)
    window.village_panel.tabs.setCurrentWidget(page)
    return page


def test_a_record_shows_its_files_and_takes_a_drop(qtbot, small_window, village_mot, empty_database, tmp_path):
    page = _visits_page_with_a_visit(qtbot, small_window)
    assert page.model.rowCount() == 1 and page.files_button.text() == "Tệp…"
    assert _drop(page.view, 0, _file(tmp_path, "ảnh buổi họp.png", png_bytes()))
    _done(qtbot, small_window)

    record = page.model.row_at(0)
    with empty_database.session() as session:
        stored = list_attachments(session, target=AttachTarget.of_record(village_mot, "visits", record.id))
    assert [info.name for info in stored] == ["ảnh buổi họp.png"]
    assert isinstance(page.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole), QPixmap), "the paperclip"
    assert page.model.index(0, 1).data(Qt.ItemDataRole.DecorationRole) is None


def test_a_removed_file_restored_from_the_history_is_back_on_its_row(qtbot, small_window, village_mot,
                                                                    empty_database, tmp_path, monkeypatch):
    from PySide6.QtCore import QItemSelectionModel

    from domain.history import HistoryFilter
    from ui.history_dialog import HistoryDialog
    from ui.table_models import ROW_ROLE

    target = _attached(qtbot, small_window, tmp_path, {"biên bản.pdf": pdf_bytes()}, row=2)
    gateway = small_window.village_panel.files.gateway
    info, = gateway.listed(target)
    gateway.remove(info.id)
    gateway.changed.emit(village_mot)  # as the list does once a removal went through
    settle(qtbot, small_window)
    assert small_window.village_panel.checklist_model.attachment_count(2) == 0

    def restore(dialog) -> int:  # in place of exec: the user picks the removal and clicks Khôi phục giá trị này
        dialog.show()
        qtbot.waitUntil(dialog.is_settled, timeout=20_000)
        rows = [row for row in range(dialog.model.rowCount())
                if dialog.model.index(row, 0).data(ROW_ROLE).entity == "attachment"]
        assert rows, "the removal is in the village's history"
        dialog.table.selectionModel().select(dialog.model.index(rows[0], 0),
                                             QItemSelectionModel.SelectionFlag.ClearAndSelect
                                             | QItemSelectionModel.SelectionFlag.Rows)
        assert dialog.restore_button.isEnabled()
        dialog.restore_button.click()
        qtbot.waitUntil(lambda: bool(dialog.restored) and dialog.is_settled(), timeout=20_000)
        dialog.accept()
        return 1

    monkeypatch.setattr(HistoryDialog, "exec", restore)
    small_window.show_history(HistoryFilter.of_village(village_mot), "Làng Mới")
    settle(qtbot, small_window)

    assert [back.name for back in gateway.listed(target)] == ["biên bản.pdf"]
    assert small_window.village_panel.checklist_model.attachment_count(2) == 1


def test_a_deleted_record_restored_from_the_history_is_back_with_its_files(qtbot, small_window, village_mot,
                                                                         empty_database, tmp_path, monkeypatch):
    from PySide6.QtCore import QItemSelectionModel

    from domain.history import HistoryFilter
    from ui.history_dialog import HistoryDialog
    from ui.table_models import ROW_ROLE

    page = _visits_page_with_a_visit(qtbot, small_window)
    assert _drop(page.view, 0, _file(tmp_path, "biên bản buổi họp.pdf", pdf_bytes()))
    _done(qtbot, small_window)
    page.view.setCurrentIndex(page.model.index(0, 0))
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    page.delete_selected()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=20_000)
    settle(qtbot, small_window)

    def restore(history) -> int:  # in place of exec: the user picks the deleted visit's row and clicks Khôi phục
        history.show()
        qtbot.waitUntil(history.is_settled, timeout=20_000)
        rows = [row for row in range(history.model.rowCount())
                if (found := history.model.index(row, 0).data(ROW_ROLE)).entity == "visit"
                and found.field_name == "people" and found.note == "xóa"]
        assert rows, "the deletion is in the village's history"
        history.table.selectionModel().select(history.model.index(rows[0], 0),
                                              QItemSelectionModel.SelectionFlag.ClearAndSelect
                                              | QItemSelectionModel.SelectionFlag.Rows)
        history.restore_button.click()
        qtbot.waitUntil(lambda: bool(history.restored) and history.is_settled(), timeout=20_000)
        assert history.status.text() == "Đã khôi phục bản ghi “Đi cơ sở” đã xóa, cùng 1 tệp đính kèm."
        history.accept()
        return 1

    monkeypatch.setattr(HistoryDialog, "exec", restore)
    small_window.show_history(HistoryFilter.of_village(village_mot), "Làng Mới")
    settle(qtbot, small_window)

    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20_000)
    record = page.model.row_at(0)
    assert record.people == "Tổ hỗ trợ"
    assert isinstance(page.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole), QPixmap), "the paperclip"
    with empty_database.session() as session:
        stored = list_attachments(session, target=AttachTarget.of_record(village_mot, "visits", record.id))
    assert [info.name for info in stored] == ["biên bản buổi họp.pdf"]


def test_closing_while_a_scan_is_attached_asks_then_closes_without_a_hang_and_keeps_nothing(
        qtbot, small_window, village_mot, empty_database, tmp_path, monkeypatch):
    from tests.ui.test_closing import QUESTION, close_answering, held

    scan = _scan(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: ([str(scan)], ""))
    with held(qtbot, monkeypatch, small_window) as released:  # the reading waits at its first step
        _menu_action(small_window.village_panel, 0, 0).trigger()
        asked = close_answering(small_window, "Hủy và đóng")
        assert asked == [f"Đang đính kèm danh sách hộ (bản quét).pdf…\n\n{QUESTION}"]
        assert small_window.isVisible()
        released.set()
        qtbot.waitUntil(lambda: not small_window.isVisible(), timeout=20_000)
    assert _stored(empty_database, village_mot, _criterion(small_window, 0), small_window.year) == []


def test_a_file_dropped_onto_a_row_s_list_is_attached_to_that_row(qtbot, small_window, village_mot, tmp_path):
    target = _attached(qtbot, small_window, tmp_path, {"ảnh.png": png_bytes()}, row=1)
    dialog = AttachmentsDialog(small_window.village_panel.files.gateway, target, "Làng Mới – 2", True,
                               small_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert _drop(dialog.view, 0, _file(tmp_path, "biên bản.pdf", pdf_bytes()), selects=False)
    _done(qtbot, small_window)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert small_window.village_panel.checklist_model.attachment_count(1) == 2
    dialog.accept()


def test_a_pdf_opens_page_by_page_in_the_viewer(qtbot, small_window, village_mot, tmp_path):
    viewer = _viewer(qtbot, small_window, tmp_path, "biên bản.pdf", pdf_bytes(2))
    assert (viewer.page.number, viewer.page.pages, viewer.page.image.width()) == (0, 2, PDF_WIDTH)
    assert viewer.next_button.isEnabled() and not viewer.previous_button.isEnabled()
    viewer.next_button.click()
    qtbot.waitUntil(lambda: viewer.page.number == 1)
    assert viewer.previous_button.isEnabled() and not viewer.next_button.isEnabled()
    assert "2" in viewer.page_label.text()
    viewer.accept()


def test_thumbnails_in_memory_are_bounded_the_least_recently_used_let_go(qapp):
    from ui.attachment_thumbnails import MEMORY_BYTES, Thumbnails

    held, picture = Thumbnails(), QImage(SIZE, SIZE, QImage.Format.Format_RGB32)
    digests = [f"{number:064x}" for number in range(MEMORY_BYTES // picture.sizeInBytes() + 1)]
    held.keep(dict.fromkeys(digests[:-1], picture))
    assert held.size == MEMORY_BYTES
    held.image(digests[0])  # shown again
    held.keep({digests[-1]: picture})
    assert held.size == MEMORY_BYTES
    assert held.known(digests[0]) and held.known(digests[-1]) and not held.known(digests[1])
