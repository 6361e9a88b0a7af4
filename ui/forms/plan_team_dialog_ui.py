# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_team_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_PlanTeamDialog(object):
    def setupUi(self, PlanTeamDialog):
        if not PlanTeamDialog.objectName():
            PlanTeamDialog.setObjectName(u"PlanTeamDialog")
        PlanTeamDialog.resize(1000, 440)
        self.layout = QVBoxLayout(PlanTeamDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(PlanTeamDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setVisible(False)
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.fields = QWidget(PlanTeamDialog)
        self.fields.setObjectName(u"fields")
        self.fieldsLayout = QVBoxLayout(self.fields)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setContentsMargins(0, 0, 0, 0)
        self.members = QTableView(self.fields)
        self.members.setObjectName(u"members")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.members.sizePolicy().hasHeightForWidth())
        self.members.setSizePolicy(sizePolicy)
        self.members.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.AnyKeyPressed)
        self.members.setSelectionMode(QAbstractItemView.SingleSelection)
        self.members.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.members.horizontalHeader().setStretchLastSection(True)
        self.members.verticalHeader().setVisible(True)

        self.fieldsLayout.addWidget(self.members)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addMemberButton = QPushButton(self.fields)
        self.addMemberButton.setObjectName(u"addMemberButton")

        self.buttonRow.addWidget(self.addMemberButton)

        self.removeMemberButton = QPushButton(self.fields)
        self.removeMemberButton.setObjectName(u"removeMemberButton")
        self.removeMemberButton.setEnabled(False)

        self.buttonRow.addWidget(self.removeMemberButton)

        self.buttonSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpace)


        self.fieldsLayout.addLayout(self.buttonRow)


        self.layout.addWidget(self.fields)

        self.problem = QLabel(PlanTeamDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setVisible(False)
        self.problem.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(PlanTeamDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(PlanTeamDialog)
        self.buttons.rejected.connect(PlanTeamDialog.reject)

        QMetaObject.connectSlotsByName(PlanTeamDialog)
    # setupUi

    def retranslateUi(self, PlanTeamDialog):
        PlanTeamDialog.setWindowTitle(QCoreApplication.translate("PlanTeamDialog", u"Support team", None))
        self.addMemberButton.setText(QCoreApplication.translate("PlanTeamDialog", u"Add member", None))
        self.removeMemberButton.setText(QCoreApplication.translate("PlanTeamDialog", u"Remove member", None))
    # retranslateUi

