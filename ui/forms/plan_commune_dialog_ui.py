# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_commune_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QVBoxLayout, QWidget)

class Ui_PlanCommuneDialog(object):
    def setupUi(self, PlanCommuneDialog):
        if not PlanCommuneDialog.objectName():
            PlanCommuneDialog.setObjectName(u"PlanCommuneDialog")
        PlanCommuneDialog.setMinimumSize(QSize(560, 0))
        self.layout = QVBoxLayout(PlanCommuneDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(PlanCommuneDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setVisible(False)
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.fields = QWidget(PlanCommuneDialog)
        self.fields.setObjectName(u"fields")
        self.form = QFormLayout(self.fields)
        self.form.setObjectName(u"form")
        self.form.setContentsMargins(0, 0, 0, 0)
        self.nameLabel = QLabel(self.fields)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.fields)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.districtLabel = QLabel(self.fields)
        self.districtLabel.setObjectName(u"districtLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.districtLabel)

        self.district = QComboBox(self.fields)
        self.district.setObjectName(u"district")
        self.district.setEditable(True)
        self.district.setInsertPolicy(QComboBox.NoInsert)
        self.district.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.district.setMinimumContentsLength(40)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.district)


        self.layout.addWidget(self.fields)

        self.problem = QLabel(PlanCommuneDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setVisible(False)
        self.problem.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(PlanCommuneDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.districtLabel.setBuddy(self.district)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanCommuneDialog)
        self.buttons.rejected.connect(PlanCommuneDialog.reject)

        QMetaObject.connectSlotsByName(PlanCommuneDialog)
    # setupUi

    def retranslateUi(self, PlanCommuneDialog):
        PlanCommuneDialog.setWindowTitle(QCoreApplication.translate("PlanCommuneDialog", u"Commune", None))
        self.nameLabel.setText(QCoreApplication.translate("PlanCommuneDialog", u"Commune name", None))
        self.districtLabel.setText(QCoreApplication.translate("PlanCommuneDialog", u"District", None))
    # retranslateUi

