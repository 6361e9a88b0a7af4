# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_round_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel,
    QVBoxLayout)

class Ui_ReviewRoundDialog(object):
    def setupUi(self, ReviewRoundDialog):
        if not ReviewRoundDialog.objectName():
            ReviewRoundDialog.setObjectName(u"ReviewRoundDialog")
        ReviewRoundDialog.resize(560, 220)
        self.layout = QVBoxLayout(ReviewRoundDialog)
        self.layout.setObjectName(u"layout")
        self.roundIntro = QLabel(ReviewRoundDialog)
        self.roundIntro.setObjectName(u"roundIntro")
        self.roundIntro.setWordWrap(True)

        self.layout.addWidget(self.roundIntro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.yearLabel = QLabel(ReviewRoundDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.roundYear = QComboBox(ReviewRoundDialog)
        self.roundYear.setObjectName(u"roundYear")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roundYear)

        self.kindLabel = QLabel(ReviewRoundDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.roundKind = QComboBox(ReviewRoundDialog)
        self.roundKind.setObjectName(u"roundKind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roundKind)

        self.deadlineLabel = QLabel(ReviewRoundDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)


        self.layout.addLayout(self.form)

        self.roundRefusal = QLabel(ReviewRoundDialog)
        self.roundRefusal.setObjectName(u"roundRefusal")
        self.roundRefusal.setVisible(False)
        self.roundRefusal.setStyleSheet(u"color: #9c1c1c;")
        self.roundRefusal.setWordWrap(True)

        self.layout.addWidget(self.roundRefusal)

        self.buttons = QDialogButtonBox(ReviewRoundDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.roundYear)
        self.kindLabel.setBuddy(self.roundKind)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewRoundDialog)
        self.buttons.rejected.connect(ReviewRoundDialog.reject)

        QMetaObject.connectSlotsByName(ReviewRoundDialog)
    # setupUi

    def retranslateUi(self, ReviewRoundDialog):
        ReviewRoundDialog.setWindowTitle(QCoreApplication.translate("ReviewRoundDialog", u"Open a review round", None))
        self.roundIntro.setText(QCoreApplication.translate("ReviewRoundDialog", u"Each support team reviews its village against the criteria by the deadline and sends it for approval; a review sent after the deadline counts as late. Approving a village in the yearly round locks its figures of the year.", None))
        self.yearLabel.setText(QCoreApplication.translate("ReviewRoundDialog", u"Year:", None))
        self.kindLabel.setText(QCoreApplication.translate("ReviewRoundDialog", u"Round:", None))
        self.deadlineLabel.setText(QCoreApplication.translate("ReviewRoundDialog", u"Deadline:", None))
    # retranslateUi

