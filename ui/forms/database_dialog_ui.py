# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'database_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QButtonGroup, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_DatabaseDialog(object):
    def setupUi(self, DatabaseDialog):
        if not DatabaseDialog.objectName():
            DatabaseDialog.setObjectName(u"DatabaseDialog")
        DatabaseDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(DatabaseDialog)
        self.layout.setObjectName(u"layout")
        self.local = QRadioButton(DatabaseDialog)
        self.kindGroup = QButtonGroup(DatabaseDialog)
        self.kindGroup.setObjectName(u"kindGroup")
        self.kindGroup.addButton(self.local)
        self.local.setObjectName(u"local")

        self.layout.addWidget(self.local)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileRow.setContentsMargins(24, -1, -1, -1)
        self.file = QLineEdit(DatabaseDialog)
        self.file.setObjectName(u"file")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.file.sizePolicy().hasHeightForWidth())
        self.file.setSizePolicy(sizePolicy)

        self.fileRow.addWidget(self.file)

        self.browseButton = QPushButton(DatabaseDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.layout.addLayout(self.fileRow)

        self.shared = QRadioButton(DatabaseDialog)
        self.kindGroup.addButton(self.shared)
        self.shared.setObjectName(u"shared")

        self.layout.addWidget(self.shared)

        self.serverBox = QWidget(DatabaseDialog)
        self.serverBox.setObjectName(u"serverBox")
        self.serverForm = QFormLayout(self.serverBox)
        self.serverForm.setObjectName(u"serverForm")
        self.serverForm.setContentsMargins(24, 0, 0, 0)
        self.hostLabel = QLabel(self.serverBox)
        self.hostLabel.setObjectName(u"hostLabel")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.host = QLineEdit(self.serverBox)
        self.host.setObjectName(u"host")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.host)

        self.portLabel = QLabel(self.serverBox)
        self.portLabel.setObjectName(u"portLabel")

        self.serverForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.port = QSpinBox(self.serverBox)
        self.port.setObjectName(u"port")
        self.port.setProperty(u"showGroupSeparator", False)
        self.port.setMinimum(1)
        self.port.setMaximum(65535)
        self.port.setValue(5432)

        self.serverForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.port)

        self.nameLabel = QLabel(self.serverBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.serverForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.serverBox)
        self.name.setObjectName(u"name")

        self.serverForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name)

        self.userLabel = QLabel(self.serverBox)
        self.userLabel.setObjectName(u"userLabel")

        self.serverForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.user = QLineEdit(self.serverBox)
        self.user.setObjectName(u"user")

        self.serverForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.user)

        self.passwordLabel = QLabel(self.serverBox)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.serverForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(self.serverBox)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)

        self.serverForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password)


        self.layout.addWidget(self.serverBox)

        self.testButton = QPushButton(DatabaseDialog)
        self.testButton.setObjectName(u"testButton")

        self.layout.addWidget(self.testButton)

        self.outcome = QLabel(DatabaseDialog)
        self.outcome.setObjectName(u"outcome")
        self.outcome.setWordWrap(True)

        self.layout.addWidget(self.outcome)

        self.note = QLabel(DatabaseDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.layout.addWidget(self.note)

        self.buttons = QDialogButtonBox(DatabaseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.hostLabel.setBuddy(self.host)
        self.portLabel.setBuddy(self.port)
        self.nameLabel.setBuddy(self.name)
        self.userLabel.setBuddy(self.user)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.local, self.file)
        QWidget.setTabOrder(self.file, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.shared)
        QWidget.setTabOrder(self.shared, self.host)
        QWidget.setTabOrder(self.host, self.port)
        QWidget.setTabOrder(self.port, self.name)
        QWidget.setTabOrder(self.name, self.user)
        QWidget.setTabOrder(self.user, self.password)
        QWidget.setTabOrder(self.password, self.testButton)

        self.retranslateUi(DatabaseDialog)
        self.buttons.rejected.connect(DatabaseDialog.reject)

        QMetaObject.connectSlotsByName(DatabaseDialog)
    # setupUi

    def retranslateUi(self, DatabaseDialog):
        DatabaseDialog.setWindowTitle(QCoreApplication.translate("DatabaseDialog", u"Database", None))
        self.local.setText(QCoreApplication.translate("DatabaseDialog", u"On this PC (SQLite file)", None))
        self.browseButton.setText(QCoreApplication.translate("DatabaseDialog", u"Choose\u2026", None))
        self.shared.setText(QCoreApplication.translate("DatabaseDialog", u"On the office's shared server (PostgreSQL)", None))
        self.hostLabel.setText(QCoreApplication.translate("DatabaseDialog", u"Server", None))
        self.portLabel.setText(QCoreApplication.translate("DatabaseDialog", u"Port", None))
        self.nameLabel.setText(QCoreApplication.translate("DatabaseDialog", u"Database name", None))
        self.userLabel.setText(QCoreApplication.translate("DatabaseDialog", u"Your user name", None))
        self.passwordLabel.setText(QCoreApplication.translate("DatabaseDialog", u"Password", None))
        self.password.setPlaceholderText(QCoreApplication.translate("DatabaseDialog", u"only to check the connection: never kept", None))
        self.testButton.setText(QCoreApplication.translate("DatabaseDialog", u"Test the connection", None))
        self.note.setText(QCoreApplication.translate("DatabaseDialog", u"L\u00e0ng M\u1edbi opens again on the chosen database. This PC keeps only the server, port and database name: with a shared server everyone signs in with their own account at each start.", None))
    # retranslateUi

