# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'account_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QVBoxLayout, QWidget)

class Ui_AccountDialog(object):
    def setupUi(self, AccountDialog):
        if not AccountDialog.objectName():
            AccountDialog.setObjectName(u"AccountDialog")
        AccountDialog.setMinimumSize(QSize(640, 0))
        self.layout = QVBoxLayout(AccountDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(AccountDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setVisible(False)
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.fields = QWidget(AccountDialog)
        self.fields.setObjectName(u"fields")
        self.form = QFormLayout(self.fields)
        self.form.setObjectName(u"form")
        self.form.setContentsMargins(0, 0, 0, 0)
        self.usernameLabel = QLabel(self.fields)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(self.fields)
        self.username.setObjectName(u"username")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.fullNameLabel = QLabel(self.fields)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullName = QLineEdit(self.fields)
        self.fullName.setObjectName(u"fullName")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fullName)

        self.roleLabel = QLabel(self.fields)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QComboBox(self.fields)
        self.role.setObjectName(u"role")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role)

        self.leadLabel = QLabel(self.fields)
        self.leadLabel.setObjectName(u"leadLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.leadLabel)

        self.lead = QComboBox(self.fields)
        self.lead.setObjectName(u"lead")
        self.lead.setEditable(True)
        self.lead.setInsertPolicy(QComboBox.NoInsert)
        self.lead.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.lead.setMinimumContentsLength(48)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lead)

        self.active = QCheckBox(self.fields)
        self.active.setObjectName(u"active")
        self.active.setChecked(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.active)

        self.passwordLabel = QLabel(self.fields)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(self.fields)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.password)

        self.repeatLabel = QLabel(self.fields)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeat = QLineEdit(self.fields)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.Password)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.repeat)


        self.layout.addWidget(self.fields)

        self.problem = QLabel(AccountDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setVisible(False)
        self.problem.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(AccountDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.fullNameLabel.setBuddy(self.fullName)
        self.roleLabel.setBuddy(self.role)
        self.leadLabel.setBuddy(self.lead)
        self.passwordLabel.setBuddy(self.password)
        self.repeatLabel.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AccountDialog)
        self.buttons.rejected.connect(AccountDialog.reject)

        QMetaObject.connectSlotsByName(AccountDialog)
    # setupUi

    def retranslateUi(self, AccountDialog):
        self.usernameLabel.setText(QCoreApplication.translate("AccountDialog", u"User name", None))
        self.fullNameLabel.setText(QCoreApplication.translate("AccountDialog", u"Full name", None))
        self.roleLabel.setText(QCoreApplication.translate("AccountDialog", u"Role", None))
        self.leadLabel.setText(QCoreApplication.translate("AccountDialog", u"Team lead in the plan", None))
        self.active.setText(QCoreApplication.translate("AccountDialog", u"Active (may sign in)", None))
        self.passwordLabel.setText(QCoreApplication.translate("AccountDialog", u"Password", None))
        self.repeatLabel.setText(QCoreApplication.translate("AccountDialog", u"Password again", None))
        pass
    # retranslateUi

