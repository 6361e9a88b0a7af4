# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_list_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout)

class Ui_PlanListDialog(object):
    def setupUi(self, PlanListDialog):
        if not PlanListDialog.objectName():
            PlanListDialog.setObjectName(u"PlanListDialog")
        PlanListDialog.resize(760, 460)
        self.layout = QVBoxLayout(PlanListDialog)
        self.layout.setObjectName(u"layout")
        self.note = QLabel(PlanListDialog)
        self.note.setObjectName(u"note")
        self.note.setVisible(False)
        self.note.setWordWrap(True)

        self.layout.addWidget(self.note)

        self.rows = QTableView(PlanListDialog)
        self.rows.setObjectName(u"rows")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.rows.sizePolicy().hasHeightForWidth())
        self.rows.setSizePolicy(sizePolicy)
        self.rows.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.rows.setSelectionMode(QAbstractItemView.SingleSelection)
        self.rows.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.rows.horizontalHeader().setStretchLastSection(True)
        self.rows.verticalHeader().setVisible(False)

        self.layout.addWidget(self.rows)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addButton = QPushButton(PlanListDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonRow.addWidget(self.addButton)

        self.changeButton = QPushButton(PlanListDialog)
        self.changeButton.setObjectName(u"changeButton")
        self.changeButton.setEnabled(False)

        self.buttonRow.addWidget(self.changeButton)

        self.moveButton = QPushButton(PlanListDialog)
        self.moveButton.setObjectName(u"moveButton")
        self.moveButton.setEnabled(False)

        self.buttonRow.addWidget(self.moveButton)

        self.removeButton = QPushButton(PlanListDialog)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setEnabled(False)

        self.buttonRow.addWidget(self.removeButton)

        self.buttonSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpace)


        self.layout.addLayout(self.buttonRow)

        self.problem = QLabel(PlanListDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setVisible(False)
        self.problem.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(PlanListDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(PlanListDialog)
        self.buttons.rejected.connect(PlanListDialog.reject)

        QMetaObject.connectSlotsByName(PlanListDialog)
    # setupUi

    def retranslateUi(self, PlanListDialog):
        PlanListDialog.setWindowTitle(QCoreApplication.translate("PlanListDialog", u"Plan", None))
        self.addButton.setText(QCoreApplication.translate("PlanListDialog", u"Add\u2026", None))
        self.changeButton.setText(QCoreApplication.translate("PlanListDialog", u"Rename\u2026", None))
        self.moveButton.setText(QCoreApplication.translate("PlanListDialog", u"Move\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("PlanListDialog", u"Remove\u2026", None))
    # retranslateUi

