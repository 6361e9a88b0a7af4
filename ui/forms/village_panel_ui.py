# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'village_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_VillagePanel(object):
    def setupUi(self, VillagePanel):
        if not VillagePanel.objectName():
            VillagePanel.setObjectName(u"VillagePanel")
        VillagePanel.resize(980, 640)
        self.layout = QVBoxLayout(VillagePanel)
        self.layout.setObjectName(u"layout")
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.villageTitle = QLabel(VillagePanel)
        self.villageTitle.setObjectName(u"villageTitle")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.villageTitle.sizePolicy().hasHeightForWidth())
        self.villageTitle.setSizePolicy(sizePolicy)
        self.villageTitle.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.titleRow.addWidget(self.villageTitle)

        self.villageBusy = QLabel(VillagePanel)
        self.villageBusy.setObjectName(u"villageBusy")
        self.villageBusy.setVisible(False)
        self.villageBusy.setStyleSheet(u"font-style: italic; color: #555555;")

        self.titleRow.addWidget(self.villageBusy)

        self.villageHistory = QPushButton(VillagePanel)
        self.villageHistory.setObjectName(u"villageHistory")

        self.titleRow.addWidget(self.villageHistory)


        self.layout.addLayout(self.titleRow)

        self.villageDetails = QLabel(VillagePanel)
        self.villageDetails.setObjectName(u"villageDetails")
        self.villageDetails.setTextFormat(Qt.RichText)
        self.villageDetails.setWordWrap(True)

        self.layout.addWidget(self.villageDetails)

        self.villageTabs = QTabWidget(VillagePanel)
        self.villageTabs.setObjectName(u"villageTabs")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.villageTabs.sizePolicy().hasHeightForWidth())
        self.villageTabs.setSizePolicy(sizePolicy1)
        self.teamAndCriteria = QWidget()
        self.teamAndCriteria.setObjectName(u"teamAndCriteria")
        self.teamAndCriteriaLayout = QVBoxLayout(self.teamAndCriteria)
        self.teamAndCriteriaLayout.setObjectName(u"teamAndCriteriaLayout")
        self.teamAndCriteriaLayout.setContentsMargins(0, 0, 0, 0)
        self.teamChecklistSplitter = QSplitter(self.teamAndCriteria)
        self.teamChecklistSplitter.setObjectName(u"teamChecklistSplitter")
        self.teamChecklistSplitter.setOrientation(Qt.Vertical)
        self.teamPart = QWidget(self.teamChecklistSplitter)
        self.teamPart.setObjectName(u"teamPart")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.teamPart.sizePolicy().hasHeightForWidth())
        self.teamPart.setSizePolicy(sizePolicy2)
        self.teamLayout = QVBoxLayout(self.teamPart)
        self.teamLayout.setObjectName(u"teamLayout")
        self.teamLayout.setContentsMargins(0, 0, 0, 0)
        self.teamLabel = QLabel(self.teamPart)
        self.teamLabel.setObjectName(u"teamLabel")
        self.teamLabel.setStyleSheet(u"font-weight: bold;")

        self.teamLayout.addWidget(self.teamLabel)

        self.team = QTableView(self.teamPart)
        self.team.setObjectName(u"team")
        self.team.setMinimumSize(QSize(0, 150))
        self.team.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.team.setSelectionMode(QAbstractItemView.SingleSelection)
        self.team.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.team.horizontalHeader().setStretchLastSection(True)
        self.team.verticalHeader().setVisible(False)

        self.teamLayout.addWidget(self.team)

        self.teamChecklistSplitter.addWidget(self.teamPart)
        self.checklistPart = QWidget(self.teamChecklistSplitter)
        self.checklistPart.setObjectName(u"checklistPart")
        sizePolicy3 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy3.setHorizontalStretch(0)
        sizePolicy3.setVerticalStretch(3)
        sizePolicy3.setHeightForWidth(self.checklistPart.sizePolicy().hasHeightForWidth())
        self.checklistPart.setSizePolicy(sizePolicy3)
        self.checklistLayout = QVBoxLayout(self.checklistPart)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.checklistLayout.setContentsMargins(0, 0, 0, 0)
        self.checklistLabel = QLabel(self.checklistPart)
        self.checklistLabel.setObjectName(u"checklistLabel")
        self.checklistLabel.setStyleSheet(u"font-weight: bold;")

        self.checklistLayout.addWidget(self.checklistLabel)

        self.templateNote = QLabel(self.checklistPart)
        self.templateNote.setObjectName(u"templateNote")
        self.templateNote.setStyleSheet(u"font-style: italic; color: #7a4a00;")
        self.templateNote.setWordWrap(True)

        self.checklistLayout.addWidget(self.templateNote)

        self.readOnlyNote = QLabel(self.checklistPart)
        self.readOnlyNote.setObjectName(u"readOnlyNote")
        self.readOnlyNote.setStyleSheet(u"font-style: italic; color: #555555;")
        self.readOnlyNote.setWordWrap(True)

        self.checklistLayout.addWidget(self.readOnlyNote)

        self.checklist = QTableView(self.checklistPart)
        self.checklist.setObjectName(u"checklist")
        self.checklist.setContextMenuPolicy(Qt.CustomContextMenu)
        self.checklist.setEditTriggers(QAbstractItemView.AnyKeyPressed|QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.SelectedClicked)
        self.checklist.setWordWrap(True)
        self.checklist.verticalHeader().setVisible(False)

        self.checklistLayout.addWidget(self.checklist)

        self.teamChecklistSplitter.addWidget(self.checklistPart)

        self.teamAndCriteriaLayout.addWidget(self.teamChecklistSplitter)

        self.villageTabs.addTab(self.teamAndCriteria, "")

        self.layout.addWidget(self.villageTabs)


        self.retranslateUi(VillagePanel)

        QMetaObject.connectSlotsByName(VillagePanel)
    # setupUi

    def retranslateUi(self, VillagePanel):
        self.villageBusy.setText(QCoreApplication.translate("VillagePanel", u"Reading the village\u2026", None))
        self.villageHistory.setText(QCoreApplication.translate("VillagePanel", u"Change history\u2026", None))
        self.teamLabel.setText(QCoreApplication.translate("VillagePanel", u"Support team", None))
        self.villageTabs.setTabText(self.villageTabs.indexOf(self.teamAndCriteria), QCoreApplication.translate("VillagePanel", u"Team and criteria", None))
        pass
    # retranslateUi

