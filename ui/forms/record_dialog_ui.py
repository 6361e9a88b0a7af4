# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout)

class Ui_RecordDialog(object):
    def setupUi(self, RecordDialog):
        if not RecordDialog.objectName():
            RecordDialog.setObjectName(u"RecordDialog")
        RecordDialog.resize(520, 320)
        RecordDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(RecordDialog)
        self.layout.setObjectName(u"layout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")

        self.layout.addLayout(self.fields)

        self.requiredNote = QLabel(RecordDialog)
        self.requiredNote.setObjectName(u"requiredNote")

        self.layout.addWidget(self.requiredNote)

        self.problem = QLabel(RecordDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setVisible(False)
        self.problem.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.savingNote = QLabel(RecordDialog)
        self.savingNote.setObjectName(u"savingNote")
        self.savingNote.setVisible(False)
        self.savingNote.setStyleSheet(u"font-style: italic;")

        self.layout.addWidget(self.savingNote)

        self.buttons = QDialogButtonBox(RecordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(RecordDialog)
        self.buttons.rejected.connect(RecordDialog.reject)

        QMetaObject.connectSlotsByName(RecordDialog)
    # setupUi

    def retranslateUi(self, RecordDialog):
        self.requiredNote.setText(QCoreApplication.translate("RecordDialog", u"* required", None))
        self.savingNote.setText(QCoreApplication.translate("RecordDialog", u"Saving\u2026", None))
        pass
    # retranslateUi

