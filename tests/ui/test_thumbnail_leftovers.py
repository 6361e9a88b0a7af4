"""The thumbnails' leftovers: the old PNG copies' folder on disk removed once, only when it is all theirs; a newer
screenful of thumbnails stops the older one's read between two files."""

import hashlib
import os

import pytest

from ui import attachment_thumbnails
from ui.attachment_thumbnails import OLD_FOLDER, remove_old_folder, remove_old_folder_once


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
