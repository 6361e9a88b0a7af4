"""The main window: the plan tree on the left, the village, agency or campaign page on the right."""

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from domain.access import Principal
from domain.agency_overview import AgencyRow, AgencyVillage
from domain.assessing import EditConflict
from domain.campaign import CampaignRollup
from domain.errors import DomainError
from domain.formatting import format_percent
from domain.history import HistoryFilter
from domain.places import PlaceRow
from domain.plan import Plan
from domain.plan_import import ImportReport
from domain.progress import PlanProgress
from domain.text import fold
from domain.users import Role
from domain.village_detail import ChecklistRow
from storage.backups import Backup
from storage.database import Database
from ui.agency_view import AgencyView
from ui.background import BackgroundTask
from ui.backup_actions import BackupActions
from ui.campaign_view import CampaignView
from ui.conflict_box import ask_overwrite
from ui.dashboard_view import DashboardView
from ui.history_dialog import HistoryDialog
from ui.layouts import column
from ui.looking import read_only_banner
from ui.plan_gateway import PlanGateway
from ui.plan_import_dialog import ImportPlanDialog
from ui.plan_tree_model import NodeKind, PlanFilterModel, PlanTreeModel, Roles
from ui.record_gateway import RecordGateway
from ui.review_dialog import ReviewYearsDialog
from ui.system_actions import SystemActions
from ui.tasks import TaskList
from ui.updates_actions import UpdatesActions
from ui.village_panel import VillagePanel

if TYPE_CHECKING:
    from exports.sheet_export import SheetExportResult


