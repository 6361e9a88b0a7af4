# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reviews_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel,
    QSizePolicy, QTableView, QVBoxLayout)

class Ui_ReviewsPage(object):
    def setupUi(self, ReviewsPage):
        if not ReviewsPage.objectName():
            ReviewsPage.setObjectName(u"ReviewsPage")
        ReviewsPage.resize(960, 620)
        self.layout = QVBoxLayout(ReviewsPage)
        self.layout.setSpacing(4)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(6, 4, 6, 4)
        self.headingRow = QHBoxLayout()
        self.headingRow.setObjectName(u"headingRow")
        self.reviewsHeading = QLabel(ReviewsPage)
        self.reviewsHeading.setObjectName(u"reviewsHeading")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.reviewsHeading.sizePolicy().hasHeightForWidth())
        self.reviewsHeading.setSizePolicy(sizePolicy)
        self.reviewsHeading.setStyleSheet(u"font-weight: bold;")
        self.reviewsHeading.setTextFormat(Qt.PlainText)

        self.headingRow.addWidget(self.reviewsHeading)

        self.filterLabel = QLabel(ReviewsPage)
        self.filterLabel.setObjectName(u"filterLabel")

        self.headingRow.addWidget(self.filterLabel)

        self.reviewsFilter = QComboBox(ReviewsPage)
        self.reviewsFilter.setObjectName(u"reviewsFilter")

        self.headingRow.addWidget(self.reviewsFilter)


        self.layout.addLayout(self.headingRow)

        self.reviewsRound = QLabel(ReviewsPage)
        self.reviewsRound.setObjectName(u"reviewsRound")
        self.reviewsRound.setWordWrap(True)
        self.reviewsRound.setTextFormat(Qt.PlainText)
        self.reviewsRound.setStyleSheet(u"color: #444444;")

        self.layout.addWidget(self.reviewsRound)

        self.reviewsTable = QTableView(ReviewsPage)
        self.reviewsTable.setObjectName(u"reviewsTable")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.reviewsTable.sizePolicy().hasHeightForWidth())
        self.reviewsTable.setSizePolicy(sizePolicy1)
        self.reviewsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.reviewsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.reviewsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.reviewsTable.setSortingEnabled(True)
        self.reviewsTable.horizontalHeader().setStretchLastSection(True)
        self.reviewsTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.reviewsTable)

        self.reviewsComment = QLabel(ReviewsPage)
        self.reviewsComment.setObjectName(u"reviewsComment")
        self.reviewsComment.setWordWrap(True)
        self.reviewsComment.setTextFormat(Qt.PlainText)
        self.reviewsComment.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.reviewsComment)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.reviewsFilter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewsPage)

        QMetaObject.connectSlotsByName(ReviewsPage)
    # setupUi

    def retranslateUi(self, ReviewsPage):
        self.filterLabel.setText(QCoreApplication.translate("ReviewsPage", u"Show:", None))
        pass
    # retranslateUi

