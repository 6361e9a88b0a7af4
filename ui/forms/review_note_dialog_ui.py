# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_note_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout)

class Ui_ReviewNoteDialog(object):
    def setupUi(self, ReviewNoteDialog):
        if not ReviewNoteDialog.objectName():
            ReviewNoteDialog.setObjectName(u"ReviewNoteDialog")
        ReviewNoteDialog.resize(520, 260)
        self.layout = QVBoxLayout(ReviewNoteDialog)
        self.layout.setObjectName(u"layout")
        self.noteIntro = QLabel(ReviewNoteDialog)
        self.noteIntro.setObjectName(u"noteIntro")
        self.noteIntro.setWordWrap(True)
        self.noteIntro.setTextFormat(Qt.PlainText)

        self.layout.addWidget(self.noteIntro)

        self.noteLabel = QLabel(ReviewNoteDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.layout.addWidget(self.noteLabel)

        self.noteText = QPlainTextEdit(ReviewNoteDialog)
        self.noteText.setObjectName(u"noteText")
        self.noteText.setTabChangesFocus(True)

        self.layout.addWidget(self.noteText)

        self.noteRefusal = QLabel(ReviewNoteDialog)
        self.noteRefusal.setObjectName(u"noteRefusal")
        self.noteRefusal.setVisible(False)
        self.noteRefusal.setStyleSheet(u"color: #9c1c1c;")
        self.noteRefusal.setWordWrap(True)

        self.layout.addWidget(self.noteRefusal)

        self.buttons = QDialogButtonBox(ReviewNoteDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteText)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewNoteDialog)
        self.buttons.rejected.connect(ReviewNoteDialog.reject)

        QMetaObject.connectSlotsByName(ReviewNoteDialog)
    # setupUi

    def retranslateUi(self, ReviewNoteDialog):
        pass
    # retranslateUi

