# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_village_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QVBoxLayout, QWidget)

class Ui_PlanVillageDialog(object):
    def setupUi(self, PlanVillageDialog):
        if not PlanVillageDialog.objectName():
            PlanVillageDialog.setObjectName(u"PlanVillageDialog")
        PlanVillageDialog.setMinimumSize(QSize(560, 0))
        self.layout = QVBoxLayout(PlanVillageDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(PlanVillageDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setVisible(False)
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.fields = QWidget(PlanVillageDialog)
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

        self.communeLabel = QLabel(self.fields)
        self.communeLabel.setObjectName(u"communeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.communeLabel)

        self.commune = QComboBox(self.fields)
        self.commune.setObjectName(u"commune")
        self.commune.setEditable(True)
        self.commune.setInsertPolicy(QComboBox.NoInsert)
        self.commune.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.commune.setMinimumContentsLength(40)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.commune)


        self.layout.addWidget(self.fields)

        self.problem = QLabel(PlanVillageDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setVisible(False)
        self.problem.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(PlanVillageDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.communeLabel.setBuddy(self.commune)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanVillageDialog)
        self.buttons.rejected.connect(PlanVillageDialog.reject)

        QMetaObject.connectSlotsByName(PlanVillageDialog)
    # setupUi

    def retranslateUi(self, PlanVillageDialog):
        PlanVillageDialog.setWindowTitle(QCoreApplication.translate("PlanVillageDialog", u"Village", None))
        self.nameLabel.setText(QCoreApplication.translate("PlanVillageDialog", u"Village name", None))
        self.communeLabel.setText(QCoreApplication.translate("PlanVillageDialog", u"Commune", None))
    # retranslateUi

