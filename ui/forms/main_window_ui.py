# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtGui import (QAction)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QLineEdit,
    QMenu, QMenuBar, QPushButton, QSplitter,
    QStackedWidget, QStatusBar, QTabWidget, QToolBar,
    QTreeView, QVBoxLayout, QWidget)

from ui.agency_view import AgencyView
from ui.campaign_view import CampaignView
from ui.dashboard_view import DashboardView

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 720)
        self.printVillageAction = QAction(MainWindow)
        self.printVillageAction.setObjectName(u"printVillageAction")
        self.printVillageAction.setEnabled(False)
        self.printAllAction = QAction(MainWindow)
        self.printAllAction.setObjectName(u"printAllAction")
        self.printAllAction.setEnabled(False)
        self.summaryAction = QAction(MainWindow)
        self.summaryAction.setObjectName(u"summaryAction")
        self.summaryAction.setEnabled(False)
        self.reviewAction = QAction(MainWindow)
        self.reviewAction.setObjectName(u"reviewAction")
        self.reviewAction.setEnabled(False)
        self.quitAction = QAction(MainWindow)
        self.quitAction.setObjectName(u"quitAction")
        self.importPlanAction = QAction(MainWindow)
        self.importPlanAction.setObjectName(u"importPlanAction")
#if QT_CONFIG(shortcut)
        self.importPlanAction.setShortcut(u"Ctrl+I")
