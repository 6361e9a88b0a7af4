"""The checklist's saver: a criterion's status, evidence or note saved off the GUI thread, in the window's save
queue (ui/save_queue.py: one save at a time, in the order made).

Each save names the version the user edited: the row's as read, or the one the last save of that criterion made,
chosen when its turn comes (a status then its evidence saved quickly both land; two criteria likewise). When the
save comes back: the row as saved and read back goes to the checklist, whose `saved` the window follows with its
figures; when someone saved the criterion since, the user is asked (ui/conflict_box.ask_overwrite) whether to
overwrite it, which saves again in the background, or to keep theirs (the village's sheet and figures read
again); a refusal is said and the cell shows what it held.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from domain.errors import EditConflict
from ui import conflict_box

if TYPE_CHECKING:
    from domain.plan import Plan
    from domain.village_detail import ChecklistRow
    from ui.checklist_model import Reply
    from ui.plan_gateway import PlanGateway
    from ui.save_queue import SaveQueue

Shown = Callable[[], "tuple[Plan | None, tuple[int, int] | None]"]
"""The plan and the (village, year) of the sheet on screen: what an edit saves to."""


Landed = Callable[["ChecklistRow"], None]
"""Called in the GUI thread once a save went through, with the row as saved, whether its sheet is shown or not (the
window's undo records the change, or moves its stack)."""


class AssessmentSaving(QObject):
    """`save(row, changes, reply)` is the checklist model's saver; `save_to` saves to a sheet named (an undo's)."""

    def __init__(self, window: QWidget, saves: SaveQueue, gateway: PlanGateway, shown: Shown,
                 reread: Callable[[int], None]) -> None:
        super().__init__(window)
        self._window = window
        self._saves = saves
        self._gateway = gateway
        self._shown = shown
        self._reread = reread
        """Someone else's change was kept, or a save landed on a village no longer shown: its figures and the
        sheet on screen read again."""
        self._landed: dict[tuple[int, int, int], int] = {}
        """(village, year, criterion) → the version the last save of it made."""

    def save(self, row: ChecklistRow, changes: dict, reply: Reply, landed: Landed | None = None) -> None:
        plan, sheet = self._shown()
        if plan is None or sheet is None:
            reply(None)
            return
        self._submit(plan, sheet, row, changes, reply, None, landed=landed)

    def save_to(self, plan: Plan, sheet: tuple[int, int], row: ChecklistRow, changes: dict, reply: Reply,
                landed: Landed, *, first: bool = False) -> None:
        """Save a change to the (village, year) given, shown or not; `first`: before the saves waiting."""
        self._submit(plan, sheet, row, changes, reply, None, first=first, landed=landed)

    def _submit(self, plan: Plan, sheet: tuple[int, int], row: ChecklistRow, changes: dict, reply: Reply,
                overwriting: int | None, first: bool = False, landed: Landed | None = None) -> None:
        """Queue the save; `overwriting`: the version someone else made, which the user chose to overwrite."""
        village_id, year = sheet
        key = (village_id, year, row.criterion_id)

        def start() -> Callable[[], ChecklistRow]:
            expected = overwriting if overwriting is not None else max(row.version, self._landed.get(key, 0))
            return lambda: self._gateway.save_assessment(plan, village_id, year, row, changes, expected)

        def came_back(saved: Any, error: BaseException | None) -> None:
            shown = self._shown()[1] == sheet
            if error is None:
                self._landed[key] = saved.version
                if landed is not None:
                    landed(saved)
                if shown:
                    reply(saved)
                else:
                    self._reread(village_id)
                return
            if isinstance(error, EditConflict):  # the cell shows the user's value, being saved, meanwhile
                if conflict_box.ask_overwrite(self._window, error, changes):
                    self._submit(plan, sheet, row, changes, reply, error.current.version, first=True, landed=landed)
                    return
                reply(None)
                self._reread(village_id)
                return
            reply(None)
            from ui.background import failure_message

            QMessageBox.warning(self._window, self.tr("Not saved"), failure_message(error))

        self._saves.submit(start, came_back, first=first)
