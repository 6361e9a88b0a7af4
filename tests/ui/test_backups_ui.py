"""In the window: System → Back up now / Restore from a backup…, the backup on closing after changes and the daily
one; at start, the question after a damaged or half-upgraded file, and each of its answers carried out."""

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton

from domain.plans import remove_sample_plans
from storage.backups import list_backups, take_backup
from storage.database import open_database
from storage.errors import DatabaseDamaged, SchemaMismatch
from tests.conftest import ACTOR, OFFICER
from tests.ui.conftest import open_window
from tests.ui.modal import click_when_shown
from ui import recovery
from ui.backup_dialogs import BackupsDialog, Recovery, recovery_box

TAKEN = datetime(2026, 11, 22, 14, 5)


def _buttons(box: QMessageBox) -> dict[str, str]:
    return {button.objectName(): button.text() for button in box.findChildren(QPushButton) if button.objectName()}


def _damage(db_path: Path, offset: int) -> DatabaseDamaged:
    """The database at `db_path` backed up at 14:05 on 22/11/2026, then 100 bytes at `offset` zeroed and opened."""
    take_backup(db_path, "manual", now=TAKEN)
    with db_path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(bytes(100))
    with pytest.raises(DatabaseDamaged) as caught:
        open_database(f"sqlite:///{db_path}", actor=ACTOR)
    return caught.value


@pytest.fixture
def damaged(sample_database_file, db_path) -> DatabaseDamaged:
    """Its header zeroed: SQLite cannot open the copy at all."""
    shutil.copy(sample_database_file, db_path)
    return _damage(db_path, 0)


@pytest.fixture
def garbled(sample_database_file, db_path) -> DatabaseDamaged:
    """A page in the middle zeroed: the copy opens, and what is left can be read."""
    shutil.copy(sample_database_file, db_path)
    return _damage(db_path, (db_path.stat().st_size // 8192) * 4096 + 8)


def test_a_damaged_file_says_where_it_was_kept_and_offers_the_newest_backup(qtbot, damaged, db_path):
    box = recovery_box(damaged)
    qtbot.addWidget(box)
    assert box.windowTitle() == "Cơ sở dữ liệu bị hỏng"
    assert box.text() == (f"Tệp cơ sở dữ liệu “{db_path}” bị hỏng (phần đầu tệp đã bị xóa hoặc ghi đè). Tệp đã được "
                          f"cất riêng thành “{damaged.kept_aside}”, chương trình sẽ không ghi vào đó nữa. Bản sao lưu "
                          "gần nhất đã kiểm tra: 22/11/2026 14:05.")
    assert _buttons(box) == {"restore": "Khôi phục bản sao lưu lúc 22/11/2026 14:05", "quit": "Thoát"}
    assert box.informativeText().endswith("nhưng phần đầu tệp đã mất: chương trình không mở được tệp này.")


def test_a_copy_sqlite_can_still_open_is_offered_to_look_at(qtbot, garbled):
    box = recovery_box(garbled)
    qtbot.addWidget(box)
    assert _buttons(box) == {"restore": "Khôi phục bản sao lưu lúc 22/11/2026 14:05",
                             "look": "Xem tệp hỏng (chỉ xem)", "quit": "Thoát"}


def test_without_a_backup_a_new_database_is_offered_and_a_half_upgrade_cannot_be_looked_at(qtbot, garbled):
    alone = recovery_box(DatabaseDamaged("hỏng", garbled.kept_aside, None))
    qtbot.addWidget(alone)
    assert _buttons(alone) == {"look": "Xem tệp hỏng (chỉ xem)", "afresh": "Bắt đầu cơ sở dữ liệu mới",
                               "quit": "Thoát"}
    half = recovery_box(SchemaMismatch("dừng giữa chừng", None))
    qtbot.addWidget(half)
    assert half.windowTitle() == "Nâng cấp cơ sở dữ liệu bị dừng giữa chừng"
    assert _buttons(half) == {"quit": "Thoát"}


def test_restoring_the_offered_backup_then_opens_the_file(qtbot, damaged, db_path):
    url = f"sqlite:///{db_path}"
    click_when_shown(Recovery.RESTORE.value)
    assert recovery.recover(damaged, url) == (url, False)
    database = open_database(url, actor=ACTOR)
    try:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM village").scalar() == 57
    finally:
        database.close()
    assert damaged.kept_aside.exists()


def test_looking_at_the_damaged_copy_opens_it_read_only(qtbot, garbled):
    click_when_shown(Recovery.LOOK.value)
    url, looking = recovery.recover(garbled, "sqlite:///x")
    assert (url, looking) == (f"sqlite:///{garbled.kept_aside}", True)
    open_database(url, actor=ACTOR, read_only=True).close()


def test_the_backups_dialog_lists_them_and_asks_before_restoring(qtbot, monkeypatch, database, db_path):
    take_backup(db_path, "import-plan", now=TAKEN)
    dialog = BackupsDialog(list_backups(db_path))
    qtbot.addWidget(dialog)
    model = dialog.model
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]
    assert headers == ["Thời điểm", "Dung lượng", "Sao lưu khi", "Thôn", "Đánh giá"]
    row = [model.index(0, column).data() for column in range(model.columnCount())]
    assert row[0] == "22/11/2026 14:05" and row[1].endswith(" KB") and row[2:4] == ["trước khi nhập kế hoạch", "57"]
    questions = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: questions.append(args[2]) or QMessageBox.StandardButton.Yes)
    dialog.restore_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.chosen.path == list_backups(db_path)[0].path
    assert questions == ["Quay về bản sao lưu lúc 22/11/2026 14:05 (trước khi nhập kế hoạch)? Mọi thứ đã lưu sau đó "
                         "được cất trong một bản sao lưu của tệp hiện tại. Cửa sổ sẽ mở lại trên cơ sở dữ liệu đã "
                         "khôi phục."]