#endif // QT_CONFIG(shortcut)
        self.importPlanAction.setEnabled(False)
        self.exportPlanAction = QAction(MainWindow)
        self.exportPlanAction.setObjectName(u"exportPlanAction")
        self.exportPlanAction.setEnabled(False)
        self.templateAction = QAction(MainWindow)
        self.templateAction.setObjectName(u"templateAction")
        self.templateAction.setEnabled(False)
        self.removeSampleAction = QAction(MainWindow)
        self.removeSampleAction.setObjectName(u"removeSampleAction")
        self.removeSampleAction.setEnabled(False)
        self.historyAction = QAction(MainWindow)
        self.historyAction.setObjectName(u"historyAction")
        self.historyAction.setEnabled(False)
        self.aboutAction = QAction(MainWindow)
        self.aboutAction.setObjectName(u"aboutAction")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(6, 6, 6, 6)
        self.bannerBox = QWidget(self.centralWidget)
        self.bannerBox.setObjectName(u"bannerBox")
        self.bannerBox.setVisible(False)
        self.bannerLayout = QHBoxLayout(self.bannerBox)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerLayout.setContentsMargins(0, 0, 0, 0)
        self.sampleBanner = QLabel(self.bannerBox)
        self.sampleBanner.setObjectName(u"sampleBanner")
        self.sampleBanner.setWordWrap(True)

        self.bannerLayout.addWidget(self.sampleBanner)

        self.removeSampleButton = QPushButton(self.bannerBox)
        self.removeSampleButton.setObjectName(u"removeSampleButton")

        self.bannerLayout.addWidget(self.removeSampleButton)

        self.bannerLayout.setStretch(0, 1)

        self.centralLayout.addWidget(self.bannerBox)

        self.splitter = QSplitter(self.centralWidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.treeColumn = QWidget(self.splitter)
        self.treeColumn.setObjectName(u"treeColumn")
        self.treeColumnLayout = QVBoxLayout(self.treeColumn)
        self.treeColumnLayout.setObjectName(u"treeColumnLayout")
        self.treeColumnLayout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self.treeColumn)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.treeColumnLayout.addWidget(self.search)

        self.treeStack = QStackedWidget(self.treeColumn)
        self.treeStack.setObjectName(u"treeStack")
        self.openingLabel = QLabel()
        self.openingLabel.setObjectName(u"openingLabel")
        self.openingLabel.setAlignment(Qt.AlignCenter)
        self.openingLabel.setWordWrap(True)
        self.treeStack.addWidget(self.openingLabel)
        self.planTree = QTreeView()
        self.planTree.setObjectName(u"planTree")
        self.planTree.setSelectionMode(QAbstractItemView.SingleSelection)
        self.treeStack.addWidget(self.planTree)

        self.treeColumnLayout.addWidget(self.treeStack)

        self.splitter.addWidget(self.treeColumn)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.villagePlaceholder = QWidget()
        self.villagePlaceholder.setObjectName(u"villagePlaceholder")
        self.villagePlaceholderLayout = QVBoxLayout(self.villagePlaceholder)
        self.villagePlaceholderLayout.setObjectName(u"villagePlaceholderLayout")
        self.villageOpening = QLabel(self.villagePlaceholder)
        self.villageOpening.setObjectName(u"villageOpening")
        self.villageOpening.setAlignment(Qt.AlignCenter)

        self.villagePlaceholderLayout.addWidget(self.villageOpening)

        self.tabs.addTab(self.villagePlaceholder, "")
        self.agencyView = AgencyView()
        self.agencyView.setObjectName(u"agencyView")
        self.tabs.addTab(self.agencyView, "")
        self.campaignView = CampaignView()
        self.campaignView.setObjectName(u"campaignView")
        self.tabs.addTab(self.campaignView, "")
        self.dashboard = DashboardView()
        self.dashboard.setObjectName(u"dashboard")
        self.tabs.addTab(self.dashboard, "")
        self.splitter.addWidget(self.tabs)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.fileMenu = QMenu(self.menuBar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.planMenu = QMenu(self.menuBar)
        self.planMenu.setObjectName(u"planMenu")
        self.systemMenu = QMenu(self.menuBar)
        self.systemMenu.setObjectName(u"systemMenu")
        self.helpMenu = QMenu(self.menuBar)
        self.helpMenu.setObjectName(u"helpMenu")
        MainWindow.setMenuBar(self.menuBar)
        self.planToolbar = QToolBar(MainWindow)
        self.planToolbar.setObjectName(u"planToolbar")
        self.planToolbar.setMovable(False)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.planToolbar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.fileMenu.menuAction())
        self.menuBar.addAction(self.planMenu.menuAction())
        self.menuBar.addAction(self.systemMenu.menuAction())
        self.menuBar.addAction(self.helpMenu.menuAction())
        self.fileMenu.addAction(self.printVillageAction)
        self.fileMenu.addAction(self.printAllAction)
        self.fileMenu.addAction(self.summaryAction)
        self.fileMenu.addAction(self.reviewAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.quitAction)
        self.planMenu.addAction(self.importPlanAction)
        self.planMenu.addAction(self.exportPlanAction)
        self.planMenu.addAction(self.templateAction)
        self.planMenu.addSeparator()
        self.planMenu.addAction(self.removeSampleAction)
        self.systemMenu.addAction(self.historyAction)
        self.helpMenu.addAction(self.aboutAction)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"L\u00e0ng M\u1edbi \u2014 villages and their helping agencies", None))
        self.printVillageAction.setText(QCoreApplication.translate("MainWindow", u"&Print village sheet (PDF)\u2026", None))
        self.printAllAction.setText(QCoreApplication.translate("MainWindow", u"Print sheets of &all villages (PDF)\u2026", None))
        self.summaryAction.setText(QCoreApplication.translate("MainWindow", u"&Summary report (PDF or Excel)\u2026", None))
        self.reviewAction.setText(QCoreApplication.translate("MainWindow", u"&Draft review report (Word)\u2026", None))
        self.quitAction.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.importPlanAction.setText(QCoreApplication.translate("MainWindow", u"&Import plan from Excel\u2026", None))
        self.exportPlanAction.setText(QCoreApplication.translate("MainWindow", u"&Export plan to Excel\u2026", None))
        self.templateAction.setText(QCoreApplication.translate("MainWindow", u"Save an empty plan &template\u2026", None))
        self.removeSampleAction.setText(QCoreApplication.translate("MainWindow", u"&Remove sample plan", None))
        self.historyAction.setText(QCoreApplication.translate("MainWindow", u"Change &history\u2026", None))
        self.aboutAction.setText(QCoreApplication.translate("MainWindow", u"&About L\u00e0ng M\u1edbi", None))
        self.sampleBanner.setText(QCoreApplication.translate("MainWindow", u"This is the bundled SAMPLE plan: villages, people, phone numbers and results are invented. Import your plan, then remove the sample.", None))
        self.removeSampleButton.setText(QCoreApplication.translate("MainWindow", u"Remove sample plan", None))
        self.search.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Search district, commune, village\u2026", None))
        self.openingLabel.setText(QCoreApplication.translate("MainWindow", u"Opening the data\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.villagePlaceholder), QCoreApplication.translate("MainWindow", u"Village", None))
        self.tabs.setTabText(self.tabs.indexOf(self.agencyView), QCoreApplication.translate("MainWindow", u"Agencies", None))
        self.tabs.setTabText(self.tabs.indexOf(self.campaignView), QCoreApplication.translate("MainWindow", u"Campaign", None))
        self.tabs.setTabText(self.tabs.indexOf(self.dashboard), QCoreApplication.translate("MainWindow", u"Dashboard", None))
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.planMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Plan", None))
        self.systemMenu.setTitle(QCoreApplication.translate("MainWindow", u"&System", None))
        self.helpMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.planToolbar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Plan and year", None))
    # retranslateUi