class MainWindow(QMainWindow):
    def __init__(self, database: Database, user: Principal, settings: QSettings | None = None) -> None:
        super().__init__()
        user = user.only_looking() if database.read_only else user  # greys every write, as for a viewer
        self.database = database
        self.user = user
        self.is_secretariat = user.role is Role.SECRETARIAT
        self.next_start: str | None = None
        """Set when the window closes to start again: "sign_out", or "database" after choosing another one."""
        self.system = SystemActions(self, database, user)
        self.backups = BackupActions(self, database)
        self.restore_from: Backup | None = None
        """With next_start "restore": the backup chosen in System → Restore from a backup…"""
        self.settings = settings or QSettings()
        self.plans: list[Plan] = []
        self.plan: Plan | None = None
        self.year: int | None = None
        self.places: list[PlaceRow] = []
        self.agencies: list[AgencyRow] = []
        self.assignments: list[AgencyVillage] = []
        self.progress: PlanProgress | None = None
        self.campaign: CampaignRollup | None = None
        self.village_id: int | None = None
        self.plan_gateway = PlanGateway(database, user)
        self.gateway = RecordGateway(database, user, self)
        self.gateway.changed.connect(self._records_changed)
        self.tasks = TaskList(self)
        self.updates = UpdatesActions(self, database, self.plan_gateway, self.settings)
        self.updates.applied.connect(self._reread_village)
        title = self.tr("Làng Mới — villages and their helping agencies")
        self.setWindowTitle(title + self.tr(" (read-only)") if database.read_only else title)
        self._build_actions()
        self._build_toolbar()
        self._build_central()
        self.statusBar().addPermanentWidget(self.system.user_note())
        self.resize(1280, 720)
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.reload_plans(self.settings.value("view/plan_code"))

    # building

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.print_village_action = QAction(self.tr("&Print village sheet (PDF)…"), self)
        self.print_village_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_village_action.triggered.connect(self.print_village_sheet)
        file_menu.addAction(self.print_village_action)
        self.print_all_action = QAction(self.tr("Print sheets of &all villages (PDF)…"), self)
        self.print_all_action.triggered.connect(self.print_all_sheets)
        file_menu.addAction(self.print_all_action)
        self.summary_action = QAction(self.tr("&Summary report (PDF or Excel)…"), self)
        self.summary_action.triggered.connect(self.export_summary)
        file_menu.addAction(self.summary_action)
        self.review_action = QAction(self.tr("&Draft review report (Word)…"), self)
        self.review_action.triggered.connect(self.draft_review)
        file_menu.addAction(self.review_action)
        file_menu.addSeparator()
        self.updates.export_action.triggered.connect(
            lambda: self.updates.export(self.plan, self.year, self.agencies))
        file_menu.addAction(self.updates.export_action)
        self.updates.import_action.triggered.connect(lambda: self.updates.take_back(self.plan))
        file_menu.addAction(self.updates.import_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        plan_menu = self.menuBar().addMenu(self.tr("&Plan"))
        self.import_plan_action = QAction(self.tr("&Import plan from Excel…"), self)
        self.import_plan_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_plan_action.triggered.connect(self.import_plan)
        self.import_plan_action.setEnabled(self.is_secretariat)
        plan_menu.addAction(self.import_plan_action)
        self.export_plan_action = QAction(self.tr("&Export plan to Excel…"), self)
        self.export_plan_action.triggered.connect(self.export_plan)
        plan_menu.addAction(self.export_plan_action)
        template_action = QAction(self.tr("Save an empty plan &template…"), self)
        template_action.triggered.connect(self.export_template)
        plan_menu.addAction(template_action)
        plan_menu.addSeparator()
        self.remove_sample_action = QAction(self.tr("&Remove sample plan"), self)
        self.remove_sample_action.triggered.connect(self.remove_sample)
        plan_menu.addAction(self.remove_sample_action)
        system_menu = self.menuBar().addMenu(self.tr("&System"))
        history_action = QAction(self.tr("Change &history…"), self)
        history_action.triggered.connect(lambda: self.show_history(HistoryFilter(), self.tr("every change")))
        system_menu.addAction(history_action)
        system_menu.addAction(self.system.accounts_action)
        system_menu.addAction(self.system.database_action)
        system_menu.addSeparator()
        system_menu.addAction(self.backups.backup_now_action)
        system_menu.addAction(self.backups.restore_action)
        system_menu.addSeparator()
        system_menu.addAction(self.system.sign_out_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Làng Mới"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Plan and year"))
        toolbar.setObjectName("planToolbar")
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        toolbar.addWidget(QLabel(self.tr("Plan:")))
        self.plan_combo = QComboBox()
        self.plan_combo.setObjectName("planCombo")
        self.plan_combo.setMinimumContentsLength(24)
        self.plan_combo.currentIndexChanged.connect(self._plan_chosen)
        toolbar.addWidget(self.plan_combo)
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(self.tr("Year:")))
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("yearCombo")
        self.year_combo.currentIndexChanged.connect(self._year_chosen)
        toolbar.addWidget(self.year_combo)

    def _build_central(self) -> None:
        self.banner = QLabel()
        self.banner.setObjectName("sampleBanner")
        self.banner.setWordWrap(True)
        self.banner_button = QPushButton(self.tr("Remove sample plan"))
        self.banner_button.clicked.connect(self.remove_sample)
        self.banner_button.setVisible(self.is_secretariat)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.banner_button)
        self.banner_box = QWidget()
        self.banner_box.setLayout(banner_row)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search district, commune, village…"))
        self.search.setClearButtonEnabled(True)
        self.tree_model = PlanTreeModel(self)
        self.tree_filter = PlanFilterModel(self)
        self.tree_filter.setSourceModel(self.tree_model)
        self.search.textChanged.connect(self._search_changed)
        self.tree = QTreeView()
        self.tree.setObjectName("planTree")
        self.tree.setModel(self.tree_filter)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        self.tree.clicked.connect(self._tree_clicked)
        left = column(self.search, self.tree)

        self.village_panel = VillagePanel(self._save_assessment, self.gateway)
        self.village_panel.looking_only = self.user.looking_only
        self.village_panel.saved.connect(self._assessment_saved)
        self.village_panel.history_requested.connect(self.show_history)
        self.agency_view = AgencyView()
        self.agency_view.village_activated.connect(self.open_village)
        self.campaign_view = CampaignView()
        self.dashboard = DashboardView()
        self.dashboard.village_activated.connect(self.open_village)
        self.dashboard_stale = True
        self.tabs = QTabWidget()
        self.tabs.addTab(self.village_panel, self.tr("Village"))
        self.tabs.addTab(self.agency_view, self.tr("Agencies"))
        self.tabs.addTab(self.campaign_view, self.tr("Campaign"))
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.tabs.currentChanged.connect(lambda _index: self._refresh_dashboard())

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 940])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        if self.database.read_only:
            layout.addWidget(read_only_banner())
        layout.addWidget(self.banner_box)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    # plan, year and village

    def reload_plans(self, preferred_code: str | None = None) -> None:
        """Read the plans again and show `preferred_code` (else the first real plan, else the sample)."""
        self.plans = self.plan_gateway.plans()
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for plan in self.plans:
            self.plan_combo.addItem(plan.code, plan.id)
        chosen = next((i for i, p in enumerate(self.plans) if p.code == preferred_code), 0)
        self.plan_combo.setCurrentIndex(chosen if self.plans else -1)
        self.plan_combo.blockSignals(False)
        self.remove_sample_action.setEnabled(self.is_secretariat and any(p.is_sample for p in self.plans))
        self._plan_chosen(self.plan_combo.currentIndex())

    def _plan_chosen(self, combo_index: int) -> None:
        self.plan = self.plans[combo_index] if 0 <= combo_index < len(self.plans) else None
        self.banner_box.setVisible(bool(self.plan and self.plan.is_sample))
        self.banner.setText(self.tr(
            "This is the bundled SAMPLE plan: villages, people, phone numbers and results are invented. "
            "Import your plan, then remove the sample."))
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        if self.plan is not None:
            years = list(range(self.plan.first_year, self.plan.last_year + 1))
            for year in years:
                self.year_combo.addItem(str(year), year)
            remembered = self.settings.value("view/year")
            default = min(max(date.today().year, years[0]), years[-1])
            year = int(remembered) if remembered is not None and int(remembered) in years else default
            self.year_combo.setCurrentIndex(years.index(year))
        self.year_combo.blockSignals(False)
        self.year = self.year_combo.currentData()
        layout = self.plan_gateway.layout(self.plan)
        self.places, self.agencies, self.assignments = layout.places, layout.agencies, layout.assignments
        self.gateway.show_plan(self.plan, [(a.agency_id, a.name) for a in self.agencies])
        self.tree_model.set_plan(self.places, None)
        self.tree.expandAll()
        self.print_all_action.setEnabled(self.plan is not None)
        self.summary_action.setEnabled(self.plan is not None)
        self.review_action.setEnabled(self.plan is not None)
        self.updates.export_action.setEnabled(self.plan is not None)
        self.updates.import_action.setEnabled(self.plan is not None and self.is_secretariat)
        self._read_campaign()
        self.refresh_progress()
        remembered_village = self.settings.value("view/village_id")
        if self.plan is not None:
            self.settings.setValue("view/plan_code", self.plan.code)
        self.open_village(int(remembered_village) if remembered_village is not None else None)

    def _year_chosen(self, _combo_index: int) -> None:
        self.year = self.year_combo.currentData()
        if self.year is not None:
            self.settings.setValue("view/year", self.year)
        self._read_campaign()
        self.refresh_progress()
        self._show_village()

    def refresh_progress(self) -> None:
        """Recompute the plan's progress for the year and show it in the tree, agency page and status bar."""
        self.dashboard_stale = True
        if self.plan is None or self.year is None:
            self.progress = None
            self.statusBar().showMessage(self.tr("No plan in the database."))
            return
        self.progress = self.plan_gateway.progress(self.plan, self.year, self.places)
        self.tree_model.set_progress(self.progress)
        self._show_agency_figures()
        self._refresh_dashboard()
        whole = self.progress.plan
        self.statusBar().showMessage(
            self.tr("%1: %2 of %3 villages meet the standard; %4 of criteria met")
            .replace("%1", str(self.year)).replace("%2", str(whole.villages_meeting))
            .replace("%3", str(whole.villages)).replace("%4", format_percent(whole.criteria_met, whole.criteria_total))
        )

    def _read_campaign(self) -> None:
        """Roll the campaign figures up for the plan and year; the tree and the Campaign page show them."""
        if self.plan is None or self.year is None:
            self.campaign = None
            self.campaign_view.set_data([], [], None, 0)
            return
        self.campaign = self.plan_gateway.campaign(self.plan, self.year, self.places)
        self.tree_model.set_campaign(self.campaign, self.plan.first_year)
        self.campaign_view.set_data(self.places, self.agencies, self.campaign, self.plan.first_year)

    def _refresh_dashboard(self) -> None:
        """The dashboard's figures are read when it is on screen and something changed since."""
        if not self.dashboard_stale or self.tabs.currentWidget() is not self.dashboard:
            return
        self.dashboard_stale = False
        if self.plan is None or self.year is None:
            self.dashboard.set_report(None)
            return
        self.dashboard.set_report(self.plan_gateway.summary(self.plan, self.year))

    def _show_agency_figures(self) -> None:
        if self.progress is not None and self.campaign is not None:
            self.agency_view.set_data(self.agencies, self.assignments, self.places, self.progress, self.campaign,
                                      self.plan.first_year)

    def _records_changed(self) -> None:
        self._read_campaign()
        self._show_agency_figures()
        self.dashboard_stale = True
        self.statusBar().showMessage(self.tr("Saved."), 3000)

    def open_village(self, village_id: int | None) -> None:
        """Select the village in the tree (clearing a search that hides it) and show its page.

        An unknown village (or None) opens the plan's first village.
        """
        source = self.tree_model.village_index(village_id) if village_id is not None else QModelIndex()
        if not source.isValid() and self.places:
            source = self.tree_model.village_index(self.places[0].village_id)
        if not source.isValid():
            self.village_id = None
            self._show_village()
            return
        if not self.tree_filter.mapFromSource(source).isValid():
            self.search.clear()
        index = self.tree_filter.mapFromSource(source)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        self.tabs.setCurrentWidget(self.village_panel)

    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.data(Roles.KIND) == NodeKind.VILLAGE:
            self.village_id = current.data(Roles.ID)
            self.settings.setValue("view/village_id", self.village_id)
            self._show_village()

    def _tree_clicked(self, index: QModelIndex) -> None:
        if index.data(Roles.KIND) == NodeKind.VILLAGE:
            self.tabs.setCurrentWidget(self.village_panel)

    def _show_village(self) -> None:
        place = next((p for p in self.places if p.village_id == self.village_id), None)
        self.print_village_action.setEnabled(place is not None)
        self.gateway.village_id = place.village_id if place is not None else None
        if place is None or self.plan is None or self.year is None:
            self.village_panel.show_sheet(None)
            return
        editable, sheet = self.plan_gateway.village(self.plan, place, self.year)
        self.gateway.editable = editable
        self.village_panel.show_sheet(sheet, editable)

    def _search_changed(self, text: str) -> None:
        self.tree_filter.set_query(text)
        self.tree.expandAll()

    # editing

    def _save_assessment(self, row: ChecklistRow, changes: dict) -> ChecklistRow | None:
        """The checklist's saver: one use case call, one transaction, naming the version the row was read at.

        When someone saved the criterion since, the user sees who, when and what it holds, and chooses to
        overwrite it or keep it; a refusal is shown and nothing kept. Returns the row as saved."""
        if self.plan is None or self.village_id is None or self.year is None:
            return None
        plan, village_id, year, expected = self.plan, self.village_id, self.year, row.version
        while True:
            try:
                return self.plan_gateway.save_assessment(plan, village_id, year, row, changes, expected)
            except EditConflict as conflict:
                if not ask_overwrite(self, conflict, changes):
                    QTimer.singleShot(0, self._reread_village)  # after the editor has closed: what is saved now
                    return None
                expected = conflict.current.version
            except DomainError as error:
                QMessageBox.warning(self, self.tr("Not saved"), str(error))
                return None

    def show_history(self, scope: HistoryFilter, title: str) -> None:
        HistoryDialog(self, self.database, scope, title, self.settings).exec()

    def _reread_village(self) -> None:
        self.refresh_progress()
        self._show_village()

    def _assessment_saved(self) -> None:
        self.refresh_progress()
        self.village_panel.refresh_summary(self.year, self.progress.by_village[self.village_id])
        self.statusBar().showMessage(self.tr("Saved."), 3000)

    # plan menu

    def remove_sample(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Remove sample plan"),
            self.tr("Remove the sample plan and everything recorded in it? Your own plans are kept."))
        if answer == QMessageBox.StandardButton.Yes:
            self._remove_samples()

    def _remove_samples(self) -> None:
        gateway = self.plan_gateway

        def run(progress):
            progress.advance(0, 1)
            return gateway.remove_samples()

        BackgroundTask(self, self.tr("Removing the sample plan…"), run, self._samples_removed,
                       lambda message: QMessageBox.warning(self, self.tr("Sample plan not removed"), message)).start()

    def _samples_removed(self, removed: int) -> None:
        self.settings.remove("view/village_id")
        self.reload_plans(self.plan.code if self.plan and not self.plan.is_sample else None)
        self.statusBar().showMessage(self.tr("Sample plan removed.") if removed else "", 5000)

    def import_plan(self) -> None:
        """Read the workbook and preview the import off the GUI thread; import only what the user accepts."""
        folder = self.settings.value("import/folder") or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import plan"), folder,
                                                self.tr("Excel workbooks (*.xlsx)"))
        if not chosen:
            return
        path = Path(chosen)
        self.settings.setValue("import/folder", str(path.parent))
        gateway = self.plan_gateway

        def preview(progress):
            from storage.plan_workbook import read_plan_workbook

            progress.advance(0, 2)
            reading = read_plan_workbook(path)
            progress.advance(1, 2)
            return path, reading, gateway.preview_import(reading.draft, path.name)

        BackgroundTask(self, self.tr("Reading the workbook…"), preview, self._import_previewed,
                       lambda message: ImportPlanDialog(self, path.name, refusal=message).exec()).start()

    def _import_previewed(self, result) -> None:
        path, reading, report = result
        dialog = ImportPlanDialog(self, path.name, report, reading.warnings)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        gateway = self.plan_gateway

        def run(progress):
            progress.advance(0, 1)
            return gateway.import_plan(reading.draft, path.name)

        BackgroundTask(self, self.tr("Importing the plan…"), run, self._plan_imported,
                       lambda message: QMessageBox.warning(self, self.tr("Plan not imported"), message)).start()

    def _plan_imported(self, report: ImportReport) -> None:
        self.reload_plans(report.plan_code)
        self.statusBar().showMessage(self.tr("Plan %1 imported: %2").replace("%1", report.plan_code)
                                     .replace("%2", report.summary()), 10000)
        if any(p.is_sample for p in self.plans) and not self.plan.is_sample:
            answer = QMessageBox.question(self, self.tr("Remove sample plan"), self.tr(
                "Your plan is in. Remove the sample plan now? Your own plans are kept."))
            if answer == QMessageBox.StandardButton.Yes:
                self._remove_samples()

    def export_plan(self) -> None:
        if self.plan is None:
            return
        path = self._ask_save_path(f"ke_hoach_{_file_part(self.plan.code)}.xlsx", self.tr("Excel workbooks (*.xlsx)"),
                                   ".xlsx")
        if path is None:
            return
        gateway, plan = self.plan_gateway, self.plan

        def job(progress):
            from exports.plan_workbook import write_plan_workbook

            progress.advance(0, 1)
            return write_plan_workbook(gateway.snapshot(plan), path)

        self._run_writer(job, self.tr("Writing the workbook…"))

    def export_template(self) -> None:
        path = self._ask_save_path("mau_ke_hoach.xlsx", self.tr("Excel workbooks (*.xlsx)"), ".xlsx")
        if path is None:
            return

        def job(progress):
            from exports.plan_workbook import template_draft, write_plan_workbook

            progress.advance(0, 1)
            return write_plan_workbook(template_draft(), path)

        self._run_writer(job, self.tr("Writing the workbook…"))

    def _run_writer(self, job, label: str) -> None:
        BackgroundTask(self, label, job, self._file_written,
                       lambda message: QMessageBox.warning(self, self.tr("File not written"), message)).start()

    def _file_written(self, path: Path) -> None:
        self.statusBar().showMessage(self.tr("Wrote %1.").replace("%1", str(path)), 10000)

    # printing

    def _ask_save_path(self, suggested: str, filter_text: str, suffix: str) -> Path | None:
        folder = self.settings.value("export/folder") or str(Path.home())
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), str(Path(folder) / suggested), filter_text)
        if not chosen:
            return None
        path = Path(chosen) if Path(chosen).suffix.lower() == suffix else Path(chosen).with_suffix(suffix)
        self.settings.setValue("export/folder", str(path.parent))
        return path

    def print_village_sheet(self) -> None:
        place = next((p for p in self.places if p.village_id == self.village_id), None)
        if place is None or self.plan is None:
            return
        name = _file_part(place.village)
        path = self._ask_save_path(f"phieu_{name}_{self.year}.pdf", self.tr("PDF files (*.pdf)"), ".pdf")
        if path is not None:
            self._export_sheets(path, [place.village_id])

    def print_all_sheets(self) -> None:
        if self.plan is None:
            return
        path = self._ask_save_path(f"phieu_cac_thon_{self.year}.pdf", self.tr("PDF files (*.pdf)"), ".pdf")
        if path is not None:
            self._export_sheets(path, None)

    def _export_sheets(self, path: Path, village_ids: list[int] | None) -> None:
        plan_id, year, factory = self.plan.id, self.year, self.database.session_factory

        def job(progress):
            from exports.sheet_export import export_village_sheets  # reportlab: 0.4 s kept off start-up

            return export_village_sheets(factory, plan_id=plan_id, year=year, target=path,
                                         village_ids=village_ids, progress=progress)

        BackgroundTask(self, self.tr("Writing the sheets…"), job, self._export_done, self._export_failed).start()

    def export_summary(self) -> None:
        """The year's summary report, PDF or Excel as the user picks, written off the GUI thread."""
        if self.plan is None or self.year is None:
            return
        folder = self.settings.value("export/folder") or str(Path.home())
        pdf_filter, xlsx_filter = self.tr("PDF files (*.pdf)"), self.tr("Excel workbooks (*.xlsx)")
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as"), str(Path(folder) / f"bao_cao_tong_hop_{self.year}.pdf"),
            f"{pdf_filter};;{xlsx_filter}")
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".pdf", ".xlsx"):
            path = path.with_suffix(".xlsx" if chosen_filter == xlsx_filter else ".pdf")
        self.settings.setValue("export/folder", str(path.parent))
        plan_id, year, factory = self.plan.id, self.year, self.database.session_factory

        def job(progress):
            from exports.summary_export import export_summary  # reportlab and openpyxl kept off start-up

            return export_summary(factory, plan_id=plan_id, year=year, target=path, progress=progress)

        self._run_writer(job, self.tr("Writing the summary report…"))

    def draft_review(self) -> None:
        """Ask for the years, then where to write the .docx; written off the GUI thread."""
        if self.plan is None or self.year is None:
            return
        years = list(range(self.plan.first_year, self.plan.last_year + 1))
        dialog = ReviewYearsDialog(years, self.year, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        first, last = dialog.years()
        path = self._ask_save_path(f"du_thao_bao_cao_{first}_{last}.docx", self.tr("Word documents (*.docx)"),
                                   ".docx")
        if path is None:
            return
        plan_id, factory = self.plan.id, self.database.session_factory

        def job(progress):
            from exports.review_export import export_review  # python-docx kept off start-up

            return export_review(factory, plan_id=plan_id, first=first, last=last, target=path, progress=progress)

        self._run_writer(job, self.tr("Writing the draft review report…"))

    def _export_done(self, result: "SheetExportResult") -> None:
        message = (self.tr("Wrote %1 page(s) for %2 village(s) to %3.")
                   .replace("%1", str(result.pages)).replace("%2", str(result.villages))
                   .replace("%3", str(result.path)))
        self.statusBar().showMessage(message, 10000)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Sheets written"), message,
                          QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close, self)
        if box.exec() == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))

    def _export_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Sheets not written"), message)

    # window

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Làng Mới"), self.tr(
            "Làng Mới follows the agencies assigned to help villages build new rural villages: "
            "the assignment plan, support teams, the yearly checklist of criteria and the campaign's records."
            "\n\nDatabase: %1")
            .replace("%1", self.database.url))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Overrides QMainWindow.closeEvent: while tasks run, ask whether to cancel them (the window then closes
        when they have ended); then remember the geometry."""
        if not self.tasks.may_close(self):
            if not self.tasks.closing:
                self.next_start = None  # the user keeps working: a sign-out or change of database is called off
            event.ignore()
            return
        if self.backups.before_close(event):  # closes again once the closing backup has ended
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)


def _file_part(name: str) -> str:
    """A name as part of a file name: 'Làng Kon Pia' -> 'lang_kon_pia', '133-KH/TU' -> '133-kh_tu'."""
    return "_".join(fold(name).replace("/", " ").replace("\\", " ").split())
