"""This run's temporary folders (ui/scratch_folders.py): one per purpose, removed with what they hold, read-only
files too; an earlier run's folder left over is removed once a day old, a younger one (another program's) kept."""

import os
import stat
import tempfile
import time

import pytest

from ui import scratch_folders
from ui.scratch_folders import LEFTOVER_AGE_S, remove_scratch_folder, scratch_folder


@pytest.fixture
def temporary(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(scratch_folders, "_folders", {})
    return tmp_path


def test_each_purpose_has_one_folder_removed_with_its_read_only_files(temporary):
    copies = scratch_folder("langmoi-tep-")
    assert scratch_folder("langmoi-tep-") == copies and copies.parent == temporary
    printed = scratch_folder("langmoi-in-")
    assert printed != copies
    copy = copies / "biên bản.pdf"
    copy.write_bytes(b"%PDF")
    copy.chmod(stat.S_IRUSR)
    remove_scratch_folder("langmoi-tep-")
    assert not copies.exists() and printed.is_dir()
    assert scratch_folder("langmoi-tep-") != copies, "a new one at the next use"


def test_an_earlier_run_s_folder_is_removed_once_a_day_old(temporary):
    old, young = temporary / "langmoi-in-old", temporary / "langmoi-in-young"
    for folder in (old, young):
        folder.mkdir()
        (folder / "1_phieu.pdf").write_bytes(b"%PDF")
    day_ago = time.time() - LEFTOVER_AGE_S - 60
    os.utime(old, (day_ago, day_ago))
    other = temporary / "langmoi-tep-old"
    other.mkdir()
    os.utime(other, (day_ago, day_ago))
    scratch_folder("langmoi-in-")
    assert not old.exists()
    assert young.is_dir(), "another program's, still running"
    assert other.is_dir(), "another purpose's: removed at its own first use"
