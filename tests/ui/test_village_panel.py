"""The village page: built and painted before the database layer is imported, and saying so while a village's
sheet is being read (greyed, not editable, its history not offered), as it was before once read."""

from tests.ui.test_startup_imports import loaded_slow_modules

PANEL = """
from PySide6.QtWidgets import QApplication
from ui.app import install_translations
from ui.village_panel import VillagePanel
app = QApplication([])
install_translations(app)
panel = VillagePanel(lambda *changes: None, None)
panel.set_busy(True)
panel.show()
app.processEvents()
"""


def test_the_village_panel_is_built_without_the_database_layer():
    assert loaded_slow_modules(PANEL) == []


def test_a_village_being_read_is_said_and_cannot_be_changed(small_window, village_mot):
    panel = small_window.village_panel
    busy = panel.ui.villageBusy
    assert panel.title.text() == "Làng Mới" and not busy.isVisibleTo(panel)
    assert panel.checklist_view.isEnabled() and panel.history_button.isEnabled()

    panel.set_busy(True)
    assert busy.isVisibleTo(panel) and busy.text() == "Đang đọc dữ liệu thôn…"
    assert not panel.checklist_view.isEnabled() and not panel.pages["visits"].isEnabled()
    assert not panel.history_button.isEnabled()

    panel.set_busy(False)
    assert not busy.isVisibleTo(panel)
    assert panel.checklist_view.isEnabled() and panel.history_button.isEnabled()
    panel.show_sheet(None)
    panel.set_busy(False)
    assert not panel.history_button.isEnabled()  # no village: no history to offer
