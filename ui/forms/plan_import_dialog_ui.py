# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel, QPlainTextEdit,
    QTableView, QVBoxLayout)

class Ui_ImportPlanDialog(object):
    def setupUi(self, ImportPlanDialog):
        if not ImportPlanDialog.objectName():
            ImportPlanDialog.setObjectName(u"ImportPlanDialog")
        ImportPlanDialog.resize(760, 600)
        self.layout = QVBoxLayout(ImportPlanDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(ImportPlanDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.layout.addWidget(self.heading)

        self.sheetsTable = QTableView(ImportPlanDialog)
        self.sheetsTable.setObjectName(u"sheetsTable")
        self.sheetsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.sheetsTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.sheetsTable)

        self.namesLabel = QLabel(ImportPlanDialog)
        self.namesLabel.setObjectName(u"namesLabel")
        self.namesLabel.setVisible(False)

        self.layout.addWidget(self.namesLabel)

        self.namesTable = QTableView(ImportPlanDialog)
        self.namesTable.setObjectName(u"namesTable")
        self.namesTable.setVisible(False)
        self.namesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.namesTable.setAlternatingRowColors(True)
        self.namesTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.namesTable)

        self.checkLabel = QLabel(ImportPlanDialog)
        self.checkLabel.setObjectName(u"checkLabel")
        self.checkLabel.setVisible(False)

        self.layout.addWidget(self.checkLabel)

        self.details = QPlainTextEdit(ImportPlanDialog)
        self.details.setObjectName(u"details")
        self.details.setReadOnly(True)

        self.layout.addWidget(self.details)

        self.buttons = QDialogButtonBox(ImportPlanDialog)
        self.buttons.setObjectName(u"buttons")

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(3, 1)

        self.retranslateUi(ImportPlanDialog)
        self.buttons.accepted.connect(ImportPlanDialog.accept)
        self.buttons.rejected.connect(ImportPlanDialog.reject)

        QMetaObject.connectSlotsByName(ImportPlanDialog)
    # setupUi

    def retranslateUi(self, ImportPlanDialog):
        ImportPlanDialog.setWindowTitle(QCoreApplication.translate("ImportPlanDialog", u"Import plan", None))
        self.namesLabel.setText(QCoreApplication.translate("ImportPlanDialog", u"Villages, communes and agencies created, joining or leaving the plan:", None))
        self.checkLabel.setText(QCoreApplication.translate("ImportPlanDialog", u"Please check:", None))
    # retranslateUi