def test_without_a_backup_the_dialog_says_how_one_is_taken(qtbot):
    dialog = BackupsDialog([])
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and not dialog.restore_button.isEnabled()
    assert dialog.findChild(QLabel).text().startswith("Tệp cơ sở dữ liệu này chưa có bản sao lưu nào. Hệ thống → Sao "
                                                      "lưu ngay để sao lưu;")


def test_restore_from_the_window_closes_it_to_start_again_on_the_restored_file(qtbot, monkeypatch, window, db_path):
    backup = take_backup(db_path, "manual", now=TAKEN)

    def choose(dialog):
        dialog.chosen = backup
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(BackupsDialog, "exec", choose)
    window.backups.restore_action.trigger()
    assert (window.next_start, window.restore_from) == ("restore", backup)
    qtbot.waitUntil(lambda: not window.isVisible())
    window.database.close()
    assert recovery.restore_with_progress(f"sqlite:///{db_path}", backup)
    assert [item.reason for item in list_backups(db_path)] == ["restore", "manual"]


def test_back_up_now_says_where_the_checked_copy_is(qtbot, monkeypatch, window, db_path):
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: said.append((title, text)))
    assert [action.text() for action in (window.backups.backup_now_action, window.backups.restore_action)] == [
        "&Sao lưu ngay", "&Khôi phục từ bản sao lưu…"]
    window.backups.backup_now_action.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    [backup] = list_backups(db_path)
    assert said == [("Đã sao lưu", f"Đã sao lưu cơ sở dữ liệu và kiểm tra bản sao:\n{backup.path}\n"
                                   f"({backup.describe()})")]


def _change(database) -> None:
    with database.unit_of_work(OFFICER) as uow:
        remove_sample_plans(uow)


def test_closing_after_a_change_takes_a_backup_first_and_without_one_closes_at_once(qtbot, window, database,
                                                                                   db_path):
    window.close()
    assert not window.isVisible() and list_backups(db_path) == []
    window.show()
    window.backups._closing_done = False
    _change(database)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    [backup] = list_backups(db_path)
    assert (backup.reason, backup.villages) == ("close", 0)


def test_a_daily_backup_is_taken_when_something_changed_and_the_last_is_a_day_old(qtbot, window, database, db_path):
    window.backups.daily_check()
    assert not window.tasks
    _change(database)
    window.backups._last_backup = datetime.now() - timedelta(hours=23)
    window.backups.daily_check()
    assert not window.tasks
    window.backups._last_backup = datetime.now() - timedelta(days=1, minutes=1)
    window.backups.daily_check()
    qtbot.waitUntil(lambda: not window.tasks, timeout=20000)
    assert [backup.reason for backup in list_backups(db_path)] == ["daily"]
    assert window.statusBar().currentMessage() == "Đã sao lưu hằng ngày."
    window.backups.daily_check()
    assert not window.tasks


def test_a_read_only_window_offers_no_backup_or_restore(qtbot, database, db_path, settings):
    looking = open_database(f"sqlite:///{db_path}", actor=ACTOR, read_only=True)
    window = open_window(qtbot, looking, OFFICER, settings)
    try:
        assert not window.backups.backup_now_action.isEnabled() and not window.backups.restore_action.isEnabled()
    finally:
        looking.close()
