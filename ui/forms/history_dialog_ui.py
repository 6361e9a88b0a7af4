# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit,
    QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout)

class Ui_HistoryDialog(object):
    def setupUi(self, HistoryDialog):
        if not HistoryDialog.objectName():
            HistoryDialog.setObjectName(u"HistoryDialog")
        HistoryDialog.resize(1280, 660)
        self.layout = QVBoxLayout(HistoryDialog)
        self.layout.setObjectName(u"layout")
        self.historyHeading = QLabel(HistoryDialog)
        self.historyHeading.setObjectName(u"historyHeading")
        self.historyHeading.setStyleSheet(u"font-weight: bold;")
        self.historyHeading.setWordWrap(True)

        self.layout.addWidget(self.historyHeading)

        self.historyUnits = QLabel(HistoryDialog)
        self.historyUnits.setObjectName(u"historyUnits")
        self.historyUnits.setVisible(False)
        self.historyUnits.setWordWrap(True)
        self.historyUnits.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.historyUnits)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.personLabel = QLabel(HistoryDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.filters.addWidget(self.personLabel)

        self.historyPerson = QComboBox(HistoryDialog)
        self.historyPerson.setObjectName(u"historyPerson")

        self.filters.addWidget(self.historyPerson)

        self.kindLabel = QLabel(HistoryDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filters.addWidget(self.kindLabel)

        self.historyKind = QComboBox(HistoryDialog)
        self.historyKind.setObjectName(u"historyKind")

        self.filters.addWidget(self.historyKind)

        self.sinceGap = QSpacerItem(8, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.sinceGap)

        self.historySince = QCheckBox(HistoryDialog)
        self.historySince.setObjectName(u"historySince")

        self.filters.addWidget(self.historySince)

        self.historySinceDay = QDateEdit(HistoryDialog)
        self.historySinceDay.setObjectName(u"historySinceDay")
        self.historySinceDay.setEnabled(False)
        self.historySinceDay.setDisplayFormat(u"dd/MM/yyyy")
        self.historySinceDay.setCalendarPopup(True)

        self.filters.addWidget(self.historySinceDay)

        self.untilGap = QSpacerItem(8, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.untilGap)

        self.historyUntil = QCheckBox(HistoryDialog)
        self.historyUntil.setObjectName(u"historyUntil")

        self.filters.addWidget(self.historyUntil)

        self.historyUntilDay = QDateEdit(HistoryDialog)
        self.historyUntilDay.setObjectName(u"historyUntilDay")
        self.historyUntilDay.setEnabled(False)
        self.historyUntilDay.setDisplayFormat(u"dd/MM/yyyy")
        self.historyUntilDay.setCalendarPopup(True)

        self.filters.addWidget(self.historyUntilDay)

        self.countGap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.countGap)

        self.historyCount = QLabel(HistoryDialog)
        self.historyCount.setObjectName(u"historyCount")
        self.historyCount.setMinimumSize(QSize(170, 0))
        self.historyCount.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.filters.addWidget(self.historyCount)

        self.filters.setStretch(1, 2)
        self.filters.setStretch(3, 2)
        self.filters.setStretch(10, 1)

        self.layout.addLayout(self.filters)

        self.history = QTableView(HistoryDialog)
        self.history.setObjectName(u"history")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.history.sizePolicy().hasHeightForWidth())
        self.history.setSizePolicy(sizePolicy)
        self.history.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.history.setSelectionMode(QAbstractItemView.SingleSelection)
        self.history.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.history.setTextElideMode(Qt.ElideRight)
        self.history.setSortingEnabled(True)
        self.history.setWordWrap(False)
        self.history.horizontalHeader().setMinimumSectionSize(60)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.verticalHeader().setVisible(False)

        self.layout.addWidget(self.history)

        self.historyDetails = QPlainTextEdit(HistoryDialog)
        self.historyDetails.setObjectName(u"historyDetails")
        self.historyDetails.setMaximumSize(QSize(16777215, 96))
        self.historyDetails.setReadOnly(True)

        self.layout.addWidget(self.historyDetails)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.historyStatus = QLabel(HistoryDialog)
        self.historyStatus.setObjectName(u"historyStatus")
        self.historyStatus.setWordWrap(True)

        self.bottom.addWidget(self.historyStatus)

        self.historyRestore = QPushButton(HistoryDialog)
        self.historyRestore.setObjectName(u"historyRestore")
        self.historyRestore.setEnabled(False)

        self.bottom.addWidget(self.historyRestore)

        self.historyExport = QPushButton(HistoryDialog)
        self.historyExport.setObjectName(u"historyExport")
        self.historyExport.setEnabled(False)

        self.bottom.addWidget(self.historyExport)

        self.buttons = QDialogButtonBox(HistoryDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.bottom.addWidget(self.buttons)

        self.bottom.setStretch(0, 1)

        self.layout.addLayout(self.bottom)


        self.retranslateUi(HistoryDialog)
        self.buttons.rejected.connect(HistoryDialog.reject)

        QMetaObject.connectSlotsByName(HistoryDialog)
    # setupUi

    def retranslateUi(self, HistoryDialog):
        self.personLabel.setText(QCoreApplication.translate("HistoryDialog", u"Changed by:", None))
        self.kindLabel.setText(QCoreApplication.translate("HistoryDialog", u"Kind:", None))
        self.historySince.setText(QCoreApplication.translate("HistoryDialog", u"From", None))
        self.historyUntil.setText(QCoreApplication.translate("HistoryDialog", u"To", None))
        self.historyDetails.setPlaceholderText(QCoreApplication.translate("HistoryDialog", u"Choose a change to read it whole.", None))
#if QT_CONFIG(tooltip)
        self.historyRestore.setToolTip(QCoreApplication.translate("HistoryDialog", u"Put back the old value of the change chosen: a new change, recorded in the history", None))
#endif // QT_CONFIG(tooltip)
        self.historyRestore.setText(QCoreApplication.translate("HistoryDialog", u"Restore this value", None))
        self.historyExport.setText(QCoreApplication.translate("HistoryDialog", u"Export to Excel\u2026", None))
        pass
    # retranslateUi

