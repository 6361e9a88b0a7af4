"""The village page: where it is, who helps it; tabs for its support team and the year's editable checklist,
and for each kind of village record."""

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.agencies import AssignmentRole
from domain.formatting import format_int
from domain.history import HistoryFilter
from domain.progress import VillageProgress
from domain.recording import KINDS, is_overdue
from domain.village_detail import VillageSheet
from ui.checklist_model import ChecklistModel, Saver
from ui.delegates import StatusDelegate
from ui.households_page import HouseholdsPage
from ui.labels import progress_text, role_label, team_role_label, translate
from ui.layouts import column, vertical_split
from ui.record_gateway import RecordGateway
from ui.record_labels import kind_title
from ui.records_page import RecordsPage
from ui.table_models import Column, RowTableModel, row_table

TEAM_COLUMNS = (
    Column(lambda: translate("VillagePanel", "Full name"), lambda m: m.full_name),
    Column(lambda: translate("VillagePanel", "Role in team"), lambda m: team_role_label(m.role)),
    Column(lambda: translate("VillagePanel", "Position"), lambda m: m.position),
    Column(lambda: translate("VillagePanel", "Agency"), lambda m: m.agency),
    Column(lambda: translate("VillagePanel", "Phone"), lambda m: m.phone),
)


class VillagePanel(QWidget):
    """Shows one village; edits to the checklist go through `saver` and are announced by `saved`; the record
    pages read and write through `gateway`."""

    saved = Signal()
    history_requested = Signal(object, str)
    """(a HistoryFilter, what it is the history of): the village's, a criterion's or a record's."""

    def __init__(self, saver: Saver, gateway: RecordGateway, parent=None) -> None:
        super().__init__(parent)
        self.gateway = gateway
        self.looking_only = False
        """The database is open read-only: the read-only note says so instead of naming who may change it."""
        self.title = QLabel()
        self.title.setObjectName("villageTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.team_model = RowTableModel(TEAM_COLUMNS, self)
        self.team_view = row_table(self.team_model, "team")
        self.team_view.setMinimumHeight(150)

        self.checklist_model = ChecklistModel(saver, self)
        self.checklist_model.saved.connect(self.saved)
        self.checklist_view = QTableView()
        self.checklist_view.setObjectName("checklist")
        self.checklist_view.setModel(self.checklist_model)
        self.checklist_view.setItemDelegateForColumn(ChecklistModel.COL_STATUS, StatusDelegate(self.checklist_view))
        self.checklist_view.setWordWrap(True)
        self.checklist_view.verticalHeader().hide()
        self.checklist_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.checklist_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.checklist_view.horizontalHeader()
        header.setSectionResizeMode(ChecklistModel.COL_GROUP, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ChecklistModel.COL_NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ChecklistModel.COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ChecklistModel.COL_REQUIREMENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ChecklistModel.COL_STATUS, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ChecklistModel.COL_EVIDENCE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ChecklistModel.COL_NOTE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ChecklistModel.COL_GROUP, 120)
        header.resizeSection(ChecklistModel.COL_NAME, 140)
        # Under qt-material the status popup is as wide as this column: wide enough for "Đang thực hiện".
        header.resizeSection(ChecklistModel.COL_STATUS, 165)
        header.resizeSection(ChecklistModel.COL_EVIDENCE, 125)
        header.resizeSection(ChecklistModel.COL_NOTE, 105)
        self.checklist_label = QLabel()
        self.checklist_label.setStyleSheet("font-weight: bold;")
        self.template_label = QLabel()
        self.template_label.setObjectName("templateNote")
        self.template_label.setWordWrap(True)
        self.template_label.setStyleSheet("font-style: italic; color: #7a4a00;")
        self.read_only_label = QLabel()
        self.read_only_label.setObjectName("readOnlyNote")
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setStyleSheet("font-style: italic; color: #555555;")

        self.team_label = QLabel(self.tr("Support team"))
        self.team_label.setStyleSheet("font-weight: bold;")
        splitter = vertical_split(column(self.team_label, self.team_view),
                                  column(self.checklist_label, self.template_label, self.read_only_label,
                                         self.checklist_view),
                                  stretch=(1, 3))
        splitter.setSizes([190, 420])

        self.pages = {key: HouseholdsPage(gateway) if key == "households" else RecordsPage(key, gateway)
                      for key in KINDS}
        self.tabs = QTabWidget()
        self.tabs.setObjectName("villageTabs")
        self.tabs.addTab(splitter, self.tr("Team and criteria"))
        for key, page in self.pages.items():
            self.tabs.addTab(page, "")
            page.model.modelReset.connect(lambda key=key: self._count_records(key))
        for page in self.pages.values():
            page.history_requested.connect(
                lambda scope, title: self.history_requested.emit(scope, f"{self.title.text()} – {title}"))
        self.history_button = QPushButton(self.tr("Change history…"))
        self.history_button.setObjectName("villageHistory")
        self.history_button.clicked.connect(
            lambda: self.history_requested.emit(HistoryFilter.of_village(self.gateway.village_id), self.title.text()))
        self.checklist_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.checklist_view.customContextMenuRequested.connect(self._checklist_menu)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.history_button)
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addWidget(self.details)
        layout.addWidget(self.tabs, 1)
        self.show_sheet(None)

    def show_sheet(self, sheet: VillageSheet | None, editable: bool = True) -> None:
        """Show the village of `sheet`, or an invitation to pick one; `editable` False shows it read-only."""
        self.read_only_label.setVisible(sheet is not None and not editable)
        self.read_only_label.setText(self.tr("The database is open read-only: you can read this village, not change "
                                             "it.") if self.looking_only else self.tr(
            "You can read this village; only its support team's lead and the secretariat change it."))
        self.history_button.setEnabled(sheet is not None)
        if sheet is None:
            self.title.setText(self.tr("Choose a village in the tree"))
            self.details.clear()
            self.team_model.set_rows([])
            self.checklist_model.set_rows([])
            self.checklist_label.clear()
            self.template_label.hide()
            self._reload_records(None)
            return
        place = sheet.place
        self.title.setText(place.village)
        lines = [self.tr("Commune: %1").replace("%1", place.commune)]
        if place.district:
            lines[0] += " · " + self.tr("District: %1").replace("%1", place.district)
        if sheet.households is not None:
            lines[0] += " · " + self.tr("Households: %1").replace("%1", format_int(sheet.households))
        for role in AssignmentRole:
            names = [a.name for a in sheet.agencies if a.role == role]
            if names:
                lines.append(f"<b>{role_label(role)}:</b> " + ", ".join(names))
        if not any(a.role == AssignmentRole.LEAD for a in sheet.agencies):
            lines.append(self.tr("No lead agency assigned."))
        self.details.setText("<br/>".join(lines))
        self.team_model.set_rows(sheet.members)
        self.team_view.resizeColumnsToContents()
        self.checklist_model.set_rows(sheet.checklist, editable)
        criteria_set = sheet.criteria_set
        self.template_label.setVisible(criteria_set.is_template)
        self.template_label.setText(
            self.tr("The criteria set %1 is a template: %2").replace("%1", criteria_set.code)
            .replace("%2", criteria_set.note))
        self.refresh_summary(sheet.year, sheet.progress)
        self._reload_records(sheet.year)

    def _checklist_menu(self, position: QPoint) -> None:
        index = self.checklist_view.indexAt(position)
        if not index.isValid() or self.gateway.village_id is None:
            return
        row = self.checklist_model.row_at(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("History of this criterion…"), lambda: self.history_requested.emit(
            HistoryFilter.of_criterion(self.gateway.village_id, row.criterion_id),
            f"{self.title.text()} – {row.number}. {row.name}"))
        menu.exec(self.checklist_view.viewport().mapToGlobal(position))

    def _reload_records(self, year: int | None) -> None:
        for page in self.pages.values():
            page.reload(year)

    def _count_records(self, key: str) -> None:
        """A record tab says how many it holds; the difficulties tab also how many are overdue."""
        page = self.pages[key]
        rows = page.model.rows()
        text = kind_title(key) + (f" ({len(rows)})" if rows else "")
        if key == "concerns":
            overdue = sum(is_overdue(row, self.gateway.today) for row in rows)
            if overdue:
                text = kind_title(key) + f" ({len(rows)}, ⚠ {overdue})"
        self.tabs.setTabText(self.tabs.indexOf(page), text)

    def refresh_summary(self, year: int, progress: VillageProgress) -> None:
        text = self.tr("Checklist %1: %2").replace("%1", str(year)).replace(
            "%2", progress_text(progress.met, progress.total))
        if progress.meets_standard:
            text += " — " + self.tr("★ meets the standard")
        self.checklist_label.setText(text)
