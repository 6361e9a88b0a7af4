"""The main window: the plan tree on the left, the village, agency, campaign or dashboard page on the right.

Two phases, so that the window is on screen before the database layer is even imported: `MainWindow()` builds
the window from its form (ui/forms/main_window.ui) with no database, `say_opening` writes a progress line while
the database opens, and `attach(database, user)` returns at once, the plans, the tree and the figures arriving
from reads off the GUI thread (ui/latest_read.py: the newest read of each kind wins). After a save only the rows
it changed are read again (domain/figures_refresh.py). `settled` says when no read is pending any more.

The plan and year combo boxes stay in code: a Designer form cannot put widgets in a tool bar. The village page
is made in `attach` (it reads and saves through the database's gateways), in place of the form's placeholder; the
Agencies, Campaign and Dashboard pages likewise, but only when first shown (or asked for).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Collection
from dataclasses import replace
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QWidget

from domain.unit_days import units_day
from domain.vocabulary import Grouping, Role
from ui.collector import collect_rarely
from ui.forms.main_window_ui import Ui_MainWindow
from ui.latest_read import LatestRead
from ui.plan_tree_model import NodeKind, PlanFilterModel, PlanTree, PlanTreeModel, Roles, plan_tree
from ui.plan_tree_view import configure_plan_tree, expand_sensibly, first_village
from ui.steady_tabs import keep_steady
from ui.tasks import TaskList
from ui.window_place import place_window

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from domain.access import Principal
    from domain.agency_overview import AgencyRow, AgencyVillage
    from domain.campaign import CampaignRollup
    from domain.history import HistoryFilter
    from domain.places import PlaceRow
    from domain.plan import Plan
    from domain.progress import PlanProgress
    from domain.review_reads import ReviewStates, VillageReviewView
    from domain.village_detail import VillageSheet
    from storage.backups import Backup
    from storage.database import Database
    from ui.agency_view import AgencyView
    from ui.assessment_saving import AssessmentSaving
    from ui.campaign_view import CampaignView
    from ui.dashboard_view import DashboardView
    from ui.history_gateway import HistoryGateway
    from ui.plan_gateway import Figures, PlanLayout
    from ui.save_queue import SaveQueue


PLAN_COMBO_CHARACTERS = 56
"""The plan picker's width in average characters: the code and the start of the title ("133-KH/TU — Kế hoạch …"),
the whole title in the tooltip."""


@cache
def _freeze_the_program() -> None:
    """Once a process: the program's own objects (modules, the ORM's tables, the window's widgets: ~90,000) taken
    out of the cyclic collector's passes, which otherwise scan them at each full pass while a 10,000-village plan's
    figures are read (seen: 80-200 ms pauses, on the GUI thread too; a full pass 65 ms -> half), and the collector's
    passes made rarer (ui/collector.py; a start by main.py has them so already). Before any plan's data is read: its
    tree's nodes point to their parents, and a frozen cycle is never freed."""
    gc.freeze()
    collect_rarely()


def _import_page_modules() -> None:
    import ui.agency_view
    import ui.campaign_view
    import ui.dashboard_view  # noqa: F401


