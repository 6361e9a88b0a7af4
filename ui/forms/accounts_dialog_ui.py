# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'accounts_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_AccountsDialog(object):
    def setupUi(self, AccountsDialog):
        if not AccountsDialog.objectName():
            AccountsDialog.setObjectName(u"AccountsDialog")
        AccountsDialog.resize(820, 420)
        self.layout = QVBoxLayout(AccountsDialog)
        self.layout.setObjectName(u"layout")
        self.note = QLabel(AccountsDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.layout.addWidget(self.note)

        self.accounts = QTableView(AccountsDialog)
        self.accounts.setObjectName(u"accounts")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.accounts.sizePolicy().hasHeightForWidth())
        self.accounts.setSizePolicy(sizePolicy)
        self.accounts.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.accounts.setSelectionMode(QAbstractItemView.SingleSelection)
        self.accounts.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.accounts.horizontalHeader().setStretchLastSection(True)
        self.accounts.verticalHeader().setVisible(False)

        self.layout.addWidget(self.accounts)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addButton = QPushButton(AccountsDialog)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setEnabled(False)

        self.buttonRow.addWidget(self.addButton)

        self.changeButton = QPushButton(AccountsDialog)
        self.changeButton.setObjectName(u"changeButton")
        self.changeButton.setEnabled(False)

        self.buttonRow.addWidget(self.changeButton)

        self.removeButton = QPushButton(AccountsDialog)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setEnabled(False)

        self.buttonRow.addWidget(self.removeButton)

        self.unlockButton = QPushButton(AccountsDialog)
        self.unlockButton.setObjectName(u"unlockButton")
        self.unlockButton.setEnabled(False)

        self.buttonRow.addWidget(self.unlockButton)

        self.busy = QLabel(AccountsDialog)
        self.busy.setObjectName(u"busy")
        self.busy.setVisible(False)
        self.busy.setStyleSheet(u"font-style: italic; color: #555555;")

        self.buttonRow.addWidget(self.busy)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(AccountsDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)


        self.retranslateUi(AccountsDialog)
        self.closeButton.clicked.connect(AccountsDialog.accept)

        QMetaObject.connectSlotsByName(AccountsDialog)
    # setupUi

    def retranslateUi(self, AccountsDialog):
        AccountsDialog.setWindowTitle(QCoreApplication.translate("AccountsDialog", u"User accounts", None))
        self.note.setText(QCoreApplication.translate("AccountsDialog", u"Once a database has accounts, everyone signs in. A team lead changes only the villages whose support team they lead in the plan; a viewer reads.", None))
        self.addButton.setText(QCoreApplication.translate("AccountsDialog", u"Add\u2026", None))
        self.changeButton.setText(QCoreApplication.translate("AccountsDialog", u"Change\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("AccountsDialog", u"Remove the chosen account; on the shared server its login role too. The history keeps what it did.", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("AccountsDialog", u"Remove\u2026", None))
#if QT_CONFIG(tooltip)
        self.unlockButton.setToolTip(QCoreApplication.translate("AccountsDialog", u"Let the chosen account try its password again now, without waiting after wrong passwords", None))
#endif // QT_CONFIG(tooltip)
        self.unlockButton.setText(QCoreApplication.translate("AccountsDialog", u"Unlock", None))
        self.busy.setText(QCoreApplication.translate("AccountsDialog", u"Reading the accounts\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("AccountsDialog", u"Close", None))
    # retranslateUi

