"""A plan loaded again (chosen in the plan box, its figures kept in the cache) repaints the tree and the checklist
a bounded number of times, whatever the plan's size (issue 14): its tree, figures, review marks and village arrive
in a few reads, and each arrival the models say is a repaint of the views (~10-20 ms each at 10,000 villages).
Counted, not timed: the tree's and checklist's model signals and their viewports' paint events."""

from dataclasses import replace
from datetime import date

import pytest

from domain.access import Principal
from domain.plans import create_plan
from domain.reviewing import open_round
from tests.benchmarks.bench_scale import large_draft
from tests.conftest import OFFICER
from tests.ui.conftest import open_window, settle
from tests.ui.paints import Paints

VILLAGES = 300
SIGNALS = ("dataChanged", "layoutChanged", "modelReset")


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
    """Choose the other plan in the plan box and wait until everything is read and shown, the checks and other years
    the window reads once settled included: a count taken at the next load holds that load's paints alone."""
    window.plan_combo.setCurrentIndex(1 - window.plan_combo.currentIndex())
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.is_settled() and not window.prefetch.pending(), timeout=30_000)
    qtbot.wait(50)


def test_a_plan_loaded_again_repaints_its_tree_and_checklist_a_few_times(qtbot, two_plans_window):
    window = two_plans_window
    _load(qtbot, window)
    _load(qtbot, window)  # both plans' figures are in the cache now
    seen: dict[str, list[str]] = {"tree": [], "checklist": []}
    for key, model in (("tree", window.tree_model), ("checklist", window.village_panel.checklist_model)):
        for name in SIGNALS:
            getattr(model, name).connect(lambda *_args, key=key, name=name: seen[key].append(name))
    paints = {"tree": Paints(window.tree.viewport()),
              "checklist": Paints(window.village_panel.checklist_view.viewport())}

    _load(qtbot, window)

    assert window.tree_model.progress is not None and window.village_panel.checklist_model.rowCount() == 17
    # the tree set (busy figures), then its figures with their marks in one layout change; the village's rows once
    assert seen == {"tree": ["modelReset", "layoutChanged"], "checklist": ["modelReset"]}
    assert paints["tree"].count <= 3 and paints["checklist"].count <= 2, {k: p.count for k, p in paints.items()}


@pytest.fixture
def sample_and_plan_window(qtbot, database, settings):
    """The sample plan on screen (its notice above the tree), a generated plan of VILLAGES villages beside it."""
    with database.unit_of_work(Principal.local("test")) as uow:
        plan = create_plan(uow, draft=large_draft(VILLAGES))
        for year in range(plan.first_year, plan.last_year + 1):  # its villages' reviews differ from the sample's
            open_round(uow, plan_id=plan.id, year=year, deadline=date(year, 12, 31))
    window = open_window(qtbot, database, OFFICER, settings)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    return window


def test_a_plan_chosen_after_the_sample_paints_the_village_page_as_its_reads_arrive(qtbot, sample_and_plan_window):
    """From the sample to a generated plan (as the window benchmark does): the sample's notice hidden with the new
    tree, not before it (the page moved up, then the last plan's tree and village painted again), a tab's text set
    only when it changes (any text set, even the same, repaints the whole page twice) and the plan's review states
    read once, with its figures (the village's review was compared with the last plan's states, which differ, and
    they were read again: the tree and the page repainted once more)."""
    window = sample_and_plan_window
    _load(qtbot, window)
    _load(qtbot, window)
    _load(qtbot, window)  # on the sample again, every plan's figures in the cache
    assert window.plan.is_sample and window.banner_box.isVisible()
    states: list[object] = []
    original = window.tree_model.set_reviews
    window.tree_model.set_reviews = lambda read: (states.append(read), original(read))[1]
    paints = {"tree": Paints(window.tree.viewport()),
              "checklist": Paints(window.village_panel.checklist_view.viewport())}

    _load(qtbot, window)

    assert not window.plan.is_sample and not window.banner_box.isVisible()
    assert window.village_panel.checklist_model.rowCount() == 17
    assert len(states) == 1, "the tree's review marks set once"
    # the new tree, then its figures with their marks (3 before: the sample's tree first painted again, moved up)
    assert paints["tree"].count <= 2 and paints["checklist"].count <= 3, {k: p.count for k, p in paints.items()}
