# Generated from forms/settings_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

from desktop.views.widgets.scroll_body import VerticalScrollArea

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 520)
        self.main_layout = QVBoxLayout(SettingsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.settings_scroll = VerticalScrollArea(SettingsDialog)
        self.settings_scroll.setObjectName(u"settings_scroll")
        self.settings_body = QWidget()
        self.settings_body.setObjectName(u"settings_body")
        self.settings_body_layout = QVBoxLayout(self.settings_body)
        self.settings_body_layout.setObjectName(u"settings_body_layout")
        self.settings_body_layout.setContentsMargins(0, 0, 0, 0)
        self.branch_group = QGroupBox(self.settings_body)
        self.branch_group.setObjectName(u"branch_group")
        self.branch_layout = QFormLayout(self.branch_group)
        self.branch_layout.setObjectName(u"branch_layout")
        self.name_label = QLabel(self.branch_group)
        self.name_label.setObjectName(u"name_label")

        self.branch_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.branch_group)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(100)

        self.branch_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.address_label = QLabel(self.branch_group)
        self.address_label.setObjectName(u"address_label")

        self.branch_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QLineEdit(self.branch_group)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setMaxLength(200)

        self.branch_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.hotline_label = QLabel(self.branch_group)
        self.hotline_label.setObjectName(u"hotline_label")

        self.branch_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hotline_label)

        self.hotline_edit = QLineEdit(self.branch_group)
        self.hotline_edit.setObjectName(u"hotline_edit")
        self.hotline_edit.setMaxLength(40)

        self.branch_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.hotline_edit)

        self.logo_label = QLabel(self.branch_group)
        self.logo_label.setObjectName(u"logo_label")

        self.branch_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.logo_label)

        self.logo_button = QPushButton(self.branch_group)
        self.logo_button.setObjectName(u"logo_button")

        self.branch_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.logo_button)

        self.code_label = QLabel(self.branch_group)
        self.code_label.setObjectName(u"code_label")

        self.branch_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_edit = QLineEdit(self.branch_group)
        self.code_edit.setObjectName(u"code_edit")
        self.code_edit.setMaxLength(8)

        self.branch_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.code_edit)

        self.code_hint_label = QLabel(self.branch_group)
        self.code_hint_label.setObjectName(u"code_hint_label")
        self.code_hint_label.setWordWrap(True)

        self.branch_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.code_hint_label)

        self.region_label = QLabel(self.branch_group)
        self.region_label.setObjectName(u"region_label")

        self.branch_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.region_label)

        self.region_button = QPushButton(self.branch_group)
        self.region_button.setObjectName(u"region_button")

        self.branch_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.region_button)


        self.settings_body_layout.addWidget(self.branch_group)

        self.commitments_group = QGroupBox(self.settings_body)
        self.commitments_group.setObjectName(u"commitments_group")
        self.commitments_layout = QFormLayout(self.commitments_group)
        self.commitments_layout.setObjectName(u"commitments_layout")
        self.first_contact_label = QLabel(self.commitments_group)
        self.first_contact_label.setObjectName(u"first_contact_label")

        self.commitments_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.first_contact_label)

        self.first_contact_spin = QSpinBox(self.commitments_group)
        self.first_contact_spin.setObjectName(u"first_contact_spin")
        self.first_contact_spin.setMinimum(1)
        self.first_contact_spin.setMaximum(1440)

        self.commitments_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.first_contact_spin)

        self.report_back_label = QLabel(self.commitments_group)
        self.report_back_label.setObjectName(u"report_back_label")

        self.commitments_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.report_back_label)

        self.report_back_spin = QSpinBox(self.commitments_group)
        self.report_back_spin.setObjectName(u"report_back_spin")
        self.report_back_spin.setMinimum(1)
        self.report_back_spin.setMaximum(1440)

        self.commitments_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.report_back_spin)

        self.idle_lock_label = QLabel(self.commitments_group)
        self.idle_lock_label.setObjectName(u"idle_lock_label")

        self.commitments_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.idle_lock_label)

        self.idle_lock_spin = QSpinBox(self.commitments_group)
        self.idle_lock_spin.setObjectName(u"idle_lock_spin")
        self.idle_lock_spin.setMaximum(240)

        self.commitments_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.idle_lock_spin)

        self.backup_keep_label = QLabel(self.commitments_group)
        self.backup_keep_label.setObjectName(u"backup_keep_label")

        self.commitments_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.backup_keep_label)

        self.backup_keep_spin = QSpinBox(self.commitments_group)
        self.backup_keep_spin.setObjectName(u"backup_keep_spin")
        self.backup_keep_spin.setMinimum(1)
        self.backup_keep_spin.setMaximum(3650)

        self.commitments_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.backup_keep_spin)

        self.print_language_label = QLabel(self.commitments_group)
        self.print_language_label.setObjectName(u"print_language_label")

        self.commitments_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.print_language_label)

        self.print_language_combo = QComboBox(self.commitments_group)
        self.print_language_combo.setObjectName(u"print_language_combo")

        self.commitments_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.print_language_combo)

        self.mask_checkbox = QCheckBox(self.commitments_group)
        self.mask_checkbox.setObjectName(u"mask_checkbox")

        self.commitments_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.mask_checkbox)

        self.complaint_contact_label = QLabel(self.commitments_group)
        self.complaint_contact_label.setObjectName(u"complaint_contact_label")

        self.commitments_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.complaint_contact_label)

        self.complaint_contact_spin = QSpinBox(self.commitments_group)
        self.complaint_contact_spin.setObjectName(u"complaint_contact_spin")
        self.complaint_contact_spin.setMinimum(1)
        self.complaint_contact_spin.setMaximum(1440)

        self.commitments_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.complaint_contact_spin)

        self.complaint_answer_label = QLabel(self.commitments_group)
        self.complaint_answer_label.setObjectName(u"complaint_answer_label")

        self.commitments_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.complaint_answer_label)

        self.complaint_answer_spin = QSpinBox(self.commitments_group)
        self.complaint_answer_spin.setObjectName(u"complaint_answer_spin")
        self.complaint_answer_spin.setMinimum(1)
        self.complaint_answer_spin.setMaximum(720)

        self.commitments_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.complaint_answer_spin)

        self.consultation_reply_label = QLabel(self.commitments_group)
        self.consultation_reply_label.setObjectName(u"consultation_reply_label")

        self.commitments_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.consultation_reply_label)

        self.consultation_reply_spin = QSpinBox(self.commitments_group)
        self.consultation_reply_spin.setObjectName(u"consultation_reply_spin")
        self.consultation_reply_spin.setMinimum(5)
        self.consultation_reply_spin.setMaximum(10080)

        self.commitments_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.consultation_reply_spin)

        self.onsite_windows_label = QLabel(self.commitments_group)
        self.onsite_windows_label.setObjectName(u"onsite_windows_label")

        self.commitments_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.onsite_windows_label)

        self.onsite_windows_button = QPushButton(self.commitments_group)
        self.onsite_windows_button.setObjectName(u"onsite_windows_button")
        self.onsite_windows_button.setAutoDefault(False)

        self.commitments_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.onsite_windows_button)


        self.settings_body_layout.addWidget(self.commitments_group)

        self.database_group = QGroupBox(self.settings_body)
        self.database_group.setObjectName(u"database_group")
        self.database_layout = QFormLayout(self.database_group)
        self.database_layout.setObjectName(u"database_layout")
        self.database_label = QLabel(self.database_group)
        self.database_label.setObjectName(u"database_label")

        self.database_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.database_label)

        self.database_edit = QLineEdit(self.database_group)
        self.database_edit.setObjectName(u"database_edit")
        self.database_edit.setPlaceholderText(u"postgresql+psycopg://desk@server/servicedesk")

        self.database_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.database_edit)

        self.database_password_label = QLabel(self.database_group)
        self.database_password_label.setObjectName(u"database_password_label")

        self.database_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.database_password_label)

        self.database_password_edit = QLineEdit(self.database_group)
        self.database_password_edit.setObjectName(u"database_password_edit")
        self.database_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.database_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.database_password_edit)


        self.settings_body_layout.addWidget(self.database_group)

        self.settings_scroll.setWidget(self.settings_body)

        self.main_layout.addWidget(self.settings_scroll)

        self.message_label = QLabel(SettingsDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(SettingsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.complaint_contact_label.setBuddy(self.complaint_contact_spin)
        self.complaint_answer_label.setBuddy(self.complaint_answer_spin)
        self.consultation_reply_label.setBuddy(self.consultation_reply_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Branch settings", None))
        self.branch_group.setTitle(QCoreApplication.translate("SettingsDialog", u"Branch (printed on every form)", None))
        self.name_label.setText(QCoreApplication.translate("SettingsDialog", u"Name", None))
        self.address_label.setText(QCoreApplication.translate("SettingsDialog", u"Address", None))
        self.hotline_label.setText(QCoreApplication.translate("SettingsDialog", u"Service hotline", None))
        self.logo_label.setText(QCoreApplication.translate("SettingsDialog", u"Logo", None))
        self.logo_button.setText(QCoreApplication.translate("SettingsDialog", u"Choose image...", None))
        self.code_label.setText(QCoreApplication.translate("SettingsDialog", u"Branch code", None))
        self.region_label.setText(QCoreApplication.translate("SettingsDialog", u"Districts and towns", None))
        self.region_button.setText(QCoreApplication.translate("SettingsDialog", u"Edit the list...", None))
        self.commitments_group.setTitle(QCoreApplication.translate("SettingsDialog", u"Service commitments and rules", None))
        self.first_contact_label.setText(QCoreApplication.translate("SettingsDialog", u"Contact the customer within (minutes)", None))
        self.report_back_label.setText(QCoreApplication.translate("SettingsDialog", u"Report back within (minutes)", None))
        self.idle_lock_label.setText(QCoreApplication.translate("SettingsDialog", u"Lock the screen after idle (minutes, 0 = never)", None))
        self.backup_keep_label.setText(QCoreApplication.translate("SettingsDialog", u"Keep backups for (days)", None))
        self.print_language_label.setText(QCoreApplication.translate("SettingsDialog", u"Language of printed forms", None))
        self.mask_checkbox.setText(QCoreApplication.translate("SettingsDialog", u"Mask phones and addresses in HQ workbooks", None))
        self.complaint_contact_label.setText(QCoreApplication.translate("SettingsDialog", u"Call a complainant back within (minutes)", None))
        self.complaint_answer_label.setText(QCoreApplication.translate("SettingsDialog", u"Answer a complaint within (hours)", None))
        self.consultation_reply_label.setText(QCoreApplication.translate("SettingsDialog", u"Reply to a question within (minutes, proposed)", None))
        self.onsite_windows_label.setText(QCoreApplication.translate("SettingsDialog", u"On-site windows", None))
        self.onsite_windows_button.setText(QCoreApplication.translate("SettingsDialog", u"Per product line and priority...", None))
        self.database_group.setTitle(QCoreApplication.translate("SettingsDialog", u"Database of this PC (takes effect at the next start)", None))
        self.database_label.setText(QCoreApplication.translate("SettingsDialog", u"PostgreSQL URL (empty = local file)", None))
        self.database_password_label.setText(QCoreApplication.translate("SettingsDialog", u"Server password", None))
        self.database_password_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"kept in this PC's credential store, not in the settings file", None))
    # retranslateUi
