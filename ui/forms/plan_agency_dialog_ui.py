# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_agency_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QVBoxLayout, QWidget)

class Ui_PlanAgencyDialog(object):
    def setupUi(self, PlanAgencyDialog):
        if not PlanAgencyDialog.objectName():
            PlanAgencyDialog.setObjectName(u"PlanAgencyDialog")
        PlanAgencyDialog.setMinimumSize(QSize(620, 0))
        self.layout = QVBoxLayout(PlanAgencyDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(PlanAgencyDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setVisible(False)
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.fields = QWidget(PlanAgencyDialog)
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

        self.shortNameLabel = QLabel(self.fields)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortName = QLineEdit(self.fields)
        self.shortName.setObjectName(u"shortName")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shortName)

        self.kindLabel = QLabel(self.fields)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(self.fields)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind)

        self.addressLabel = QLabel(self.fields)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QLineEdit(self.fields)
        self.address.setObjectName(u"address")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.address)

        self.phoneLabel = QLabel(self.fields)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.fields)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone)


        self.layout.addWidget(self.fields)

        self.problem = QLabel(PlanAgencyDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setVisible(False)
        self.problem.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(PlanAgencyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.shortNameLabel.setBuddy(self.shortName)
        self.kindLabel.setBuddy(self.kind)
        self.addressLabel.setBuddy(self.address)
        self.phoneLabel.setBuddy(self.phone)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanAgencyDialog)
        self.buttons.rejected.connect(PlanAgencyDialog.reject)

        QMetaObject.connectSlotsByName(PlanAgencyDialog)
    # setupUi

    def retranslateUi(self, PlanAgencyDialog):
        PlanAgencyDialog.setWindowTitle(QCoreApplication.translate("PlanAgencyDialog", u"Agency", None))
        self.nameLabel.setText(QCoreApplication.translate("PlanAgencyDialog", u"Agency name", None))
        self.shortNameLabel.setText(QCoreApplication.translate("PlanAgencyDialog", u"Short name", None))
        self.kindLabel.setText(QCoreApplication.translate("PlanAgencyDialog", u"Kind", None))
        self.addressLabel.setText(QCoreApplication.translate("PlanAgencyDialog", u"Address", None))
        self.phoneLabel.setText(QCoreApplication.translate("PlanAgencyDialog", u"Phone", None))
    # retranslateUi

