"""Started as a user starts it, with a new home folder: nothing is written in the home folder's root (qt-material
used to write 1.2 MB into ~/.qt_material at every start), and the database, the settings, the caches and the log
folder are where platformdirs and Qt say."""

import json
import os
import subprocess
import sys
from pathlib import Path

from platformdirs import user_cache_dir, user_config_dir, user_data_dir, user_log_dir

ROOT = Path(__file__).resolve().parents[2]
APP = "LangMoi"


def test_a_start_writes_only_in_the_users_own_folders(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    environment = {name: value for name, value in os.environ.items() if not name.startswith("XDG_")}
    environment.update(HOME=str(home), PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "tests.ui.home_driver"], cwd=ROOT, env=environment, text=True,
                          capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 0
    assert result["icon_sizes"] == [16, 24, 32, 48, 64, 256]  # the window's, its dialogs' and the taskbar's icon

    for name in [name for name in os.environ if name.startswith("XDG_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(home))
    data, cache = Path(user_data_dir(APP, appauthor=False)), Path(user_cache_dir(APP, appauthor=False))
    config, logs = Path(user_config_dir(APP, appauthor=False)), Path(user_log_dir(APP, appauthor=False))
    assert result["database"].endswith(f"{data}/langmoi.sqlite3")
    assert (data / "langmoi.sqlite3").is_file()
    assert any((cache / "qt-material").iterdir()), "the theme is rendered into the cache folder"
    assert (config / "LangMoi.conf").is_file(), "Qt's settings (the window's place) in the configuration folder"

    written = sorted(path.relative_to(home) for path in home.rglob("*") if path.is_file())
    ours = [folder.relative_to(home) for folder in (data, cache, config, logs)]
    elsewhere = [path for path in written if not any(path.is_relative_to(folder) for folder in ours)]
    assert elsewhere == [], f"written outside Làng Mới's folders: {elsewhere}"
    assert not (home / ".qt_material").exists()
    assert {path.name for path in home.iterdir()} <= {".cache", ".config", ".local"}  # the XDG folders, nothing else
