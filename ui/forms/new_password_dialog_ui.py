# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_password_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QVBoxLayout, QWidget)

class Ui_NewPasswordDialog(object):
    def setupUi(self, NewPasswordDialog):
        if not NewPasswordDialog.objectName():
            NewPasswordDialog.setObjectName(u"NewPasswordDialog")
        NewPasswordDialog.setMinimumSize(QSize(480, 0))
        self.layout = QVBoxLayout(NewPasswordDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(NewPasswordDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.fields = QWidget(NewPasswordDialog)
        self.fields.setObjectName(u"fields")
        self.form = QFormLayout(self.fields)
        self.form.setObjectName(u"form")
        self.form.setContentsMargins(0, 0, 0, 0)
        self.passwordLabel = QLabel(self.fields)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(self.fields)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.password)

        self.repeatLabel = QLabel(self.fields)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeat = QLineEdit(self.fields)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeat)


        self.layout.addWidget(self.fields)

        self.problem = QLabel(NewPasswordDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setVisible(False)
        self.problem.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(NewPasswordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.password)
        self.repeatLabel.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.password, self.repeat)

        self.retranslateUi(NewPasswordDialog)
        self.buttons.rejected.connect(NewPasswordDialog.reject)

        QMetaObject.connectSlotsByName(NewPasswordDialog)
    # setupUi

    def retranslateUi(self, NewPasswordDialog):
        NewPasswordDialog.setWindowTitle(QCoreApplication.translate("NewPasswordDialog", u"Choose your own password", None))
        self.passwordLabel.setText(QCoreApplication.translate("NewPasswordDialog", u"New password", None))
        self.password.setPlaceholderText(QCoreApplication.translate("NewPasswordDialog", u"at least 8 characters", None))
        self.repeatLabel.setText(QCoreApplication.translate("NewPasswordDialog", u"Repeat it", None))
    # retranslateUi

