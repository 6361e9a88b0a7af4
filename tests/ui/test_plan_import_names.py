"""The import preview lists by name what the import creates, brings into the plan or takes out of it (a model,
not a widget per row), in Vietnamese."""

from domain.plan_import import Entity, ImportReport, Move, NamedChange
from ui.plan_import_dialog import ImportPlanDialog


def _rows(dialog) -> list[list[str]]:
    model = dialog.name_model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_preview_names_villages_communes_and_agencies(qtbot):
    report = ImportReport("1-KH/TEST", new_plan=False, named=[
        NamedChange(Entity.COMMUNE, "Xã Bốn", Move.CREATED, "Huyện A"),
        NamedChange(Entity.VILLAGE, "Làng Mới Lập", Move.CREATED, "Xã Bốn"),
        NamedChange(Entity.VILLAGE, "Kon Klor", Move.JOINS, "Đăk Ruồng"),
        NamedChange(Entity.VILLAGE, "Thôn 1", Move.LEAVES, "Xã Hai"),
        NamedChange(Entity.AGENCY, "Hội Nông dân tỉnh", Move.CREATED),
    ])
    report.sheets["Địa bàn"].created = 1
    dialog = ImportPlanDialog(None, "phu_luc.xlsx", report)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.namesTable.isVisible() and dialog.ui.namesLabel.isVisible()
    assert dialog.ui.namesTable.model() is dialog.name_model
    assert _rows(dialog) == [
        ["Xã", "Xã Bốn", "Huyện A", "tạo mới"],
        ["Thôn (làng)", "Làng Mới Lập", "Xã Bốn", "tạo mới"],
        ["Thôn (làng)", "Kon Klor", "Đăk Ruồng", "vào kế hoạch"],
        ["Thôn (làng)", "Thôn 1", "Xã Hai", "rời kế hoạch (vẫn giữ lịch sử)"],
        ["Cơ quan", "Hội Nông dân tỉnh", "", "tạo mới"],
    ]


def test_nothing_named_hides_the_list(qtbot):
    dialog = ImportPlanDialog(None, "phu_luc.xlsx", ImportReport("1-KH/TEST", new_plan=False))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.namesTable.isVisible()
