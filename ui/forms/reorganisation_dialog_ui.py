# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reorganisation_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_ReorganisationDialog(object):
    def setupUi(self, ReorganisationDialog):
        if not ReorganisationDialog.objectName():
            ReorganisationDialog.setObjectName(u"ReorganisationDialog")
        ReorganisationDialog.resize(1000, 640)
        self.layout = QVBoxLayout(ReorganisationDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(ReorganisationDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.layout.addWidget(self.heading)

        self.tabs = QTabWidget(ReorganisationDialog)
        self.tabs.setObjectName(u"tabs")
        self.decisionsTab = QWidget()
        self.decisionsTab.setObjectName(u"decisionsTab")
        self.decisionsLayout = QVBoxLayout(self.decisionsTab)
        self.decisionsLayout.setObjectName(u"decisionsLayout")
        self.decisionsTable = QTableView(self.decisionsTab)
        self.decisionsTable.setObjectName(u"decisionsTable")
        self.decisionsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.decisionsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.decisionsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.decisionsTable.verticalHeader().setVisible(False)

        self.decisionsLayout.addWidget(self.decisionsTable)

        self.changesLabel = QLabel(self.decisionsTab)
        self.changesLabel.setObjectName(u"changesLabel")

        self.decisionsLayout.addWidget(self.changesLabel)

        self.changesTable = QTableView(self.decisionsTab)
        self.changesTable.setObjectName(u"changesTable")
        self.changesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.changesTable.setAlternatingRowColors(True)
        self.changesTable.verticalHeader().setVisible(False)

        self.decisionsLayout.addWidget(self.changesTable)

        self.decisionsLayout.setStretch(0, 1)
        self.decisionsLayout.setStretch(2, 2)
        self.tabs.addTab(self.decisionsTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyFilter = QLineEdit(self.historyTab)
        self.historyFilter.setObjectName(u"historyFilter")
        self.historyFilter.setClearButtonEnabled(True)

        self.historyLayout.addWidget(self.historyFilter)

        self.historyTable = QTableView(self.historyTab)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.verticalHeader().setVisible(False)

        self.historyLayout.addWidget(self.historyTable)

        self.tabs.addTab(self.historyTab, "")

        self.layout.addWidget(self.tabs)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.importButton = QPushButton(ReorganisationDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonsLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(ReorganisationDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonsLayout.addWidget(self.exportButton)

        self.templateButton = QPushButton(ReorganisationDialog)
        self.templateButton.setObjectName(u"templateButton")

        self.buttonsLayout.addWidget(self.templateButton)

        self.buttons = QDialogButtonBox(ReorganisationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.buttonsLayout.addWidget(self.buttons)


        self.layout.addLayout(self.buttonsLayout)

        self.layout.setStretch(1, 1)

        self.retranslateUi(ReorganisationDialog)

        QMetaObject.connectSlotsByName(ReorganisationDialog)
    # setupUi

    def retranslateUi(self, ReorganisationDialog):
        ReorganisationDialog.setWindowTitle(QCoreApplication.translate("ReorganisationDialog", u"Administrative reorganisations", None))
        self.changesLabel.setText(QCoreApplication.translate("ReorganisationDialog", u"What each old unit became:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.decisionsTab), QCoreApplication.translate("ReorganisationDialog", u"Decisions", None))
        self.historyFilter.setPlaceholderText(QCoreApplication.translate("ReorganisationDialog", u"Find a village or a unit\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("ReorganisationDialog", u"Villages' history", None))
        self.importButton.setText(QCoreApplication.translate("ReorganisationDialog", u"Import from Excel\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("ReorganisationDialog", u"Export to Excel\u2026", None))
        self.templateButton.setText(QCoreApplication.translate("ReorganisationDialog", u"Save template\u2026", None))
    # retranslateUi

