"""In the window: the question when the file is held by another program or lies on a network drive, the window
opened read-only (said in its title and a banner, every write greyed), the database settings' warning, and a
database refusal met in a direct save shown as it says."""

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from domain.access import Forbidden
from domain.places import find_place
from storage import network_drive
from storage.database import open_database
from storage.errors import DatabaseHeld, NetworkDrive
from storage.network_drive import Seams
from storage.sqlite_refusals import DatabaseBusy
from tests.conftest import ACTOR, OFFICER
from tests.ui.conftest import open_window, settle
from tests.ui.modal import click_when_shown
from ui import app
from ui.checklist_model import ChecklistModel
from ui.database_dialog import DatabaseDialog
from ui.looking import Opening, ask_how_to_open, refusal_box

SINCE = datetime(2026, 11, 30, 7, 5, tzinfo=UTC)
HELD = DatabaseHeld(Path("/du lieu/langmoi.sqlite3"), "thu.ky", "VP-TINHUY-02", SINCE)
ON_SHARE = NetworkDrive(Path(r"\\nas\van phong\langmoi.sqlite3"), r"\\nas\van phong")


def _buttons(box: QMessageBox) -> dict[str, str]:
    return {button.objectName(): button.text() for button in box.findChildren(QPushButton) if button.objectName()}


def test_a_held_file_names_its_holder_and_offers_to_look_or_quit(qtbot):
    box = refusal_box(HELD)
    qtbot.addWidget(box)
    since = SINCE.astimezone().strftime("%d/%m/%Y %H:%M")
    assert box.windowTitle() == "Cơ sở dữ liệu đang được dùng"
    assert box.text() == (f"Tệp cơ sở dữ liệu “/du lieu/langmoi.sqlite3” đang được mở để ghi bởi thu.ky trên máy "
                          f"VP-TINHUY-02 từ {since}.")
    assert box.informativeText().startswith("Mỗi lúc chỉ một chương trình được sửa một tệp. Có thể mở tệp chỉ để xem")
    assert _buttons(box) == {"look": "Mở chỉ để xem", "quit": "Thoát"}


def test_a_file_on_a_share_says_why_and_offers_another_database(qtbot):
    box = refusal_box(ON_SHARE)
    qtbot.addWidget(box)
    assert box.text() == r"Tệp cơ sở dữ liệu “\\nas\van phong\langmoi.sqlite3” nằm trên ổ mạng (\\nas\van phong)."
    assert "hai máy cùng ghi một tệp trên ổ dùng chung sẽ làm hỏng tệp" in box.informativeText()
    assert "Hệ thống → Cơ sở dữ liệu…" in box.informativeText()
    assert _buttons(box) == {"look": "Mở chỉ để xem", "other": "Chọn cơ sở dữ liệu khác…", "quit": "Thoát"}


@pytest.mark.parametrize(("button", "opening"), [("look", Opening.LOOK), ("quit", Opening.QUIT)])
def test_the_answer_is_what_was_clicked(qtbot, button, opening):
    click_when_shown(button)
    assert ask_how_to_open(HELD, "sqlite:///du-lieu.sqlite3") is opening


@pytest.fixture
def looking_window(qtbot, empty_database, small_plan, db_path, settings):
    empty_database.close()
    looking = open_database(f"sqlite:///{db_path}", actor=ACTOR, read_only=True)
    window = open_window(qtbot, looking, OFFICER, settings)
    with looking.session() as session:
        window.open_village(find_place(session, window.plan.id, "Thôn 1, Xã Một").village_id)
    settle(qtbot, window)
    yield window
    looking.close()


def test_a_read_only_window_says_so_and_greys_every_write(looking_window):
    window = looking_window
    assert window.windowTitle().endswith(" (chỉ xem)")
    banner = window.findChild(type(window.village_panel.read_only_label), "readOnlyBanner")
    assert banner.isVisible()
    assert banner.text().startswith("Đang mở chỉ để xem: một chương trình khác đang giữ cơ sở dữ liệu này để ghi")
    for action in (window.import_plan_action, window.remove_sample_action, window.updates.import_action,
                   window.system.accounts_action):
        assert not action.isEnabled(), action.text()
    for page in window.village_panel.pages.values():
        assert not page.add_button.isEnabled()
    index = window.village_panel.checklist_model.index(0, ChecklistModel.COL_STATUS)
    assert not window.village_panel.checklist_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert window.village_panel.read_only_label.text() == ("Cơ sở dữ liệu đang mở chỉ để xem: xem được thôn (làng) "
                                                           "này nhưng không sửa được.")
    assert window.print_village_action.isEnabled() and window.updates.export_action.isEnabled()


def test_a_write_that_reaches_a_read_only_database_is_refused_in_vietnamese(looking_window):
    with pytest.raises(Forbidden) as refused:
        looking_window.gateway.save("visits", {}, None)
    assert str(refused.value) == "Chưa làm: cơ sở dữ liệu đang mở chỉ để xem, không ghi được thay đổi nào."


def test_the_database_settings_warn_of_a_file_on_a_network_drive(qtbot, tmp_path, monkeypatch):
    share = tmp_path.resolve() / "chung"
    mounts = f"//nas/chung {share} cifs rw 0 0"
    monkeypatch.setattr(network_drive, "SEAMS", Seams(platform="linux", mounts=lambda: mounts))
    dialog = DatabaseDialog(f"sqlite:///{tmp_path / 'langmoi.sqlite3'}")
    qtbot.addWidget(dialog)
    assert dialog.outcome.text() == ""
    dialog.file.setText(str(share / "langmoi.sqlite3"))
    assert dialog.outcome.text().startswith("Tệp này nằm trên ổ mạng (cifs //nas/chung): Làng Mới chỉ mở tệp để xem")
    dialog.file.setText(str(tmp_path / "khac.sqlite3"))
    assert dialog.outcome.text() == ""


def test_a_busy_database_in_a_direct_save_is_shown_as_it_says(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(("critical", args)))
    busy = DatabaseBusy("Tệp “x.sqlite3” đang bận: một chương trình khác đang ghi vào đó và chưa xong.")
    app._show_unexpected(DatabaseBusy, busy, None)
    assert shown == [("Chưa lưu", str(busy))]
