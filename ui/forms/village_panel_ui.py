# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'village_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_VillagePanel(object):
    def setupUi(self, VillagePanel):
        if not VillagePanel.objectName():
            VillagePanel.setObjectName(u"VillagePanel")
        VillagePanel.resize(980, 640)
        self.layout = QVBoxLayout(VillagePanel)
        self.layout.setSpacing(4)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(6, 4, 6, 0)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.villageTitle = QLabel(VillagePanel)
        self.villageTitle.setObjectName(u"villageTitle")
        self.villageTitle.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.titleRow.addWidget(self.villageTitle)

        self.villagePlace = QLabel(VillagePanel)
        self.villagePlace.setObjectName(u"villagePlace")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.villagePlace.sizePolicy().hasHeightForWidth())
        self.villagePlace.setSizePolicy(sizePolicy)
        self.villagePlace.setStyleSheet(u"color: #444444;")

        self.titleRow.addWidget(self.villagePlace)

        self.villageBusy = QLabel(VillagePanel)
        self.villageBusy.setObjectName(u"villageBusy")
        self.villageBusy.setVisible(False)
        self.villageBusy.setStyleSheet(u"font-style: italic; color: #555555;")

        self.titleRow.addWidget(self.villageBusy)

        self.villageHistory = QPushButton(VillagePanel)
        self.villageHistory.setObjectName(u"villageHistory")
        self.villageHistory.setStyleSheet(u"height: 18px; padding: 1px 8px;")

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
        self.criteriaPage = QWidget()
        self.criteriaPage.setObjectName(u"criteriaPage")
        self.checklistLayout = QVBoxLayout(self.criteriaPage)
        self.checklistLayout.setSpacing(2)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.checklistLayout.setContentsMargins(0, 0, 0, 0)
        self.checklistHeading = QHBoxLayout()
        self.checklistHeading.setObjectName(u"checklistHeading")
        self.checklistLabel = QLabel(self.criteriaPage)
        self.checklistLabel.setObjectName(u"checklistLabel")
        self.checklistLabel.setStyleSheet(u"font-weight: bold;")

        self.checklistHeading.addWidget(self.checklistLabel)

        self.templateNote = QLabel(self.criteriaPage)
        self.templateNote.setObjectName(u"templateNote")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.templateNote.sizePolicy().hasHeightForWidth())
        self.templateNote.setSizePolicy(sizePolicy2)
        self.templateNote.setStyleSheet(u"font-style: italic; color: #7a4a00;")
        self.templateNote.setWordWrap(True)

        self.checklistHeading.addWidget(self.templateNote)


        self.checklistLayout.addLayout(self.checklistHeading)

        self.readOnlyNote = QLabel(self.criteriaPage)
        self.readOnlyNote.setObjectName(u"readOnlyNote")
        self.readOnlyNote.setStyleSheet(u"font-style: italic; color: #555555;")
        self.readOnlyNote.setWordWrap(True)

        self.checklistLayout.addWidget(self.readOnlyNote)

        self.checklist = QTableView(self.criteriaPage)
        self.checklist.setObjectName(u"checklist")
        self.checklist.setContextMenuPolicy(Qt.CustomContextMenu)
        self.checklist.setEditTriggers(QAbstractItemView.AnyKeyPressed|QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.SelectedClicked)
        self.checklist.setWordWrap(True)
        self.checklist.verticalHeader().setVisible(False)

        self.checklistLayout.addWidget(self.checklist)

        self.villageTabs.addTab(self.criteriaPage, "")
        self.teamPage = QWidget()
        self.teamPage.setObjectName(u"teamPage")
        self.teamLayout = QVBoxLayout(self.teamPage)
        self.teamLayout.setObjectName(u"teamLayout")
        self.teamLayout.setContentsMargins(0, 0, 0, 0)
        self.team = QTableView(self.teamPage)
        self.team.setObjectName(u"team")
        self.team.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.team.setSelectionMode(QAbstractItemView.SingleSelection)
        self.team.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.team.horizontalHeader().setStretchLastSection(True)
        self.team.verticalHeader().setVisible(False)

        self.teamLayout.addWidget(self.team)

        self.villageTabs.addTab(self.teamPage, "")

        self.layout.addWidget(self.villageTabs)


        self.retranslateUi(VillagePanel)

        QMetaObject.connectSlotsByName(VillagePanel)
    # setupUi

    def retranslateUi(self, VillagePanel):
        self.villageBusy.setText(QCoreApplication.translate("VillagePanel", u"Reading the village\u2026", None))
        self.villageHistory.setText(QCoreApplication.translate("VillagePanel", u"Change history\u2026", None))
        self.villageTabs.setTabText(self.villageTabs.indexOf(self.criteriaPage), QCoreApplication.translate("VillagePanel", u"Criteria", None))
        self.villageTabs.setTabText(self.villageTabs.indexOf(self.teamPage), QCoreApplication.translate("VillagePanel", u"Support team", None))
        pass
    # retranslateUi

