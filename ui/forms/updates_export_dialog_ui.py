# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'updates_export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel,
    QVBoxLayout)

class Ui_UpdatesExportDialog(object):
    def setupUi(self, UpdatesExportDialog):
        if not UpdatesExportDialog.objectName():
            UpdatesExportDialog.setObjectName(u"UpdatesExportDialog")
        self.layout = QVBoxLayout(UpdatesExportDialog)
        self.layout.setObjectName(u"layout")
        self.explanation = QLabel(UpdatesExportDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.agencyLabel = QLabel(UpdatesExportDialog)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agencyLabel)

        self.agencyCombo = QComboBox(UpdatesExportDialog)
        self.agencyCombo.setObjectName(u"agencyCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agencyCombo)

        self.yearLabel = QLabel(UpdatesExportDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearCombo = QComboBox(UpdatesExportDialog)
        self.yearCombo.setObjectName(u"yearCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yearCombo)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(UpdatesExportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.agencyLabel.setBuddy(self.agencyCombo)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UpdatesExportDialog)
        self.buttons.accepted.connect(UpdatesExportDialog.accept)
        self.buttons.rejected.connect(UpdatesExportDialog.reject)

        QMetaObject.connectSlotsByName(UpdatesExportDialog)
    # setupUi

    def retranslateUi(self, UpdatesExportDialog):
        UpdatesExportDialog.setWindowTitle(QCoreApplication.translate("UpdatesExportDialog", u"Update workbooks for support teams", None))
        self.explanation.setText(QCoreApplication.translate("UpdatesExportDialog", u"Each workbook has a sheet per village the agency helps, with the year's checklist. Team leads fill in the status, evidence and note and send it back; import it with File \u2192 Import support team updates.", None))
        self.agencyLabel.setText(QCoreApplication.translate("UpdatesExportDialog", u"Agency:", None))
        self.yearLabel.setText(QCoreApplication.translate("UpdatesExportDialog", u"Year:", None))
    # retranslateUi

