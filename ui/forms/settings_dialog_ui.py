# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.setMinimumSize(QSize(640, 0))
        self.layout = QVBoxLayout(SettingsDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(SettingsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.fields = QWidget(SettingsDialog)
        self.fields.setObjectName(u"fields")
        self.fieldsLayout = QVBoxLayout(self.fields)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setContentsMargins(0, 0, 0, 0)
        self.headingGroup = QGroupBox(self.fields)
        self.headingGroup.setObjectName(u"headingGroup")
        self.headingForm = QFormLayout(self.headingGroup)
        self.headingForm.setObjectName(u"headingForm")
        self.issuingBodyLabel = QLabel(self.headingGroup)
        self.issuingBodyLabel.setObjectName(u"issuingBodyLabel")

        self.headingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.issuingBodyLabel)

        self.issuingBody = QLineEdit(self.headingGroup)
        self.issuingBody.setObjectName(u"issuingBody")
        self.issuingBody.setMaxLength(200)

        self.headingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.issuingBody)

        self.superiorBodyLabel = QLabel(self.headingGroup)
        self.superiorBodyLabel.setObjectName(u"superiorBodyLabel")

        self.headingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.superiorBodyLabel)

        self.superiorBody = QLineEdit(self.headingGroup)
        self.superiorBody.setObjectName(u"superiorBody")
        self.superiorBody.setMaxLength(200)

        self.headingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.superiorBody)

        self.placeLabel = QLabel(self.headingGroup)
        self.placeLabel.setObjectName(u"placeLabel")

        self.headingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.place = QLineEdit(self.headingGroup)
        self.place.setObjectName(u"place")
        self.place.setMaxLength(100)

        self.headingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.place)

        self.typefaceLabel = QLabel(self.headingGroup)
        self.typefaceLabel.setObjectName(u"typefaceLabel")

        self.headingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.typefaceLabel)

        self.typeface = QComboBox(self.headingGroup)
        self.typeface.setObjectName(u"typeface")

        self.headingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.typeface)


        self.fieldsLayout.addWidget(self.headingGroup)

        self.signersGroup = QGroupBox(self.fields)
        self.signersGroup.setObjectName(u"signersGroup")
        self.signersForm = QFormLayout(self.signersGroup)
        self.signersForm.setObjectName(u"signersForm")
        self.signerCapacityLabel = QLabel(self.signersGroup)
        self.signerCapacityLabel.setObjectName(u"signerCapacityLabel")

        self.signersForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signerCapacityLabel)

        self.signerCapacity = QLineEdit(self.signersGroup)
        self.signerCapacity.setObjectName(u"signerCapacity")
        self.signerCapacity.setMaxLength(200)

        self.signersForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signerCapacity)

        self.signerTitleLabel = QLabel(self.signersGroup)
        self.signerTitleLabel.setObjectName(u"signerTitleLabel")

        self.signersForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signerTitleLabel)

        self.signerTitle = QLineEdit(self.signersGroup)
        self.signerTitle.setObjectName(u"signerTitle")
        self.signerTitle.setMaxLength(200)

        self.signersForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signerTitle)

        self.signerNameLabel = QLabel(self.signersGroup)
        self.signerNameLabel.setObjectName(u"signerNameLabel")

        self.signersForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signerNameLabel)

        self.signerName = QLineEdit(self.signersGroup)
        self.signerName.setObjectName(u"signerName")
        self.signerName.setMaxLength(200)

        self.signersForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signerName)

        self.preparerTitleLabel = QLabel(self.signersGroup)
        self.preparerTitleLabel.setObjectName(u"preparerTitleLabel")

        self.signersForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.preparerTitleLabel)

        self.preparerTitle = QLineEdit(self.signersGroup)
        self.preparerTitle.setObjectName(u"preparerTitle")
        self.preparerTitle.setMaxLength(200)

        self.signersForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.preparerTitle)

        self.preparerNameLabel = QLabel(self.signersGroup)
        self.preparerNameLabel.setObjectName(u"preparerNameLabel")

        self.signersForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.preparerNameLabel)

        self.preparerName = QLineEdit(self.signersGroup)
        self.preparerName.setObjectName(u"preparerName")
        self.preparerName.setMaxLength(200)

        self.signersForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.preparerName)


        self.fieldsLayout.addWidget(self.signersGroup)


        self.layout.addWidget(self.fields)

        self.folderGroup = QGroupBox(SettingsDialog)
        self.folderGroup.setObjectName(u"folderGroup")
        self.folderForm = QFormLayout(self.folderGroup)
        self.folderForm.setObjectName(u"folderForm")
        self.folderLabel = QLabel(self.folderGroup)
        self.folderLabel.setObjectName(u"folderLabel")

        self.folderForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folder = QLineEdit(self.folderGroup)
        self.folder.setObjectName(u"folder")

        self.folderRow.addWidget(self.folder)

        self.browseButton = QPushButton(self.folderGroup)
        self.browseButton.setObjectName(u"browseButton")

        self.folderRow.addWidget(self.browseButton)


        self.folderForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.folderRow)


        self.layout.addWidget(self.folderGroup)

        self.problem = QLabel(SettingsDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setVisible(False)
        self.problem.setStyleSheet(u"color: #b00020;")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(SettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.issuingBodyLabel.setBuddy(self.issuingBody)
        self.superiorBodyLabel.setBuddy(self.superiorBody)
        self.placeLabel.setBuddy(self.place)
        self.typefaceLabel.setBuddy(self.typeface)
        self.signerCapacityLabel.setBuddy(self.signerCapacity)
        self.signerTitleLabel.setBuddy(self.signerTitle)
        self.signerNameLabel.setBuddy(self.signerName)
        self.preparerTitleLabel.setBuddy(self.preparerTitle)
        self.preparerNameLabel.setBuddy(self.preparerName)
        self.folderLabel.setBuddy(self.folder)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)
        self.buttons.rejected.connect(SettingsDialog.reject)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.headingGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Heading of the documents (for the whole office)", None))
        self.issuingBodyLabel.setText(QCoreApplication.translate("SettingsDialog", u"Issuing body", None))
        self.superiorBodyLabel.setText(QCoreApplication.translate("SettingsDialog", u"Its superior body", None))
        self.placeLabel.setText(QCoreApplication.translate("SettingsDialog", u"Place in the date line", None))
        self.typefaceLabel.setText(QCoreApplication.translate("SettingsDialog", u"Typeface", None))
        self.signersGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Signature blocks", None))
        self.signerCapacityLabel.setText(QCoreApplication.translate("SettingsDialog", u"Signing on behalf of", None))
        self.signerTitleLabel.setText(QCoreApplication.translate("SettingsDialog", u"Signer's title", None))
        self.signerNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Signer's name", None))
        self.preparerTitleLabel.setText(QCoreApplication.translate("SettingsDialog", u"Preparer's title", None))
        self.preparerNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Preparer's name", None))
        self.folderGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"This PC", None))
        self.folderLabel.setText(QCoreApplication.translate("SettingsDialog", u"Default folder for saved files", None))
        self.browseButton.setText(QCoreApplication.translate("SettingsDialog", u"Choose\u2026", None))
    # retranslateUi

