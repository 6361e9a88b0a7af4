"""A plan loaded again (chosen in the plan box, its figures kept in the cache) repaints the tree and the checklist
a bounded number of times, whatever the plan's size (issue 14): its tree, figures, review marks and village arrive
in a few reads, and each arrival the models say is a repaint of the views (~10-20 ms each at 10,000 villages).
Counted, not timed: the tree's and checklist's model signals and their viewports' paint events."""

from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QObject

from domain.access import Principal
from domain.plans import create_plan
from tests.benchmarks.bench_scale import large_draft
from tests.conftest import OFFICER
from tests.ui.conftest import open_window, settle

VILLAGES = 300
SIGNALS = ("dataChanged", "layoutChanged", "modelReset")


class _Paints(QObject):
    """How many paint events a widget gets from now on."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@pytest.fixture
def two_plans_window(qtbot, empty_database, settings):
    draft = large_draft(VILLAGES)
    with empty_database.unit_of_work(Principal.local("test")) as uow:
        create_plan(uow, draft=draft)
    with empty_database.unit_of_work(Principal.local("test")) as uow:
        create_plan(uow, draft=replace(draft, code="OTHER"))
    window = open_window(qtbot, empty_database, OFFICER, settings)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    return window


def _load(qtbot, window) -> None:
    """Choose the other plan in the plan box and wait until everything is read and shown."""
    window.plan_combo.setCurrentIndex(1 - window.plan_combo.currentIndex())
    settle(qtbot, window)
    qtbot.wait(50)


def test_a_plan_loaded_again_repaints_its_tree_and_checklist_a_few_times(qtbot, two_plans_window):
    window = two_plans_window
    _load(qtbot, window)
    _load(qtbot, window)  # both plans' figures are in the cache now
    seen: dict[str, list[str]] = {"tree": [], "checklist": []}
    for key, model in (("tree", window.tree_model), ("checklist", window.village_panel.checklist_model)):
        for name in SIGNALS:
            getattr(model, name).connect(lambda *_args, key=key, name=name: seen[key].append(name))
    paints = {"tree": _Paints(window.tree.viewport()),
              "checklist": _Paints(window.village_panel.checklist_view.viewport())}

    _load(qtbot, window)

    assert window.tree_model.progress is not None and window.village_panel.checklist_model.rowCount() == 17
    # the tree set (busy figures), then its figures with their marks in one layout change; the village's rows once
    assert seen == {"tree": ["modelReset", "layoutChanged"], "checklist": ["modelReset"]}
    assert paints["tree"].count <= 3 and paints["checklist"].count <= 2, {k: p.count for k, p in paints.items()}
