# Generated from forms/replace_key_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'replace_key_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout,
    QWidget)

class Ui_ReplaceKeyDialog(object):
    def setupUi(self, ReplaceKeyDialog):
        if not ReplaceKeyDialog.objectName():
            ReplaceKeyDialog.setObjectName(u"ReplaceKeyDialog")
        ReplaceKeyDialog.resize(620, 560)
        self.main_layout = QVBoxLayout(ReplaceKeyDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.page_stack = QStackedWidget(ReplaceKeyDialog)
        self.page_stack.setObjectName(u"page_stack")
        self.form_page = QWidget()
        self.form_page.setObjectName(u"form_page")
        self.form_page_layout = QVBoxLayout(self.form_page)
        self.form_page_layout.setObjectName(u"form_page_layout")
        self.form_page_layout.setContentsMargins(0, 0, 0, 0)
        self.explain_label = QLabel(self.form_page)
        self.explain_label.setObjectName(u"explain_label")
        self.explain_label.setWordWrap(True)

        self.form_page_layout.addWidget(self.explain_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.reason_label = QLabel(self.form_page)
        self.reason_label.setObjectName(u"reason_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_combo = QComboBox(self.form_page)
        self.reason_combo.setObjectName(u"reason_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason_combo)

        self.note_label = QLabel(self.form_page)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(self.form_page)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(200)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.note_edit)

        self.source_label = QLabel(self.form_page)
        self.source_label.setObjectName(u"source_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.create_radio = QRadioButton(self.form_page)
        self.create_radio.setObjectName(u"create_radio")
        self.create_radio.setChecked(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.create_radio)

        self.import_radio = QRadioButton(self.form_page)
        self.import_radio.setObjectName(u"import_radio")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.import_radio)

        self.file_label = QLabel(self.form_page)
        self.file_label.setObjectName(u"file_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_edit = QLineEdit(self.form_page)
        self.file_edit.setObjectName(u"file_edit")
        self.file_edit.setReadOnly(True)

        self.file_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(self.form_page)
        self.browse_button.setObjectName(u"browse_button")

        self.file_layout.addWidget(self.browse_button)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.file_layout)

        self.p12_password_label = QLabel(self.form_page)
        self.p12_password_label.setObjectName(u"p12_password_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.p12_password_label)

        self.p12_password_edit = QLineEdit(self.form_page)
        self.p12_password_edit.setObjectName(u"p12_password_edit")
        self.p12_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.p12_password_edit)

        self.passphrase_label = QLabel(self.form_page)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(self.form_page)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)

        self.repeat_label = QLabel(self.form_page)
        self.repeat_label.setObjectName(u"repeat_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat_edit = QLineEdit(self.form_page)
        self.repeat_edit.setObjectName(u"repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.repeat_edit)


        self.form_page_layout.addLayout(self.form_layout)

        self.confirm_check = QCheckBox(self.form_page)
        self.confirm_check.setObjectName(u"confirm_check")

        self.form_page_layout.addWidget(self.confirm_check)

        self.message_label = QLabel(self.form_page)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.form_page_layout.addWidget(self.message_label)

        self.replace_layout = QHBoxLayout()
        self.replace_layout.setObjectName(u"replace_layout")
        self.replace_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.replace_layout.addItem(self.replace_spacer)

        self.replace_button = QPushButton(self.form_page)
        self.replace_button.setObjectName(u"replace_button")

        self.replace_layout.addWidget(self.replace_button)


        self.form_page_layout.addLayout(self.replace_layout)

        self.page_stack.addWidget(self.form_page)
        self.done_page = QWidget()
        self.done_page.setObjectName(u"done_page")
        self.done_page_layout = QVBoxLayout(self.done_page)
        self.done_page_layout.setObjectName(u"done_page_layout")
        self.done_page_layout.setContentsMargins(0, 0, 0, 0)
        self.done_label = QLabel(self.done_page)
        self.done_label.setObjectName(u"done_label")
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.done_page_layout.addWidget(self.done_label)

        self.export_layout = QHBoxLayout()
        self.export_layout.setObjectName(u"export_layout")
        self.export_button = QPushButton(self.done_page)
        self.export_button.setObjectName(u"export_button")

        self.export_layout.addWidget(self.export_button)

        self.export_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.export_layout.addItem(self.export_spacer)


        self.done_page_layout.addLayout(self.export_layout)

        self.export_label = QLabel(self.done_page)
        self.export_label.setObjectName(u"export_label")
        self.export_label.setWordWrap(True)

        self.done_page_layout.addWidget(self.export_label)

        self.done_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.done_page_layout.addItem(self.done_spacer)

        self.page_stack.addWidget(self.done_page)

        self.main_layout.addWidget(self.page_stack)

        self.button_box = QDialogButtonBox(ReplaceKeyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason_combo)
        self.note_label.setBuddy(self.note_edit)
        self.file_label.setBuddy(self.file_edit)
        self.p12_password_label.setBuddy(self.p12_password_edit)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReplaceKeyDialog)
    # setupUi

    def retranslateUi(self, ReplaceKeyDialog):
        ReplaceKeyDialog.setWindowTitle(QCoreApplication.translate("ReplaceKeyDialog", u"Replace the branch key", None))
        self.explain_label.setText(QCoreApplication.translate("ReplaceKeyDialog", u"The branch gets a new signing key. What happens:\n"
"1. The current certificate is added to this computer's trusted certificates, so service sheets, reports and audit records signed with it still verify.\n"
"2. The current key files are moved to a dated \"retired\" folder that only this Windows user can open.\n"
"3. The new key is installed: a new one made on this computer, or the file issued by HQ.\n"
"Afterwards, export the new certificate and send it to HQ.", None))
        self.reason_label.setText(QCoreApplication.translate("ReplaceKeyDialog", u"&Reason", None))
        self.note_label.setText(QCoreApplication.translate("ReplaceKeyDialog", u"&Details", None))
        self.source_label.setText(QCoreApplication.translate("ReplaceKeyDialog", u"New key", None))
        self.create_radio.setText(QCoreApplication.translate("ReplaceKeyDialog", u"Make a &new key on this computer", None))
        self.import_radio.setText(QCoreApplication.translate("ReplaceKeyDialog", u"Use the PKCS#12 file issued by &HQ", None))
        self.file_label.setText(QCoreApplication.translate("ReplaceKeyDialog", u"&File from HQ", None))
        self.browse_button.setText(QCoreApplication.translate("ReplaceKeyDialog", u"&Browse...", None))
        self.p12_password_label.setText(QCoreApplication.translate("ReplaceKeyDialog", u"File pass&word", None))
        self.passphrase_label.setText(QCoreApplication.translate("ReplaceKeyDialog", u"New &passphrase", None))
        self.repeat_label.setText(QCoreApplication.translate("ReplaceKeyDialog", u"Repeat the p&assphrase", None))
        self.confirm_check.setText(QCoreApplication.translate("ReplaceKeyDialog", u"I &understand: from now on only the new key signs, and the old passphrase no longer opens anything.", None))
        self.replace_button.setText(QCoreApplication.translate("ReplaceKeyDialog", u"Replace the &key", None))
        self.export_button.setText(QCoreApplication.translate("ReplaceKeyDialog", u"&Export the new certificate...", None))
    # retranslateUi
