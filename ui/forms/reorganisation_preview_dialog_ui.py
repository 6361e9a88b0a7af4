# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reorganisation_preview_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel, QPlainTextEdit,
    QTableView, QVBoxLayout)

class Ui_ReorganisationPreviewDialog(object):
    def setupUi(self, ReorganisationPreviewDialog):
        if not ReorganisationPreviewDialog.objectName():
            ReorganisationPreviewDialog.setObjectName(u"ReorganisationPreviewDialog")
        ReorganisationPreviewDialog.resize(960, 620)
        self.layout = QVBoxLayout(ReorganisationPreviewDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(ReorganisationPreviewDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.layout.addWidget(self.heading)

        self.unitsLabel = QLabel(ReorganisationPreviewDialog)
        self.unitsLabel.setObjectName(u"unitsLabel")

        self.layout.addWidget(self.unitsLabel)

        self.unitsTable = QTableView(ReorganisationPreviewDialog)
        self.unitsTable.setObjectName(u"unitsTable")
        self.unitsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.unitsTable.setAlternatingRowColors(True)
        self.unitsTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.unitsTable)

        self.villagesLabel = QLabel(ReorganisationPreviewDialog)
        self.villagesLabel.setObjectName(u"villagesLabel")

        self.layout.addWidget(self.villagesLabel)

        self.villagesTable = QTableView(ReorganisationPreviewDialog)
        self.villagesTable.setObjectName(u"villagesTable")
        self.villagesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.villagesTable.setAlternatingRowColors(True)
        self.villagesTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.villagesTable)

        self.details = QPlainTextEdit(ReorganisationPreviewDialog)
        self.details.setObjectName(u"details")
        self.details.setReadOnly(True)
        self.details.setMaximumSize(QSize(16777215, 120))

        self.layout.addWidget(self.details)

        self.buttons = QDialogButtonBox(ReorganisationPreviewDialog)
        self.buttons.setObjectName(u"buttons")

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(2, 1)
        self.layout.setStretch(4, 1)

        self.retranslateUi(ReorganisationPreviewDialog)

        QMetaObject.connectSlotsByName(ReorganisationPreviewDialog)
    # setupUi

    def retranslateUi(self, ReorganisationPreviewDialog):
        ReorganisationPreviewDialog.setWindowTitle(QCoreApplication.translate("ReorganisationPreviewDialog", u"Import a reorganisation", None))
        self.unitsLabel.setText(QCoreApplication.translate("ReorganisationPreviewDialog", u"What merges into what:", None))
        self.villagesLabel.setText(QCoreApplication.translate("ReorganisationPreviewDialog", u"What each village becomes:", None))
    # retranslateUi

