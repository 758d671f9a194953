# Generated from forms/new_complaint_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_complaint_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_NewComplaintDialog(object):
    def setupUi(self, NewComplaintDialog):
        if not NewComplaintDialog.objectName():
            NewComplaintDialog.setObjectName(u"NewComplaintDialog")
        NewComplaintDialog.resize(1040, 560)
        self.outer_layout = QHBoxLayout(NewComplaintDialog)
        self.outer_layout.setObjectName(u"outer_layout")
        self.main_layout = QVBoxLayout()
        self.main_layout.setObjectName(u"main_layout")
        self.customer_group = QGroupBox(NewComplaintDialog)
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
        self.customer_list.setMaximumSize(QSize(16777215, 110))

        self.customer_layout.addWidget(self.customer_list)


        self.main_layout.addWidget(self.customer_group)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.source_label = QLabel(NewComplaintDialog)
        self.source_label.setObjectName(u"source_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source_combo = QComboBox(NewComplaintDialog)
        self.source_combo.setObjectName(u"source_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.source_combo)

        self.concerns_label = QLabel(NewComplaintDialog)
        self.concerns_label.setObjectName(u"concerns_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.concerns_label)

        self.concerns_combo = QComboBox(NewComplaintDialog)
        self.concerns_combo.setObjectName(u"concerns_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.concerns_combo)

        self.person_label = QLabel(NewComplaintDialog)
        self.person_label.setObjectName(u"person_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.person_label)

        self.person_edit = QLineEdit(NewComplaintDialog)
        self.person_edit.setObjectName(u"person_edit")
        self.person_edit.setMaxLength(60)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.person_edit)

        self.description_label = QLabel(NewComplaintDialog)
        self.description_label.setObjectName(u"description_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_edit = QPlainTextEdit(NewComplaintDialog)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.description_edit)

        self.owner_label = QLabel(NewComplaintDialog)
        self.owner_label.setObjectName(u"owner_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.owner_label)

        self.owner_combo = QComboBox(NewComplaintDialog)
        self.owner_combo.setObjectName(u"owner_combo")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.owner_combo)

        self.promised_title_label = QLabel(NewComplaintDialog)
        self.promised_title_label.setObjectName(u"promised_title_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.promised_title_label)

        self.promised_label = QLabel(NewComplaintDialog)
        self.promised_label.setObjectName(u"promised_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.promised_label)


        self.main_layout.addLayout(self.form_layout)

        self.message_label = QLabel(NewComplaintDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.spacer)

        self.save_button = QPushButton(NewComplaintDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.save_button)

        self.cancel_button = QPushButton(NewComplaintDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.buttons_layout)


        self.outer_layout.addLayout(self.main_layout)

        self.phrases_browser = QTextBrowser(NewComplaintDialog)
        self.phrases_browser.setObjectName(u"phrases_browser")

        self.outer_layout.addWidget(self.phrases_browser)

#if QT_CONFIG(shortcut)
        self.phone_label.setBuddy(self.phone_edit)
        self.source_label.setBuddy(self.source_combo)
        self.concerns_label.setBuddy(self.concerns_combo)
        self.person_label.setBuddy(self.person_edit)
        self.description_label.setBuddy(self.description_edit)
        self.owner_label.setBuddy(self.owner_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewComplaintDialog)
    # setupUi

    def retranslateUi(self, NewComplaintDialog):
        NewComplaintDialog.setWindowTitle(QCoreApplication.translate("NewComplaintDialog", u"New complaint", None))
        self.customer_group.setTitle(QCoreApplication.translate("NewComplaintDialog", u"Customer", None))
        self.phone_label.setText(QCoreApplication.translate("NewComplaintDialog", u"&Phone", None))
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("NewComplaintDialog", u"Phone number or its last digits", None))
        self.find_button.setText(QCoreApplication.translate("NewComplaintDialog", u"&Find", None))
        self.source_label.setText(QCoreApplication.translate("NewComplaintDialog", u"&Received by", None))
        self.concerns_label.setText(QCoreApplication.translate("NewComplaintDialog", u"&Concerns", None))
        self.person_label.setText(QCoreApplication.translate("NewComplaintDialog", u"Per&son concerned", None))
        self.description_label.setText(QCoreApplication.translate("NewComplaintDialog", u"&Description", None))
        self.owner_label.setText(QCoreApplication.translate("NewComplaintDialog", u"&Owner", None))
        self.promised_title_label.setText(QCoreApplication.translate("NewComplaintDialog", u"Answer promised by", None))
        self.save_button.setText(QCoreApplication.translate("NewComplaintDialog", u"Open co&mplaint", None))
        self.cancel_button.setText(QCoreApplication.translate("NewComplaintDialog", u"Cancel", None))
    # retranslateUi
