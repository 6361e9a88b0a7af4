# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'guide_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel, QLineEdit,
    QListView, QSplitter, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_GuideDialog(object):
    def setupUi(self, GuideDialog):
        if not GuideDialog.objectName():
            GuideDialog.setObjectName(u"GuideDialog")
        GuideDialog.resize(1100, 680)
        self.layout = QVBoxLayout(GuideDialog)
        self.layout.setObjectName(u"layout")
        self.splitter = QSplitter(GuideDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.contentsPane = QWidget(self.splitter)
        self.contentsPane.setObjectName(u"contentsPane")
        self.contentsLayout = QVBoxLayout(self.contentsPane)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.contentsLayout.setContentsMargins(0, 0, 0, 0)
        self.searchEdit = QLineEdit(self.contentsPane)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.contentsLayout.addWidget(self.searchEdit)

        self.foundLabel = QLabel(self.contentsPane)
        self.foundLabel.setObjectName(u"foundLabel")
        self.foundLabel.setWordWrap(True)

        self.contentsLayout.addWidget(self.foundLabel)

        self.sectionsView = QListView(self.contentsPane)
        self.sectionsView.setObjectName(u"sectionsView")
        self.sectionsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.sectionsView.setUniformItemSizes(True)

        self.contentsLayout.addWidget(self.sectionsView)

        self.splitter.addWidget(self.contentsPane)
        self.guideBrowser = QTextBrowser(self.splitter)
        self.guideBrowser.setObjectName(u"guideBrowser")
        self.guideBrowser.setOpenLinks(False)
        self.splitter.addWidget(self.guideBrowser)

        self.layout.addWidget(self.splitter)

        self.buttons = QDialogButtonBox(GuideDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(GuideDialog)
        self.buttons.rejected.connect(GuideDialog.reject)

        QMetaObject.connectSlotsByName(GuideDialog)
    # setupUi

    def retranslateUi(self, GuideDialog):
        GuideDialog.setWindowTitle(QCoreApplication.translate("GuideDialog", u"User guide", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("GuideDialog", u"Find in the guide (diacritics optional)", None))
    # retranslateUi

