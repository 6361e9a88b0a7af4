"""The plan's editors: a village added, renamed, moved to another commune or taken out of the plan; the communes
and the agencies listed and changed; a village's assigned agencies and its support team.

Each editor is a Designer form (ui/forms/plan_*_dialog.ui) that reads what it shows off the GUI thread and saves
through one use case of domain/plan_editing.py off it too (ui/plan_edit_gateway.py, in the dialog's own
LatestRead, as the account dialogs do); a refusal is written under the form, which stays open with what was
typed; a changed form asks before it closes unsaved (ui/unsaved_changes.py). `PlanEditors` holds the actions
(the Plan menu and the tree's context menu) and tells the window to read the plan's layout again after a change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import astuple, dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from domain import plan_editing
from domain.errors import DomainError
from domain.plan_editing import AgencyValues, CommuneRow, MemberValues
from domain.text import fold
from domain.vocabulary import AgencyKind, TeamRole
from ui.background import BackgroundTask
from ui.findable_combo import FOLDED_ROLE, make_findable
from ui.forms.plan_agency_dialog_ui import Ui_PlanAgencyDialog
from ui.forms.plan_assignments_dialog_ui import Ui_PlanAssignmentsDialog
from ui.forms.plan_commune_dialog_ui import Ui_PlanCommuneDialog
from ui.forms.plan_list_dialog_ui import Ui_PlanListDialog
from ui.forms.plan_team_dialog_ui import Ui_PlanTeamDialog
from ui.forms.plan_village_dialog_ui import Ui_PlanVillageDialog
from ui.labels import agency_kind_label, team_role_label
from ui.latest_read import LatestRead
from ui.plan_tree_model import NodeKind, Roles
from ui.questions import ask_no_first
from ui.table_models import Column, RowTableModel
from ui.unsaved_changes import UnsavedChanges

if TYPE_CHECKING:
    from domain.places import PlaceRow
    from domain.plan import Plan
    from ui.main_window import MainWindow
    from ui.plan_edit_gateway import Places, PlanEditGateway

Index = QModelIndex | QPersistentModelIndex


class Mode(Enum):
    ADD = "add"
    RENAME = "rename"
    MOVE = "move"


def _commune_text(commune: CommuneRow) -> str:
    return f"{commune.name} — {commune.district}" if commune.district else commune.name


def _choices(combo: QComboBox, items: Sequence[tuple[str, Any]], chosen: Any = None) -> None:
    """Fill `combo` with (text, data) lines found by typing part of them (ui/findable_combo.py); `chosen` current."""
    model = QStandardItemModel(combo)
    for text, data in items:
        item = QStandardItem(text)
        item.setData(data, Qt.ItemDataRole.UserRole)
        item.setData(fold(text), FOLDED_ROLE)
        model.appendRow(item)
    combo.setModel(model)
    make_findable(combo)
    found = combo.findData(chosen, Qt.ItemDataRole.UserRole)
    combo.setCurrentIndex(max(found, 0))


class EditorDialog(QDialog):
    """A plan editor's form (intro, fields, problem, buttons). `load` reads what it shows off the GUI thread;
    OK runs `save()`'s work off it, the form greyed meanwhile; `result_value` is what the work returned."""

    def __init__(self, form: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.ui = form
        form.setupUi(self)
        self.problem, self.buttons = form.problem, form.buttons
        self.buttons.accepted.connect(self._accept)
        self.work = LatestRead(self)
        self.work.failed.connect(lambda _kind, message: self._refuse(message))
        self.unsaved: UnsavedChanges | None = None
        self.result_value: Any = None

    def say(self, text: str) -> None:
        self.ui.intro.setText(text)
        self.ui.intro.show()

    def load(self, read: Callable[[], Any], show: Callable[[Any], None]) -> None:
        """`read()` off the GUI thread, then `show(result)`; the values shown are the ones a close compares with."""
        self._working(True)
        self.work.request("read", read, lambda result: self._loaded(show, result))

    def ready(self) -> None:
        """The form shows its values (no read needed): from now on a change asks before closing."""
        self.unsaved = UnsavedChanges(self, self.values)

    def values(self) -> object:
        """What the user can change, comparable."""
        raise NotImplementedError

    def save(self) -> Callable[[], Any]:
        """The change as a call for the read thread; raise DomainError to refuse at once."""
        raise NotImplementedError

    def _loaded(self, show: Callable[[Any], None], result: Any) -> None:
        show(result)
        self._working(False)
        self.ready()

    def _accept(self) -> None:
        if self.unsaved is None:
            return  # still reading
        try:
            work = self.save()
        except DomainError as error:
            self._refuse(str(error))
            return
        self._working(True)
        self.work.request("save", work, self._saved)

    def _saved(self, result: Any) -> None:
        self.result_value = result
        self._working(False)
        self.accept()

    def _refuse(self, message: str) -> None:
        self._working(False)
        self.problem.setText(message)
        self.problem.show()

    def _working(self, busy: bool) -> None:
        for part in (self.buttons.button(QDialogButtonBox.StandardButton.Ok), self.ui.fields):
            part.setEnabled(not busy)

    def reject(self) -> None:
        """Overrides QDialog.reject (Escape, ✕, Hủy): a changed form asks first."""
        if self.unsaved is None or self.unsaved.may_close():
            super().reject()

    def done(self, result: int) -> None:
        """Overrides QDialog.done: work still running when the dialog closes is not shown."""
        self.work.close()
        super().done(result)


class VillageDialog(EditorDialog):
    """A village added to the plan (name and commune), renamed (name) or moved (commune)."""

    def __init__(self, parent: QWidget, gateway: PlanEditGateway, plan: Plan, mode: Mode,
                 place: PlaceRow | None = None, commune_id: int | None = None) -> None:
        super().__init__(Ui_PlanVillageDialog(), parent)
        self.gateway, self.plan, self.mode, self.place = gateway, plan, mode, place
        self.name, self.commune = self.ui.name, self.ui.commune
        titles = {Mode.ADD: self.tr("Add a village"), Mode.RENAME: self.tr("Rename the village"),
                  Mode.MOVE: self.tr("Move the village to another commune")}
        self.setWindowTitle(titles[mode])
        if place is not None:
            self.say(self.tr("Village: %1").replace("%1", place.label))
            self.name.setText(place.village)
        for widget in (self.ui.communeLabel, self.commune):
            widget.setVisible(mode is not Mode.RENAME)
        for widget in (self.ui.nameLabel, self.name):
            widget.setVisible(mode is not Mode.MOVE)
        if mode is Mode.RENAME:
            self.ready()
        else:
            chosen = place.commune_id if place is not None else commune_id
            self.load(gateway.places, lambda places: _choices(
                self.commune, [(_commune_text(c), c.commune_id) for c in places.communes], chosen))

    def values(self) -> object:
        return self.name.text(), self.commune.currentData()

    def save(self) -> Callable[[], Any]:
        gateway, plan = self.gateway, self.plan
        if self.mode is Mode.RENAME:
            return gateway.work(plan_editing.rename_village, plan_id=plan.id, village_id=self.place.village_id,
                                name=self.name.text())
        commune_id = self.commune.currentData()
        if commune_id is None:
            raise DomainError(self.tr("Not saved. Commune: choose the commune."))
        if self.mode is Mode.MOVE:
            return gateway.work(plan_editing.move_village, plan_id=plan.id, village_id=self.place.village_id,
                                commune_id=commune_id)
        return gateway.work(plan_editing.add_village, plan_id=plan.id, commune_id=commune_id, name=self.name.text())


class CommuneDialog(EditorDialog):
    """A commune added (name and district), renamed (name) or moved to another district (or to none)."""

    def __init__(self, parent: QWidget, gateway: PlanEditGateway, mode: Mode, commune: CommuneRow | None = None,
                 district_id: int | None = None) -> None:
        super().__init__(Ui_PlanCommuneDialog(), parent)
        self.gateway, self.mode, self.commune_row = gateway, mode, commune
        self.name, self.district = self.ui.name, self.ui.district
        titles = {Mode.ADD: self.tr("Add a commune"), Mode.RENAME: self.tr("Rename the commune"),
                  Mode.MOVE: self.tr("Move the commune to another district")}
        self.setWindowTitle(titles[mode])
        if commune is not None:
            self.say(self.tr("Commune: %1").replace("%1", _commune_text(commune)))
            self.name.setText(commune.name)
        for widget in (self.ui.districtLabel, self.district):
            widget.setVisible(mode is not Mode.RENAME)
        for widget in (self.ui.nameLabel, self.name):
            widget.setVisible(mode is not Mode.MOVE)
        if mode is Mode.RENAME:
            self.ready()
        else:
            chosen = commune.district_id if commune is not None else district_id
            self.load(gateway.places, lambda places: self._show_districts(places, chosen))

    def _show_districts(self, places: Places, chosen: int | None) -> None:
        lines = [(name, district_id) for district_id, name in places.districts]
        _choices(self.district, [(self.tr("(no district)"), None), *lines], chosen)

    def values(self) -> object:
        return self.name.text(), self.district.currentData()

    def save(self) -> Callable[[], Any]:
        if self.mode is Mode.RENAME:
            return self.gateway.work(plan_editing.rename_commune, commune_id=self.commune_row.commune_id,
                                     name=self.name.text())
        if self.mode is Mode.MOVE:
            return self.gateway.work(plan_editing.move_commune, commune_id=self.commune_row.commune_id,
                                     district_id=self.district.currentData())
        return self.gateway.work(plan_editing.add_commune, name=self.name.text(),
                                 district_id=self.district.currentData())


class AgencyDialog(EditorDialog):
    """An agency added or changed: name, short name, kind (the annex's Loại), address, phone."""

    def __init__(self, parent: QWidget, gateway: PlanEditGateway, agency: AgencyValues | None = None) -> None:
        super().__init__(Ui_PlanAgencyDialog(), parent)
        self.gateway, self.agency = gateway, agency
        self.setWindowTitle(self.tr("Add an agency") if agency is None else self.tr("Change the agency"))
        ui = self.ui
        for kind in AgencyKind:
            ui.kind.addItem(agency_kind_label(kind), kind)
        if agency is not None:
            ui.name.setText(agency.name)
            ui.shortName.setText(agency.short_name)
            ui.kind.setCurrentIndex(ui.kind.findData(agency.kind))
            ui.address.setText(agency.address)
            ui.phone.setText(agency.phone)
        else:
            ui.kind.setCurrentIndex(ui.kind.findData(AgencyKind.OTHER))
        self.ready()

    def values(self) -> AgencyValues:
        ui = self.ui
        return AgencyValues(ui.name.text(), ui.shortName.text(), ui.kind.currentData(), ui.address.text(),
                            ui.phone.text(), self.agency.agency_id if self.agency else None)

    def save(self) -> Callable[[], Any]:
        return self.gateway.work(plan_editing.save_agency, values=self.values())


class AssignmentsDialog(EditorDialog):
    """A village's lead agency (one) and its co-supporting agencies (ticked), those of the village listed first."""

    def __init__(self, parent: QWidget, gateway: PlanEditGateway, plan: Plan, place: PlaceRow) -> None:
        super().__init__(Ui_PlanAssignmentsDialog(), parent)
        self.gateway, self.plan, self.place = gateway, plan, place
        self.say(self.tr("Village: %1").replace("%1", place.label))
        self.co_model = QStandardItemModel(self)
        self.ui.coAgencies.setModel(self.co_model)
        self.load(lambda: gateway.assignments(plan.id, place.village_id), self._show)

    def _show(self, read: tuple[plan_editing.VillageAssignments, list[AgencyValues]]) -> None:
        assigned, agencies = read
        co = set(assigned.co_agency_ids)
        _choices(self.ui.lead, [(self.tr("(choose the lead agency)"), None),
                                *((a.name, a.agency_id) for a in agencies)], assigned.lead_agency_id)
        for agency in sorted(agencies, key=lambda a: a.agency_id not in co):  # stable: by name within each part
            item = QStandardItem(agency.name)
            item.setData(agency.agency_id, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if agency.agency_id in co else Qt.CheckState.Unchecked)
            self.co_model.appendRow(item)

    def co_agency_ids(self) -> tuple[int, ...]:
        items = (self.co_model.item(row) for row in range(self.co_model.rowCount()))
        return tuple(sorted(item.data(Qt.ItemDataRole.UserRole) for item in items
                            if item.checkState() == Qt.CheckState.Checked))

    def values(self) -> object:
        return self.ui.lead.currentData(), self.co_agency_ids()

    def save(self) -> Callable[[], Any]:
        lead = self.ui.lead.currentData()
        return self.gateway.work(plan_editing.set_assignments, plan_id=self.plan.id,
                                 village_id=self.place.village_id, lead_agency_id=lead,
                                 co_agency_ids=[a for a in self.co_agency_ids() if a != lead])


@dataclass
class _Member:
    full_name: str
    position: str
    agency_id: int | None
    role: TeamRole
    phone: str
    member_id: int | None


class TeamModel(QAbstractTableModel):
    """The support team being edited: name, position, agency, role in the team, phone; each cell edited in place."""

    NAME, POSITION, AGENCY, ROLE, PHONE = range(5)
    FIELDS = ("full_name", "position", "agency_id", "role", "phone")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.members: list[_Member] = []
        self.agency_names: dict[int, str] = {}

    def set_team(self, members: Sequence[MemberValues], agency_names: dict[int, str]) -> None:
        self.beginResetModel()
        self.members = [_Member(m.full_name, m.position, m.agency_id, m.role, m.phone, m.member_id) for m in members]
        self.agency_names = agency_names
        self.endResetModel()

    def values(self) -> list[MemberValues]:
        return [MemberValues(m.full_name, m.role, m.position, m.agency_id, m.phone, m.member_id) for m in self.members]

    def add(self) -> QModelIndex:
        row = len(self.members)
        self.beginInsertRows(QModelIndex(), row, row)
        self.members.append(_Member("", "", None, TeamRole.MEMBER, "", None))
        self.endInsertRows()
        return self.index(row, self.NAME)

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.members[row]
        self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """Overrides QAbstractTableModel.rowCount."""
        return 0 if parent.isValid() else len(self.members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """Overrides QAbstractTableModel.columnCount."""
        return 0 if parent.isValid() else len(self.FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        """Overrides QAbstractTableModel.headerData: the columns' names; the rows numbered as a refusal names them."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("Full name"), self.tr("Position"), self.tr("Agency"), self.tr("Role in the team"),
                self.tr("Phone"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Overrides QAbstractTableModel.data: the text shown; the value itself to edit."""
        member = self.members[index.row()]
        value = getattr(member, self.FIELDS[index.column()])
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == self.AGENCY:
            return self.agency_names.get(value, "") if value is not None else ""
        if index.column() == self.ROLE:
            return team_role_label(value)
        return value

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Overrides QAbstractTableModel.setData: a cell edited."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        setattr(self.members[index.row()], self.FIELDS[index.column()], value)
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Overrides QAbstractTableModel.flags: every cell editable."""
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable


class ChoiceDelegate(QStyledItemDelegate):
    """A cell edited by choosing one of (text, value) lines; the model's EditRole holds the value."""

    def __init__(self, choices: Callable[[], Sequence[tuple[str, Any]]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """Overrides QStyledItemDelegate.createEditor."""
        combo = QComboBox(parent)
        for text, value in self._choices():
            combo.addItem(text, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Overrides QStyledItemDelegate.setEditorData."""
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        """Overrides QStyledItemDelegate.setModelData."""
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class TeamDialog(EditorDialog):
    """A village's support team: members added, changed in place and removed, saved together (one team lead)."""

    def __init__(self, parent: QWidget, gateway: PlanEditGateway, plan: Plan, place: PlaceRow) -> None:
        super().__init__(Ui_PlanTeamDialog(), parent)
        self.gateway, self.plan, self.place = gateway, plan, place
        self.say(self.tr("Support team of %1. Exactly one team lead; double-click a cell to change it.")
                 .replace("%1", place.label))
        self.model = TeamModel(self)
        self.agencies: list[AgencyValues] = []
        table = self.table = self.ui.members
        table.setModel(self.model)
        table.setItemDelegateForColumn(TeamModel.AGENCY, ChoiceDelegate(
            lambda: [("", None), *((a.name, a.agency_id) for a in self.agencies)], table))
        table.setItemDelegateForColumn(TeamModel.ROLE, ChoiceDelegate(
            lambda: [(team_role_label(role), role) for role in TeamRole], table))
        header = table.horizontalHeader()
        for column, width in ((TeamModel.NAME, 200), (TeamModel.POSITION, 180), (TeamModel.AGENCY, 260),
                              (TeamModel.ROLE, 110)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(TeamModel.PHONE, QHeaderView.ResizeMode.Stretch)
        self.ui.addMemberButton.clicked.connect(self._add)
        self.ui.removeMemberButton.clicked.connect(self._remove)
        table.selectionModel().currentChanged.connect(
            lambda current, _previous: self.ui.removeMemberButton.setEnabled(current.isValid()))
        self.load(lambda: gateway.team(plan.id, place.village_id), self._show)

    def _show(self, read: tuple[list[MemberValues], list[AgencyValues]]) -> None:
        members, self.agencies = read
        self.model.set_team(members, {a.agency_id: a.name for a in self.agencies})

    def _add(self) -> None:
        index = self.model.add()
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def _remove(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            self.model.remove(current.row())

    def values(self) -> object:
        return [astuple(member) for member in self.model.members]

    def save(self) -> Callable[[], Any]:
        self.table.setCurrentIndex(QModelIndex())  # a cell being edited is committed first
        return self.gateway.work(plan_editing.set_team, plan_id=self.plan.id, village_id=self.place.village_id,
                                 members=self.model.values())


class ListDialog(QDialog):
    """The communes (with their districts) or the agencies, each changed through its editor; `changed` after each
    change saved (the window reads the plan's layout again)."""

    changed = Signal()

    def __init__(self, parent: QWidget, gateway: PlanEditGateway, title: str, note: str, columns: list[Column],
                 read: Callable[[], list]) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanListDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.note.setText(note)
        self.ui.note.show()
        self.gateway = gateway
        self._read = read
        self.model = RowTableModel(columns, self)
        self.ui.rows.setModel(self.model)
        self.ui.rows.selectionModel().currentChanged.connect(lambda *_: self._chosen())
        self.ui.rows.doubleClicked.connect(lambda _index: self.ui.changeButton.click())
        self.work = LatestRead(self)
        self.work.failed.connect(lambda _kind, message: self._say(message))
        self.refresh()

    def chosen(self) -> Any:
        index = self.ui.rows.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def refresh(self, keep: Callable[[Any], bool] | None = None) -> None:
        """Read the rows again; the row `keep` says is the one chosen before stays chosen."""
        self.work.request("rows", self._read, lambda rows: self._show(rows, keep))

    def _show(self, rows: list, keep: Callable[[Any], bool] | None) -> None:
        self.model.set_rows(rows)
        self.ui.rows.resizeColumnsToContents()
        row = next((i for i, value in enumerate(rows) if keep is not None and keep(value)), None)
        if row is not None:
            self.ui.rows.setCurrentIndex(self.model.index(row, 0))
        self._chosen()

    def _chosen(self) -> None:
        chosen = self.chosen() is not None
        for button in (self.ui.changeButton, self.ui.moveButton, self.ui.removeButton):
            button.setEnabled(chosen)

    def edited(self, dialog: EditorDialog, keep: Callable[[Any, Any], bool]) -> None:
        """Open `dialog`; once it saved, the rows read again with the one it saved chosen."""
        if dialog.exec() == QDialog.DialogCode.Accepted:
            result = dialog.result_value
            self.ui.problem.hide()
            self.refresh(lambda row: keep(row, result))
            self.changed.emit()

    def run(self, work: Callable[[], Any]) -> None:
        """A change made from the list itself (a removal)."""
        self.work.request("change", work, lambda _result: (self.refresh(), self.changed.emit()))

    def _say(self, message: str) -> None:
        self.ui.problem.setText(message)
        self.ui.problem.show()

    def done(self, result: int) -> None:
        """Overrides QDialog.done: reads still running are not shown."""
        self.work.close()
        super().done(result)


class CommunesDialog(ListDialog):
    def __init__(self, parent: QWidget, gateway: PlanEditGateway) -> None:
        columns = [Column(lambda: self.tr("Commune"), lambda c: c.name),
                   Column(lambda: self.tr("District"), lambda c: c.district or ""),
                   Column(lambda: self.tr("Villages"), lambda c: str(c.villages), align_right=True)]
        super().__init__(parent, gateway, self.tr("Communes and districts"), self.tr(
            "The communes of every plan. A commune that still has villages cannot be removed: move its villages "
            "first."), columns, lambda: gateway.places().communes)
        ui = self.ui
        ui.addButton.setText(self.tr("Add commune…"))
        ui.changeButton.setText(self.tr("Rename…"))
        ui.moveButton.setText(self.tr("Move to district…"))
        ui.removeButton.setText(self.tr("Remove…"))
        same = lambda row, commune_id: row.commune_id == commune_id  # noqa: E731
        ui.addButton.clicked.connect(lambda: self.edited(CommuneDialog(self, gateway, Mode.ADD), same))
        ui.changeButton.clicked.connect(lambda: self._edit(Mode.RENAME))
        ui.moveButton.clicked.connect(lambda: self._edit(Mode.MOVE))
        ui.removeButton.clicked.connect(self._remove)

    def _edit(self, mode: Mode) -> None:
        commune = self.chosen()
        if commune is not None:
            self.edited(CommuneDialog(self, self.gateway, mode, commune),
                        lambda row, _result: row.commune_id == commune.commune_id)

    def _remove(self) -> None:
        commune = self.chosen()
        question = self.tr("Remove the commune “%1”? It has no village in any plan.")
        if commune is not None and ask_no_first(self, self.tr("Remove commune"),
                                                question.replace("%1", _commune_text(commune)), "remove"):
            self.run(self.gateway.work(plan_editing.remove_commune, commune_id=commune.commune_id))


class AgenciesDialog(ListDialog):
    def __init__(self, parent: QWidget, gateway: PlanEditGateway) -> None:
        columns = [Column(lambda: self.tr("Agency"), lambda a: a.name),
                   Column(lambda: self.tr("Short name"), lambda a: a.short_name),
                   Column(lambda: self.tr("Kind"), lambda a: agency_kind_label(a.kind)),
                   Column(lambda: self.tr("Phone"), lambda a: a.phone)]
        super().__init__(parent, gateway, self.tr("Agencies"), self.tr(
            "Every agency, unit and enterprise the plans can assign. Assign them to a village from the village's "
            "menu (Assigned agencies…)."), columns, gateway.agencies)
        ui = self.ui
        ui.addButton.setText(self.tr("Add agency…"))
        ui.changeButton.setText(self.tr("Change…"))
        ui.moveButton.hide()
        ui.removeButton.hide()
        same = lambda row, agency_id: row.agency_id == agency_id  # noqa: E731
        ui.addButton.clicked.connect(lambda: self.edited(AgencyDialog(self, gateway), same))
        ui.changeButton.clicked.connect(self._change)

    def _change(self) -> None:
        agency = self.chosen()
        if agency is not None:
            self.edited(AgencyDialog(self, self.gateway, agency),
                        lambda row, _result: row.agency_id == agency.agency_id)


class PlanEditors(QObject):
    """The plan's editing actions, for the Plan menu (`actions`) and the tree's context menu; enabled for the
    secretariat only (the use cases refuse anyone else anyway). After a change the window reads the plan's
    layout again, keeping the village chosen (or showing the one added)."""

    def __init__(self, window: MainWindow, gateway: PlanEditGateway) -> None:
        super().__init__(window)
        self.window = window
        self.gateway = gateway

        def action(text: str, slot: Callable[[], None], name: str) -> QAction:
            made = QAction(text, window)
            made.setObjectName(name)
            made.triggered.connect(slot)
            return made

        self.add_village_action = action(self.tr("Add village…"), lambda: self.add_village(), "addVillageAction")
        self.rename_village_action = action(self.tr("Rename village…"), lambda: self.rename_village(),
                                            "renameVillageAction")
        self.move_village_action = action(self.tr("Move village to another commune…"), lambda: self.move_village(),
                                          "moveVillageAction")
        self.assignments_action = action(self.tr("Assigned agencies…"), lambda: self.edit_assignments(),
                                         "assignmentsAction")
        self.team_action = action(self.tr("Support team…"), lambda: self.edit_team(), "teamAction")
        self.remove_village_action = action(self.tr("Take village out of the plan…"), lambda: self.remove_village(),
                                            "removeVillageAction")
        self.communes_action = action(self.tr("Communes and districts…"), self.edit_communes, "communesAction")
        self.agencies_action = action(self.tr("Agencies…"), self.edit_agencies, "agenciesAction")
        self.village_actions = [self.rename_village_action, self.move_village_action, self.assignments_action,
                                self.team_action, self.remove_village_action]
        self.actions = [self.add_village_action, *self.village_actions, self.communes_action, self.agencies_action]

    def add_to(self, menu: QMenu, tree: QTreeView) -> None:
        """The actions at the end of the Plan menu (greyed as they apply when it opens) and on the tree's context
        menu."""
        for group in ([self.add_village_action], self.village_actions, [self.communes_action, self.agencies_action]):
            menu.addSeparator()
            menu.addActions(group)
        menu.aboutToShow.connect(self.update_actions)
        tree.selectionModel().currentChanged.connect(lambda *_: self.update_actions())  # after the window's slot
        self.update_actions()
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(lambda point: self._tree_menu(tree, point))

    def update_actions(self) -> None:
        """Enabled for the secretariat with a plan; the village's actions with a village chosen."""
        may = self.window.is_secretariat and self.window.plan is not None
        for made in self.actions:
            made.setEnabled(may and (made not in self.village_actions or self._place() is not None))

    def tree_menu(self, kind: NodeKind | None, node_id: int | None) -> QMenu:
        """The tree's context menu for a village or a commune node (the Plan menu's actions on it)."""
        self.update_actions()
        menu = QMenu(self.window)
        menu.setObjectName("planTreeMenu")
        if kind == NodeKind.VILLAGE:
            for made in self.village_actions:
                if made is self.remove_village_action:
                    menu.addSeparator()
                menu.addAction(made)
        elif kind == NodeKind.COMMUNE:
            place = next((p for p in self.window.places if p.commune_id == node_id), None)
            add = menu.addAction(self.tr("Add village to this commune…"), lambda: self.add_village(node_id))
            rename = menu.addAction(self.tr("Rename commune…"), lambda: self._commune(Mode.RENAME, node_id))
            move = menu.addAction(self.tr("Move commune to another district…"),
                                  lambda: self._commune(Mode.MOVE, node_id))
            for made in (add, rename, move):
                made.setEnabled(self.add_village_action.isEnabled() and place is not None)
        menu.addSeparator()
        menu.addActions([self.add_village_action, self.communes_action, self.agencies_action])
        return menu

    def _tree_menu(self, tree: QTreeView, point: QPoint) -> None:
        index = tree.indexAt(point)
        kind = index.data(Roles.KIND) if index.isValid() else None
        if kind == NodeKind.VILLAGE:
            tree.setCurrentIndex(index)  # the village's actions act on the village shown
        menu = self.tree_menu(kind, index.data(Roles.ID) if index.isValid() else None)
        menu.popup(tree.viewport().mapToGlobal(point))

    def _place(self) -> PlaceRow | None:
        village_id = self.window.village_id
        return next((p for p in self.window.places if p.village_id == village_id), None)

    def _edited(self, dialog: EditorDialog, village_id: int | None = None) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.window.reload_layout(village_id)
            self.window.statusBar().showMessage(self.tr("Plan changed."), 5000)

    def add_village(self, commune_id: int | None = None) -> None:
        if self.window.plan is None:
            return
        place = self._place()
        dialog = VillageDialog(self.window, self.gateway, self.window.plan, Mode.ADD,
                               commune_id=commune_id if commune_id is not None else place and place.commune_id)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        village_id = dialog.result_value
        self.window.reload_layout(village_id)
        self.window.statusBar().showMessage(
            self.tr("Village added to the plan; now its lead agency and its support team."), 8000)

        def settled() -> None:  # once the village is on its page: what the plan needs of it (the importer's rule)
            self.window.settled.disconnect(settled)
            if self.window.village_id == village_id and self._place() is not None:
                QTimer.singleShot(0, self._complete_new_village)

        self.window.settled.connect(settled)

    def _complete_new_village(self) -> None:
        """A village just added asks for its lead agency, then its support team (each may be cancelled)."""
        place, plan = self._place(), self.window.plan
        if place is None or plan is None:
            return
        assigned = AssignmentsDialog(self.window, self.gateway, plan, place).exec() == QDialog.DialogCode.Accepted
        teamed = assigned and TeamDialog(self.window, self.gateway, plan, place).exec() == QDialog.DialogCode.Accepted
        if assigned or teamed:
            self.window.reload_layout(place.village_id)

    def _village_dialog(self, make: Callable[[PlaceRow], EditorDialog]) -> None:
        place = self._place()
        if place is not None and self.window.plan is not None:
            self._edited(make(place), place.village_id)

    def rename_village(self) -> None:
        self._village_dialog(lambda p: VillageDialog(self.window, self.gateway, self.window.plan, Mode.RENAME, p))

    def move_village(self) -> None:
        self._village_dialog(lambda p: VillageDialog(self.window, self.gateway, self.window.plan, Mode.MOVE, p))

    def edit_assignments(self) -> None:
        self._village_dialog(lambda p: AssignmentsDialog(self.window, self.gateway, self.window.plan, p))

    def edit_team(self) -> None:
        self._village_dialog(lambda p: TeamDialog(self.window, self.gateway, self.window.plan, p))

    def remove_village(self) -> None:
        place, plan = self._place(), self.window.plan
        if place is None or plan is None:
            return
        question = self.tr("Take “%1” out of plan %2? Its assignments and support team in this plan are removed; "
                           "its assessments and records are kept (a village with none is deleted).")
        if not ask_no_first(self.window, self.tr("Take village out of the plan"),
                            question.replace("%1", place.label).replace("%2", plan.code), "remove"):
            return
        work = self.gateway.work(plan_editing.remove_village, plan_id=plan.id, village_id=place.village_id)
        BackgroundTask(self.window, self.tr("Changing the plan…"), lambda _progress: work(), self._village_removed,
                       lambda message: QMessageBox.warning(self.window, self.tr("Plan not changed"), message)).start()

    def _village_removed(self, deleted: bool) -> None:
        self.window.reload_layout(None)
        self.window.statusBar().showMessage(
            self.tr("Village deleted (nothing was recorded for it).") if deleted
            else self.tr("Village taken out of the plan; its assessments and records are kept."), 8000)

    def _commune(self, mode: Mode, commune_id: int | None) -> None:
        place = next((p for p in self.window.places if p.commune_id == commune_id), None)
        if place is None:
            return
        commune = CommuneRow(place.commune_id, place.commune, place.district_id, place.district, 0)
        self._edited(CommuneDialog(self.window, self.gateway, mode, commune), self.window.village_id)

    def edit_communes(self) -> None:
        self._listed(CommunesDialog(self.window, self.gateway))

    def edit_agencies(self) -> None:
        self._listed(AgenciesDialog(self.window, self.gateway))

    def _listed(self, dialog: ListDialog) -> None:
        changed = []
        dialog.changed.connect(lambda: changed.append(True))
        dialog.exec()
        if changed:
            self.window.reload_layout(self.window.village_id)
