# Generated from forms/new_consultation_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_consultation_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateTimeEdit, QDialog,
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_NewConsultationDialog(object):
    def setupUi(self, NewConsultationDialog):
        if not NewConsultationDialog.objectName():
            NewConsultationDialog.setObjectName(u"NewConsultationDialog")
        NewConsultationDialog.resize(640, 540)
        self.main_layout = QVBoxLayout(NewConsultationDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.caller_layout = QFormLayout()
        self.caller_layout.setObjectName(u"caller_layout")
        self.phone_label = QLabel(NewConsultationDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.caller_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_layout = QHBoxLayout()
        self.phone_layout.setObjectName(u"phone_layout")
        self.phone_edit = QLineEdit(NewConsultationDialog)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(40)

        self.phone_layout.addWidget(self.phone_edit)

        self.find_button = QPushButton(NewConsultationDialog)
        self.find_button.setObjectName(u"find_button")
        self.find_button.setAutoDefault(False)

        self.phone_layout.addWidget(self.find_button)


        self.caller_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.phone_layout)

        self.customer_label = QLabel(NewConsultationDialog)
        self.customer_label.setObjectName(u"customer_label")

        self.caller_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.customer_label)

        self.customer_combo = QComboBox(NewConsultationDialog)
        self.customer_combo.setObjectName(u"customer_combo")

        self.caller_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.customer_combo)

        self.caller_label = QLabel(NewConsultationDialog)
        self.caller_label.setObjectName(u"caller_label")

        self.caller_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.caller_label)

        self.caller_edit = QLineEdit(NewConsultationDialog)
        self.caller_edit.setObjectName(u"caller_edit")
        self.caller_edit.setMaxLength(100)

        self.caller_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.caller_edit)

        self.product_line_label = QLabel(NewConsultationDialog)
        self.product_line_label.setObjectName(u"product_line_label")

        self.caller_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.product_line_label)

        self.product_line_combo = QComboBox(NewConsultationDialog)
        self.product_line_combo.setObjectName(u"product_line_combo")

        self.caller_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.product_line_combo)

        self.topic_label = QLabel(NewConsultationDialog)
        self.topic_label.setObjectName(u"topic_label")

        self.caller_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.topic_label)

        self.topic_combo = QComboBox(NewConsultationDialog)
        self.topic_combo.setObjectName(u"topic_combo")

        self.caller_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.topic_combo)

        self.channel_label = QLabel(NewConsultationDialog)
        self.channel_label.setObjectName(u"channel_label")

        self.caller_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel_combo = QComboBox(NewConsultationDialog)
        self.channel_combo.setObjectName(u"channel_combo")

        self.caller_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.channel_combo)

        self.question_label = QLabel(NewConsultationDialog)
        self.question_label.setObjectName(u"question_label")

        self.caller_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.question_label)

        self.question_edit = QPlainTextEdit(NewConsultationDialog)
        self.question_edit.setObjectName(u"question_edit")
        self.question_edit.setTabChangesFocus(True)
        self.question_edit.setMaximumSize(QSize(16777215, 90))

        self.caller_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.question_edit)


        self.main_layout.addLayout(self.caller_layout)

        self.reply_group = QGroupBox(NewConsultationDialog)
        self.reply_group.setObjectName(u"reply_group")
        self.reply_layout = QGridLayout(self.reply_group)
        self.reply_layout.setObjectName(u"reply_layout")
        self.answer_now_radio = QRadioButton(self.reply_group)
        self.answer_now_radio.setObjectName(u"answer_now_radio")
        self.answer_now_radio.setChecked(True)

        self.reply_layout.addWidget(self.answer_now_radio, 0, 0, 1, 1)

        self.answer_edit = QPlainTextEdit(self.reply_group)
        self.answer_edit.setObjectName(u"answer_edit")
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.setMaximumSize(QSize(16777215, 70))

        self.reply_layout.addWidget(self.answer_edit, 0, 1, 1, 1)

        self.promise_radio = QRadioButton(self.reply_group)
        self.promise_radio.setObjectName(u"promise_radio")

        self.reply_layout.addWidget(self.promise_radio, 1, 0, 1, 1)

        self.reply_due_edit = QDateTimeEdit(self.reply_group)
        self.reply_due_edit.setObjectName(u"reply_due_edit")
        self.reply_due_edit.setCalendarPopup(True)
        self.reply_due_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.reply_layout.addWidget(self.reply_due_edit, 1, 1, 1, 1)

        self.promise_hint_label = QLabel(self.reply_group)
        self.promise_hint_label.setObjectName(u"promise_hint_label")
        self.promise_hint_label.setWordWrap(True)

        self.reply_layout.addWidget(self.promise_hint_label, 2, 0, 1, 2)


        self.main_layout.addWidget(self.reply_group)

        self.message_label = QLabel(NewConsultationDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.spacer)

        self.save_button = QPushButton(NewConsultationDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.save_button)

        self.cancel_button = QPushButton(NewConsultationDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.phone_label.setBuddy(self.phone_edit)
        self.customer_label.setBuddy(self.customer_combo)
        self.caller_label.setBuddy(self.caller_edit)
        self.product_line_label.setBuddy(self.product_line_combo)
        self.topic_label.setBuddy(self.topic_combo)
        self.channel_label.setBuddy(self.channel_combo)
        self.question_label.setBuddy(self.question_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.phone_edit, self.find_button)
        QWidget.setTabOrder(self.find_button, self.customer_combo)
        QWidget.setTabOrder(self.customer_combo, self.caller_edit)
        QWidget.setTabOrder(self.caller_edit, self.product_line_combo)
        QWidget.setTabOrder(self.product_line_combo, self.topic_combo)
        QWidget.setTabOrder(self.topic_combo, self.channel_combo)
        QWidget.setTabOrder(self.channel_combo, self.question_edit)
        QWidget.setTabOrder(self.question_edit, self.answer_now_radio)
        QWidget.setTabOrder(self.answer_now_radio, self.answer_edit)
        QWidget.setTabOrder(self.answer_edit, self.promise_radio)
        QWidget.setTabOrder(self.promise_radio, self.reply_due_edit)
        QWidget.setTabOrder(self.reply_due_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(NewConsultationDialog)
    # setupUi

    def retranslateUi(self, NewConsultationDialog):
        NewConsultationDialog.setWindowTitle(QCoreApplication.translate("NewConsultationDialog", u"New question (consultation)", None))
        self.phone_label.setText(QCoreApplication.translate("NewConsultationDialog", u"&Phone", None))
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("NewConsultationDialog", u"The number to call back", None))
        self.find_button.setText(QCoreApplication.translate("NewConsultationDialog", u"&Find customer", None))
        self.customer_label.setText(QCoreApplication.translate("NewConsultationDialog", u"C&ustomer", None))
        self.caller_label.setText(QCoreApplication.translate("NewConsultationDialog", u"Ca&ller's name", None))
        self.product_line_label.setText(QCoreApplication.translate("NewConsultationDialog", u"P&roduct", None))
        self.topic_label.setText(QCoreApplication.translate("NewConsultationDialog", u"&Topic", None))
        self.channel_label.setText(QCoreApplication.translate("NewConsultationDialog", u"C&hannel", None))
        self.question_label.setText(QCoreApplication.translate("NewConsultationDialog", u"&Question", None))
        self.reply_group.setTitle(QCoreApplication.translate("NewConsultationDialog", u"Answer", None))
        self.answer_now_radio.setText(QCoreApplication.translate("NewConsultationDialog", u"&Answered now", None))
        self.answer_edit.setPlaceholderText(QCoreApplication.translate("NewConsultationDialog", u"What the caller was told", None))
        self.promise_radio.setText(QCoreApplication.translate("NewConsultationDialog", u"Pro&mise a reply by", None))
        self.save_button.setText(QCoreApplication.translate("NewConsultationDialog", u"&Save", None))
        self.cancel_button.setText(QCoreApplication.translate("NewConsultationDialog", u"Cancel", None))
    # retranslateUi
