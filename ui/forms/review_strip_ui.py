# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_strip.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy)

class Ui_ReviewStrip(object):
    def setupUi(self, ReviewStrip):
        if not ReviewStrip.objectName():
            ReviewStrip.setObjectName(u"ReviewStrip")
        self.layout = QHBoxLayout(ReviewStrip)
        self.layout.setSpacing(6)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.reviewState = QLabel(ReviewStrip)
        self.reviewState.setObjectName(u"reviewState")
        self.reviewState.setTextFormat(Qt.PlainText)

        self.layout.addWidget(self.reviewState)

        self.reviewDeadline = QLabel(ReviewStrip)
        self.reviewDeadline.setObjectName(u"reviewDeadline")
        self.reviewDeadline.setTextFormat(Qt.PlainText)
        self.reviewDeadline.setStyleSheet(u"color: #444444;")

        self.layout.addWidget(self.reviewDeadline)

        self.reviewComment = QLabel(ReviewStrip)
        self.reviewComment.setObjectName(u"reviewComment")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.reviewComment.sizePolicy().hasHeightForWidth())
        self.reviewComment.setSizePolicy(sizePolicy)
        self.reviewComment.setMinimumSize(QSize(60, 0))
        self.reviewComment.setStyleSheet(u"font-style: italic; color: #7a4a00;")
        self.reviewComment.setTextFormat(Qt.PlainText)

        self.layout.addWidget(self.reviewComment)

        self.threadButton = QPushButton(ReviewStrip)
        self.threadButton.setObjectName(u"threadButton")
        self.threadButton.setStyleSheet(u"height: 18px; padding: 1px 8px;")

        self.layout.addWidget(self.threadButton)

        self.submitButton = QPushButton(ReviewStrip)
        self.submitButton.setObjectName(u"submitButton")
        self.submitButton.setStyleSheet(u"height: 18px; padding: 1px 8px;")

        self.layout.addWidget(self.submitButton)

        self.receivedButton = QPushButton(ReviewStrip)
        self.receivedButton.setObjectName(u"receivedButton")
        self.receivedButton.setStyleSheet(u"height: 18px; padding: 1px 8px;")

        self.layout.addWidget(self.receivedButton)

        self.approveButton = QPushButton(ReviewStrip)
        self.approveButton.setObjectName(u"approveButton")
        self.approveButton.setStyleSheet(u"height: 18px; padding: 1px 8px;")

        self.layout.addWidget(self.approveButton)

        self.returnButton = QPushButton(ReviewStrip)
        self.returnButton.setObjectName(u"returnButton")
        self.returnButton.setStyleSheet(u"height: 18px; padding: 1px 8px;")

        self.layout.addWidget(self.returnButton)

        self.reopenButton = QPushButton(ReviewStrip)
        self.reopenButton.setObjectName(u"reopenButton")
        self.reopenButton.setStyleSheet(u"height: 18px; padding: 1px 8px;")

        self.layout.addWidget(self.reopenButton)


        self.retranslateUi(ReviewStrip)

        QMetaObject.connectSlotsByName(ReviewStrip)
    # setupUi

    def retranslateUi(self, ReviewStrip):
#if QT_CONFIG(tooltip)
        self.threadButton.setToolTip(QCoreApplication.translate("ReviewStrip", u"The round, the lock if any, and every comment of this village's review", None))
#endif // QT_CONFIG(tooltip)
        self.submitButton.setText(QCoreApplication.translate("ReviewStrip", u"Send for approval", None))
#if QT_CONFIG(tooltip)
        self.submitButton.setToolTip(QCoreApplication.translate("ReviewStrip", u"Send this village's review of the year to the secretariat", None))
#endif // QT_CONFIG(tooltip)
        self.receivedButton.setText(QCoreApplication.translate("ReviewStrip", u"Received from the team\u2026", None))
#if QT_CONFIG(tooltip)
        self.receivedButton.setToolTip(QCoreApplication.translate("ReviewStrip", u"Record that the support team sent its review (its workbook, a paper sheet)", None))
#endif // QT_CONFIG(tooltip)
        self.approveButton.setText(QCoreApplication.translate("ReviewStrip", u"Approve\u2026", None))
#if QT_CONFIG(tooltip)
        self.approveButton.setToolTip(QCoreApplication.translate("ReviewStrip", u"Approve the village's review: its figures of the year are then locked", None))
#endif // QT_CONFIG(tooltip)
        self.returnButton.setText(QCoreApplication.translate("ReviewStrip", u"Return\u2026", None))
#if QT_CONFIG(tooltip)
        self.returnButton.setToolTip(QCoreApplication.translate("ReviewStrip", u"Send the review back to the support team with a comment", None))
#endif // QT_CONFIG(tooltip)
        self.reopenButton.setText(QCoreApplication.translate("ReviewStrip", u"Reopen\u2026", None))
#if QT_CONFIG(tooltip)
        self.reopenButton.setToolTip(QCoreApplication.translate("ReviewStrip", u"Unlock the approved village-year, with the reason", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

