# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel,
    QVBoxLayout)

class Ui_ReviewYearsDialog(object):
    def setupUi(self, ReviewYearsDialog):
        if not ReviewYearsDialog.objectName():
            ReviewYearsDialog.setObjectName(u"ReviewYearsDialog")
        ReviewYearsDialog.resize(520, 150)
        self.layout = QVBoxLayout(ReviewYearsDialog)
        self.layout.setObjectName(u"layout")
        self.reviewIntro = QLabel(ReviewYearsDialog)
        self.reviewIntro.setObjectName(u"reviewIntro")
        self.reviewIntro.setWordWrap(True)

        self.layout.addWidget(self.reviewIntro)

        self.years = QFormLayout()
        self.years.setObjectName(u"years")
        self.firstLabel = QLabel(ReviewYearsDialog)
        self.firstLabel.setObjectName(u"firstLabel")

        self.years.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstLabel)

        self.reviewFirstYear = QComboBox(ReviewYearsDialog)
        self.reviewFirstYear.setObjectName(u"reviewFirstYear")

        self.years.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reviewFirstYear)

        self.lastLabel = QLabel(ReviewYearsDialog)
        self.lastLabel.setObjectName(u"lastLabel")

        self.years.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lastLabel)

        self.reviewLastYear = QComboBox(ReviewYearsDialog)
        self.reviewLastYear.setObjectName(u"reviewLastYear")

        self.years.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reviewLastYear)


        self.layout.addLayout(self.years)

        self.buttons = QDialogButtonBox(ReviewYearsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.firstLabel.setBuddy(self.reviewFirstYear)
        self.lastLabel.setBuddy(self.reviewLastYear)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewYearsDialog)
        self.buttons.accepted.connect(ReviewYearsDialog.accept)
        self.buttons.rejected.connect(ReviewYearsDialog.reject)

        QMetaObject.connectSlotsByName(ReviewYearsDialog)
    # setupUi

    def retranslateUi(self, ReviewYearsDialog):
        ReviewYearsDialog.setWindowTitle(QCoreApplication.translate("ReviewYearsDialog", u"Draft review report", None))
        self.reviewIntro.setText(QCoreApplication.translate("ReviewYearsDialog", u"A one-year review compares with the year before; a longer one compares its last year with its first.", None))
        self.firstLabel.setText(QCoreApplication.translate("ReviewYearsDialog", u"From year:", None))
        self.lastLabel.setText(QCoreApplication.translate("ReviewYearsDialog", u"To year:", None))
    # retranslateUi

