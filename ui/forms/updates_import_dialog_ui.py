# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'updates_import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_UpdatesImportDialog(object):
    def setupUi(self, UpdatesImportDialog):
        if not UpdatesImportDialog.objectName():
            UpdatesImportDialog.setObjectName(u"UpdatesImportDialog")
        UpdatesImportDialog.resize(1100, 560)
        self.layout = QVBoxLayout(UpdatesImportDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(UpdatesImportDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.layout.addWidget(self.heading)

        self.tabs = QTabWidget(UpdatesImportDialog)
        self.tabs.setObjectName(u"tabs")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.tabs.sizePolicy().hasHeightForWidth())
        self.tabs.setSizePolicy(sizePolicy)
        self.changePage = QWidget()
        self.changePage.setObjectName(u"changePage")
        self.changeLayout = QVBoxLayout(self.changePage)
        self.changeLayout.setObjectName(u"changeLayout")
        self.changeLayout.setContentsMargins(0, 0, 0, 0)
        self.updates_change = QTableView(self.changePage)
        self.updates_change.setObjectName(u"updates_change")
        self.updates_change.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.updates_change.setSelectionMode(QAbstractItemView.SingleSelection)
        self.updates_change.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.updates_change.setVerticalScrollMode(QAbstractItemView.ScrollPerItem)
        self.updates_change.setWordWrap(True)
        self.updates_change.horizontalHeader().setStretchLastSection(True)
        self.updates_change.verticalHeader().setVisible(False)

        self.changeLayout.addWidget(self.updates_change)

        self.tabs.addTab(self.changePage, "")
        self.conflictPage = QWidget()
        self.conflictPage.setObjectName(u"conflictPage")
        self.conflictLayout = QVBoxLayout(self.conflictPage)
        self.conflictLayout.setObjectName(u"conflictLayout")
        self.conflictLayout.setContentsMargins(0, 0, 0, 0)
        self.updates_conflict = QTableView(self.conflictPage)
        self.updates_conflict.setObjectName(u"updates_conflict")
        self.updates_conflict.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.updates_conflict.setSelectionMode(QAbstractItemView.SingleSelection)
        self.updates_conflict.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.updates_conflict.setVerticalScrollMode(QAbstractItemView.ScrollPerItem)
        self.updates_conflict.setWordWrap(True)
        self.updates_conflict.horizontalHeader().setStretchLastSection(True)
        self.updates_conflict.verticalHeader().setVisible(False)

        self.conflictLayout.addWidget(self.updates_conflict)

        self.tabs.addTab(self.conflictPage, "")
        self.refusedPage = QWidget()
        self.refusedPage.setObjectName(u"refusedPage")
        self.refusedLayout = QVBoxLayout(self.refusedPage)
        self.refusedLayout.setObjectName(u"refusedLayout")
        self.refusedLayout.setContentsMargins(0, 0, 0, 0)
        self.updates_refused = QTableView(self.refusedPage)
        self.updates_refused.setObjectName(u"updates_refused")
        self.updates_refused.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.updates_refused.setSelectionMode(QAbstractItemView.SingleSelection)
        self.updates_refused.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.updates_refused.setVerticalScrollMode(QAbstractItemView.ScrollPerItem)
        self.updates_refused.setWordWrap(True)
        self.updates_refused.horizontalHeader().setStretchLastSection(True)
        self.updates_refused.verticalHeader().setVisible(False)

        self.refusedLayout.addWidget(self.updates_refused)

        self.tabs.addTab(self.refusedPage, "")

        self.layout.addWidget(self.tabs)

        self.refusal = QPlainTextEdit(UpdatesImportDialog)
        self.refusal.setObjectName(u"refusal")
        self.refusal.setVisible(False)
        self.refusal.setReadOnly(True)

        self.layout.addWidget(self.refusal)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.tickAllButton = QPushButton(UpdatesImportDialog)
        self.tickAllButton.setObjectName(u"tickAllButton")

        self.buttonRow.addWidget(self.tickAllButton)

        self.untickAllButton = QPushButton(UpdatesImportDialog)
        self.untickAllButton.setObjectName(u"untickAllButton")

        self.buttonRow.addWidget(self.untickAllButton)

        self.buttons = QDialogButtonBox(UpdatesImportDialog)
        self.buttons.setObjectName(u"buttons")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.buttons.sizePolicy().hasHeightForWidth())
        self.buttons.setSizePolicy(sizePolicy1)

        self.buttonRow.addWidget(self.buttons)


        self.layout.addLayout(self.buttonRow)


        self.retranslateUi(UpdatesImportDialog)
        self.buttons.accepted.connect(UpdatesImportDialog.accept)
        self.buttons.rejected.connect(UpdatesImportDialog.reject)

        QMetaObject.connectSlotsByName(UpdatesImportDialog)
    # setupUi

    def retranslateUi(self, UpdatesImportDialog):
        UpdatesImportDialog.setWindowTitle(QCoreApplication.translate("UpdatesImportDialog", u"Import support team updates", None))
        self.tabs.setTabText(self.tabs.indexOf(self.changePage), QCoreApplication.translate("UpdatesImportDialog", u"Changes (%1)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.conflictPage), QCoreApplication.translate("UpdatesImportDialog", u"Conflicts (%1)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.refusedPage), QCoreApplication.translate("UpdatesImportDialog", u"Refused (%1)", None))
        self.tickAllButton.setText(QCoreApplication.translate("UpdatesImportDialog", u"Tick all on this tab", None))
        self.untickAllButton.setText(QCoreApplication.translate("UpdatesImportDialog", u"Untick all on this tab", None))
    # retranslateUi

