"""The thumbnails' leftovers: the old PNG copies' folder on disk removed once, only when it is all theirs; a newer
screenful of thumbnails stops the older one's read between two files."""

import hashlib
import os
import threading

import pytest

from tests.evidence import pdf_bytes
from tests.ui.test_attachments_ui import _attached
from ui import attachment_thumbnails
from ui.attachment_dialog import AttachmentsDialog
from ui.attachment_model import INFO_ROLE
from ui.attachment_thumbnails import KINDS, OLD_FOLDER, PARTS, remove_old_folder, remove_old_folder_once


def _old_folder(cache, count=3):
    """A cache folder with the old versions' thumbnails copies and, beside them, the theme's folder."""
    folder = cache / OLD_FOLDER
    for number in range(count):
        digest = hashlib.sha256(str(number).encode()).hexdigest()
        (folder / digest[:2]).mkdir(parents=True, exist_ok=True)
        (folder / digest[:2] / f"{digest}.png").write_bytes(b"\x89PNG")
    digest = hashlib.sha256(b"cut").hexdigest()
    (folder / digest[:2]).mkdir(exist_ok=True)
    (folder / digest[:2] / f"{digest}.140213.part").write_bytes(b"\x89P")
    (cache / "theme").mkdir()
    (cache / "theme" / "primary.txt").write_text("#1565c0")
    return folder


def test_the_old_thumbnails_folder_is_removed_and_nothing_beside_it(tmp_path):
    folder = _old_folder(tmp_path)
    assert remove_old_folder(folder)
    assert sorted(os.listdir(tmp_path)) == ["theme"]
    assert (tmp_path / "theme" / "primary.txt").read_text() == "#1565c0"
    assert not remove_old_folder(folder)  # gone: nothing to do


@pytest.mark.parametrize("stranger", ["a file", "a folder", "a link"])
def test_an_old_thumbnails_folder_holding_anything_else_is_left_whole(tmp_path, stranger):
    folder = _old_folder(tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.png").write_bytes(b"mine")
    part = next(folder.iterdir())
    if stranger == "a file":
        (part / "ghi chú.txt").write_text("của người khác")
    elif stranger == "a folder":
        (folder / "photos").mkdir()
    else:
        (folder / "zz").symlink_to(outside)
    before = sorted(str(path.relative_to(tmp_path)) for path in tmp_path.rglob("*"))
    assert not remove_old_folder(folder)
    assert sorted(str(path.relative_to(tmp_path)) for path in tmp_path.rglob("*")) == before
    assert (outside / "keep.png").read_bytes() == b"mine"


def test_a_linked_old_folder_is_not_followed(tmp_path):
    elsewhere = _old_folder(tmp_path / "elsewhere")
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / OLD_FOLDER).symlink_to(elsewhere)
    assert not remove_old_folder(tmp_path / "cache" / OLD_FOLDER)
    assert len(list(elsewhere.rglob("*.png"))) == 3


def test_the_removal_runs_once_a_run(tmp_path, monkeypatch):
    monkeypatch.setattr(attachment_thumbnails, "_old_removal", [])
    _old_folder(tmp_path)
    remove_old_folder_once(tmp_path)
    attachment_thumbnails._old_removal[0].join()
    assert sorted(os.listdir(tmp_path)) == ["theme"]
    _old_folder(tmp_path / "again")
    remove_old_folder_once(tmp_path / "again")
    assert len(attachment_thumbnails._old_removal) == 1
    assert (tmp_path / "again" / OLD_FOLDER).is_dir()


def _pdfs(qtbot, window, tmp_path, count):
    files = {f"biên bản {number:03d}.pdf": pdf_bytes(1, f"Biên bản {number}") for number in range(count)}
    return _attached(qtbot, window, tmp_path, files)


def _dialog(qtbot, window, target):
    dialog = AttachmentsDialog(window.village_panel.files.gateway, target, "Làng Mới – 1", True, window)
    qtbot.addWidget(dialog)
    dialog.resize(700, 420)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    return dialog


def test_a_newer_screenful_stops_the_older_read_between_two_files(qtbot, small_window, village_mot, tmp_path,
                                                                 monkeypatch):
    target = _pdfs(qtbot, small_window, tmp_path, 40)
    made, lock = [], threading.Lock()
    holding, release = threading.Event(), threading.Event()
    real = attachment_thumbnails.thumbnail

    def counted(content):
        with lock:
            made.append(content)
            first = len(made) == 1
        if first:  # the first screenful's first file: held until the list is scrolled
            holding.set()
            release.wait(60)
        return real(content)

    monkeypatch.setattr(attachment_thumbnails, "thumbnail", counted)
    dialog = _dialog(qtbot, small_window, target)
    qtbot.waitUntil(holding.is_set)
    first = dialog.thumbnails.on_screen()
    assert 2 * PARTS < len(first) < 40
    dialog.view.scrollToBottom()
    qtbot.waitUntil(lambda: dialog.reads.pending(KINDS[0]) and not dialog.thumbnails._soon.isActive())
    last = {info.sha256 for info in dialog.thumbnails.on_screen()}
    superseded = len(made)  # the files whose reading had started when the newer screenful was asked for
    release.set()
    qtbot.waitUntil(dialog.thumbnails.complete, timeout=30000)
    qtbot.waitUntil(lambda: dialog.reads.running() == 0)
    contents = {info.sha256: dialog.gateway.content(info.id) for info in first}
    after = [content for content in made[superseded:] if content in contents.values()]
    assert after == [], f"{len(after)} of the first screenful's {len(first)} files read after it was superseded"
    assert all(dialog.gateway.thumbnails.known(digest) for digest in last)
    dialog.accept()


def test_a_scroll_looks_at_the_cells_on_screen_not_at_every_row(qtbot, small_window, village_mot, tmp_path,
                                                                monkeypatch):
    target = _pdfs(qtbot, small_window, tmp_path, 200)
    monkeypatch.setattr(attachment_thumbnails, "thumbnail", lambda content: None)
    dialog = _dialog(qtbot, small_window, target)
    qtbot.waitUntil(dialog.thumbnails.complete, timeout=30000)
    view, looked = dialog.view, []
    real = view.visualRect
    monkeypatch.setattr(view, "visualRect", lambda index: looked.append(index.row()) or real(index))
    for position in (0.5, 1.0, 0.0):
        view.verticalScrollBar().setValue(int(view.verticalScrollBar().maximum() * position))
        looked.clear()
        shown = dialog.thumbnails.on_screen()
        rows = {row for row in range(200) if real(dialog.model.index(row)).intersects(view.viewport().rect())}
        assert {info.sha256 for info in shown} == {dialog.model.index(row).data(INFO_ROLE).sha256 for row in rows}
        assert len(looked) <= len(rows) + 2 * 8 + 2, f"{len(looked)} cells looked at for {len(rows)} on screen"
    dialog.accept()
