# Generated from forms/ad_hoc_callback_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ad_hoc_callback_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_AdHocCallbackDialog(object):
    def setupUi(self, AdHocCallbackDialog):
        if not AdHocCallbackDialog.objectName():
            AdHocCallbackDialog.setObjectName(u"AdHocCallbackDialog")
        AdHocCallbackDialog.resize(600, 520)
        self.main_layout = QVBoxLayout(AdHocCallbackDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.customer_group = QGroupBox(AdHocCallbackDialog)
        self.customer_group.setObjectName(u"customer_group")
        self.customer_layout = QVBoxLayout(self.customer_group)
        self.customer_layout.setObjectName(u"customer_layout")
        self.phone_layout = QHBoxLayout()
        self.phone_layout.setObjectName(u"phone_layout")
        self.phone_label = QLabel(self.customer_group)
        self.phone_label.setObjectName(u"phone_label")

        self.phone_layout.addWidget(self.phone_label)

        self.phone_edit = QLineEdit(self.customer_group)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(20)

        self.phone_layout.addWidget(self.phone_edit)

        self.find_button = QPushButton(self.customer_group)
        self.find_button.setObjectName(u"find_button")
        self.find_button.setAutoDefault(False)

        self.phone_layout.addWidget(self.find_button)


        self.customer_layout.addLayout(self.phone_layout)

        self.customer_list = QListWidget(self.customer_group)
        self.customer_list.setObjectName(u"customer_list")
        self.customer_list.setMaximumSize(QSize(16777215, 100))

        self.customer_layout.addWidget(self.customer_list)


        self.main_layout.addWidget(self.customer_group)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.unit_label = QLabel(AdHocCallbackDialog)
        self.unit_label.setObjectName(u"unit_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit_combo = QComboBox(AdHocCallbackDialog)
        self.unit_combo.setObjectName(u"unit_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unit_combo)

        self.channel_label = QLabel(AdHocCallbackDialog)
        self.channel_label.setObjectName(u"channel_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel_combo = QComboBox(AdHocCallbackDialog)
        self.channel_combo.setObjectName(u"channel_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channel_combo)

        self.due_label = QLabel(AdHocCallbackDialog)
        self.due_label.setObjectName(u"due_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.due_label)

        self.due_edit = QDateEdit(AdHocCallbackDialog)
        self.due_edit.setObjectName(u"due_edit")
        self.due_edit.setCalendarPopup(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.due_edit)

        self.reason_label = QLabel(AdHocCallbackDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QPlainTextEdit(AdHocCallbackDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reason_edit)


        self.main_layout.addLayout(self.form_layout)

        self.message_label = QLabel(AdHocCallbackDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.spacer)

        self.save_button = QPushButton(AdHocCallbackDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.save_button)

        self.cancel_button = QPushButton(AdHocCallbackDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.phone_label.setBuddy(self.phone_edit)
        self.unit_label.setBuddy(self.unit_combo)
        self.channel_label.setBuddy(self.channel_combo)
        self.due_label.setBuddy(self.due_edit)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdHocCallbackDialog)
    # setupUi

    def retranslateUi(self, AdHocCallbackDialog):
        AdHocCallbackDialog.setWindowTitle(QCoreApplication.translate("AdHocCallbackDialog", u"New callback", None))
        self.customer_group.setTitle(QCoreApplication.translate("AdHocCallbackDialog", u"Customer", None))
        self.phone_label.setText(QCoreApplication.translate("AdHocCallbackDialog", u"&Phone", None))
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("AdHocCallbackDialog", u"Phone number or its last digits", None))
        self.find_button.setText(QCoreApplication.translate("AdHocCallbackDialog", u"&Find", None))
        self.unit_label.setText(QCoreApplication.translate("AdHocCallbackDialog", u"&Unit", None))
        self.channel_label.setText(QCoreApplication.translate("AdHocCallbackDialog", u"&How", None))
        self.due_label.setText(QCoreApplication.translate("AdHocCallbackDialog", u"&Due on", None))
        self.due_edit.setDisplayFormat(QCoreApplication.translate("AdHocCallbackDialog", u"yyyy-MM-dd", None))
        self.reason_label.setText(QCoreApplication.translate("AdHocCallbackDialog", u"&Reason", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("AdHocCallbackDialog", u"Why we call (an occasional callback by phone or in person)", None))
        self.save_button.setText(QCoreApplication.translate("AdHocCallbackDialog", u"&Create callback", None))
        self.cancel_button.setText(QCoreApplication.translate("AdHocCallbackDialog", u"Cancel", None))
    # retranslateUi
