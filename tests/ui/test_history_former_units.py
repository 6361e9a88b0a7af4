"""A village's change history names its former units (issue 18): the sample's Thôn 1 Tê Xăng was Thôn 1 of xã
Tê Xăng, huyện Tu Mơ Rông until 01/7/2025, said under the heading with the sample's decision marked illustrative, and
the reorganisation's change of it is named in words; a village never reorganised shows no such line."""

import shutil

from sqlmodel import select

from domain.admin_units import Village
from domain.history import HistoryFilter
from storage.database import open_database
from tests.conftest import ACTOR
from ui.history_dialog import HistoryDialog


def _dialog(qtbot, database, settings, name: str) -> HistoryDialog:
    with database.session() as session:
        village_id = session.exec(select(Village.id).where(Village.name == name)).one()
    dialog = HistoryDialog(None, database, HistoryFilter.of_village(village_id), name, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.is_settled)
    return dialog


def test_the_history_of_a_reorganised_village_names_its_former_units_with_their_dates(qtbot, reform_sample_file,
                                                                                      tmp_path, settings):
    path = tmp_path / "langmoi.sqlite3"
    shutil.copy(reform_sample_file, path)
    database = open_database(f"sqlite:///{path}", actor=ACTOR)
    try:
        dialog = _dialog(qtbot, database, settings, "Thôn 1 Tê Xăng")
        assert dialog.units_label.isVisible()
        assert dialog.units_label.text() == (
            "Đơn vị hành chính qua các thời kỳ:\n"
            "đến 01/7/2025: Thôn 1, xã Tê Xăng, huyện Tu Mơ Rông\n"
            "từ 01/7/2025: Thôn 1 Tê Xăng, xã Ngọk Yêu, tỉnh Quảng Ngãi — sắp xếp minh họa")
        [row] = [row for row in dialog.shown_rows() if row.entity == "reorganisation"]
        assert (row.kind, row.subject, row.field, row.old, row.new) == (
            "Sắp xếp đơn vị hành chính", "Quyết định 01/2025/NQ-MH (minh họa)", "Đổi tên thôn", "Thôn 1",
            "Thôn 1 Tê Xăng")
        dialog.close()
    finally:
        database.close()


def test_a_village_never_reorganised_shows_no_former_units(qtbot, database, settings):
    dialog = _dialog(qtbot, database, settings, "Làng Đăk Book")
    assert not dialog.units_label.isVisible() and dialog.units_label.text() == ""
    dialog.close()