class MainWindow(QMainWindow):
    settled = Signal()
    """No read is pending and the last result is on screen (after a save, a year switch, a village shown…)."""

    def __init__(self, settings: QSettings | None = None, *, holder: QWidget | None = None) -> None:
        """`holder`: the program's window (ui/window_host.py) this one is shown in, placed instead of it; made a part
        of it before the form's widgets are (made a part once built, they were styled again: ~5 ms)."""
        super().__init__(holder)
        if holder is not None:
            self.setWindowFlags(Qt.WindowType.Widget)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.settings = settings or QSettings()
        self.database: Database | None = None
        self._attaching: list[Callable[[], None]] = []
        """The parts of the window still to be made once attached (`attach`), in that order."""
        self.user: Principal | None = None
        self.is_secretariat = False
        self.next_start: str | None = None
        """Set when the window closes to start again: "sign_out", or "database" after choosing another one."""
        self.restore_from: Backup | None = None
        """With next_start "restore": the backup chosen in System → Restore from a backup…"""
        self.plans: list[Plan] = []
        self.plan: Plan | None = None
        self.year: int | None = None
        self.grouping = Grouping.OF_THEIR_TIME
        """Which units group a year's figures: those of the year (default) or today's (issue 18)."""
        self.layout: PlanLayout | None = None
        """The plan's layout shown; `cached` until the safety net has checked it against a full read."""
        self.places: list[PlaceRow] = []
        self.agencies: list[AgencyRow] = []
        self.assignments: list[AgencyVillage] = []
        self.progress: PlanProgress | None = None
        self.campaign: CampaignRollup | None = None
        self.village_id: int | None = None
        self.shown_sheet: tuple[int, int] | None = None
        """(village, year) of the sheet on screen: what a checklist edit saves to, even while another is read."""
        self.shown_plan: Plan | None = None
        """The plan of the sheet on screen: after another plan is chosen, the last one until its village is read."""
        self.dashboard_stale = True
        self.page_kept: QWidget | None = None
        """The page on screen when the year or grouping chosen laid the plan out again: shown again once it is."""
        self.summary_read: int | None = None
        """The plan whose summary (of the year then shown) the prefetch last read for the dashboard."""
        self.history_gateway: HistoryGateway | None = None
        """The history's, made once the window has settled (or when the history is first opened): it holds the
        audit's tally between openings."""
        self.figure_pages: dict[str, QWidget] = {}
        """The Agencies, Campaign and Dashboard pages made so far, by object name ("agencyView")."""
        self.placeholders: dict[QWidget, str] = {self.ui.agencyPlaceholder: "agencyView",
                                                 self.ui.campaignPlaceholder: "campaignView",
                                                 self.ui.dashboardPlaceholder: "dashboard"}
        """The form's placeholders of the pages not made yet, with the page each stands for."""
        self._filling_later = False
        """A page made at its first showing is filled in a later pass of the event loop (`_page_shown`)."""
        self.stale_pages: set[QWidget] = set()
        """The Agencies and Campaign pages not filled with the figures held: filled when shown (~260 ms at 10,000
        villages, mostly measuring their columns), not at each year switch while hidden."""
        self.held: dict[int, Figures] = {}
        """Each year's figures of the plan as last read or refreshed (a save refreshes them all): a year switched to
        is shown at once. Cleared when a plan is loaded and after a team's workbook is merged."""
        self._refreshing: set[int] = set()
        """Villages whose figures a pending refresh reads again (a newer one reads them too: it supersedes it)."""
        self.reads = LatestRead(self)
        self.reads.settled.connect(self.settled)
        self.reads.busy.connect(self._show_busy)
        self.reads.failed.connect(self._read_failed)
        self.prefetch = LatestRead(self)
        """The plan's other years, read one at a time once the window has settled (never delaying `settled`)."""
        self.reads.settled.connect(self._prefetch_next)
        self.reads.settled.connect(self._import_pages)
        self.tasks = TaskList(self)

        ui = self.ui
        self.tree, self.search, self.tabs = ui.planTree, ui.search, ui.tabs
        keep_steady(self.tabs)  # the village page not repainted whole at each layout request climbing to it
        self.banner, self.banner_box, self.banner_button = ui.sampleBanner, ui.bannerBox, ui.removeSampleButton
        self.print_village_action, self.print_all_action = ui.printVillageAction, ui.printAllAction
        self.summary_action, self.review_action = ui.summaryAction, ui.reviewAction
        self.import_plan_action, self.export_plan_action = ui.importPlanAction, ui.exportPlanAction
        self.remove_sample_action = ui.removeSampleAction
        ui.quitAction.setShortcut(QKeySequence.StandardKey.Quit)
        ui.quitAction.triggered.connect(self.close)
        self._build_toolbar()
        self.tree_model = PlanTreeModel(self)
        self.tree_filter = PlanFilterModel(self)
        self.tree_filter.setSourceModel(self.tree_model)
        self.tree.setModel(self.tree_filter)
        configure_plan_tree(self.tree)
        self.tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        self.tree.clicked.connect(self._tree_clicked)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._open_first_found)
        ui.searchHidesNote.linkActivated.connect(lambda _link: self.open_village(self.village_id))
        self.tabs.currentChanged.connect(self._page_shown)
        self.figures_note = QLabel()
        self.figures_note.setObjectName("figuresNote")
        self.statusBar().addWidget(self.figures_note)
        ui.splitter.setStretchFactor(1, 1)
        self._tree_width = 380  # the tree's names beside figures as wide as a 10,000-village plan's
        ui.splitter.setSizes([self._tree_width, 900])
        self.banner_dismissed = False
        """The sample's notice closed with its ✕: not shown again until the program starts again."""
        ui.dismissBannerButton.clicked.connect(self._dismiss_banner)
        ui.treeAction.toggled.connect(self._show_tree)
        ui.splitter.splitterMoved.connect(lambda *_: ui.treeAction.setChecked(ui.splitter.sizes()[0] > 0))
        if holder is None:
            place_window(self, self.settings.value("window/geometry"))
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            ui.splitter.restoreState(splitter)
            ui.treeAction.setChecked(ui.splitter.sizes()[0] > 0)
        self.say_opening(self.tr("Opening the data…"))

    def _build_toolbar(self) -> None:
        toolbar = self.ui.planToolbar
        toolbar.addWidget(QLabel(self.tr("Plan:")))
        self.plan_combo = QComboBox()
        self.plan_combo.setObjectName("planCombo")
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan_combo.setMinimumContentsLength(PLAN_COMBO_CHARACTERS)
        self.plan_combo.currentIndexChanged.connect(self._plan_chosen)
        toolbar.addWidget(self.plan_combo)
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(self.tr("Year:")))
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("yearCombo")
        self.year_combo.currentIndexChanged.connect(self._year_chosen)
        toolbar.addWidget(self.year_combo)
        self.grouping_combo = QComboBox()
        self.grouping_combo.setObjectName("groupingCombo")
        self.grouping_combo.addItem(self.tr("of the year"), Grouping.OF_THEIR_TIME)
        self.grouping_combo.addItem(self.tr("of today"), Grouping.OF_TODAY)
        self.grouping_combo.setToolTip(self.tr(
            "Group a year's figures by the administrative units of that year, or by today's units (the old "
            "communes' results summed into the new ones)"))
        self.grouping_combo.currentIndexChanged.connect(self._grouping_chosen)
        self.grouping_actions = [toolbar.addWidget(QLabel(self.tr("Units:"))), toolbar.addWidget(self.grouping_combo)]
        for action in self.grouping_actions:  # shown once the database holds a reorganisation (_layout_read)
            action.setVisible(False)

    def _dismiss_banner(self) -> None:
        self.banner_dismissed = True
        self.banner_box.hide()

    def _show_tree(self, shown: bool) -> None:
        """The tree's column opened (at its last width) or folded away, the page taking the window's width."""
        splitter = self.ui.splitter
        sizes = splitter.sizes()
        if shown == (sizes[0] > 0):
            return
        if not shown:
            self._tree_width = sizes[0]
            splitter.setSizes([0, sum(sizes)])
        else:
            splitter.setSizes([self._tree_width, max(0, sum(sizes) - self._tree_width)])

    def say_opening(self, text: str) -> None:
        """A progress line in the window while the database opens or the sample plan loads."""
        self.ui.openingLabel.setText(text)
        self.ui.villageOpening.setText(text)

    def is_settled(self) -> bool:
        return (self.database is not None and not self._attaching and not self.reads.pending()
                and not self._filling_later)

    # the database

    def attach(self, database: Database, user: Principal) -> None:
        """Work on `database` as `user`: the actions and the village page made, the plans read in the background."""
        from ui.looking import read_only_banner
        from ui.plan_gateway import PlanGateway
        from ui.record_gateway import RecordGateway

        user = user.only_looking() if database.read_only else user  # greys every write, as for a viewer
        self.database, self.user = database, user
        self.is_secretariat = user.role is Role.SECRETARIAT
        title = self.tr("Làng Mới — villages and their helping agencies")
        self.setWindowTitle(title + self.tr(" (read-only)") if database.read_only else title)
        if database.read_only:
            self.ui.centralLayout.insertWidget(0, read_only_banner())
        self.plan_gateway = PlanGateway(database, user)
        self.gateway = RecordGateway(database, user, self)
        self.gateway.changed.connect(self._records_changed)
        self._attaching = [lambda: self._wire_menus(database, user), self._make_village_page,
                           lambda: self.village_panel.make_record_pages(), self._make_reviews, self._attached]
        QTimer.singleShot(1, self, self._attach_next)

    def _attach_next(self) -> None:
        """The next part of the window attached, each in a pass of the event loop of its own (a timer's: the window
        paints and answers between them): made at once, with the modules they import, they held the GUI thread
        ~250 ms at the window's first opening (issue 14)."""
        if self._attaching:  # none left when the window closed meanwhile
            self._attaching.pop(0)()
        if self._attaching:
            QTimer.singleShot(1, self, self._attach_next)

    def _attached(self) -> None:
        """The last part attached: the completeness tab, then the plans read."""
        from ui.completeness_view import CompletenessTab

        self.completeness_tab = CompletenessTab(self)
        _freeze_the_program()
        self.reload_plans(self.settings.value("view/plan_code"))

    def _wire_menus(self, database: Database, user: Principal) -> None:
        """The menus' actions connected to what they do, and those of the System and File menus that need the
        database added to the form's menus."""
        from domain.history import HistoryFilter
        from ui.backup_actions import BackupActions
        from ui.help_guide import HelpActions
        from ui.plan_actions import PlanActions
        from ui.print_actions import FileWriting, PrintActions
        from ui.reorganisation_dialog import reorganisation_action
        from ui.settings_dialog import settings_action
        from ui.system_actions import SystemActions
        from ui.updates_actions import UpdatesActions

        ui = self.ui
        files = FileWriting(self, self.settings)
        self.printing = PrintActions(self, database, files)
        self.plan_menu = PlanActions(self, self.plan_gateway, files)
        self.plan_menu.plans_changed.connect(self.reload_plans)
        self.plan_menu.editors.add_to(ui.planMenu, self.tree)
        self.system = SystemActions(self, database, user)
        self.help = HelpActions(self, database)
        self.backups = BackupActions(self, database)
        self.updates = UpdatesActions(self, database, self.plan_gateway, self.settings)
        self.updates.applied.connect(self._updates_applied)
        for action, slot in ((self.print_village_action, self.printing.print_village_sheet),
                             (self.print_all_action, self.printing.print_all_sheets),
                             (self.summary_action, self.printing.export_summary),
                             (self.review_action, self.printing.draft_review),
                             (self.import_plan_action, self.plan_menu.import_plan),
                             (self.export_plan_action, self.plan_menu.export_plan),
                             (ui.templateAction, self.plan_menu.export_template),
                             (self.remove_sample_action, self.plan_menu.remove_sample),
                             (ui.aboutAction, self.help.show_about)):
            action.triggered.connect(slot)
        self.banner_button.clicked.connect(self.plan_menu.remove_sample)
        self.banner_button.setVisible(self.is_secretariat)
        ui.historyAction.triggered.connect(lambda: self.show_history(HistoryFilter(), self.tr("every change")))
        for action in (ui.historyAction, ui.templateAction):
            action.setEnabled(True)
        self.import_plan_action.setEnabled(self.is_secretariat)
        self.updates.export_action.triggered.connect(
            lambda: self.updates.export(self.plan, self.year, self.agencies))
        self.updates.import_action.triggered.connect(lambda: self.updates.take_back(self.plan))
        ui.fileMenu.insertActions(self.print_village_action, [self.printing.preview_action, self.printing.print_action])
        ui.fileMenu.insertSeparator(self.print_village_action)
        ui.fileMenu.insertActions(self.summary_action, [self.printing.print_every_village_action,
                                                        self.printing.odd_pages_action,
                                                        self.printing.annex_action])
        ui.fileMenu.insertActions(ui.quitAction, [self.updates.export_action, self.updates.import_action])
        ui.fileMenu.insertSeparator(ui.quitAction)
        ui.systemMenu.addActions([self.system.accounts_action, self.system.database_action])
        ui.systemMenu.addAction(settings_action(self, database, user, self.settings))
        ui.systemMenu.addSeparator()
        ui.systemMenu.addActions([self.backups.backup_now_action, self.backups.restore_action])
        ui.systemMenu.addSeparator()
        ui.systemMenu.addAction(self.system.sign_out_action)
        ui.helpMenu.insertAction(ui.aboutAction, self.help.guide_action)
        places = ui.menuBar.addMenu(self.tr("P&laces"))
        ui.menuBar.insertMenu(ui.systemMenu.menuAction(), places)
        places.addAction(reorganisation_action(self, database, user, files, lambda: self.reload_plans(
            self.plan.code if self.plan else None)))
        self.statusBar().addPermanentWidget(self.system.user_note())

    @property
    def agency_view(self) -> AgencyView:
        """The Agencies page (made now if it was not yet: see `_figure_page`)."""
        return self._figure_page("agencyView")

    @property
    def campaign_view(self) -> CampaignView:
        return self._figure_page("campaignView")

    @property
    def dashboard(self) -> DashboardView:
        return self._figure_page("dashboard")

    def _made_pages(self) -> list[QWidget]:
        """The Agencies and Campaign pages made so far."""
        return [page for name, page in self.figure_pages.items() if name != "dashboard"]

    def _figure_page(self, name: str) -> QWidget:
        """The Agencies, Campaign or Dashboard page, made in place of the form's placeholder the first time it is
        shown or asked for: built and styled with the window, the three cost ~45 ms of the GUI thread at every
        open (~75 ms the first time, with their imports), for pages the user may not open. Made later, the page
        starts stale and is filled when shown."""
        page = self.figure_pages.get(name)
        if page is not None:
            return page
        from ui.agency_view import AgencyView
        from ui.campaign_view import CampaignView
        from ui.dashboard_view import DashboardView

        placeholder = next(widget for widget, named in self.placeholders.items() if named == name)
        # made in the tabs' stack, so that putting it in the tabs does not style it all again
        page = {"agencyView": AgencyView, "campaignView": CampaignView,
                "dashboard": DashboardView}[name](placeholder.parentWidget())
        self.figure_pages[name] = page
        page.setObjectName(name)
        page.remember_columns(self.settings)
        if name in ("dashboard", "campaignView"):
            page.set_units(self._grouping_said())
        if name == "dashboard":
            page.village_activated.connect(self.open_village)
        else:
            self.stale_pages.add(page)
            page.set_busy(self.reads.pending("figures"))
        if name == "agencyView":
            page.village_activated.connect(self.open_village)
            self.printing.add_agency_menu(page.agency_table)
        del self.placeholders[placeholder]
        self._replace_page(placeholder, page)
        return page

    def _replace_page(self, placeholder: QWidget, page: QWidget) -> None:
        """`page` in the tabs where the form's `placeholder` was, under its title (and on screen if it was); the
        tabs say nothing of the swap."""
        index = self.tabs.indexOf(placeholder)
        current = self.tabs.currentWidget() is placeholder
        self.tabs.blockSignals(True)
        self.tabs.insertTab(index, page, self.tabs.tabText(index))
        self.tabs.removeTab(self.tabs.indexOf(placeholder))
        if current:
            self.tabs.setCurrentWidget(page)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()

    def _make_village_page(self) -> None:
        """The village page, in place of the form's placeholder (it reads and saves through the gateways, off the
        GUI thread: the window's reads and its save queue)."""
        from ui.assessment_saving import AssessmentSaving
        from ui.village_panel import VillagePanel

        self.saves = saves = self.gateway.run_in(self.reads)
        saving = AssessmentSaving(self, saves, self.plan_gateway, lambda: (self.shown_plan, self.shown_sheet),
                                  self._reread_village)
        self._make_undo(saves, saving)
        self.village_panel = VillagePanel(self.undo.checklist_saver, self.gateway)
        self.village_panel.looking_only = self.user.looking_only
        self.village_panel.saved.connect(self._assessment_saved)
        self.village_panel.history_requested.connect(self.show_history)
        self._replace_page(self.ui.villagePlaceholder, self.village_panel)
        self.tabs.setCurrentWidget(self.village_panel)

    def _make_reviews(self) -> None:
        """The review cycle (issue 19): the village page's review steps, the Review menu and page, the tree's marks;
        its steps saved in the window's save queue."""
        from ui.review_actions import ReviewActions

        self.reviews = ReviewActions(self, self.database, self.user, self.saves, self.reads)
        self.reviews.changed.connect(self._review_changed)

    def _make_undo(self, saves: SaveQueue, saving: AssessmentSaving) -> None:
        """The undo stack over this session's checklist and record edits, and the Edit menu after the File menu."""
        from ui.undo import WindowUndo

        self.undo = WindowUndo(
            self, saves, saving, lambda: (self.shown_plan, self.shown_sheet),
            lambda village_id: next((p.village for p in self.places if p.village_id == village_id), ""),
            lambda: self.village_panel.checklist_model, lambda: self.village_panel.pages, self._reread_village)
        self.undo_stack = self.undo.stack
        self.gateway.recorded.connect(self.undo.record_changed)
        menus = self.ui.menuBar.actions()
        after_file = menus[menus.index(self.ui.fileMenu.menuAction()) + 1]
        self.ui.menuBar.insertMenu(after_file, self.undo.menu())

    # plan, year and village

    def reload_plans(self, preferred_code: str | None = None) -> None:
        """Read the plans again and show `preferred_code` (else the first real plan, else the sample)."""
        self.reads.request("plans", self.plan_gateway.plans, lambda plans: self._plans_read(plans, preferred_code))

    def _plans_read(self, plans: list[Plan], preferred_code: str | None) -> None:
        self.plans = plans
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        room = self.plan_combo.fontMetrics().averageCharWidth() * PLAN_COMBO_CHARACTERS
        for position, plan in enumerate(plans):
            named = f"{plan.code} — {plan.title}" if plan.title else plan.code
            self.plan_combo.addItem(self.plan_combo.fontMetrics().elidedText(named, Qt.TextElideMode.ElideRight, room),
                                    plan.id)
            self.plan_combo.setItemData(position, named, Qt.ItemDataRole.ToolTipRole)
        chosen = next((i for i, p in enumerate(plans) if p.code == preferred_code), 0)
        self.plan_combo.setCurrentIndex(chosen if plans else -1)
        self.plan_combo.blockSignals(False)
        self.remove_sample_action.setEnabled(self.is_secretariat and any(p.is_sample for p in plans))
        self._plan_chosen(self.plan_combo.currentIndex())

    def _plan_chosen(self, combo_index: int) -> None:
        self.plan = self.plans[combo_index] if 0 <= combo_index < len(self.plans) else None
        self.undo.clear()
        self.plan_combo.setToolTip(self.plan_combo.itemData(combo_index, Qt.ItemDataRole.ToolTipRole) or "")
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
            self.settings.setValue("view/plan_code", self.plan.code)
        self.year_combo.blockSignals(False)
        self.year = self.year_combo.currentData()
        for action in (self.print_all_action, self.summary_action, self.review_action, self.export_plan_action,
                       self.updates.export_action):
            action.setEnabled(self.plan is not None)
        self.updates.import_action.setEnabled(self.plan is not None and self.is_secretariat)
        plan = self.plan
        self.held.clear()
        self.prefetch.drop("year")
        self.reads.drop("figures")  # the last plan's: the new plan's are read once its layout is in
        year, grouping = self.year, self.grouping
        self.reads.request("layout", lambda: self._laid_out(plan, year, grouping), self._layout_read)

    def reload_layout(self, village_id: int | None) -> None:
        """After an edit of the plan (its villages, agencies, teams): its layout read again, as when it is chosen,
        then `village_id` shown (else the plan's first village)."""
        plan = self.plan
        if village_id is None:
            self.settings.remove("view/village_id")
        else:
            self.settings.setValue("view/village_id", village_id)
        self.held.clear()
        self.prefetch.drop("year")
        self.reads.drop("figures")
        year, grouping = self.year, self.grouping
        self.reads.request("layout", lambda: self._laid_out(plan, year, grouping), self._layout_read)

    def _laid_out(self, plan: Plan | None, year: int | None, grouping: Grouping) -> tuple[PlanLayout, PlanTree]:
        """In the read's thread: the plan's layout under the units that group `year`'s figures, and its tree built
        (10,000 names folded) off the GUI thread."""
        layout = self.plan_gateway.layout(plan, year, grouping)
        return layout, plan_tree(layout.places, self.plan_gateway.other_names(layout.places))

    def _units_change(self) -> bool:
        """Whether the year and grouping chosen need the plan laid out by other units than the tree shows (a year
        before a reorganisation and one after it): decided from the layout's reorganisation days, no read."""
        layout = self.layout
        return layout is not None and self.plan is not None and self.year is not None and \
            units_day(layout.reform_days, self.year, self.grouping) != layout.units_on

    def _grouping_chosen(self, _combo_index: int) -> None:
        self.grouping = self.grouping_combo.currentData() or Grouping.OF_THEIR_TIME
        if self._units_change():
            self.page_kept = self.tabs.currentWidget()
            self.reload_layout(self.village_id)
        elif self.progress is not None:
            self._say_figures()

    def _layout_read(self, read: tuple[PlanLayout, PlanTree]) -> None:
        layout, tree = read
        self.layout = layout
        # the sample's notice shown or hidden with the plan's tree, not at its choice: the page moved up or down
        # then was the window laid out and painted again, the last plan's tree and village in it (issue 14)
        self.banner_box.setVisible(bool(self.plan and self.plan.is_sample) and not self.banner_dismissed)
        self.places, self.agencies, self.assignments = layout.places, layout.agencies, layout.assignments
        self.gateway.show_plan(self.plan, [(a.agency_id, a.name) for a in self.agencies], layout.agency_names)
        for action in self.grouping_actions:
            action.setVisible(bool(layout.reform_days))
        self.tree_model.set_tree(tree)
        expand_sensibly(self.tree)
        self.ui.treeStack.setCurrentWidget(self.tree)
        self._read_figures()
        remembered_village = self.settings.value("view/village_id")
        self.open_village(int(remembered_village) if remembered_village is not None else None)
        kept, self.page_kept = self.page_kept, None
        if kept is not None:  # the dashboard (or another page) stays on screen, by the units now chosen
            self.tabs.setCurrentWidget(kept)

    def _year_chosen(self, _combo_index: int) -> None:
        self.year = self.year_combo.currentData()
        if self.year is not None:
            self.settings.setValue("view/year", self.year)
        if self._units_change():  # laid out again by the units of that year: its figures follow the layout
            self.page_kept = self.tabs.currentWidget()
            self.reload_layout(self.village_id)
            return
        self._read_figures()
        self._show_village()

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
        self._settle_if_idle()

    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.data(Roles.KIND) == NodeKind.VILLAGE:
            self.village_id = current.data(Roles.ID)
            self.settings.setValue("view/village_id", self.village_id)
            self._say_if_hidden()
            self._show_village()

    def _open_first_found(self) -> None:
        """Enter in the search box: the first village the search found is opened."""
        index = first_village(self.tree_filter)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
            self.tabs.setCurrentWidget(self.village_panel)

    def _say_if_hidden(self) -> None:
        """Under the search box: whether the search hides the village whose page is open."""
        note = self.ui.searchHidesNote
        place = next((p for p in self.places if p.village_id == self.village_id), None)
        hidden = place is not None and bool(self.search.text()) and not self._shown_index(self.village_id).isValid()
        note.setVisible(hidden)
        if hidden:
            from html import escape

            note.setText(self.tr("%1, open on the right, is not among the places found. <a href=\"show\">Show it</a>")
                         .replace("%1", escape(place.village)))

    def _tree_clicked(self, index: QModelIndex) -> None:
        if index.data(Roles.KIND) == NodeKind.VILLAGE:
            self.tabs.setCurrentWidget(self.village_panel)

    def _show_village(self) -> None:
        """Read the chosen village's sheet for the year in the background (a newer choice supersedes it)."""
        place = next((p for p in self.places if p.village_id == self.village_id), None)
        self.print_village_action.setEnabled(place is not None)
        plan, year = self.plan, self.year
        if place is None or plan is None or year is None:
            self.reads.drop("village")
            self._village_read(None)
            self._settle_if_idle()
            return
        reviews = self.reviews.gateway
        self.reads.request("village", lambda: (*self.plan_gateway.village(plan, place, year),
                                               reviews.village(plan, place.village_id, year)),
                           lambda read: self._village_read(read, (place.village_id, year), plan))

    def _village_read(self, read: tuple[bool, VillageSheet, VillageReviewView] | None,
                      shown: tuple[int, int] | None = None, plan: Plan | None = None) -> None:
        """The sheet read, with the village's review of the year: a village-year locked (approved, or its year
        closed) is shown read-only, its lock's reason said, but for its models and contacts, which no year locks."""
        self.shown_sheet, self.shown_plan = shown, plan
        if read is None:
            self.gateway.show_village(None)
            self.village_panel.show_review(None, self.year, None)
            self.village_panel.show_sheet(None)
            return
        may_edit, sheet, review = read
        self.gateway.show_village(shown[0], sheet.place.village, [agency.agency_id for agency in sheet.agencies])
        self.gateway.may_edit, self.gateway.lock_reason = may_edit, review.lock.reason if review.lock else ""
        self.village_panel.show_review(review, sheet.year, self.reviews.gateway.today)
        self.village_panel.show_sheet(sheet, self.gateway.editable)

    def _review_changed(self) -> None:
        """A review step or round action changes the village's review and its lock, not its sheet nor its records:
        only the review is read again when the village-year on the page is the one chosen. Showing the sheet again
        refilled the 7 record pages and measured the checklist's rows again: ~100 ms of the GUI thread at each step
        at 10,000 villages (issue 14). Another village chosen meanwhile is read whole, as any choice."""
        plan, year, village_id = self.plan, self.year, self.village_id
        if (plan is None or year is None or self.shown_plan is not plan or self.shown_sheet != (village_id, year)
                or self.reads.pending("village")):
            self._show_village()
            return
        reviews = self.reviews.gateway
        self.reads.request("village review", lambda: reviews.village(plan, village_id, year),
                           lambda review: self._review_read(review, (village_id, year), plan))

    def _review_read(self, review: VillageReviewView, shown: tuple[int, int], plan: Plan) -> None:
        """The village's review read again after a step: its strip, the lock's note and the editors' lock."""
        if self.shown_sheet != shown or self.shown_plan is not plan or self.reads.pending("village"):
            return
        self.gateway.lock_reason = review.lock.reason if review.lock else ""
        self.village_panel.show_review(review, shown[1], self.reviews.gateway.today)
        self.village_panel.show_lock(self.gateway.editable)

    def _search_changed(self, text: str) -> None:
        """Filter the tree; the village on its page stays selected when the search lets it through."""
        self.tree_filter.set_query(text)
        expand_sensibly(self.tree)
        index = self._shown_index(self.village_id)
        if index.isValid():
            self.tree.selectionModel().blockSignals(True)
            self.tree.setCurrentIndex(index)
            self.tree.selectionModel().blockSignals(False)
            self.tree.viewport().update()
        self._say_if_hidden()
        self._settle_if_idle()

    def _shown_index(self, village_id: int | None) -> QModelIndex:
        """The village's row in the tree as filtered (invalid when the search hides it)."""
        if village_id is None:
            return QModelIndex()
        return self.tree_filter.mapFromSource(self.tree_model.village_index(village_id))

    def _settle_if_idle(self) -> None:
        """An action that read nothing is on screen at once: say so, as a read's end would."""
        if self.is_settled():
            QTimer.singleShot(0, self._announce_settled)

    def _announce_settled(self) -> None:
        if self.is_settled():
            self.settled.emit()

    # figures

    def _read_figures(self) -> None:
        """The year's figures of the whole plan: those held at once, else read in the background (the tree shows
        them busy meanwhile); the year's review states for the tree's marks, read with them (in the same read; a
        year held shows the states held with it and reads them again)."""
        if self._refreshing:  # a save's refresh of the years held is superseded: they are read again
            self.held.clear()
        self._refreshing.clear()
        self.dashboard_stale = True
        self.reviews.read_states(tree=self.year in self.held)
        if self.year in self.held:
            self.reads.drop("figures")
            self._figures_read(self.held[self.year])
            return
        self.progress = self.campaign = None
        plan, year, places = self.plan, self.year, self.places
        first_year = plan.first_year if plan is not None else 0
        self.tree_model.set_figures(None, None, first_year)
        if plan is None or year is None:
            self.figures_note.setText(self.tr("No plan in the database."))
            if "campaignView" in self.figure_pages:
                self.campaign_view.set_data([], [], None, 0)
            self.reads.drop("figures")
            return
        self.figures_note.setText(self.tr("%1: reading the figures…").replace("%1", str(year)))
        units_on = self.layout.units_on if self.layout is not None else None
        self.reads.request("figures", lambda: self._year_figures(plan, year, places, units_on), self._year_read)

    def _year_figures(self, plan: Plan, year: int, places: list[PlaceRow], units_on: date | None
                      ) -> tuple[Plan, Figures, ReviewStates]:
        """In the read's thread: the year's figures and its review states, shown together (one repaint of the tree)."""
        figures = self.plan_gateway.figures(plan, year, places, units_on=units_on)
        return plan, figures, self.reviews.gateway.states(plan, year)

    def _year_read(self, read: tuple[Plan, Figures, ReviewStates]) -> None:
        plan, figures, states = read
        self.reviews.states_read(plan, figures.progress.year, states)
        self._figures_read(figures)

    def _refresh_figures(self, village_ids: Collection[int]) -> None:
        """After a change to these villages: only their rows read again, in the background."""
        if self.plan is None or self.year is None or self.reads.pending("layout"):
            return  # no figures, or a plan's layout being read: its figures are read in full once it is in
        if self.progress is None or self.campaign is None:  # the year's figures are still being read: again
            self.held.clear()  # the other years held are not refreshed: read again too
            self._read_figures()
            return
        self._refreshing.update(village_ids)
        plan, held, villages = self.plan, dict(self.held), frozenset(self._refreshing)
        units_on = self.layout.units_on if self.layout is not None else None
        self.dashboard_stale = True
        self.prefetch.drop("year")  # it may have read before the save: read again once settled
        self.reads.request("figures", lambda: self.plan_gateway.refresh_years(plan, held, villages, units_on),
                           self._years_refreshed)

    def _years_refreshed(self, years: dict[int, Figures]) -> None:
        # figures refreshed from the cache's are still to be checked against a full computation
        years = {year: replace(figures, cached=year in self.held and self.held[year].cached)
                 for year, figures in years.items()}
        self.held.update({year: replace(figures, change=None) for year, figures in years.items()})
        self._figures_read(years[self.year])

    def _import_pages(self) -> None:
        """Once, in a pass after the reads have first settled: the Agencies, Campaign and Dashboard pages' modules
        imported (~15 ms of the GUI thread), so that opening a page the first time only makes and fills it; not
        before the first paint, nor while the window is being attached."""
        self.reads.settled.disconnect(self._import_pages)
        QTimer.singleShot(0, self, _import_page_modules)

    def _prefetch_next(self) -> None:
        """Once the window has settled: the plan's layout, when it came from the figures cache, read in full to check
        it; the year shown, when its figures came from the figures cache, computed in full to check them (the
        safety net for a change that left no audit row); then, once a session, the history's tally of the audit
        brought up to date; then the year's summary for the dashboard; then the next year of the plan not held yet
        read."""
        plan, places = self.plan, self.places
        if plan is None or self.reads.pending() or self.prefetch.pending() or self.year not in self.held:
            return
        layout = self.layout
        if layout is not None and layout.cached:
            self.prefetch.request("check layout", lambda: self._checked_layout(plan, layout),
                                  lambda read: self._layout_checked(plan, layout, read))
            return
        shown = self.held[self.year]
        if shown.cached:
            year = self.year
            self.prefetch.request("check", lambda: self.plan_gateway.check(plan, year, places, shown,
                                                                           layout.units_on if layout else None),
                                  lambda exact: self._checked(year, shown, exact))
            return
        if self.history_gateway is None:
            # the history's tally (~100 ms at 300,000 changes): its first opening then counts only what is new
            self.prefetch.request("history", self._history_gateway().warm, lambda _tally: self._prefetch_next())
            return
        if self.summary_read != plan.id and self.progress is not None and self.campaign is not None:
            self.summary_read = plan.id  # once a plan: not another ~1 s in the background at each year switched to
            year, progress, campaign = self.year, self.progress, self.campaign
            self.prefetch.request("summary", lambda: self._read_summary(plan, year, places, progress, campaign),
                                  lambda _summary: self._prefetch_next())
            return
        units_on = layout.units_on if layout is not None else None
        reform_days = layout.reform_days if layout is not None else ()
        # only the years laid out by the same units as the tree: the others' figures follow their own layout
        year = next((y for y in range(plan.first_year, plan.last_year + 1) if y not in self.held
                     and units_day(reform_days, y, self.grouping) == units_on), None)
        if year is not None:
            self.prefetch.request("year", lambda: self._year_figures(plan, year, places, units_on), self._prefetched)

    def _checked_layout(self, plan: Plan, layout: PlanLayout) -> tuple[PlanLayout, PlanTree] | None:
        """In the read's thread: the plan's layout read in full to check the one shown (from the figures cache), and
        its tree when they differ."""
        exact = self.plan_gateway.check_layout(plan, layout)
        return None if exact is None else (exact, plan_tree(exact.places, self.plan_gateway.other_names(exact.places)))

    def _layout_checked(self, plan: Plan, layout: PlanLayout, exact: tuple[PlanLayout, PlanTree] | None) -> None:
        """The layout shown stays when the full read found it the same (None), else the one read replaces it as when
        the plan is chosen (PlanGateway.check_layout has logged it): the tree, and the figures read again."""
        if self.plan is not plan or self.layout is not layout:  # read again meanwhile: checked again if cached
            self._prefetch_next()
            return
        if exact is None:
            self.layout = replace(layout, cached=False)
            self._prefetch_next()
            return
        self.held.clear()
        self.prefetch.drop("year")
        page = self.tabs.currentWidget()
        self._layout_read(exact)
        self.tabs.setCurrentWidget(page)  # the page the user looks at stays

    def _read_summary(self, plan: Plan, year: int, places: list[PlaceRow], progress: PlanProgress,
                      campaign: CampaignRollup) -> None:
        """In the read's thread: the year's summary read, which the gateway holds: the dashboard opened later
        refreshes it for the villages saved since (at 10,000 villages its facts read afresh take ~1 s)."""
        self.plan_gateway.summary(plan, year, places, progress, campaign)

    def _prefetched(self, read: tuple[Plan, Figures, ReviewStates]) -> None:
        plan, figures, states = read
        self.reviews.held.setdefault((plan.id, figures.progress.year), states)
        self.held.setdefault(figures.progress.year, figures)
        self._prefetch_next()

    def _checked(self, year: int, shown: Figures, exact: Figures | None) -> None:
        """The full computation of the year: the figures shown stay when equal (None), else the exact ones replace
        them (PlanGateway.check has logged it)."""
        if self.held.get(year) is not shown:  # read again or refreshed meanwhile: checked again at the next settle
            self._prefetch_next()
            return
        self.held[year] = replace(shown, cached=False)
        if exact is not None and year == self.year:
            self.dashboard_stale = True  # its facts were kept with the figures: read again in full
            self._figures_read(exact)
        elif exact is not None:
            self.held[year] = exact
        self._prefetch_next()

    def _figures_read(self, figures: Figures) -> None:
        self._refreshing.clear()
        self.held[figures.progress.year] = replace(figures, change=None)
        self.progress, self.campaign = figures.progress, figures.campaign
        first_year = self.plan.first_year
        if figures.change is None:
            self.tree_model.set_figures(self.progress, self.campaign, first_year,
                                        self.reviews.held_states(self.plan, figures.progress.year))
            self.stale_pages = set(self._made_pages())
            self._fill_page()
        else:
            self.tree_model.update_figures(self.progress, self.campaign, figures.change)
            for page in set(self._made_pages()) - self.stale_pages:  # a few rows: hidden ones too
                page.update_figures(self.progress, self.campaign, figures.change)
        self._say_figures()
        shown = self.shown_sheet
        # a village just taken out of the plan (reload_layout) stays on screen until the next one is read
        if (shown is not None and self.shown_plan is self.plan and shown[1] == self.progress.year
                and shown[0] in self.progress.by_village):
            self.village_panel.refresh_summary(self.year, self.progress.by_village[shown[0]])
        self._refresh_dashboard()

    def _say_figures(self) -> None:
        """The status bar's line on the year's figures; once the database holds a reorganisation, it names the units
        they are grouped by (on every page: the tree, the agencies, the campaign, the dashboard)."""
        from domain.formatting import format_percent

        whole = self.progress.plan
        text = (self.tr("%1: %2 of %3 villages meet the standard; %4 of criteria met")
                .replace("%1", str(self.year)).replace("%2", str(whole.villages_meeting))
                .replace("%3", str(whole.villages))
                .replace("%4", format_percent(whole.criteria_met, whole.criteria_total)))
        grouping = self._grouping_said()
        if grouping:
            text = f"{text} — {grouping}"
        self.figures_note.setText(text)
        for name in ("dashboard", "campaignView"):
            if name in self.figure_pages:
                self.figure_pages[name].set_units(grouping)

    def _grouping_said(self) -> str:
        """The units the year's figures are grouped by, in words; '' while the database holds no reorganisation."""
        if self.layout is None or not self.layout.reform_days or self.year is None:
            return ""
        return (self.tr("by today's administrative units") if self.grouping == Grouping.OF_TODAY
                else self.tr("by the administrative units of %1").replace("%1", str(self.year)))

    def _fill_page(self) -> None:
        """The Agencies or Campaign page, when on screen and stale, filled with the figures held."""
        page = self.tabs.currentWidget()
        if page not in self.stale_pages or self.progress is None or self.campaign is None:
            return
        self.stale_pages.discard(page)
        if page is self.figure_pages.get("agencyView"):
            self.agency_view.set_data(self.agencies, self.assignments, self.places, self.progress, self.campaign,
                                      self.plan.first_year)
        else:
            self.campaign_view.set_data(self.places, self.agencies, self.campaign, self.plan.first_year)

    def _page_shown(self, index: int) -> None:
        name = self.placeholders.get(self.tabs.widget(index))
        if name is not None and name != "dashboard":
            # Made and filled in one pass, the Agencies or Campaign page held the GUI thread 160-280 ms at 10,000
            # villages (its widgets styled and laid out, then its tables measured): its frame is painted first,
            # its figures filled in the next pass (issue 14).
            self._figure_page(name)
            self._filling_later = True
            QTimer.singleShot(1, self, self._fill_later)
            return
        if name is not None:
            self._figure_page(name)
        self._fill_page()
        self._refresh_dashboard()
        self._settle_if_idle()

    def _fill_later(self) -> None:
        self._filling_later = False
        self._fill_page()
        self._settle_if_idle()

    def _refresh_dashboard(self) -> None:
        """The dashboard's figures are read when it is on screen and something changed since."""
        if not self.dashboard_stale or self.tabs.currentWidget() is not self.figure_pages.get("dashboard"):
            return
        self.dashboard_stale = False
        plan, year = self.plan, self.year
        if plan is None or year is None:
            self.dashboard.set_report(None)
            return
        held = not self.reads.pending("layout")  # else places and figures are still the last plan's
        places, progress, campaign = (self.places, self.progress, self.campaign) if held else (None, None, None)
        self.reads.request("dashboard", lambda: self.plan_gateway.summary(plan, year, places, progress, campaign),
                           self.dashboard.set_report)

    def _show_busy(self, kind: str, busy: bool) -> None:
        views = {"figures": self._made_pages(), "village": [self.village_panel],
                 "dashboard": [self.figure_pages["dashboard"]] if "dashboard" in self.figure_pages else []}
        for view in views.get(kind, []):
            view.set_busy(busy)

    def _read_failed(self, _kind: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("Not read"), message)

    # editing

    def _assessment_saved(self, status_changed: bool) -> None:
        """A checklist value saved: the figures are read again only when its status changed."""
        if status_changed and self.shown_sheet is not None:
            self._refresh_figures([self.shown_sheet[0]])
        self.statusBar().showMessage(self.tr("Saved."), 3000)

    def _records_changed(self) -> None:
        if self.gateway.village_id is not None:
            self._refresh_figures([self.gateway.village_id])
        self.statusBar().showMessage(self.tr("Saved."), 3000)

    def _reread_village(self, village_id: int) -> None:
        """Someone else saved the village meanwhile: its figures and its sheet as saved now."""
        self._refresh_figures([village_id])
        self._show_village()

    def _updates_applied(self) -> None:
        """A team's workbook changed any number of villages: the year's figures and the sheet read again."""
        self.held.clear()
        self.prefetch.drop("year")
        self._read_figures()
        self._show_village()

    def _history_gateway(self) -> HistoryGateway:
        """The history's gateway, which holds the audit's tally between two openings (and keeps it on disk)."""
        from ui.history_gateway import HistoryGateway

        if self.history_gateway is None or self.history_gateway.database is not self.database:
            self.history_gateway = HistoryGateway(self.database, self.plan_gateway.figures_cache)
        return self.history_gateway

    def show_history(self, scope: HistoryFilter, title: str) -> None:
        from ui.history_dialog import HistoryDialog

        dialog = HistoryDialog(self, self.database, scope, title, self.settings, self.user,
                               self.plan.id if self.plan is not None else None, self._history_gateway())
        dialog.exec()
        for village_id in dialog.restored:  # a value restored: that village's figures, and the page shown
            self._reread_village(village_id)

    # window

    def closeEvent(self, event: QCloseEvent) -> None:
        """Overrides QMainWindow.closeEvent: while tasks run, ask whether to cancel them (the window then closes
        when they have ended); then remember the geometry. Reads still running are dropped, never waited for. Closed
        while it is being attached, the window's parts still to be made are made first (its backup on closing)."""
        while self._attaching:
            self._attaching.pop(0)()
        if not self.tasks.may_close(self):
            if not self.tasks.closing:
                self.next_start = None  # the user keeps working: a sign-out or change of database is called off
            event.ignore()
            return
        if self.database is not None and self.backups.before_close(event):  # closes again after the backup
            return
        self.reads.close()
        self.prefetch.close()
        if self.database is not None:
            self.plan_gateway.close()
        self.settings.setValue("window/geometry", self.window().saveGeometry())
        self.settings.setValue("window/splitter", self.ui.splitter.saveState())
        super().closeEvent(event)

    def close(self) -> bool:
        """Overrides QWidget.close: held in the program's window (ui/window_host.py), that window is closed, and
        this one's closeEvent decides there."""
        holder = self.window()
        return holder.close() if holder is not self else super().close()
