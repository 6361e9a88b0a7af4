"""Undo and redo of this session's edits (Sửa → Hoàn tác Ctrl+Z, Làm lại Ctrl+Y / Ctrl+Shift+Z): a checklist's
status, evidence or note, and a village record added, changed or deleted (a deleted record brought back comes with
the files its deletion removed, as the history's restore brings it).

One QUndoStack, the window's (`window.undo_stack`). An undo or a redo is a new save, made the way the edit was made
(ui/assessment_saving.py, ui/records_page.py) in the window's save queue: an ordinary audited change, refused or
questioned like any other. It takes its turn in the queue, so it undoes the last change that landed before it (an
edit still being saved lands first). The stack moves only once the database has the change: a refusal (a role, a
rule, a record deleted meanwhile) is said and leaves the stack where it was, as does keeping another PC's change
when the conflict question comes. So the commands' own undo() and redo() only mark the stack's place: the save
came first.

The stack is cleared when another plan is chosen (or the plan is read again after an edit of it); signing out or
choosing another database makes a new window, with a new stack.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from ui.labels import translate

if TYPE_CHECKING:
    from domain.plan import Plan
    from domain.village_detail import ChecklistRow
    from ui.assessment_saving import AssessmentSaving
    from ui.checklist_model import ChecklistModel, Reply
    from ui.record_gateway import Saved
    from ui.records_page import RecordChange, RecordsPage
    from ui.save_queue import SaveQueue

Moved = Callable[[], None]
"""An undo's or redo's save went through: the stack moves."""

_FIELD_TEXTS = {
    "status": lambda: translate("Undo", "status of criterion %1 – %2"),
    "evidence": lambda: translate("Undo", "evidence of criterion %1 – %2"),
    "note": lambda: translate("Undo", "note of criterion %1 – %2"),
}


@dataclass
class ChecklistStep:
    """A checklist edit: `before` and `after` the changed field(s); `row`, the row as last saved."""

    plan: Plan
    sheet: tuple[int, int]
    row: ChecklistRow
    before: dict[str, Any]
    after: dict[str, Any]


@dataclass
class RecordRef:
    """Where a record is now: its id and version (None while it is deleted). Shared by every step of the record:
    an undo that brings a deleted record back gives it a new id, and each save a new version."""

    kind: str
    record_id: int | None
    version: int | None
    deleted_id: int | None = None
    """The id it had when last deleted: an undo (redo) that brings it back brings the files that deletion removed
    with it (domain/restoring.restore_deleted_record, as the history's restore does)."""


@dataclass
class RecordStep:
    """A record added, changed or deleted: its values before and after (None: no record)."""

    ref: RecordRef
    village_id: int
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    def target(self, forward: bool) -> dict[str, Any] | None:
        return self.after if forward else self.before


class _Command(QUndoCommand):
    """A place on the stack; its step was saved before the stack moved to it (see the module's docstring)."""

    def __init__(self, text: str, step: ChecklistStep | RecordStep) -> None:
        super().__init__(text)
        self.step = step

    def undo(self) -> None:
        """Overrides QUndoCommand.undo: the database already has the undo."""

    def redo(self) -> None:
        """Overrides QUndoCommand.redo: the database already has the change (pushed once saved)."""


class WindowUndo(QObject):
    """The window's undo stack, its Edit menu's actions, and the savers that record the edits."""

    def __init__(self, window: QWidget, saves: SaveQueue, saving: AssessmentSaving,
                 shown: Callable[[], tuple[Plan | None, tuple[int, int] | None]], village_name: Callable[[int], str],
                 checklist: Callable[[], ChecklistModel], pages: Callable[[], dict[str, RecordsPage]],
                 reread: Callable[[int], None]) -> None:
        super().__init__(window)
        self._window = window
        self._saves = saves
        self._saving = saving
        self._shown = shown
        self._village_name = village_name
        self._checklist = checklist
        self._pages = pages
        self._reread = reread
        """A change landed on a village not shown: its figures read again (the page shown too)."""
        self.stack = QUndoStack(window)
        self._refs: dict[tuple[str, int], RecordRef] = {}
        """The records the steps concern, by kind and id now."""
        self.undo_action = QAction(window)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(window)
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo_action.triggered.connect(self.redo)
        self.stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.stack.undoTextChanged.connect(self._name_actions)
        self.stack.redoTextChanged.connect(self._name_actions)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self._name_actions()

    def menu(self) -> QMenu:
        """The Edit menu (Sửa): undo and redo."""
        menu = QMenu(self.tr("&Edit"), self._window)
        menu.setObjectName("editMenu")
        menu.addActions([self.undo_action, self.redo_action])
        return menu

    def _name_actions(self, *_args) -> None:
        undo, redo = self.stack.undoText(), self.stack.redoText()
        self.undo_action.setText(self.tr("&Undo: %1").replace("%1", undo) if undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo: %1").replace("%1", redo) if redo else self.tr("&Redo"))

    def clear(self) -> None:
        self.stack.clear()
        self._refs.clear()

    # the edits, recorded once saved

    def checklist_saver(self, row: ChecklistRow, changes: dict, reply: Reply) -> None:
        """The checklist model's saver: saves as the window does and, once saved, pushes the edit."""
        plan, sheet = self._shown()
        before = {name: getattr(row, name) for name in changes}

        def landed(saved: ChecklistRow) -> None:
            if plan is None or sheet is None or before == changes:
                return
            step = ChecklistStep(plan, sheet, saved, before, dict(changes))
            name = next(iter(changes))
            text = _FIELD_TEXTS[name]().replace("%1", str(row.number)).replace("%2", self._village_name(sheet[0]))
            self.stack.push(_Command(text, step))

        self._saving.save(row, changes, reply, landed=landed)

    def record_changed(self, change: RecordChange) -> None:
        """A record saved or deleted through its page (the gateway's `recorded`): pushed."""
        page = self._pages()[change.kind]
        if change.before is None:
            verb, values = self.tr("add %1 – %2"), change.after
        elif change.after is None:
            verb, values = self.tr("delete %1 – %2"), change.before
        else:
            verb, values = self.tr("change %1 – %2"), change.after
        text = verb.replace("%1", page.describe(values)).replace("%2", self._village_name(change.village_id))
        ref = self._refs.get((change.kind, change.record_id)) or RecordRef(change.kind, change.record_id, None)
        self._moved(ref, change.record_id if change.after is not None else None, change.version)
        self.stack.push(_Command(text, RecordStep(ref, change.village_id, change.before, change.after)))

    def _moved(self, ref: RecordRef, record_id: int | None, version: int | None) -> None:
        """The record is now `record_id` at `version` (None: deleted)."""
        self._refs.pop((ref.kind, ref.record_id), None)
        if record_id is None and ref.record_id is not None:
            ref.deleted_id = ref.record_id
        ref.record_id, ref.version = record_id, version
        if record_id is not None:
            self._refs[(ref.kind, record_id)] = ref

    # undo and redo

    def undo(self) -> None:
        self._saves.submit(lambda: self._turn(forward=False), lambda _result, _error: None)

    def redo(self) -> None:
        self._saves.submit(lambda: self._turn(forward=True), lambda _result, _error: None)

    def _turn(self, forward: bool) -> Callable[[], None]:
        """In the save queue's turn (GUI thread): the command to undo (redo) now starts its save, queued first; the
        queue's own job for this turn does nothing."""
        index = self.stack.index() if forward else self.stack.index() - 1
        command = self.stack.command(index) if 0 <= index < self.stack.count() else None
        if command is not None:
            step = command.step

            def moved() -> None:
                if self.stack.command(index) is command and self.stack.index() == index + (0 if forward else 1):
                    self.stack.redo() if forward else self.stack.undo()

            if isinstance(step, ChecklistStep):
                self._apply_checklist(step, forward, moved)
            else:
                self._apply_record(step, forward, moved)
        return lambda: None

    def _apply_checklist(self, step: ChecklistStep, forward: bool, moved: Moved) -> None:
        changes = step.after if forward else step.before

        def reply(saved: ChecklistRow | None) -> None:
            """The sheet is shown: the row as saved; None when nothing was kept (the refusal said already)."""
            if saved is not None:
                self._checklist().show_saved(saved)

        def landed(saved: ChecklistRow) -> None:
            step.row = saved
            moved()

        self._saving.save_to(step.plan, step.sheet, step.row, changes, reply, landed, first=True)

    def _apply_record(self, step: RecordStep, forward: bool, moved: Moved) -> None:
        ref = step.ref
        page = self._pages()[ref.kind]
        target = step.target(forward)

        def landed(saved: Saved | None) -> None:
            self._moved(ref, saved.record_id if saved else None, saved.version if saved else None)
            if step.village_id != page.gateway.village_id:
                self._reread(step.village_id)
            moved()

        def refused(refusal: str | None) -> None:
            """The save came back: a refusal to say (None: saved, or someone else's change kept)."""
            if refusal is not None:
                QMessageBox.warning(self._window, self.tr("Not redone") if forward else self.tr("Not undone"), refusal)

        if target is None:
            page.delete_record(ref.record_id, ref.version, step.village_id, step.target(not forward), first=True,
                               landed=landed)
            return
        current = step.target(not forward) if ref.record_id is not None else None
        page.save_values(target, current, step.village_id, ref.record_id, ref.version, refused, first=True,
                         landed=landed, deleted_id=ref.deleted_id if ref.record_id is None else None)
