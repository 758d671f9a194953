# Generated from forms/signing_key_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signing_key_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QGridLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_SigningKeyDialog(object):
    def setupUi(self, SigningKeyDialog):
        if not SigningKeyDialog.objectName():
            SigningKeyDialog.setObjectName(u"SigningKeyDialog")
        SigningKeyDialog.resize(560, 320)
        self.main_layout = QVBoxLayout(SigningKeyDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.status_label = QLabel(SigningKeyDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.passphrase_label = QLabel(SigningKeyDialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(SigningKeyDialog)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)

        self.remember_check = QCheckBox(SigningKeyDialog)
        self.remember_check.setObjectName(u"remember_check")
        self.remember_check.setChecked(False)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.remember_check)


        self.main_layout.addLayout(self.form_layout)

        self.buttons_layout = QGridLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.unlock_button = QPushButton(SigningKeyDialog)
        self.unlock_button.setObjectName(u"unlock_button")

        self.buttons_layout.addWidget(self.unlock_button, 0, 0, 1, 1)

        self.create_button = QPushButton(SigningKeyDialog)
        self.create_button.setObjectName(u"create_button")

        self.buttons_layout.addWidget(self.create_button, 0, 1, 1, 1)

        self.import_button = QPushButton(SigningKeyDialog)
        self.import_button.setObjectName(u"import_button")

        self.buttons_layout.addWidget(self.import_button, 1, 0, 1, 1)

        self.export_button = QPushButton(SigningKeyDialog)
        self.export_button.setObjectName(u"export_button")

        self.buttons_layout.addWidget(self.export_button, 1, 1, 1, 1)

        self.trust_button = QPushButton(SigningKeyDialog)
        self.trust_button.setObjectName(u"trust_button")

        self.buttons_layout.addWidget(self.trust_button, 2, 0, 1, 1)

        self.replace_button = QPushButton(SigningKeyDialog)
        self.replace_button.setObjectName(u"replace_button")

        self.buttons_layout.addWidget(self.replace_button, 2, 1, 1, 1)


        self.main_layout.addLayout(self.buttons_layout)

        self.message_label = QLabel(SigningKeyDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(SigningKeyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(SigningKeyDialog)
    # setupUi

    def retranslateUi(self, SigningKeyDialog):
        SigningKeyDialog.setWindowTitle(QCoreApplication.translate("SigningKeyDialog", u"Branch signing key", None))
        self.passphrase_label.setText(QCoreApplication.translate("SigningKeyDialog", u"Passphrase", None))
        self.remember_check.setText(QCoreApplication.translate("SigningKeyDialog", u"&Remember the passphrase in this computer's password store (anyone who can sign in to this Windows account can then sign)", None))
        self.unlock_button.setText(QCoreApplication.translate("SigningKeyDialog", u"&Unlock for this session", None))
        self.create_button.setText(QCoreApplication.translate("SigningKeyDialog", u"&Create a new branch key", None))
        self.import_button.setText(QCoreApplication.translate("SigningKeyDialog", u"&Import PKCS#12 from HQ...", None))
        self.export_button.setText(QCoreApplication.translate("SigningKeyDialog", u"&Export the branch certificate...", None))
        self.trust_button.setText(QCoreApplication.translate("SigningKeyDialog", u"&Trust another branch's certificate...", None))
        self.replace_button.setText(QCoreApplication.translate("SigningKeyDialog", u"Re&place the branch key...", None))
    # retranslateUi
