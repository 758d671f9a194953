# Generated from forms/installation_result_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'installation_result_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_InstallationResultDialog(object):
    def setupUi(self, InstallationResultDialog):
        if not InstallationResultDialog.objectName():
            InstallationResultDialog.setObjectName(u"InstallationResultDialog")
        InstallationResultDialog.resize(940, 640)
        self.main_layout = QVBoxLayout(InstallationResultDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.ticket_label = QLabel(InstallationResultDialog)
        self.ticket_label.setObjectName(u"ticket_label")
        self.ticket_label.setWordWrap(True)
        self.ticket_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.ticket_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.arrived_label = QLabel(InstallationResultDialog)
        self.arrived_label.setObjectName(u"arrived_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.arrived_label)

        self.arrived_edit = QDateTimeEdit(InstallationResultDialog)
        self.arrived_edit.setObjectName(u"arrived_edit")
        self.arrived_edit.setCalendarPopup(True)
        self.arrived_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.arrived_edit)

        self.early_reason_label = QLabel(InstallationResultDialog)
        self.early_reason_label.setObjectName(u"early_reason_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.early_reason_label)

        self.early_reason_edit = QLineEdit(InstallationResultDialog)
        self.early_reason_edit.setObjectName(u"early_reason_edit")
        self.early_reason_edit.setMaxLength(500)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.early_reason_edit)

        self.departed_label = QLabel(InstallationResultDialog)
        self.departed_label.setObjectName(u"departed_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.departed_label)

        self.departed_edit = QDateTimeEdit(InstallationResultDialog)
        self.departed_edit.setObjectName(u"departed_edit")
        self.departed_edit.setCalendarPopup(True)
        self.departed_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.departed_edit)

        self.result_label = QLabel(InstallationResultDialog)
        self.result_label.setObjectName(u"result_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.result_label)

        self.result_combo = QComboBox(InstallationResultDialog)
        self.result_combo.setObjectName(u"result_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.result_combo)

        self.installed_on_label = QLabel(InstallationResultDialog)
        self.installed_on_label.setObjectName(u"installed_on_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.installed_on_label)

        self.installed_on_edit = QDateEdit(InstallationResultDialog)
        self.installed_on_edit.setObjectName(u"installed_on_edit")
        self.installed_on_edit.setCalendarPopup(True)
        self.installed_on_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.installed_on_edit)


        self.left_layout.addLayout(self.form_layout)

        self.checks_group = QGroupBox(InstallationResultDialog)
        self.checks_group.setObjectName(u"checks_group")
        self.checks_layout = QVBoxLayout(self.checks_group)
        self.checks_layout.setObjectName(u"checks_layout")
        self.packaging_intact_check = QCheckBox(self.checks_group)
        self.packaging_intact_check.setObjectName(u"packaging_intact_check")

        self.checks_layout.addWidget(self.packaging_intact_check)

        self.parts_complete_check = QCheckBox(self.checks_group)
        self.parts_complete_check.setObjectName(u"parts_complete_check")

        self.checks_layout.addWidget(self.parts_complete_check)

        self.serial_matches_check = QCheckBox(self.checks_group)
        self.serial_matches_check.setObjectName(u"serial_matches_check")

        self.checks_layout.addWidget(self.serial_matches_check)

        self.drilling_agreed_check = QCheckBox(self.checks_group)
        self.drilling_agreed_check.setObjectName(u"drilling_agreed_check")

        self.checks_layout.addWidget(self.drilling_agreed_check)

        self.test_run_ok_check = QCheckBox(self.checks_group)
        self.test_run_ok_check.setObjectName(u"test_run_ok_check")

        self.checks_layout.addWidget(self.test_run_ok_check)

        self.site_cleaned_check = QCheckBox(self.checks_group)
        self.site_cleaned_check.setObjectName(u"site_cleaned_check")

        self.checks_layout.addWidget(self.site_cleaned_check)


        self.left_layout.addWidget(self.checks_group)

        self.appearance_group = QGroupBox(InstallationResultDialog)
        self.appearance_group.setObjectName(u"appearance_group")
        self.appearance_layout = QVBoxLayout(self.appearance_group)
        self.appearance_layout.setObjectName(u"appearance_layout")
        self.appearance_defect_check = QCheckBox(self.appearance_group)
        self.appearance_defect_check.setObjectName(u"appearance_defect_check")

        self.appearance_layout.addWidget(self.appearance_defect_check)

        self.appearance_note_edit = QLineEdit(self.appearance_group)
        self.appearance_note_edit.setObjectName(u"appearance_note_edit")
        self.appearance_note_edit.setMaxLength(1000)

        self.appearance_layout.addWidget(self.appearance_note_edit)


        self.left_layout.addWidget(self.appearance_group)


        self.columns_layout.addLayout(self.left_layout)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.use_explained_check = QCheckBox(InstallationResultDialog)
        self.use_explained_check.setObjectName(u"use_explained_check")

        self.right_layout.addWidget(self.use_explained_check)

        self.work_note_label = QLabel(InstallationResultDialog)
        self.work_note_label.setObjectName(u"work_note_label")

        self.right_layout.addWidget(self.work_note_label)

        self.work_note_edit = QPlainTextEdit(InstallationResultDialog)
        self.work_note_edit.setObjectName(u"work_note_edit")
        self.work_note_edit.setMaximumSize(QSize(16777215, 70))

        self.right_layout.addWidget(self.work_note_edit)

        self.comment_label = QLabel(InstallationResultDialog)
        self.comment_label.setObjectName(u"comment_label")

        self.right_layout.addWidget(self.comment_label)

        self.comment_edit = QLineEdit(InstallationResultDialog)
        self.comment_edit.setObjectName(u"comment_edit")
        self.comment_edit.setMaxLength(1000)

        self.right_layout.addWidget(self.comment_edit)

        self.signature_group = QGroupBox(InstallationResultDialog)
        self.signature_group.setObjectName(u"signature_group")
        self.signature_layout = QVBoxLayout(self.signature_group)
        self.signature_layout.setObjectName(u"signature_layout")
        self.scan_layout = QHBoxLayout()
        self.scan_layout.setObjectName(u"scan_layout")
        self.attach_scan_button = QPushButton(self.signature_group)
        self.attach_scan_button.setObjectName(u"attach_scan_button")

        self.scan_layout.addWidget(self.attach_scan_button)

        self.scan_label = QLabel(self.signature_group)
        self.scan_label.setObjectName(u"scan_label")

        self.scan_layout.addWidget(self.scan_label)


        self.signature_layout.addLayout(self.scan_layout)


        self.right_layout.addWidget(self.signature_group)


        self.columns_layout.addLayout(self.right_layout)


        self.main_layout.addLayout(self.columns_layout)

        self.message_label = QLabel(InstallationResultDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(InstallationResultDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.arrived_label.setBuddy(self.arrived_edit)
        self.early_reason_label.setBuddy(self.early_reason_edit)
        self.departed_label.setBuddy(self.departed_edit)
        self.result_label.setBuddy(self.result_combo)
        self.installed_on_label.setBuddy(self.installed_on_edit)
        self.work_note_label.setBuddy(self.work_note_edit)
        self.comment_label.setBuddy(self.comment_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InstallationResultDialog)
    # setupUi

    def retranslateUi(self, InstallationResultDialog):
        InstallationResultDialog.setWindowTitle(QCoreApplication.translate("InstallationResultDialog", u"Installation acceptance", None))
        self.arrived_label.setText(QCoreApplication.translate("InstallationResultDialog", u"&Arrived", None))
        self.early_reason_label.setText(QCoreApplication.translate("InstallationResultDialog", u"Reason for arriving early", None))
        self.early_reason_edit.setPlaceholderText(QCoreApplication.translate("InstallationResultDialog", u"Why the engineer came before the agreed time", None))
        self.departed_label.setText(QCoreApplication.translate("InstallationResultDialog", u"&Left", None))
        self.result_label.setText(QCoreApplication.translate("InstallationResultDialog", u"&Result", None))
        self.installed_on_label.setText(QCoreApplication.translate("InstallationResultDialog", u"&Installation date", None))
#if QT_CONFIG(tooltip)
        self.installed_on_edit.setToolTip(QCoreApplication.translate("InstallationResultDialog", u"The unit's warranty period starts on this day", None))
#endif // QT_CONFIG(tooltip)
        self.checks_group.setTitle(QCoreApplication.translate("InstallationResultDialog", u"Unpacking check and installation", None))
        self.packaging_intact_check.setText(QCoreApplication.translate("InstallationResultDialog", u"Packaging intact", None))
        self.parts_complete_check.setText(QCoreApplication.translate("InstallationResultDialog", u"All parts present (as on the packing list)", None))
        self.serial_matches_check.setText(QCoreApplication.translate("InstallationResultDialog", u"Model and serial match the warranty card", None))
        self.drilling_agreed_check.setText(QCoreApplication.translate("InstallationResultDialog", u"Customer agreed to the layout and any drilling first", None))
        self.test_run_ok_check.setText(QCoreApplication.translate("InstallationResultDialog", u"Test run normal", None))
        self.site_cleaned_check.setText(QCoreApplication.translate("InstallationResultDialog", u"Site cleaned, rubbish taken away", None))
        self.appearance_group.setTitle(QCoreApplication.translate("InstallationResultDialog", u"Appearance (as the customer saw it)", None))
        self.appearance_defect_check.setText(QCoreApplication.translate("InstallationResultDialog", u"Appearance defect seen at unpacking", None))
        self.appearance_note_edit.setPlaceholderText(QCoreApplication.translate("InstallationResultDialog", u"Where and what: e.g. scratch on the tank casing", None))
        self.use_explained_check.setText(QCoreApplication.translate("InstallationResultDialog", u"Use and care explained until the customer understood", None))
        self.work_note_label.setText(QCoreApplication.translate("InstallationResultDialog", u"&Notes (why not installed, what was done)", None))
        self.comment_label.setText(QCoreApplication.translate("InstallationResultDialog", u"Customer's &comment", None))
        self.signature_group.setTitle(QCoreApplication.translate("InstallationResultDialog", u"Customer's acceptance signature", None))
        self.attach_scan_button.setText(QCoreApplication.translate("InstallationResultDialog", u"Attach scanned &signature...", None))
    # retranslateUi
