# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_assignments_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel,
    QListView, QVBoxLayout, QWidget)

class Ui_PlanAssignmentsDialog(object):
    def setupUi(self, PlanAssignmentsDialog):
        if not PlanAssignmentsDialog.objectName():
            PlanAssignmentsDialog.setObjectName(u"PlanAssignmentsDialog")
        PlanAssignmentsDialog.setMinimumSize(QSize(640, 0))
        self.layout = QVBoxLayout(PlanAssignmentsDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(PlanAssignmentsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setVisible(False)
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.fields = QWidget(PlanAssignmentsDialog)
        self.fields.setObjectName(u"fields")
        self.form = QFormLayout(self.fields)
        self.form.setObjectName(u"form")
        self.form.setContentsMargins(0, 0, 0, 0)
        self.leadLabel = QLabel(self.fields)
        self.leadLabel.setObjectName(u"leadLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.leadLabel)

        self.lead = QComboBox(self.fields)
        self.lead.setObjectName(u"lead")
        self.lead.setEditable(True)
        self.lead.setInsertPolicy(QComboBox.NoInsert)
        self.lead.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.lead.setMinimumContentsLength(48)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lead)

        self.coLabel = QLabel(self.fields)
        self.coLabel.setObjectName(u"coLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.coLabel)

        self.coAgencies = QListView(self.fields)
        self.coAgencies.setObjectName(u"coAgencies")
        self.coAgencies.setUniformItemSizes(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.coAgencies)


        self.layout.addWidget(self.fields)

        self.problem = QLabel(PlanAssignmentsDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setVisible(False)
        self.problem.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(PlanAssignmentsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.leadLabel.setBuddy(self.lead)
        self.coLabel.setBuddy(self.coAgencies)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanAssignmentsDialog)
        self.buttons.rejected.connect(PlanAssignmentsDialog.reject)

        QMetaObject.connectSlotsByName(PlanAssignmentsDialog)
    # setupUi

    def retranslateUi(self, PlanAssignmentsDialog):
        PlanAssignmentsDialog.setWindowTitle(QCoreApplication.translate("PlanAssignmentsDialog", u"Assigned agencies", None))
        self.leadLabel.setText(QCoreApplication.translate("PlanAssignmentsDialog", u"Lead agency", None))
        self.coLabel.setText(QCoreApplication.translate("PlanAssignmentsDialog", u"Co-supporting agencies (tick them)", None))
    # retranslateUi

