"""The one resource helper: the same relative paths from the source tree and from a PyInstaller bundle's folder,
and a broken install refused loudly (never an English window or an empty database)."""

import sys
from pathlib import Path

import pytest

import main
import resources
from resources import REQUIRED, SOURCE_ROOT, bundled_path, missing, program_command, resource_path


def test_from_the_source_tree_every_shipped_file_is_found():
    assert not resources.frozen()
    assert bundled_path("storage", "migrations") == SOURCE_ROOT / "storage" / "migrations"
    assert resource_path("i18n", "langmoi_vi.qm") == SOURCE_ROOT / "resources" / "i18n" / "langmoi_vi.qm"
    assert missing() == []
    assert program_command() == "uv run main.py"


def test_the_migrations_are_found_through_the_helper():
    from storage.migrate import alembic_config, head_revision

    assert Path(alembic_config().get_main_option("script_location")) == bundled_path("storage", "migrations")
    assert head_revision()


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A bundle's folder as PyInstaller lays it out (sys._MEIPASS, sys.frozen), with the shipped files in it."""
    folder = tmp_path / "Làng Mới bản đóng gói" / "_internal"
    for parts in REQUIRED:
        path = folder.joinpath(*parts)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(bundled_path(*parts).read_bytes())
    monkeypatch.setattr(sys, "_MEIPASS", str(folder), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    return folder


def test_from_a_bundle_the_same_paths_are_below_the_bundle(bundle: Path):
    assert resources.frozen()
    assert resource_path("i18n", "langmoi_vi.qm") == bundle / "resources" / "i18n" / "langmoi_vi.qm"
    assert bundled_path("storage", "migrations", "env.py") == bundle / "storage" / "migrations" / "env.py"
    assert missing() == []
    assert program_command() == "langmoi"


def test_a_bundle_missing_a_file_lists_it(bundle: Path):
    (bundle / "resources" / "sample_plan.xlsx").unlink()
    (bundle / "storage" / "migrations" / "env.py").unlink()
    assert missing() == [bundle / "resources" / "sample_plan.xlsx", bundle / "storage" / "migrations" / "env.py"]


def test_a_library_without_its_data_files_is_a_missing_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setattr(resources, "_package_folder", lambda name: tmp_path / name if name == "docx" else None)
    absent = missing()
    assert tmp_path / "docx" / "templates" / "default.docx" in absent
    assert bundled_path("qt_material", "material.qss.template") in absent


def test_a_command_of_a_broken_install_refuses_and_creates_no_database(bundle: Path, tmp_path: Path, capsys):
    (bundle / "resources" / "i18n" / "langmoi_vi.qm").unlink()
    database = tmp_path / "mới.sqlite3"
    assert main.main(["--db", str(database), "check-data"]) == 2
    err = capsys.readouterr().err
    assert "Bản cài đặt Làng Mới bị thiếu tệp" in err and "langmoi_vi.qm" in err and "cài đặt lại" in err
    assert not database.exists()


def test_the_window_of_a_broken_install_says_so_in_a_message_box(bundle: Path, tmp_path: Path, qapp,
                                                                  monkeypatch: pytest.MonkeyPatch):
    (bundle / "resources" / "sample_plan.xlsx").unlink()
    shot = tmp_path / "shot.png"
    monkeypatch.setenv("LANGMOI_SMOKE_SHOT", str(shot))
    database = tmp_path / "mới.sqlite3"
    assert main.main(["--db", str(database)]) == 2
    import json

    boxes = json.loads(shot.with_suffix(".json").read_text(encoding="utf-8"))["boxes"]
    assert [box["title"] for box in boxes] == ["Làng Mới"]
    assert "sample_plan.xlsx" in boxes[0]["text"] and "không mở và không ghi cơ sở dữ liệu nào" in boxes[0]["text"]
    assert not database.exists()
