"""Trợ giúp: the user guide opens with F1 and finds words typed without diacritics; About names the version and the
database as people read it."""

import re
import tomllib
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from domain.text import fold
from ui.help_guide import GUIDE, GuideDialog, HelpActions, folded_with_places, read_guide

ROOT = Path(__file__).resolve().parents[2]
PICTURE_BYTES = 150_000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform, at show_guide


def _version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def _guide(window) -> GuideDialog:
    return window.help.guide


def test_f1_opens_the_guide_from_the_help_menu(qtbot, window):
    assert window.help.guide_action in window.ui.helpMenu.actions()
    assert window.help.guide_action.text() == "&Hướng dẫn sử dụng"
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = _guide(window)
    assert guide is not None and guide.isVisible()
    assert guide.windowTitle() == "Hướng dẫn sử dụng"
    titles = [guide.model.index(row).data() for row in range(guide.model.rowCount())]
    assert titles[0] == "Làm quen với Làng Mới" and "Dành cho tổ trưởng tổ hỗ trợ" in titles
    assert guide.ui.sectionsView.currentIndex().data() == "Rà soát, đánh giá tiêu chí"  # the checklist on screen
    assert "Rà soát, đánh giá tiêu chí" in guide.ui.guideBrowser.toPlainText()


def _f1(qtbot, window) -> GuideDialog:
    """F1 pressed in `window` (once it is the active window): the guide it showed, the window's own (over a modal
    dialog) or else the main window's."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    guides = [w for w in QApplication.topLevelWidgets() if isinstance(w, GuideDialog) and w.isVisible()]
    own = [guide for guide in guides if guide.parentWidget() is window]
    assert len(own or guides) == 1, "F1 opened no guide"
    return (own or guides)[0]


def _chapter(guide: GuideDialog) -> str:
    return guide.ui.sectionsView.currentIndex().data()


def test_f1_on_the_main_window_opens_the_chapter_of_the_page_shown(qtbot, window):
    panel = window.village_panel
    panel.tabs.setCurrentWidget(panel.pages["visits"])
    assert _chapter(_f1(qtbot, window)) == "Hồ sơ của thôn"
    window.tabs.setCurrentWidget(window.dashboard)
    assert _chapter(_f1(qtbot, window)) == "Theo dõi tiến độ: Cơ quan, Phong trào, Biểu đồ"


def test_f1_in_the_record_form_opens_the_records_chapter_usable_over_the_modal_form(qtbot, window):
    page = window.village_panel.pages["visits"]
    window.village_panel.tabs.setCurrentWidget(page)
    form = page.form()
    form.open()  # modal, as the Add… button shows it
    qtbot.waitUntil(form.isVisible)
    guide = _f1(qtbot, form)
    assert _chapter(guide) == "Hồ sơ của thôn"
    assert guide.parentWidget() is form, "over a modal form the guide is the form's, or Qt blocks it"
    qtbot.keyClicks(guide.ui.searchEdit, "ngay")  # it takes the keys while the form is open
    assert guide.ui.searchEdit.text() == "ngay"
    form.reject()
    assert window.help.guide is None, "the main window's guide was not made for the form"


def test_f1_in_the_history_opens_the_history_chapter(qtbot, window):
    seen = []

    def press():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, press)
            return
        try:
            seen.append(_chapter(_f1(qtbot, dialog)))
        finally:
            dialog.reject()

    QTimer.singleShot(0, press)
    window.ui.historyAction.trigger()
    assert seen == ["Lịch sử thay đổi"]


def test_a_message_box_opens_the_chapter_of_the_window_under_it(qtbot, window):
    page = window.village_panel.pages["concerns"]
    box = QMessageBox(QMessageBox.Icon.Question, "Làng Mới", "Xóa?", QMessageBox.StandardButton.Yes, page)
    box.open()
    qtbot.waitUntil(box.isVisible)
    assert _chapter(_f1(qtbot, box)) == "Hồ sơ của thôn"
    box.reject()


def test_a_word_typed_without_diacritics_is_found_and_shown(qtbot, window):
    window.help.show_guide()
    guide = _guide(window)
    qtbot.keyClicks(guide.ui.searchEdit, "sao luu ngay")
    listed = [guide.model.index(row).data() for row in range(guide.model.rowCount())]
    assert listed and all("(" in title for title in listed)
    assert any(title.startswith("Sao lưu và khôi phục") for title in listed)
    assert guide.ui.foundLabel.text() == f"Thấy ở {len(listed)} mục của hướng dẫn."
    assert guide.ui.sectionsView.currentIndex().data() == listed[0]
    selected = guide.ui.guideBrowser.textCursor().selectedText()
    assert fold(selected) == "sao luu ngay" and selected.lower() == "sao lưu ngay"  # shown with its diacritics
    highlighted = {fold(s.cursor.selectedText()) for s in guide.ui.guideBrowser.extraSelections()}
    assert highlighted == {"sao luu ngay"}


def test_words_apart_are_each_found(qtbot):
    guide = GuideDialog()
    qtbot.addWidget(guide)
    qtbot.keyClicks(guide.ui.searchEdit, "ngay khoi phuc")
    assert guide.model.rowCount() > 0
    highlighted = {fold(s.cursor.selectedText()) for s in guide.ui.guideBrowser.extraSelections()}
    assert highlighted == {"ngay", "khoi", "phuc"}


def test_words_typed_together_are_found_as_a_phrase(qtbot):
    guide = GuideDialog()
    qtbot.addWidget(guide)
    qtbot.keyClicks(guide.ui.searchEdit, "to truong")
    highlighted = {s.cursor.selectedText() for s in guide.ui.guideBrowser.extraSelections()}
    assert highlighted and {fold(text) for text in highlighted} == {"to truong"}
    assert "tổ trưởng" in {text.lower() for text in highlighted}


def test_enter_goes_to_the_next_match(qtbot, window):
    window.help.show_guide()
    guide = _guide(window)
    qtbot.keyClicks(guide.ui.searchEdit, "Dan")
    first = guide.ui.guideBrowser.textCursor().selectionStart()
    qtbot.keyClick(guide.ui.searchEdit, Qt.Key.Key_Return)
    assert guide.isVisible()
    assert guide.ui.guideBrowser.textCursor().selectionStart() > first
    assert fold(guide.ui.guideBrowser.textCursor().selectedText()) == "dan"
    browser = guide.ui.guideBrowser
    assert browser.viewport().rect().contains(browser.cursorRect())  # scrolled to where it is


def test_a_word_not_in_the_guide_says_so(qtbot):
    guide = GuideDialog()
    qtbot.addWidget(guide)
    qtbot.keyClicks(guide.ui.searchEdit, "xylophone")
    assert guide.model.rowCount() == 0
    assert guide.ui.foundLabel.text() == "Không thấy “xylophone” trong hướng dẫn."
    assert guide.ui.guideBrowser.toPlainText() == ""
    guide.ui.searchEdit.clear()
    assert guide.model.rowCount() == len(read_guide())


def test_a_link_shows_the_section_it_names(qtbot):
    guide = GuideDialog()
    qtbot.addWidget(guide)
    guide.ui.guideBrowser.anchorClicked.emit(QUrl("12-to-truong.html"))
    assert guide.ui.sectionsView.currentIndex().data() == "Dành cho tổ trưởng tổ hỗ trợ"
    assert guide.ui.guideBrowser.toPlainText().startswith("Dành cho tổ trưởng tổ hỗ trợ")


def test_folding_keeps_each_characters_place():
    folded, places = folded_with_places("Đăk  Glei\nKon Tum")
    assert folded == "dak  glei kon tum"
    start = folded.index("glei")
    assert "Đăk  Glei\nKon Tum"[places[start]:places[start + 3] + 1] == "Glei"


def test_every_link_and_picture_of_the_guide_is_there_and_small():
    names = {path.name for path in GUIDE.glob("*.html")}
    for path in GUIDE.glob("*.html"):
        page = path.read_text(encoding="utf-8")
        for link in re.findall(r'href="([^"#]+)', page):
            assert link in names, f"{path.name} links to {link}"
        for picture in re.findall(r'<img src="([^"]+)"', page):
            file = GUIDE / picture
            assert file.is_file(), f"{path.name} shows {picture}"
            assert file.stat().st_size <= PICTURE_BYTES, f"{picture} is {file.stat().st_size} bytes"
            assert not QImage(str(file)).isNull()


def _about_text(show) -> str:
    """Open About, read its text while it is open, close it."""
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        seen.extend([box.windowTitle(), box.text()])
        box.accept()

    QTimer.singleShot(0, read_and_close)
    show()
    return "\n".join(seen)


def test_about_shows_the_version_and_the_data_file(qtbot, window):
    shown = _about_text(window.ui.aboutAction.trigger)
    path = window.database.url.removeprefix("sqlite:///")
    assert "Giới thiệu Làng Mới" in shown
    assert f"Phiên bản {_version()}" in shown
    assert f"Tệp dữ liệu: {path}" in shown
    assert "sqlite:" not in shown


@pytest.mark.parametrize(("url", "said"), [
    ("postgresql+psycopg://langmoi_app:bí-mật@10.0.0.5/langmoi",
     "Máy chủ dùng chung: máy 10.0.0.5, cơ sở dữ liệu langmoi"),
    ("postgresql+psycopg://langmoi_app:bí-mật@db.so/lm", "Máy chủ dùng chung: máy db.so, cơ sở dữ liệu lm"),
    ("postgresql+psycopg://langmoi_app@10.0.0.5:5433/langmoi",
     "Máy chủ dùng chung: máy 10.0.0.5, cổng 5433, cơ sở dữ liệu langmoi"),
])
def test_about_names_a_shared_server_without_url_or_password(qtbot, url, said):
    help_actions = HelpActions(None, SimpleNamespace(url=url, read_only=False))
    text = help_actions.about_text()
    assert said in text
    assert "postgresql" not in text and "bí-mật" not in text and "langmoi_app" not in text
