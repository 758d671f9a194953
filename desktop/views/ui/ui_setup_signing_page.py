# Generated from forms/setup_signing_page.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_signing_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizardPage)

class Ui_SetupSigningPage(object):
    def setupUi(self, SetupSigningPage):
        if not SetupSigningPage.objectName():
            SetupSigningPage.setObjectName(u"SetupSigningPage")
        self.main_layout = QVBoxLayout(SetupSigningPage)
        self.main_layout.setObjectName(u"main_layout")
        self.create_radio = QRadioButton(SetupSigningPage)
        self.create_radio.setObjectName(u"create_radio")

        self.main_layout.addWidget(self.create_radio)

        self.import_radio = QRadioButton(SetupSigningPage)
        self.import_radio.setObjectName(u"import_radio")

        self.main_layout.addWidget(self.import_radio)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.p12_file_edit = QLineEdit(SetupSigningPage)
        self.p12_file_edit.setObjectName(u"p12_file_edit")
        self.p12_file_edit.setReadOnly(True)

        self.file_layout.addWidget(self.p12_file_edit)

        self.browse_button = QPushButton(SetupSigningPage)
        self.browse_button.setObjectName(u"browse_button")

        self.file_layout.addWidget(self.browse_button)


        self.main_layout.addLayout(self.file_layout)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.p12_password_label = QLabel(SetupSigningPage)
        self.p12_password_label.setObjectName(u"p12_password_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.p12_password_label)

        self.p12_password_edit = QLineEdit(SetupSigningPage)
        self.p12_password_edit.setObjectName(u"p12_password_edit")
        self.p12_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.p12_password_edit)

        self.passphrase_label = QLabel(SetupSigningPage)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(SetupSigningPage)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)

        self.passphrase_confirm_label = QLabel(SetupSigningPage)
        self.passphrase_confirm_label.setObjectName(u"passphrase_confirm_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passphrase_confirm_label)

        self.passphrase_confirm_edit = QLineEdit(SetupSigningPage)
        self.passphrase_confirm_edit.setObjectName(u"passphrase_confirm_edit")
        self.passphrase_confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passphrase_confirm_edit)


        self.main_layout.addLayout(self.form_layout)

        self.skip_radio = QRadioButton(SetupSigningPage)
        self.skip_radio.setObjectName(u"skip_radio")

        self.main_layout.addWidget(self.skip_radio)

        self.skip_label = QLabel(SetupSigningPage)
        self.skip_label.setObjectName(u"skip_label")
        self.skip_label.setWordWrap(True)

        self.main_layout.addWidget(self.skip_label)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.spacer)

        self.message_label = QLabel(SetupSigningPage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(u"color: #b00020;")

        self.main_layout.addWidget(self.message_label)

#if QT_CONFIG(shortcut)
        self.p12_password_label.setBuddy(self.p12_password_edit)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.passphrase_confirm_label.setBuddy(self.passphrase_confirm_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupSigningPage)
    # setupUi

    def retranslateUi(self, SetupSigningPage):
        SetupSigningPage.setTitle(QCoreApplication.translate("SetupSigningPage", u"Branch signing key", None))
        SetupSigningPage.setSubTitle(QCoreApplication.translate("SetupSigningPage", u"Service reports and certificates are signed with it, so HQ can check that nobody changed them.", None))
        self.create_radio.setText(QCoreApplication.translate("SetupSigningPage", u"&Create a new key for this branch", None))
        self.import_radio.setText(QCoreApplication.translate("SetupSigningPage", u"&Import the key HQ issued (PKCS#12 file)", None))
        self.p12_file_edit.setPlaceholderText(QCoreApplication.translate("SetupSigningPage", u"No file chosen", None))
        self.browse_button.setText(QCoreApplication.translate("SetupSigningPage", u"&Choose file...", None))
        self.p12_password_label.setText(QCoreApplication.translate("SetupSigningPage", u"Password of the &file", None))
        self.passphrase_label.setText(QCoreApplication.translate("SetupSigningPage", u"&Passphrase for the key", None))
        self.passphrase_confirm_label.setText(QCoreApplication.translate("SetupSigningPage", u"R&epeat passphrase", None))
        self.skip_radio.setText(QCoreApplication.translate("SetupSigningPage", u"&Skip for now", None))
        self.skip_label.setText(QCoreApplication.translate("SetupSigningPage", u"Without a key, printed reports are not digitally signed. The window shows a reminder until a supervisor sets the key up under Tools \u2192 Branch signing key.", None))
    # retranslateUi
